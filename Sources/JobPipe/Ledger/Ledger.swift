#if canImport(Glibc)
import Glibc
#endif

/// The job ledger: the one owner of the `jobs` and `runs` tables. Every
/// change runs in `BEGIN IMMEDIATE`; record-reading commands (`add`,
/// `finish`, `heartbeat`) work in one transaction per batch, each record in
/// its own savepoint.
public final class Ledger {
    public let db: Database
    /// Who holds a claim: `host:pid`, or `JOBPIPE_WORKER` when it is set.
    public let worker: String

    public init(db: Database) {
        self.db = db
        if let named = Environment.get("JOBPIPE_WORKER"), !named.isEmpty {
            worker = named
            return
        }
        var name = [CChar](repeating: 0, count: 256)
        gethostname(&name, name.count - 1)
        worker = String(cString: name) + ":\(getpid())"
    }

    public func commitBatch() throws { try db.commit() }

    private func inBatch<T>(_ body: () throws -> T) throws -> T {
        if !db.inTransaction { try db.beginImmediate() }
        return try db.savepoint(body)
    }

    // MARK: add

    /// Adds a pending job for `record` with `key`, unless a job with that key
    /// is already pending or running: then that job is the one reported.
    /// Returns the record's `job` handle.
    /// With `skipDone`, a key whose latest job succeeded is not added again either
    /// (a batch restarted on the same input does each application once).
    public func add(_ record: Record, kind: String, key: String, maxAttempts: Int, skipDone: Bool = false,
                    now: Int64) throws -> JSON {
        let stamp = Timestamp.format(now)
        return try inBatch {
            if skipDone, let (id, k) = try db.prepared("""
                SELECT id, kind FROM jobs WHERE key = ?1 ORDER BY id DESC LIMIT 1
                """).bind([.text(key)]).rows({ ($0.int(0), $0.text(1) ?? kind) }).first,
               try db.prepared("SELECT status FROM jobs WHERE id = ?1").bind([.int(id)]).rows({ $0.text(0) }).first == "success" {
                return Ledger.handle(id: id, key: key, kind: k, status: "success", created: false)
            }
            let payload = String(decoding: record.bytes, as: UTF8.self)
            let created = try db.prepared("""
                INSERT INTO jobs (key, kind, max_attempts, payload, created_at, updated_at, next_run_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?5) ON CONFLICT DO NOTHING RETURNING id
                """).bind([.text(key), .text(kind), .int(maxAttempts), .text(payload), .text(stamp)]).rows { $0.int(0) }
            if let id = created.first {
                return Ledger.handle(id: id, key: key, kind: kind, status: "pending", created: true)
            }
            let existing = try db.prepared("""
                SELECT id, kind, status FROM jobs WHERE key = ?1 AND status IN ('pending', 'running')
                """).bind([.text(key)]).rows { ($0.int(0), $0.text(1) ?? kind, $0.text(2) ?? "pending") }
            guard let (id, k, status) = existing.first else {
                throw DatabaseError("\(db.path): job \(key) was neither added nor found")
            }
            return Ledger.handle(id: id, key: key, kind: k, status: status, created: false)
        }
    }

    static func handle(id: Int, key: String, kind: String, status: String, created: Bool) -> JSON {
        .object([("id", .int(id)), ("key", .string(key)), ("kind", .string(kind)),
                 ("status", .string(status)), ("created", .bool(created))])
    }

    // MARK: claim

    /// Atomically takes up to `limit` jobs (on PostgreSQL in one `UPDATE`
    /// whose rows are picked `FOR UPDATE SKIP LOCKED`, so workers never wait
    /// for each other's rows) (of `kind`, or any) that are due:
    /// pending with `next_run_at` ≤ now, or running with an expired lease.
    /// A running job whose lease expired on its last attempt fails instead.
    /// Returns each job's payload with its `job` handle, in id order.
    public func claim(kind: String?, limit: Int, lease: Int64, now: Int64) throws -> [Record] {
        let stamp = Timestamp.format(now)
        let rows = try db.immediate { () -> [(Int, String, String, Int, String)] in
            let dead = try db.prepared("""
                UPDATE jobs SET status = 'failure', finished_at = ?2, updated_at = ?2, lease_until = NULL,
                  last_error = 'lease expired on the last attempt (' || attempts || ' of ' || max_attempts || ')'
                WHERE id IN (SELECT id FROM jobs WHERE (CAST(?1 AS TEXT) IS NULL OR kind = ?1) AND status = 'running'
                  AND lease_until < ?2 AND attempts >= max_attempts\(db.skipLocked))
                RETURNING id
                """).bind([.optional(kind), .text(stamp)]).rows { $0.int(0) }
            for id in dead {
                try db.prepared("""
                    UPDATE runs SET status = 'lease_expired', finished_at = ?2 WHERE job_id = ?1 AND status = 'running'
                    """).bind([.int(id), .text(stamp)]).run()
            }
            return try db.prepared("""
                UPDATE jobs SET status = 'running', attempts = attempts + 1, started_at = ?2, updated_at = ?2,
                  lease_until = ?3, worker = ?5
                WHERE id IN (SELECT id FROM jobs WHERE (CAST(?1 AS TEXT) IS NULL OR kind = ?1)
                  AND ((status = 'pending' AND next_run_at <= ?2) OR (status = 'running' AND lease_until < ?2))
                  ORDER BY id LIMIT ?4\(db.skipLocked))
                RETURNING id, key, kind, attempts, payload
                """).bind([.optional(kind), .text(stamp), .text(Timestamp.format(Timestamp.adding(lease, to: now))), .int(limit),
                           .text(worker)])
                .rows { ($0.int(0), $0.text(1) ?? "", $0.text(2) ?? "", $0.int(3), $0.text(4) ?? "{}") }
        }
        return try rows.sorted { $0.0 < $1.0 }.map { id, key, kind, attempt, payload in
            var record: Record
            do { record = try Record(line: Array(payload.utf8)) } catch {
                throw DatabaseError("\(db.path): job \(id) has a payload that is not a JSON object")
            }
            record.set("job", .object([("id", .int(id)), ("key", .string(key)), ("kind", .string(kind)),
                                       ("attempt", .int(attempt))]))
            return record
        }
    }

    // MARK: finish and heartbeat

    /// Ends the attempt `record` carries (see `JobOutcome`): success, back to
    /// pending after a backoff while attempts remain, or failure. Refuses (as a rejection) a
    /// record whose attempt is no longer the job's running one.
    public func finish(_ record: Record, backoff: Backoff, failWhen: [FailCondition] = [],
                       now: Int64) throws -> (Record, JobOutcome) {
        let handle = try JobHandle(record)
        let outcome = JobOutcome(record, failWhen: failWhen)
        return try inBatch {
            let maxAttempts = try runningAttempt(id: handle.id, attempt: handle.attempt)
            var out = record
            try closeAttempt(id: handle.id, attempt: handle.attempt, maxAttempts: maxAttempts,
                                 error: outcome.error, backoff: backoff, now: now) { status in
                out.set("job", handle.object.setting("status", .string(status.rawValue)))
                return String(decoding: out.withoutPageBodies.bytes, as: UTF8.self)
            }
            return (out, outcome)
        }
    }

    /// Ends a running attempt: success when `error` is nil, else pending
    /// after a backoff while attempts remain, else failure. `result` makes
    /// the stored result from the new status. Returns the new status and
    /// when the job is next due.
    @discardableResult
    func closeAttempt(id: Int, attempt: Int, maxAttempts: Int, error: String?, backoff: Backoff, now: Int64,
                      result: (JobStatus) -> String) throws -> (status: JobStatus, nextRun: Int64) {
        let stamp = Timestamp.format(now)
        let status: JobStatus
        var next = now
        if error == nil {
            status = .success
        } else if attempt < maxAttempts {
            status = .pending
            next = Timestamp.adding(backoff.delay(afterAttempt: attempt), to: now)
        } else {
            status = .failure
        }
        let lastError = error.map { truncatedUTF8($0) }
        try db.prepared("""
            UPDATE jobs SET status = ?2, updated_at = ?3, lease_until = NULL, result = ?4,
              last_error = CASE WHEN ?2 = 'success' THEN NULL ELSE ?5 END,
              finished_at = CASE WHEN ?2 = 'pending' THEN NULL ELSE ?3 END,
              next_run_at = ?6
            WHERE id = ?1
            """).bind([.int(id), .text(status.rawValue), .text(stamp), .text(result(status)),
                       .optional(lastError), .text(Timestamp.format(next))]).run()
        try db.prepared("""
            UPDATE runs SET status = ?3, finished_at = ?4, error = ?5 WHERE job_id = ?1 AND attempt = ?2
            """).bind([.int(id), .int(attempt), .text(error == nil ? "success" : "failure"),
                       .text(stamp), .optional(lastError)]).run()
        return (status, next)
    }

    /// Extends the lease of the running attempt `record` carries to now + `lease`.
    public func heartbeat(_ record: Record, lease: Int64, now: Int64) throws -> Record {
        let handle = try JobHandle(record)
        let until = Timestamp.format(Timestamp.adding(lease, to: now))
        return try inBatch {
            _ = try runningAttempt(id: handle.id, attempt: handle.attempt)
            try db.prepared("UPDATE jobs SET lease_until = ?2, updated_at = ?3 WHERE id = ?1")
                .bind([.int(handle.id), .text(until), .text(Timestamp.format(now))]).run()
            var out = record
            out.set("job", handle.object.setting("lease_until", .string(until)))
            return out
        }
    }

    /// The job's max_attempts when `attempt` is its running attempt; a rejection otherwise.
    func runningAttempt(id: Int, attempt: Int) throws -> Int {
        let found = try db.prepared("SELECT status, attempts, max_attempts FROM jobs WHERE id = ?1" + db.forUpdate)
            .bind([.int(id)]).rows { ($0.text(0) ?? "", $0.int(1), $0.int(2)) }
        guard let (status, attempts, maxAttempts) = found.first else {
            throw RecordRejection("job \(id) does not exist")
        }
        guard status == "running", attempts == attempt else {
            let now = status == "running" ? "running attempt \(attempts)" : "\(status) after attempt \(attempts)"
            throw RecordRejection("job \(id) attempt \(attempt) refused: the job is \(now)")
        }
        return maxAttempts
    }
}
