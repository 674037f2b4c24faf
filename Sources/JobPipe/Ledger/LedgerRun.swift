/// What `run` found when it went to start its command.
public enum RunStart: Equatable, Sendable {
    /// The key already succeeded (and `--again` was not given).
    case done(id: Int)
    /// Another worker holds the key's job under a live lease.
    case busy(id: Int, attempt: Int)
    /// This process now runs the job's attempt.
    case started(id: Int, attempt: Int, maxAttempts: Int)
}

extension Ledger {
    /// Takes the job with `key` for this process: the pending one, a running
    /// one whose lease expired, or a new one (with `payload`) when none is in
    /// flight and the key has not succeeded (or `again`).
    public func startRun(key: String, kind: String, maxAttempts: Int, payload: String, again: Bool,
                         lease: Int64, now: Int64) throws -> RunStart {
        let stamp = Timestamp.format(now)
        return try db.immediate {
            if db.engine == .postgres {
                // Two runs of one key start one at a time, as under SQLite's BEGIN IMMEDIATE.
                try db.prepared("SELECT pg_advisory_xact_lock(hashtext(?1))").bind([.text("jobpipe run " + key)]).run()
            }
            let inFlight = try db.prepared("""
                SELECT id, status, attempts, lease_until FROM jobs WHERE key = ?1 AND status IN ('pending', 'running')
                """ + db.forUpdate).bind([.text(key)]).rows { ($0.int(0), $0.text(1) ?? "", $0.int(2), $0.text(3) ?? "") }.first
            var id: Int
            if let (found, status, attempts, leaseUntil) = inFlight {
                if status == "running", leaseUntil >= stamp { return .busy(id: found, attempt: attempts) }
                id = found
            } else {
                if !again, let done = try db.prepared("""
                    SELECT id FROM jobs WHERE key = ?1 AND status = 'success' ORDER BY id DESC LIMIT 1
                    """).bind([.text(key)]).rows({ $0.int(0) }).first {
                    return .done(id: done)
                }
                guard let new = try db.prepared("""
                    INSERT INTO jobs (key, kind, max_attempts, payload, created_at, updated_at, next_run_at)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?5) RETURNING id
                    """).bind([.text(key), .text(kind), .int(maxAttempts), .text(payload), .text(stamp)])
                    .rows({ $0.int(0) }).first else { throw DatabaseError("\(db.path): job \(key) was not added") }
                id = new
            }
            let taken = try db.prepared("""
                UPDATE jobs SET status = 'running', attempts = attempts + 1, started_at = ?2, updated_at = ?2,
                  lease_until = ?3, worker = ?4 WHERE id = ?1 RETURNING attempts, max_attempts
                """).bind([.int(id), .text(stamp), .text(Timestamp.format(Timestamp.adding(lease, to: now))), .text(worker)])
                .rows { ($0.int(0), $0.int(1)) }
            guard let (attempt, max) = taken.first else { throw DatabaseError("\(db.path): job \(id) vanished") }
            return .started(id: id, attempt: attempt, maxAttempts: max)
        }
    }

    /// Extends the lease of a running attempt; false when it is no longer running (cancelled or lost).
    public func extendLease(id: Int, attempt: Int, lease: Int64, now: Int64) throws -> Bool {
        try db.immediate {
            try db.prepared("""
                UPDATE jobs SET lease_until = ?3, updated_at = ?4 WHERE id = ?1 AND attempts = ?2 AND status = 'running'
                """).bind([.int(id), .int(attempt), .text(Timestamp.format(Timestamp.adding(lease, to: now))), .text(Timestamp.format(now))]).run()
            return db.changes == 1
        }
    }

    /// Records how the command of a running attempt ended; nil when the
    /// attempt was no longer running (cancelled, or its lease lost).
    public func endRun(id: Int, attempt: Int, result: CommandResult, backoff: Backoff,
                       now: Int64) throws -> (status: JobStatus, nextRun: Int64)? {
        try db.immediate {
            let maxAttempts: Int
            do { maxAttempts = try runningAttempt(id: id, attempt: attempt) } catch is RecordRejection { return nil }
            let summary = JSON.object([
                ("exit_status", result.exitStatus.map { .int($0) } ?? .null),
                ("signal", result.signal.map { .int($0) } ?? .null),
                ("elapsed_ms", .int(result.elapsedMilliseconds)),
                ("timed_out", .bool(result.timedOut)),
            ]).text
            return try closeAttempt(id: id, attempt: attempt, maxAttempts: maxAttempts,
                                    error: result.succeeded ? nil : result.summary, backoff: backoff, now: now) { _ in summary }
        }
    }
}

/// The settings of `job-ledger run`.
public struct RunSettings: Sendable {
    public var key: String
    public var kind: String
    public var maxAttempts: Int
    public var timeout: Int64?
    public var lease: Int64
    public var backoff: Backoff
    public var again: Bool
    public var command: [String]

    public init(key: String, kind: String, maxAttempts: Int, timeout: Int64?, lease: Int64, backoff: Backoff,
                again: Bool, command: [String]) {
        self.key = key
        self.kind = kind
        self.maxAttempts = maxAttempts
        self.timeout = timeout
        self.lease = lease
        self.backoff = backoff
        self.again = again
        self.command = command
    }
}
