import ArgumentParser
import JobPipe

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a command as the job with a key: retried on failure, skipped once it succeeded.")
    @OptionGroup var database: DatabaseOptions
    @Option(help: "The job's key.")
    var key: String
    @Option(help: "The kind of job.")
    var kind = "run"
    @Option(name: .customLong("max-attempts"), help: "Attempts before the job fails for good.")
    var maxAttempts = 3
    @Option(help: ArgumentHelp("Stop an attempt (SIGTERM, then SIGKILL 5s later) after this long.", valueName: "duration"),
            transform: TimeSpan.parsing)
    var timeout: TimeSpan?
    @Option(help: ArgumentHelp("The lease, renewed while the command runs. (default: 5m)", valueName: "duration"),
            transform: TimeSpan.parsing)
    var lease = TimeSpan(seconds: 300)
    @Option(name: .customLong("backoff-base"), help: ArgumentHelp("Backoff before the second attempt (doubling, full jitter). (default: 30s)", valueName: "duration"),
            transform: TimeSpan.parsing)
    var backoffBase = TimeSpan(seconds: 30)
    @Option(name: .customLong("backoff-cap"), help: ArgumentHelp("Longest backoff. (default: 1h)", valueName: "duration"),
            transform: TimeSpan.parsing)
    var backoffCap = TimeSpan(seconds: 3600)
    @Flag(help: "Run even when the key already succeeded.")
    var again = false
    @OptionGroup var log: LogOptions
    @Argument(parsing: .postTerminator, help: ArgumentHelp("The command and its arguments, after '--'.", valueName: "command"))
    var command: [String] = []

    func validate() throws {
        guard !command.isEmpty else { throw ValidationError("give the command after '--'") }
        guard maxAttempts >= 1 else { throw ValidationError("--max-attempts must be at least 1") }
    }

    func run() throws {
        let settings = RunSettings(key: key, kind: kind, maxAttempts: maxAttempts, timeout: timeout?.seconds,
                                   lease: lease.seconds, backoff: Backoff(base: backoffBase.seconds, cap: backoffCap.seconds),
                                   again: again, command: command)
        try propagate(LedgerProgram.run(database: database, logFormat: log.logFormat, settings: settings))
    }
}
