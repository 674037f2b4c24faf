import ArgumentParser
import JobPipe

@main
struct ExtractEmails: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract-emails",
        abstract: "Find the email addresses on fetched pages and add them to each record as 'emails'.",
        discussion: "See extract-emails(1) for the forms recognised and the record format.",
        version: jobpipeVersion)

    @OptionGroup var common: CommonOptions

    @Flag(name: .customLong("keep-body"), help: "Keep the page bodies in the output (they are dropped by default).")
    var keepBody = false

    @Flag(name: .customLong("allow-placeholders"), help: "Keep placeholder addresses such as yourname@example.com.")
    var allowPlaceholders = false

    func run() throws {
        let extraction = EmailExtraction(keepBody: keepBody, allowPlaceholders: allowPlaceholders)
        let code = StreamFilter(program: "extract-emails", options: common).run(extraction)
        if code != 0 { throw ExitCode(code) }
    }
}
