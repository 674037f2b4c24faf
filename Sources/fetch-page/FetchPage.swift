import ArgumentParser
import JobPipe

@main
struct FetchPage: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "fetch-page", version: jobpipeVersion)
    @OptionGroup var common: CommonOptions
    func run() throws {
        let code = StreamFilter(program: "fetch-page", options: common).run { _, _ in false }
        if code != 0 { throw ExitCode(code) }
    }
}
