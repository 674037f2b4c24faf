/// find-postings' memory across runs (`--db`): each reading of a board is
/// compared with the postings stored for it, which tells each posting's
/// `change`; postings gone from the board are closed, and reported once.
final class PostingTracker {
    let db: Database

    init(db: Database) { self.db = db }

    enum Change: String { case new, changed, unchanged, closed }

    /// A posting the board no longer lists, as last stored.
    struct Closed {
        var id: String
        var url: String?
        var job: JSON
        var updatedAt: String?
    }

    /// Records one complete reading of a board, in one transaction: the
    /// change of each posting (in order) and the postings that closed.
    func observe(ats: String, board: String, postings: [FeedPosting], now: Int64) throws -> ([Change], [Closed]) {
        let stamp = Timestamp.format(now)
        return try db.immediate {
            let open = try db.prepared(PostingsSQL.open + db.forUpdate).bind([.text(ats), .text(board)]).rows { row in
                Closed(id: row.text(0) ?? "", url: row.text(1), job: row.text(2).flatMap { try? JSON.parse($0) } ?? .null,
                       updatedAt: row.text(3))
            }
            var changes: [Change] = []
            var seen = Set<String>()
            for p in postings {
                seen.insert(p.id)
                let hash = p.contentHash
                let stored = try db.prepared(PostingsSQL.lookup).bind([.text(ats), .text(board), .text(p.id)])
                    .rows { row in (row.text(0), row.isNull(1)) }.first
                switch stored {
                case nil: changes.append(.new)
                case let (old, isOpen)?:
                    // a posting back after it closed is new again
                    changes.append(!isOpen ? .new : old == hash ? .unchanged : .changed)
                }
                try db.prepared(PostingsSQL.upsert).bind([
                    .text(ats), .text(board), .text(p.id), .optional(p.url), .text(p.job.text), .text(hash),
                    .optional(p.updatedAt), .text(stamp),
                ]).run()
            }
            let closed = open.filter { !seen.contains($0.id) }
            for c in closed {
                try db.prepared(PostingsSQL.close).bind([.text(ats), .text(board), .text(c.id), .text(stamp)]).run()
            }
            return (changes, closed)
        }
    }
}
