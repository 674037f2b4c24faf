import ArgumentParser
import JobPipe

@main
struct StoreContacts: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "store-contacts", version: jobpipeVersion)
    @OptionGroup var common: CommonOptions
    func run() throws {
        let code = StreamFilter(program: "store-contacts", options: common).run { _, _ in false }
        if code != 0 { throw ExitCode(code) }
    }
}
