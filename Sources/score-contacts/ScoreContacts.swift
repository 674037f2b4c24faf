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

    @Flag(help: "Guess the addresses of people named without one, from the company's address pattern.")
    var guess = false

    @Flag(name: .customLong("check-mx"), help: "Ask DNS once per domain whether it accepts mail (MX, null MX, A/AAAA): adds 'mx'.")
    var checkMX = false

    @Option(name: .customLong("dns-server"), help: ArgumentHelp("With --check-mx: ask this server (IPv4 address, optional :port) instead of the system's.", valueName: "host:port"))
    var dnsServer: String?

    @Option(name: .customLong("dns-timeout"), help: ArgumentHelp("With --check-mx: seconds to wait for each DNS try (two tries).", valueName: "s"))
    var dnsTimeout: Int = 3

    func validate() throws {
        if let dnsServer {
            do { _ = try MailDomainCheck.parseServer(dnsServer) } catch { throw ValidationError("\(error)") }
        }
        guard (1...60).contains(dnsTimeout) else { throw ValidationError("--dns-timeout must be 1 to 60 seconds") }
        guard (0...1).contains(minConfidence) else { throw ValidationError("--min-confidence must be between 0 and 1") }
        if let top, top < 0 { throw ValidationError("--top must not be negative") }
        _ = try parsedKinds()
    }

    func parsedKinds() throws -> Set<ContactKind>? {
        guard let kinds else { return nil }
        do { return try ContactKind.parseList(kinds) } catch { throw ValidationError("\(error)") }
    }

    func run() throws {
        let check = checkMX ? MailDomainCheck(server: try dnsServer.map(MailDomainCheck.parseServer), timeout: dnsTimeout) : nil
        let scoring = ContactScoring(minConfidence: minConfidence, top: top, kinds: try parsedKinds(), guess: guess, mailCheck: check)
        let code = StreamFilter(program: "score-contacts", options: common).run(scoring)
        if code != 0 { throw ExitCode(code) }
    }
}
