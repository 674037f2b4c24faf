import ArgumentParser

/// How diagnostics are written on standard error.
public enum LogFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case text, json
}

/// The options every record-reading program shares (DESIGN.md).
public struct CommonOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Input files of NDJSON records; standard input when none or '-'.", valueName: "file"))
    public var files: [String] = []

    @Option(name: .customLong("rejects"), help: ArgumentHelp("Write input lines that cannot be read, verbatim, to this file.", valueName: "file"))
    public var rejects: String?

    @Flag(help: "Exit 1 when some records carry an error.")
    public var strict = false

    @Option(name: .customLong("log-format"), help: "Diagnostics on standard error as 'text' or 'json'.")
    public var logFormat: LogFormat = .text

    public init() {}

    public func validate() throws {
        try Clock.validateForCommandLine()
        do { try InputLimits.checkEnvironment() } catch { throw ValidationError(error.description) }
    }
}

/// The options of the programs that keep state in SQLite or PostgreSQL.
public struct DatabaseOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: ArgumentHelp("The SQLite database, or a postgresql:// URL (default: $JOBPIPE_DB, or jobpipe.db).", valueName: "path"))
    public var db: String?

    public init() {}

    public func validate() throws { try Clock.validateForCommandLine() }

    /// `--db`, then `JOBPIPE_DB`, then `jobpipe.db` in the working directory.
    public var path: String {
        if let db, !db.isEmpty { return db }
        if let env = Environment.get("JOBPIPE_DB"), !env.isEmpty { return env }
        return "jobpipe.db"
    }
}

/// Options for commands that print records for people as well as scripts.
public enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case ndjson, table, csv
}

extension Clock {
    /// `checkEnvironment` as swift-argument-parser's usage error (status 64).
    static func validateForCommandLine() throws {
        do { try checkEnvironment() } catch { throw ValidationError(error.description) }
    }
}
