import ArgumentParser
import JobPipe

@main
struct AnalyzeJob: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "analyze-job", version: jobpipeVersion)
    @OptionGroup var common: CommonOptions
    func run() throws {
        let code = StreamFilter(program: "analyze-job", options: common).run { _, _ in false }
        if code != 0 { throw ExitCode(code) }
    }
}
