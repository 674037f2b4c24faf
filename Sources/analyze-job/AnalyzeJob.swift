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

    @Option(help: "ndjson: the records with 'job' (and 'match'); table or csv: one row per posting, best match first, for people.")
    var format: OutputFormat = .ndjson

    @Option(name: [.short, .long],
            help: ArgumentHelp("Read pages on this many threads (0: one per processor, at most 8); output keeps the input order.",
                               valueName: "n"))
    var jobs: Int = 0

    func validate() throws {
        guard jobs >= 0 else { throw ValidationError("--jobs must be 0 or more") }
    }

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
        JobAnalyzer.warmUp()
        let analyzer = JobAnalyzer(profile: candidate)
        var filter = StreamFilter(program: "analyze-job", options: common)
        var report = PostingReport()
        filter.writesRecords = format == .ndjson
        let threads = jobs == 0 ? min(availableProcessors(), 8) : jobs
        var code = filter.run(jobs: threads, transform: { analyzer.analyze(&$0) }, written: { record in
            if format != .ndjson { report.add(record) }
        })
        if format != .ndjson, code != ExitStatus.ioError {
            let written = writeOut(report.rendered(as: format), diagnostics: filter.diagnostics)
            if written != 0 { code = written }
        }
        if code != 0 { throw ExitCode(code) }
    }
}
