extension Ledger {
    /// The columns of `list`, one row per job.
    public static let listColumns = ["id", "key", "kind", "status", "attempts", "max_attempts", "created_at",
                                     "updated_at", "next_run_at", "lease_until", "last_error"]
    static let listSelect = """
        SELECT id, key, kind, status, attempts, max_attempts, created_at, updated_at, next_run_at,
          lease_until, last_error FROM jobs
        """

    /// Jobs by id, optionally of one kind and one status.
    public func list(kind: String?, status: JobStatus?) throws -> Table {
        try table(Ledger.listSelect + " WHERE (?1 IS NULL OR kind = ?1) AND (?2 IS NULL OR status = ?2) ORDER BY id",
                  [.optional(kind), .optional(status?.rawValue)])
    }

    func table(_ sql: String, _ values: [SQLValue]) throws -> Table {
        var table = Table(columns: Ledger.listColumns)
        let rows = try db.prepared(sql).bind(values).rows { row in
            (0..<Int32(Ledger.listColumns.count)).map { row.json($0) }
        }
        for r in rows { table.append(r) }
        return table
    }

    public static let statsColumns = ["kind"] + JobStatus.allCases.map(\.rawValue)
        + ["total", "oldest_pending_at", "oldest_pending_age_ms"]

    /// Counts by kind and status, and the oldest pending job's creation time and age.
    public func stats(now: Int64) throws -> Table {
        let counts = try db.prepared("SELECT kind, status, count(*) FROM jobs GROUP BY kind, status ORDER BY kind")
            .bind([]).rows { ($0.text(0) ?? "", $0.text(1) ?? "", $0.int(2)) }
        let oldest = try db.prepared("""
            SELECT kind, min(created_at) FROM jobs WHERE status = 'pending' GROUP BY kind
            """).bind([]).rows { ($0.text(0) ?? "", $0.text(1) ?? "") }
        var kinds: [String] = []
        var byKind: [String: [String: Int]] = [:]
        for (kind, status, n) in counts {
            if byKind[kind] == nil { kinds.append(kind) }
            byKind[kind, default: [:]][status] = n
        }
        let oldestByKind = Dictionary(oldest, uniquingKeysWith: { a, _ in a })
        var table = Table(columns: Ledger.statsColumns)
        for kind in kinds {
            let c = byKind[kind] ?? [:]
            var row: [JSON] = [.string(kind)]
            row += JobStatus.allCases.map { .int(c[$0.rawValue] ?? 0) }
            row.append(.int(c.values.reduce(0, +)))
            if let at = oldestByKind[kind], let t = Timestamp.parse(at) {
                row += [.string(at), .int(max(0, now - t) * 1000)]
            } else {
                row += [.null, .null]
            }
            table.append(row)
        }
        return table
    }

    /// Every job with `key` (oldest first), with payload, result and runs.
    public func show(key: String) throws -> [JSON] {
        let jobs = try db.prepared("""
            SELECT id, key, kind, status, attempts, max_attempts, last_error, created_at, updated_at,
              started_at, finished_at, lease_until, next_run_at, worker, payload, result
            FROM jobs WHERE key = ?1 ORDER BY id
            """).bind([.text(key)]).rows { row -> (Int, [(String, JSON)]) in
            var pairs: [(String, JSON)] = []
            for i in Int32(0)..<14 { pairs.append((row.name(i), row.json(i))) }
            for i in Int32(14)..<16 {
                let parsed = row.text(i).flatMap { try? JSON.parse($0) } ?? .null
                pairs.append((row.name(i), parsed))
            }
            return (row.int(0), pairs)
        }
        return try jobs.map { id, pairs in
            let runs = try db.prepared("""
                SELECT attempt, status, started_at, finished_at, worker, error FROM runs WHERE job_id = ?1 ORDER BY attempt
                """).bind([.int(id)]).rows { row in
                JSON.object((Int32(0)..<6).map { (row.name($0), row.json($0)) })
            }
            return .object(pairs + [("runs", .array(runs))])
        }
    }
}
