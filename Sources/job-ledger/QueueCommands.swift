import ArgumentParser
import JobPipe

struct Claim: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Take due jobs (and running jobs whose lease expired) and print their payloads.")
    @OptionGroup var database: DatabaseOptions
    @Option(help: "Only jobs of this kind (default: any).")
    var kind: String?
    @Option(help: "Take at most this many jobs.")
    var limit = 1
    @Option(help: ArgumentHelp("How long the jobs are held before another claim may take them. (default: 5m)", valueName: "duration"),
            transform: TimeSpan.parsing)
    var lease = TimeSpan(seconds: 300)
    @Option(help: ArgumentHelp("When no job is due, wait up to this long for one (PostgreSQL: woken by an insert; SQLite: looks every 200 ms).",
                               valueName: "duration"),
            transform: TimeSpan.parsing)
    var wait: TimeSpan?
    @OptionGroup var log: LogOptions

    func validate() throws {
        guard limit >= 1 else { throw ValidationError("--limit must be at least 1") }
        guard lease.seconds >= 1 else { throw ValidationError("--lease must be at least 1s") }
    }

    func run() throws {
        try propagate(LedgerProgram.claim(database: database, logFormat: log.logFormat, kind: kind,
                                           limit: limit, lease: lease, wait: wait))
    }
}

struct Retry: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Make failed jobs pending again with more attempts.")
    @OptionGroup var database: DatabaseOptions
    @Option(help: "Only jobs of this kind.")
    var kind: String?
    @Option(help: "Attempts to give each job beyond those it has made.")
    var attempts = 1
    @Option(help: "Output as 'ndjson', 'table' or 'csv'.")
    var format: OutputFormat = .ndjson
    @OptionGroup var log: LogOptions
    @Argument(help: ArgumentHelp("Only the jobs with these keys (default: every failed job).", valueName: "key"))
    var keys: [String] = []

    func validate() throws {
        guard attempts >= 1 else { throw ValidationError("--attempts must be at least 1") }
    }

    func run() throws {
        try propagate(LedgerProgram.retry(database: database, logFormat: log.logFormat, kind: kind, keys: keys,
                                           extra: attempts, format: format))
    }
}

struct Cancel: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Cancel the pending or running job with a key.")
    @OptionGroup var database: DatabaseOptions
    @Option(help: "Output as 'ndjson', 'table' or 'csv'.")
    var format: OutputFormat = .ndjson
    @OptionGroup var log: LogOptions
    @Argument(help: "The job's key.")
    var key: String

    func run() throws {
        try propagate(LedgerProgram.cancel(database: database, logFormat: log.logFormat, key: key, format: format))
    }
}

struct Prune: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Delete finished jobs and their runs.")
    @OptionGroup var database: DatabaseOptions
    @Option(name: .customLong("older-than"), help: ArgumentHelp("Only jobs finished longer ago than this. (default: 30d)", valueName: "duration"),
            transform: TimeSpan.parsing)
    var olderThan = TimeSpan(seconds: 30 * 86400)
    @OptionGroup var log: LogOptions

    func run() throws {
        try propagate(LedgerProgram.prune(database: database, logFormat: log.logFormat, olderThan: olderThan))
    }
}
