extension Fuzz {
    /// find-postings' readers of a board's answer: the input as the feed of
    /// each of the seven ATSs, and as a careers page. Each either refuses it
    /// (`bad_feed`) or gives postings with ids whose job writes a record that reads back.
    static func feed(_ data: UnsafeBufferPointer<UInt8>) {
        let body = text(data)
        for ats in ATS.allCases {
            guard let board = Board(ats: ats, name: "fuzz"),
                  let page = try? FeedReader.read(body, board: board) else { continue }
            for p in page.postings { checkPosting(p) }
            if let next = page.nextOffset { check(next > 0, "a next page at offset \(next)") }
        }
        let base = WebURL("https://careers.example/jobs")!
        let doc = HTMLTree(body, url: base.text, scripting: false)
        withExtendedLifetime(doc) {
            for board in CareersPage.boards(in: doc, base: base) { check(board.feedURL() != nil, "a board without a feed URL") }
            for p in CareersPage.postings(in: doc, base: base) { checkPosting(p) }
        }
    }

    static func checkPosting(_ p: FeedPosting) {
        check(!p.id.isEmpty, "a posting without an id")
        check(p.contentHash.utf8.count == 16, "a content hash of \(p.contentHash.utf8.count) digits")
        let record = Record(.object([("job", p.job), ("url", .optional(p.url))]))
        check((try? Record(line: record.bytes)) != nil, "a posting's job that does not read back")
    }
}
