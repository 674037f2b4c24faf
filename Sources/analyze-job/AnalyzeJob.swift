import ArgumentParser
import JobPipe

@main
struct AnalyzeJob: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze-job",
        abstract: "Read job postings from fetched pages and match them to a profile.",
        version: jobpipeVersion)

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: ArgumentHelp("A JSON Resume file or a plain-text profile to match postings against.",
                                            valueName: "file"))
    var profile: String?

    func run() throws {
        var candidate: Profile?
        if let profile {
            do {
                candidate = try Profile.load(path: profile)
            } catch {
                Diagnostics(program: "analyze-job", format: common.logFormat).error("\(error)")
                throw ExitCode(ExitStatus.ioError)
            }
        }
        let analyzer = JobAnalyzer(profile: candidate)
        let code = StreamFilter(program: "analyze-job", options: common).run { record, _ in
            analyzer.analyze(&record)
        }
        if code != 0 { throw ExitCode(code) }
    }
}
