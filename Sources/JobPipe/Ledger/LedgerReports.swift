extension Ledger {
    /// The columns of `list`, one row per job.
    /// `worker` (host:pid) is shown while the job is running, null otherwise.
    public static let listColumns = ["id", "key", "kind", "status", "attempts", "max_attempts", "created_at",
                                     "updated_at", "next_run_at", "lease_until", "last_error", "worker"]
    static let listSelect = """
        SELECT id, key, kind, status, attempts, max_attempts, created_at, updated_at, next_run_at,
          lease_until, last_error, CASE WHEN status = 'running' THEN worker END FROM jobs
        """

    /// Jobs by id, optionally of one kind and one status.
    public func list(kind: String?, status: JobStatus?) throws -> Table {
        try table(Ledger.listSelect + " WHERE (CAST(?1 AS TEXT) IS NULL OR kind = ?1) AND (CAST(?2 AS TEXT) IS NULL OR status = ?2) ORDER BY id",
                  [.optional(kind), .optional(status?.rawValue)])
    }

    /// The rows of `sql`, whose result columns are `columns`.
    func table(_ sql: String, _ values: [SQLValue], columns: [String] = Ledger.listColumns) throws -> Table {
        var table = Table(columns: columns)
        let rows = try db.prepared(sql).bind(values).rows { row in
            (0..<Int32(columns.count)).map { row.json($0) }
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

    public static let workerColumns = ["worker", "kind", "running", "started_at", "lease_until"]

    /// The running jobs by worker and kind: how many, the earliest start and the latest lease.
    public func workers() throws -> Table {
        try table("""
            SELECT worker, kind, count(*), min(started_at), max(lease_until) FROM jobs WHERE status = 'running'
            GROUP BY worker, kind ORDER BY worker, kind
            """, [], columns: Ledger.workerColumns)
    }

    /// The columns of `show --format table|csv`: one row per attempt.
    public static let attemptColumns = ["id", "key", "kind", "status", "attempts", "max_attempts", "attempt",
                                        "run_status", "started_at", "finished_at", "worker", "error"]

    /// Every attempt of every job with `key`, by job and attempt; a job not
    /// yet claimed has one row with null attempt columns.
    public func attempts(key: String) throws -> Table {
        try table("""
            SELECT j.id, j.key, j.kind, j.status, j.attempts, j.max_attempts, r.attempt, r.status, r.started_at,
              r.finished_at, r.worker, r.error
            FROM jobs j LEFT JOIN runs r ON r.job_id = j.id WHERE j.key = ?1 ORDER BY j.id, r.attempt
            """, [.text(key)], columns: Ledger.attemptColumns)
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

extension Ledger {
    public static let failureColumns = ["kind", "last_error", "jobs", "last_failed_at"]

    /// Failed jobs counted by kind and identical `last_error`, the most
    /// frequent first (ties by kind, then error).
    public func failuresByError() throws -> Table {
        try table("""
            SELECT kind, last_error, count(*) AS n, max(finished_at) FROM jobs WHERE status = 'failure'
            GROUP BY kind, last_error ORDER BY n DESC, kind, last_error
            """, [], columns: Ledger.failureColumns)
    }
}
