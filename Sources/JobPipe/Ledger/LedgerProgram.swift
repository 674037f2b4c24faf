/// What each `job-ledger` subcommand does, behind its thin command line.
public enum LedgerProgram {
    public static let name = "job-ledger"

    /// Where a job's key comes from in `add`.
    public enum KeySource: Sendable {
        /// `KIND:` + the value of this top-level field.
        case field(String)
        /// This key, as given.
        case literal(String)
    }

    public static func add(common: CommonOptions, database: DatabaseOptions, kind: String, key: KeySource,
                           maxAttempts: Int, skipDone: Bool = false) -> Int32 {
        filter(common: common, database: database) { ledger, record in
            let jobKey: String
            switch key {
            case let .literal(k): jobKey = k
            case let .field(f): jobKey = kind + ":" + (try keyValue(of: record, field: f))
            }
            let handle = try ledger.add(record, kind: kind, key: jobKey, maxAttempts: maxAttempts,
                                        skipDone: skipDone, now: Clock.now())
            record.set("job", handle)
            return record.hasError
        }
    }

    /// The text of `record`'s field `f` for a job key: a non-empty string or a number.
    static func keyValue(of record: Record, field f: String) throws -> String {
        guard let v = record.value(f), !v.isNull else {
            throw RecordRejection("no '\(f)' field to make the job key from")
        }
        switch v {
        case let .string(text) where !text.isEmpty: return text
        case let .number(text): return text
        case .string: throw RecordRejection("the '\(f)' field is empty: no job key")
        default: throw RecordRejection("the '\(f)' field is not a string or number: no job key")
        }
    }

    public static func finish(common: CommonOptions, database: DatabaseOptions, backoff: Backoff,
                              failWhen: [FailCondition]) -> Int32 {
        filter(common: common, database: database) { ledger, record in
            let (out, outcome) = try ledger.finish(record, backoff: backoff, failWhen: failWhen, now: Clock.now())
            record = out
            return !outcome.succeeded
        }
    }

    public static func heartbeat(common: CommonOptions, database: DatabaseOptions, lease: TimeSpan) -> Int32 {
        filter(common: common, database: database) { ledger, record in
            record = try ledger.heartbeat(record, lease: lease.seconds, now: Clock.now())
            return record.hasError
        }
    }

    /// With `wait`, waits up to that long for a job when none is due (see `Ledger.claim(…waitingUpTo:…)`).
    public static func claim(database: DatabaseOptions, logFormat: LogFormat, kind: String?, limit: Int,
                             lease: TimeSpan, wait: TimeSpan? = nil) -> Int32 {
        report(database: database, logFormat: logFormat) { ledger, _ in
            let records = try ledger.claim(kind: kind, limit: limit, lease: lease.seconds,
                                           waitingUpTo: wait?.seconds ?? 0, now: Clock.now)
            return records.map { String(decoding: $0.bytes, as: UTF8.self) + "\n" }.joined()
        }
    }

    public static func list(database: DatabaseOptions, logFormat: LogFormat, kind: String?, status: JobStatus?,
                            format: OutputFormat) -> Int32 {
        report(database: database, logFormat: logFormat) { ledger, _ in
            try ledger.list(kind: kind, status: status).rendered(as: format)
        }
    }

    /// Every job with the key: as NDJSON with payload, result and runs; as a
    /// table or CSV one row per attempt. Exit status 1 when no job has the key.
    public static func show(database: DatabaseOptions, logFormat: LogFormat, key: String,
                            format: OutputFormat) -> Int32 {
        var found = true
        let status = report(database: database, logFormat: logFormat) { ledger, diagnostics in
            let jobs = try ledger.show(key: key)
            if jobs.isEmpty {
                diagnostics.error("no job with key \(key)")
                found = false
                return ""
            }
            if format != .ndjson { return try ledger.attempts(key: key).rendered(as: format) }
            return jobs.map { $0.text + "\n" }.joined()
        }
        return status == 0 && !found ? ExitStatus.recordErrors : status
    }

    public static func retry(database: DatabaseOptions, logFormat: LogFormat, kind: String?, keys: [String],
                             extra: Int, format: OutputFormat) -> Int32 {
        report(database: database, logFormat: logFormat) { ledger, _ in
            try ledger.retry(kind: kind, keys: keys, extra: extra, now: Clock.now()).rendered(as: format)
        }
    }

    /// Exit status 1 when no pending or running job has the key.
    public static func cancel(database: DatabaseOptions, logFormat: LogFormat, key: String,
                              format: OutputFormat) -> Int32 {
        var found = true
        let status = report(database: database, logFormat: logFormat) { ledger, diagnostics in
            guard let table = try ledger.cancel(key: key, now: Clock.now()) else {
                diagnostics.error("no pending or running job with key \(key)")
                found = false
                return ""
            }
            return table.rendered(as: format)
        }
        return status == 0 && !found ? ExitStatus.recordErrors : status
    }

    public static func prune(database: DatabaseOptions, logFormat: LogFormat, olderThan: TimeSpan) -> Int32 {
        report(database: database, logFormat: logFormat) { ledger, _ in
            let n = try ledger.prune(olderThan: olderThan.seconds, now: Clock.now())
            return JSON.object([("pruned", .int(n))]).text + "\n"
        }
    }

    /// A record-reading subcommand: one transaction per batch, committed
    /// before the batch's output is handed on.
    static func filter(common: CommonOptions, database: DatabaseOptions,
                       _ transform: @escaping (Ledger, inout Record) throws -> Bool) -> Int32 {
        let filter = StreamFilter(program: name, options: common)
        let ledger: Ledger
        do {
            ledger = Ledger(db: try Database(path: database.path))
        } catch {
            filter.diagnostics.error("\(error)")
            return ExitStatus.ioError
        }
        return filter.run(transform: { record, _ in try transform(ledger, &record) },
                          beforeFlush: { try ledger.commitBatch() })
    }

    /// A subcommand that prints what `body` returns; database errors stop it with 74.
    static func report(database: DatabaseOptions, logFormat: LogFormat,
                       _ body: (Ledger, Diagnostics) throws -> String) -> Int32 {
        let diagnostics = Diagnostics(program: name, format: logFormat)
        do {
            let ledger = Ledger(db: try Database(path: database.path))
            return writeOut(try body(ledger, diagnostics), diagnostics: diagnostics)
        } catch {
            diagnostics.error("\(error)")
            return ExitStatus.ioError
        }
    }
}
