/// One posting as a board's feed gives it: analyze-job's `Posting` (with
/// `source: feed`) plus what only a feed has.
struct FeedPosting {
    /// The posting's id on its board, as text.
    var id: String
    /// The posting's own page.
    var url: String?
    var posting = Posting()
    var department: String?
    /// When the ATS last changed it, as the feed writes it (nil when it does not say).
    var updatedAt: String?

    init(id: String) {
        self.id = id
        posting.source = .feed
    }

    /// The `job` object: analyze-job's fields in their order, `department`
    /// after `employment_type`; `skills` is left for analyze-job to fill.
    var job: JSON {
        guard case var .object(pairs) = posting.json else { return .null }
        let at = (pairs.firstIndex { $0.0 == "employment_type" } ?? pairs.count - 1) + 1
        pairs.insert(("department", .optional(department)), at: at)
        return .object(pairs)
    }

    /// A hash of everything a reader sees (the job and its URL, not the feed's
    /// timestamps): what tells a changed posting from an unchanged one. FNV-1a, 64 bits, hex.
    var contentHash: String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in job.serialized + Array((url ?? "").utf8) {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
