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

    @Test func anItemsPropertiesIncludeTheElementsItsItemrefNames() throws {
        // (as XING marks up its postings: the employer's name stands in the page's header, outside the item)
        let item = try #require(posting("""
            <div id="employer"><meta itemprop="name" content="Deutsche Bahn AG"><h3>Deutsche Bahn AG</h3>
            <h4 id="where">Arbeitsort: <span itemprop="address" itemscope itemtype="http://schema.org/PostalAddress">
            <span itemprop="addressLocality">Berlin</span></span></h4></div>
            <div itemscope itemtype="http://schema.org/JobPosting">
            <meta itemprop="hiringOrganization" itemscope itemtype="http://schema.org/Organization" itemref="employer">
            <div itemprop="jobLocation" itemscope itemtype="http://schema.org/Place" itemref="where missing"></div>
            <h1 itemprop="title">Administrator IT-Security (w/m/d)</h1></div>
            """))
        #expect(item["hiringOrganization"]?["name"] == .string("Deutsche Bahn AG"))
        #expect(item["jobLocation"]?["address"]?["addressLocality"] == .string("Berlin"))
        #expect(item["title"] == .string("Administrator IT-Security (w/m/d)"))
    }

    @Test func itemsThatReferToEachOtherInACircleAreReadToADepth() throws {
        let item = try #require(posting("""
            <div itemprop="mainEntity" itemscope itemtype="http://schema.org/JobPosting" id="job" itemref="org">
            <h1 itemprop="title">Koch</h1></div>
            <div id="org" itemprop="hiringOrganization" itemscope itemtype="http://schema.org/Organization" itemref="job">
            <span itemprop="name">Acme</span></div>
            """))
        #expect(item["title"] == .string("Koch"))
        #expect(item["hiringOrganization"]?["name"] == .string("Acme"))
    }

    @Test func itemsThatAllReferToOneLargeBlockAreReadToABound() {
        // a hostile page: a thousand items, each referring three times to a block of 5,000 properties
        let block = "<div id=\"big\">" + String(repeating: "<span itemprop=\"x\">a</span>", count: 5_000) + "</div>"
        let items = String(repeating: #"<div itemscope itemtype="http://schema.org/JobPosting" itemref="big big big"><h1 itemprop="title">T</h1></div>"#,
                           count: 1_000)
        var bytes = Array(("<body>" + block + items + "</body>").utf8)
        let found = bytes.withUnsafeMutableBufferPointer { buffer in
            let doc = HTMLTree(borrowing: UnsafeBufferPointer(buffer), url: nil)
            return withExtendedLifetime(doc) { Microdata.jobPostings(in: doc) }
        }
        #expect(found.count == 1_000)
        // (the first items read the block whole, and read it once each)
        #expect(found[0]["x"]?.arrayValue?.count == 5_000)
        // (past 100,000 elements read, the page's items are read no further)
        #expect(found[999]["title"] == nil)
    }
}
