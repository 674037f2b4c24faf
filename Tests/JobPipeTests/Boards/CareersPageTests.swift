import Testing
@testable import JobPipe

@Suite struct CareersPageTests {
    func read(_ name: String) throws -> (HTMLTree, WebURL) {
        let base = WebURL("https://careers.example/careers")!
        return (HTMLTree(try boardFixture(name), url: base.text, scripting: false), base)
    }

    @Test func embeddedAndLinkedBoards() throws {
        let (embed, base) = try read("careers-embed.html")
        #expect(CareersPage.boards(in: embed, base: base).map(\.name) == ["acme"])
        let (link, _) = try read("careers-link.html")
        let boards = CareersPage.boards(in: link, base: base)
        #expect(boards.map { "\($0.ats.rawValue):\($0.name)" } == ["lever:idealistconsulting"])
    }

    @Test func jsonLDPostingsOnly() throws {
        let (doc, base) = try read("careers-jsonld.html")
        #expect(CareersPage.boards(in: doc, base: base).isEmpty)
        let found = CareersPage.postings(in: doc, base: base)
        #expect(found.map(\.id) == ["SE-7", "https://careers.example/jobs/accountant"])
        #expect(found[0].url == "https://careers.example/jobs/support-engineer")
        #expect(found[0].posting.title == "Support Engineer")
        #expect(found[0].posting.location == "Austin, TX")
        #expect(found[0].posting.employmentType == "full_time")
        #expect(found[0].posting.source == .jsonld)
        #expect(found[1].posting.title == "Accountant")
    }
}
