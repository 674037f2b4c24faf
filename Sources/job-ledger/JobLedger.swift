import ArgumentParser
import JobPipe

@main
struct JobLedger: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "job-ledger", version: jobpipeVersion)
    @OptionGroup var common: CommonOptions
    func run() throws {
        let code = StreamFilter(program: "job-ledger", options: common).run { _, _ in false }
        if code != 0 { throw ExitCode(code) }
    }
}
