import ArgumentParser
import JobPipe

@main
struct FetchPageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch-page",
        abstract: "Fetch web pages politely and add them to NDJSON records as `pages`.",
        discussion: "Reads records with a `url` field (or bare URL lines) and writes each record back with a `pages` array: one line out per line in, failures included. See fetch-page(1).",
        version: jobpipeVersion)

    @OptionGroup var common: CommonOptions
    @OptionGroup var fetch: FetchArguments

    @Flag(help: "Also fetch the site's home page and its contact, careers, imprint, team and about pages.")
    var discover = false
    @Option(name: .customLong("max-pages"), help: "Pages per record with --discover, the seed included.")
    var maxPages = 6
    @Flag(help: "Write records as they finish instead of in input order.")
    var unordered = false

    func validate() throws {
        guard maxPages >= 1 else { throw ValidationError("--max-pages must be at least 1") }
    }

    func run() throws {
        var o = fetch.options
        o.discover = discover
        o.maxPages = maxPages
        o.unordered = unordered
        let code = FetchPageProgram.run(options: o, common: common)
        if code != 0 { throw ExitCode(code) }
    }
}
