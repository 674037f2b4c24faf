import Foundation
import Testing
@testable import JobPipe

@Suite struct FeedReaderTests {
    /// Every recorded feed of ../shared/corpus/ats-feeds against the postings
    /// its truth.ndjson lists, read by hand: count, ids, titles, locations, URLs, remote.
    @Test(.enabled(if: atsFeeds != nil, "needs ../shared/corpus/ats-feeds")) func recordedFeedsMatchTheirTruth() throws {
        let dir = atsFeeds!
        let truth = try String(contentsOf: dir.appendingPathComponent("truth.ndjson"), encoding: .utf8)
        var files = 0
        for line in truth.split(separator: "\n") {
            let t = try JSON.parse(String(line))
            let file = t["file"]!.stringValue!, atsName = t["ats"]!.stringValue!
            let body = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
            let page = try FeedReader.read(body, board: Board(ats: ATS(rawValue: atsName)!, name: "test")!)
            #expect(page.postings.count == t["jobs"]!.intValue!, "\(file)")
            for (i, sample) in (t["sample"]!.arrayValue!).enumerated() {
                guard i < page.postings.count else { break }
                let p = page.postings[i]
                #expect(p.id == sample["id"]!.scalarText!, "\(file) #\(i)")
                #expect(p.posting.title == sample["title"]!.stringValue!, "\(file) #\(i)")
                #expect(p.posting.location == sample["location"]!.stringValue!, "\(file) #\(i)")
                #expect(p.url == sample["url"]!.stringValue!, "\(file) #\(i)")
                #expect(p.posting.remote == sample["remote"]!.boolValue!, "\(file) #\(i)")
                #expect(p.posting.source == .feed)
            }
            files += 1
        }
        #expect(files == 7)
    }

    @Test(.enabled(if: atsFeeds != nil, "needs ../shared/corpus/ats-feeds")) func descriptionsArePlainText() throws {
        let body = try String(contentsOf: atsFeeds!.appendingPathComponent("03-greenhouse-vercel.json"), encoding: .utf8)
        let p = try FeedReader.read(body, board: Board(ats: .greenhouse, name: "vercel")!).postings[0]
        let d = try #require(p.posting.description)
        #expect(d.hasPrefix("About Vercel:\n"))
        #expect(!d.contains("<") && !d.contains("&lt;"))
        #expect(p.department == "Account Executive")
        #expect(p.posting.company == "Vercel")
        #expect(p.updatedAt == "2026-09-24T13:34:54-04:00")
    }

    @Test func personioXML() throws {
        let board = try #require(WebURL("https://nordlicht.jobs.personio.de/").flatMap(Board.from(url:)))
        let page = try FeedReader.read(try boardFixture("personio.xml"), board: board)
        #expect(page.postings.map(\.id) == ["1042", "1043"])
        let p = page.postings[0]
        #expect(p.posting.title == "Backend Developer (m/w/d) Go & PostgreSQL")
        #expect(p.url == "https://nordlicht.jobs.personio.de/job/1042")
        #expect(p.posting.company == "Nordlicht Software GmbH")
        #expect(p.posting.location == "Berlin")
        #expect(p.posting.remote == false)
        #expect(p.posting.employmentType == "full_time")
        #expect(p.department == "Engineering")
        #expect(p.posting.description == "Your tasks\nBuild services in Go and Kubernetes\nDesign PostgreSQL schemas\nWhat we offer\nSalary: 65.000 – 80.000 € per year. Remote days.")
        #expect(p.posting.salary == Salary(min: 65000, max: 80000, currency: "EUR", period: "year"))
        #expect(p.posting.datePosted == "2026-10-01")
        let q = page.postings[1]
        #expect(q.posting.employmentType == "internship")
        #expect(q.posting.remote == true)
        #expect(q.posting.description == "Aufgaben\nKampagnen planen & auswerten")
    }

    @Test func smartRecruitersPages() throws {
        let board = Board(ats: .smartrecruiters, name: "Harbor")!
        let first = try FeedReader.read(try boardFixture("smartrecruiters-page-1.json"), board: board)
        #expect(first.postings.count == 2)
        #expect(first.nextOffset == 2)
        #expect(first.postings[1].posting.location == "Antwerp, BE")
        #expect(first.postings[0].url == "https://jobs.smartrecruiters.com/Harbor/744000000000001")
        let second = try FeedReader.read(try boardFixture("smartrecruiters-page-2.json"), board: board)
        #expect(second.nextOffset == nil)
        #expect(second.postings[0].posting.remote == true)
        #expect(second.postings[0].posting.employmentType == "contract")
    }

    @Test func emptyBoardAndBrokenFeeds() throws {
        let gh = Board(ats: .greenhouse, name: "x")!
        #expect(try FeedReader.read(try boardFixture("greenhouse-empty.json"), board: gh).postings.isEmpty)
        #expect(throws: FeedReader.BadFeed.self) { try FeedReader.read("{\"jobs\": [", board: gh) }
        #expect(throws: FeedReader.BadFeed.self) { try FeedReader.read("<html>maintenance</html>", board: gh) }
        #expect(throws: FeedReader.BadFeed.self) { try FeedReader.read("{\"offers\": []}", board: gh) }
        #expect(throws: FeedReader.BadFeed.self) { try FeedReader.read("<html/>", board: Board(ats: .personio, name: "x")!) }
    }

    @Test func contentHashFollowsWhatAReaderSees() throws {
        let board = Board(ats: .greenhouse, name: "acme")!
        let one = try FeedReader.read(try boardFixture("greenhouse-acme-1.json"), board: board).postings
        let two = try FeedReader.read(try boardFixture("greenhouse-acme-2.json"), board: board).postings
        #expect(one[0].contentHash == two[0].contentHash)
        #expect(one[1].contentHash != two[1].contentHash)
        #expect(one[0].contentHash.count == 16)
    }

    /// workplace as analyze-job gives it: the feed's flag (Lever's workplaceType),
    /// else the location, else the description; hybrid and on-site are not remote.
    @Test func workplaceFromFlagLocationOrDescription() throws {
        let lever = Board(ats: .lever, name: "acme")!
        let leverFeed = #"[{"id":"a","text":"Engineer","categories":{"location":"Berlin"},"workplaceType":"hybrid"},"#
            + #"{"id":"b","text":"Engineer","categories":{"location":"Remote - EU"}}]"#
        let l = try FeedReader.read(leverFeed, board: lever).postings
        #expect(l.map { $0.posting.workplace } == [.hybrid, .remote])
        #expect(l.map { $0.posting.remote } == [false, true])
        #expect(l[0].posting.evidence == ["title": "feed", "location": "feed", "remote": "feed"])
        let gh = Board(ats: .greenhouse, name: "acme")!
        let ghFeed = #"{"jobs":[{"id":1,"title":"Analyst","location":{"name":"Madrid"},"#
            + #""content":"&lt;p&gt;Trabajo 100% presencial en Madrid.&lt;/p&gt;"}]}"#
        let g = try FeedReader.read(ghFeed, board: gh).postings
        #expect(g[0].posting.workplace == .onSite)
        #expect(g[0].posting.remote == false)
    }
}
