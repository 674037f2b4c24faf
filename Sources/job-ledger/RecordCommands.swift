import ArgumentParser
import JobPipe

struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Add a pending job for each record, unless its key is already pending or running.")
    @OptionGroup var database: DatabaseOptions
    @Option(help: "The kind of job (e.g. contacts).")
    var kind: String
    @Option(name: .customLong("key-field"), help: ArgumentHelp("Key each job KIND:VALUE from this field.", valueName: "field"))
    var keyField: String?
    @Option(help: ArgumentHelp("Key every job with this key, as given.", valueName: "key"))
    var key: String?
    @Option(name: .customLong("max-attempts"), help: "Attempts before a job fails for good.")
    var maxAttempts = 3
    @Flag(name: .customLong("skip-done"), help: "Do not add a key whose latest job succeeded either.")
    var skipDone = false
    @OptionGroup var common: CommonOptions

    func validate() throws {
        guard (keyField == nil) != (key == nil) else { throw ValidationError("give one of --key-field or --key") }
        guard maxAttempts >= 1 else { throw ValidationError("--max-attempts must be at least 1") }
    }

    func run() throws {
        let source: LedgerProgram.KeySource = keyField.map { .field($0) } ?? .literal(key ?? "")
        try propagate(LedgerProgram.add(common: common, database: database, kind: kind, key: source,
                                         maxAttempts: maxAttempts, skipDone: skipDone))
    }
}

struct Finish: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "End the job of each record: success, a retry after a backoff, or failure.")
    @OptionGroup var database: DatabaseOptions
    @Option(name: .customLong("backoff-base"), help: ArgumentHelp("Backoff before the second attempt (doubling, full jitter). (default: 30s)", valueName: "duration"),
            transform: TimeSpan.parsing)
    var backoffBase = TimeSpan(seconds: 30)
    @Option(name: .customLong("backoff-cap"), help: ArgumentHelp("Longest backoff. (default: 1h)", valueName: "duration"),
            transform: TimeSpan.parsing)
    var backoffCap = TimeSpan(seconds: 3600)
    @Option(name: .customLong("fail-when"), help: ArgumentHelp("Also fail the job when top-level FIELD is set, or with 'empty:FIELD' when it is not (repeatable).", valueName: "condition"))
    var failWhen: [FailCondition] = []
    @OptionGroup var common: CommonOptions

    func run() throws {
        let backoff = Backoff(base: backoffBase.seconds, cap: backoffCap.seconds)
        try propagate(LedgerProgram.finish(common: common, database: database, backoff: backoff, failWhen: failWhen))
    }
}

struct Heartbeat: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extend the lease of each record's running job.")
    @OptionGroup var database: DatabaseOptions
    @Option(help: ArgumentHelp("The new lease, from now. (default: 5m)", valueName: "duration"),
            transform: TimeSpan.parsing)
    var lease = TimeSpan(seconds: 300)
    @OptionGroup var common: CommonOptions

    func run() throws {
        try propagate(LedgerProgram.heartbeat(common: common, database: database, lease: lease))
    }
}
