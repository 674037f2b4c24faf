import ArgumentParser
import JobPipe

struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the jobs, one per line, by id.")
    @OptionGroup var database: DatabaseOptions
    @Option(help: "Only jobs of this kind.")
    var kind: String?
    @Option(help: "Only jobs in this state: pending, running, success, failure or cancelled.")
    var status: JobStatus?
    @Option(help: "Output as 'ndjson', 'table' or 'csv'.")
    var format: OutputFormat = .ndjson
    @OptionGroup var log: LogOptions

    func run() throws {
        try propagate(LedgerProgram.list(database: database, logFormat: log.logFormat, kind: kind,
                                          status: status, format: format))
    }
}

struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print job counts by kind and state with the oldest pending job, or failures by error.")
    @OptionGroup var database: DatabaseOptions
    @Flag(help: "Count failed jobs by kind and last error instead.")
    var errors = false
    @Flag(help: "Show the running jobs by worker (host:pid) and kind, with the earliest start and latest lease, instead.")
    var workers = false
    @Flag(help: "Redraw the report every --interval while standard output is a terminal (else print it once).")
    var watch = false
    @Option(help: ArgumentHelp("How often --watch redraws. (default: 2s)", valueName: "duration"),
            transform: TimeSpan.parsing)
    var interval = TimeSpan(seconds: 2)
    @Option(help: ArgumentHelp("With --watch: stop after this many redraws.", valueName: "n"))
    var count: Int?
    @Option(help: "Output as 'ndjson', 'table' or 'csv' (default: 'table' with --watch, else 'ndjson').")
    var format: OutputFormat?
    @OptionGroup var log: LogOptions

    func validate() throws {
        guard interval.seconds >= 1 else { throw ValidationError("--interval must be at least 1s") }
        if let count, count < 1 { throw ValidationError("--count must be at least 1") }
        if errors && workers { throw ValidationError("--errors and --workers are different reports: give one") }
    }

    func run() throws {
        var settings = StatsSettings(errors: errors, watch: watch ? interval.seconds : nil, count: count,
                                     format: format ?? (watch ? .table : .ndjson))
        settings.workers = workers
        try propagate(LedgerProgram.stats(database: database, logFormat: log.logFormat, settings: settings))
    }
}

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print every job with a key, with its payload, result and runs.")
    @OptionGroup var database: DatabaseOptions
    @Option(help: "Output as 'ndjson' (each job with payload, result and runs), or 'table' or 'csv' (one row per attempt).")
    var format: OutputFormat = .ndjson
    @OptionGroup var log: LogOptions
    @Argument(help: "The job's key.")
    var key: String

    func run() throws {
        try propagate(LedgerProgram.show(database: database, logFormat: log.logFormat, key: key, format: format))
    }
}
