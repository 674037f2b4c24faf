import ArgumentParser
import JobPipe

@main
struct FindPostingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "find-postings",
        abstract: "Read companies' job boards (Greenhouse, Lever, Ashby, Workable, SmartRecruiters, Recruitee, Personio) and add their open postings to NDJSON records.",
        discussion: "Reads records with a careers or board `url` (or an `ats` and a `board`) and writes each back with `postings`; with --explode, one record per posting. With --db, tells which postings are new, changed, unchanged or closed since the last run. See find-postings(1).",
        version: jobpipeVersion)

    @OptionGroup var common: CommonOptions
    @OptionGroup var fetch: FetchArguments

    @Flag(help: "Write one record per posting (the input's url kept as board_url) instead of one per input.")
    var explode = false
    @Option(help: ArgumentHelp("Track postings across runs in this SQLite database: each posting's change is new, changed, unchanged or closed.", valueName: "path"))
    var db: String?
    @Option(help: ArgumentHelp("With --db, keep only postings whose change is in this comma-separated list (new,changed,unchanged,closed).", valueName: "changes"))
    var only: String?

    func validate() throws {
        if let only {
            guard db != nil else { throw ValidationError("--only needs --db: without tracking, no posting has a change") }
            for c in only.split(separator: ",", omittingEmptySubsequences: false) where !FindPostingsProgram.changes.contains(String(c)) {
                throw ValidationError("--only takes \(FindPostingsProgram.changes.joined(separator: ", ")), not '\(c)'")
            }
        }
    }

    func run() throws {
        var o = FindPostingsProgram.Options()
        o.fetch = fetch.options
        // Feeds are APIs: requests to one host exactly --delay apart (once a second by default)
        o.fetch.jitter = 0
        o.fetch.userAgent = fetch.userAgent ?? FetchOptions.userAgent(contact: fetch.contact ?? Environment.get("JOBPIPE_CONTACT"),
                                                                      program: "find-postings")
        o.explode = explode
        o.database = db
        o.only = only.map { Set($0.split(separator: ",").map(String.init)) }
        let code = FindPostingsProgram.run(options: o, common: common)
        if code != 0 { throw ExitCode(code) }
    }
}
