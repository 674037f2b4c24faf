import ArgumentParser
import JobPipe

@main
struct ExtractEmails: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "extract-emails", version: jobpipeVersion)
    @OptionGroup var common: CommonOptions
    func run() throws {
        let code = StreamFilter(program: "extract-emails", options: common).run { _, _ in false }
        if code != 0 { throw ExitCode(code) }
    }
}
