import ArgumentParser
import JobPipe

@main
struct StoreContacts: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store-contacts",
        abstract: "Store the contacts and pages of NDJSON records in SQLite, idempotently.",
        version: jobpipeVersion,
        subcommands: [Store.self, Export.self],
        defaultSubcommand: Store.self)
}

struct Store: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Store each record's contacts and pages and add 'stored' counts to it (the default).")
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var common: CommonOptions

    func run() throws {
        let code = StoreContactsProgram.store(common: common, database: database)
        if code != 0 { throw ExitCode(code) }
    }
}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the stored contacts.")
    @OptionGroup var database: DatabaseOptions
    @Option(name: .customLong("application"), help: ArgumentHelp("Only the contacts of this application id.", valueName: "id"))
    var application: String?
    @Option(help: "Output as 'ndjson', 'csv' or 'table'.")
    var format: OutputFormat = .ndjson
    @Option(name: .customLong("log-format"), help: "Diagnostics on standard error as 'text' or 'json'.")
    var logFormat: LogFormat = .text

    func run() throws {
        let code = StoreContactsProgram.export(application: application, format: format,
                                               database: database, logFormat: logFormat)
        if code != 0 { throw ExitCode(code) }
    }
}
