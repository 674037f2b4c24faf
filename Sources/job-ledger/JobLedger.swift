import ArgumentParser
import JobPipe

@main
struct JobLedger: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "job-ledger",
        abstract: "A durable, retrying job queue in SQLite for NDJSON pipelines.",
        version: jobpipeVersion,
        subcommands: [Add.self, Claim.self, Heartbeat.self, Finish.self, List.self, Show.self, Stats.self,
                      Retry.self, Cancel.self, Prune.self, Run.self])
}

/// `--log-format` for the subcommands that read no records.
struct LogOptions: ParsableArguments {
    @Option(name: .customLong("log-format"), help: "Diagnostics on standard error as 'text' or 'json'.")
    var logFormat: LogFormat = .text
}

/// Turns a library exit status into the process's.
func propagate(_ code: Int32) throws {
    if code != 0 { throw ExitCode(code) }
}
