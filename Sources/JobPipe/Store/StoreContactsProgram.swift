/// What `store-contacts` does, behind its thin command line.
public enum StoreContactsProgram {
    public static let name = "store-contacts"

    /// Stores every record's contacts and pages and adds `stored` counts to
    /// it. One transaction per batch, committed before output is handed on,
    /// so downstream only ever sees stored records.
    public static func store(common: CommonOptions, database: DatabaseOptions) -> Int32 {
        let filter = StreamFilter(program: name, options: common)
        let store: ContactStore
        do {
            store = ContactStore(db: try Database(path: database.path))
        } catch {
            filter.diagnostics.error("\(error)")
            return ExitStatus.ioError
        }
        return filter.run(transform: { record, _ in
            do {
                let counts = try store.store(record, now: Clock.now())
                record.set("stored", counts.json)
            } catch is ContactStore.Unattributed {
                record.set("stored", StoreCounts().json)
                if !record.hasError {
                    record.set("error", .object([("code", .string("no_application")),
                                                 ("message", .string(ContactStore.Unattributed.message))]))
                }
            }
            return record.hasError
        }, beforeFlush: {
            try store.commitBatch()
        })
    }

    /// Prints the stored contacts in `format`.
    public static func export(application: String?, format: OutputFormat, database: DatabaseOptions,
                              logFormat: LogFormat) -> Int32 {
        let diagnostics = Diagnostics(program: name, format: logFormat)
        do {
            let store = ContactStore(db: try Database(path: database.path))
            let table = try store.export(application: application, format: format)
            return writeOut(table.rendered(as: format), diagnostics: diagnostics)
        } catch {
            diagnostics.error("\(error)")
            return ExitStatus.ioError
        }
    }
}

/// Writes a report to standard output; a closed pipe is a quiet success.
public func writeOut(_ text: String, diagnostics: Diagnostics) -> Int32 {
    ignoreSIGPIPE()
    let out = OutputWriter()
    do {
        try out.write(text: text)
        try out.flush()
    } catch OutputWriter.Failure.brokenPipe {
        return ExitStatus.ok
    } catch {
        diagnostics.error(describe(error))
        return ExitStatus.ioError
    }
    return ExitStatus.ok
}
