extension Ledger {
    /// Gives failed jobs (all, of `kind`, or with one of `keys`) `extra` more
    /// attempts and makes them pending and due now. A job whose key has
    /// another job in flight is left alone. Returns the retried jobs.
    public func retry(kind: String?, keys: [String], extra: Int, now: Int64) throws -> Table {
        let stamp = Timestamp.format(now)
        let keyList = JSON.strings(keys).text
        return try db.immediate {
            // On PostgreSQL, which has no UPDATE OR IGNORE, a job whose key has
            // another in flight (or a newer failed job) is left out by the WHERE.
            let update = db.engine == .postgres ? "UPDATE jobs" : "UPDATE OR IGNORE jobs"
            let alone = db.engine == .postgres ? """
                 AND NOT EXISTS (SELECT 1 FROM jobs o WHERE o.key = jobs.key AND o.status IN ('pending', 'running'))
                 AND id IN (SELECT max(id) FROM jobs WHERE status = 'failure' GROUP BY key)
                """ : ""
            let ids = try db.prepared("""
                \(update) SET status = 'pending', max_attempts = attempts + ?3, next_run_at = ?4,
                  updated_at = ?4, finished_at = NULL
                WHERE status = 'failure' AND (CAST(?1 AS TEXT) IS NULL OR kind = ?1)
                  AND (?2 = '[]' OR key IN (\(db.jsonTexts("?2"))))\(alone)
                RETURNING id
                """).bind([.optional(kind), .text(keyList), .int(extra), .text(stamp)]).rows { $0.int(0) }
            return try table(Ledger.listSelect + " WHERE id IN (SELECT CAST(value AS BIGINT) FROM (\(db.jsonTexts("?1"))) AS v) ORDER BY id",
                             [.text(JSON.strings(ids.map(String.init)).text)])
        }
    }

    /// Cancels the pending or running job with `key`; nil when there is none.
    /// A worker still holding it is refused when it finishes.
    public func cancel(key: String, now: Int64) throws -> Table? {
        let stamp = Timestamp.format(now)
        return try db.immediate {
            let ids = try db.prepared("""
                UPDATE jobs SET status = 'cancelled', finished_at = ?2, updated_at = ?2, lease_until = NULL
                WHERE key = ?1 AND status IN ('pending', 'running') RETURNING id
                """).bind([.text(key), .text(stamp)]).rows { $0.int(0) }
            guard let id = ids.first else { return nil }
            try db.prepared("""
                UPDATE runs SET status = 'cancelled', finished_at = ?2 WHERE job_id = ?1 AND status = 'running'
                """).bind([.int(id), .text(stamp)]).run()
            return try table(Ledger.listSelect + " WHERE id = ?1", [.int(id)])
        }
    }

    /// Deletes finished jobs (success, failure, cancelled) last updated before
    /// now − `olderThan`, with their runs. Returns how many went.
    public func prune(olderThan: Int64, now: Int64) throws -> Int {
        try db.immediate {
            try db.prepared("""
                DELETE FROM jobs WHERE status IN ('success', 'failure', 'cancelled') AND updated_at < ?1
                """).bind([.text(Timestamp.format(Timestamp.adding(-olderThan, to: now)))]).run()
            return db.changes
        }
    }
}
