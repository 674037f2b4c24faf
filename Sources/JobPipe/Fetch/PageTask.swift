/// One page to fetch for one record: its URL, its role, its attempts and,
/// once done, its entry in the record's `pages`.
final class PageTask {
    unowned let slot: RecordSlot
    let requested: String
    let url: WebURL?
    let role: String
    var attempts = 0
    /// Monotonic time before which a retry must not start.
    var notBefore: UInt64 = 0
    var result: JSON?
    /// The decoded HTML of a successful fetch, for discovery.
    var html: String?
    /// Where the page ended up after redirects: the base for its links.
    var base: WebURL?
    /// The kept copy asked about with a conditional request (`--cache`).
    var cached: PageCache.Entry?
    /// A documented API (a job board's feed): any content type is kept and robots.txt is not asked.
    var api = false

    init(slot: RecordSlot, requested: String, url: WebURL?, role: String) {
        self.slot = slot
        self.requested = requested
        self.url = url
        self.role = role
    }
}

/// A record in flight: its pages and what discovery has already chosen.
final class RecordSlot {
    let seq: Int
    var record: Record
    let location: InputLocation
    var tasks: [PageTask] = []
    /// URLs already queued for this record (normalised, no fragment).
    var seen: Set<String> = []
    var rolesTaken: Set<String> = []
    /// Set when the record itself is unusable (no `url`).
    var error: JSON?
    /// Set once a `FetchPlanner` has no more requests for the record.
    var planned = false

    init(seq: Int, record: Record, location: InputLocation) {
        self.seq = seq
        self.record = record
        self.location = location
    }

    var isComplete: Bool { tasks.allSatisfy { $0.result != nil } }

    /// Whether some page (or the record) failed.
    var hasError: Bool {
        error != nil || tasks.contains { $0.result?["error"].map { !$0.isNull } ?? false }
    }

    /// The record with `pages` (and `error` when the record was unusable) spliced in.
    func finished() -> Record {
        var r = record
        r.set("pages", .array(tasks.compactMap(\.result)))
        if let error { r.set("error", error) }
        return r
    }
}
