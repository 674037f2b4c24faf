import ArgumentParser
import JobPipe

@main
struct ScoreContacts: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score-contacts",
        abstract: "Turn each record's 'emails' into scored 'contacts': kind, confidence, domain match, reasons.",
        discussion: "See score-contacts(1) for the confidence formula.",
        version: jobpipeVersion)

    @OptionGroup var common: CommonOptions

    @Option(name: .customLong("min-confidence"), help: ArgumentHelp("Leave out contacts below this confidence (0 to 1).", valueName: "x"))
    var minConfidence: Double = 0

    @Option(help: ArgumentHelp("Keep at most this many contacts per record, the most confident.", valueName: "n"))
    var top: Int?

    @Option(help: ArgumentHelp("Keep only these kinds, comma-separated: personal, role, generic, service, noreply.", valueName: "list"))
    var kinds: String?

    func validate() throws {
        guard (0...1).contains(minConfidence) else { throw ValidationError("--min-confidence must be between 0 and 1") }
        if let top, top < 0 { throw ValidationError("--top must not be negative") }
        _ = try parsedKinds()
    }

    func parsedKinds() throws -> Set<ContactKind>? {
        guard let kinds else { return nil }
        do { return try ContactKind.parseList(kinds) } catch { throw ValidationError("\(error)") }
    }

    func run() throws {
        let scoring = ContactScoring(minConfidence: minConfidence, top: top, kinds: try parsedKinds())
        let code = StreamFilter(program: "score-contacts", options: common).run(scoring)
        if code != 0 { throw ExitCode(code) }
    }
}
