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

    /// Accepted for scripts written for the threads analyze-job once had; it
    /// reads on one thread now (run several with `parallel --pipe -k`).
    @Option(name: [.short, .long], help: .hidden)
    var jobs: Int?

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
        JobAnalysis.warmUp()
        let analysis = JobAnalysis(profile: candidate)
        var filter = StreamFilter(program: "analyze-job", options: common)
        var report = PostingReport()
        filter.writesRecords = format == .ndjson
        keepFreedMemory()
        var code = filter.run(analysis, written: { record in
            if format != .ndjson { report.add(record) }
        })
        if format != .ndjson, code != ExitStatus.ioError {
            let written = writeOut(report.rendered(as: format), diagnostics: filter.diagnostics)
            if written != 0 { code = written }
        }
        if code != 0 { throw ExitCode(code) }
    }
}
