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
    static let configuration = CommandConfiguration(abstract: "Print job counts by kind and state.")
    @OptionGroup var database: DatabaseOptions
    @Option(help: "Output as 'ndjson', 'table' or 'csv'.")
    var format: OutputFormat = .ndjson
    @OptionGroup var log: LogOptions

    func run() throws {
        try propagate(LedgerProgram.stats(database: database, logFormat: log.logFormat, format: format))
    }
}

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print every job with a key, with its payload, result and runs.")
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var log: LogOptions
    @Argument(help: "The job's key.")
    var key: String

    func run() throws {
        try propagate(LedgerProgram.show(database: database, logFormat: log.logFormat, key: key))
    }
}
