import ArgumentParser
import JobPipe

@main
struct ScoreContacts: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "score-contacts", version: jobpipeVersion)
    @OptionGroup var common: CommonOptions
    func run() throws {
        let code = StreamFilter(program: "score-contacts", options: common).run { _, _ in false }
        if code != 0 { throw ExitCode(code) }
    }
}
