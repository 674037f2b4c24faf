import Testing
@testable import JobPipe

/// Microdata items read as JSON-LD would give them.
@Suite struct MicrodataTests {
    func posting(_ html: String) -> JSON? {
        var bytes = Array(html.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            let doc = HTMLTree(borrowing: UnsafeBufferPointer(buffer), url: "https://jobs.example/1")
            return withExtendedLifetime(doc) { Microdata.jobPostings(in: doc).first }
        }
    }

    @Test func aLinkIsReadForItsWordsUnlessItsPropertyIsAnAddress() throws {
        let item = try #require(posting("""
            <article itemscope itemtype="http://schema.org/JobPosting"><h1 itemprop="title">Kouluttaja</h1>
            <div itemprop="hiringOrganization" itemscope itemtype="http://schema.org/Organization">
            <h3><a href="/yritys/optimi%20training/" itemprop="name">Optimi Training Oy</a></h3>
            <a href="https://optimi.example/" itemprop="url">Website</a><a href="/logo" itemprop="name"></a></div></article>
            """))
        let org = try #require(item["hiringOrganization"])
        #expect(org["name"] == .array([.string("Optimi Training Oy"), .string("/logo")]))
        #expect(org["url"] == .string("https://optimi.example/"))
    }
}
