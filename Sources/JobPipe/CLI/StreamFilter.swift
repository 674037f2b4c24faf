#if canImport(Glibc)
import Glibc
#endif

/// The loop every one-record-in, one-record-out program runs: read lines,
/// index each as a record, let the program change it, write it out. Bad lines
/// are reported with their location, kept with `--rejects`, and the program
/// goes on; a closed output pipe ends it quietly with status 0.
public struct StreamFilter {
    public let program: String
    public let options: CommonOptions
    public let diagnostics: Diagnostics
    /// False when the program writes a report at the end instead of the records.
    public var writesRecords = true

    public init(program: String, options: CommonOptions) {
        self.program = program
        self.options = options
        diagnostics = Diagnostics(program: program, format: options.logFormat)
    }

    /// Runs the loop and returns the exit status.
    ///
    /// - `transform` changes a record in place and returns whether it carries
    ///   an error; it throws `RecordRejection` to leave the line out, and
    ///   `BadField` for a field of the wrong type: the record then goes out
    ///   as it came, with an `error` (and a warning on standard error).
    /// - `written` sees each record as it goes out (or would, without `writesRecords`).
    /// - `beforeFlush` runs before output is handed on (a batch boundary):
    ///   the place to commit a transaction. It may run twice in a row, so it
    ///   must do nothing when there is nothing to commit.
    /// - `atEnd` runs once all input is read, before the last flush.
    public func run(transform: (inout Record, InputLocation) throws -> Bool,
                    written: (Record) -> Void = { _ in },
                    beforeFlush: @escaping () throws -> Void = {},
                    atEnd: () throws -> Void = {}) -> Int32 {
        session { run in
            // Also when the buffer fills mid-batch: downstream never sees a record before its batch is committed.
            run.out.willFlush = beforeFlush
            try run.forEachRecord(willRead: {
                try beforeFlush()
                try run.out.flush()
            }) { record, location in
                let failed: Bool
                do {
                    failed = try transform(&record, location)
                } catch let e as BadField {
                    diagnostics.warning(e.message, at: location)
                    record.fail(code: BadField.code, message: e.message)
                    failed = true
                }
                written(record)
                try run.write(record, failed: failed)
            }
            try beforeFlush()
            try atEnd()
        }
    }

    /// `run` for a program's `RecordTransform`.
    public func run(_ step: some RecordTransform, written: (Record) -> Void = { _ in }) -> Int32 {
        run(transform: { record, _ in
            try step.apply(to: &record)
            return record.hasError
        }, written: written)
    }

    /// The two ends every program shares, for a program that runs its own
    /// middle (fetch-page): `body` reads records and writes them through
    /// `Session`; then the output is flushed, `--rejects` committed, and the
    /// exit status made from what happened. A closed output pipe ends the
    /// session quietly with status 0; any other error with 74.
    public func session(_ body: (Session) throws -> Void) -> Int32 {
        ignoreSIGPIPE()
        let run: Session
        do {
            run = try Session(filter: self)
        } catch {
            diagnostics.error("\(error)")
            return ExitStatus.ioError
        }
        do {
            try body(run)
            try run.out.flush()
            diagnostics.clearProgress()
            try run.rejects?.commit()
        } catch OutputWriter.Failure.brokenPipe {
            // The reader has gone (`| head`): a quiet, successful end.
            diagnostics.clearProgress()
            try? run.rejects?.commit()
            return ExitStatus.ok
        } catch {
            diagnostics.clearProgress()
            diagnostics.error(describe(error))
            try? run.rejects?.commit()
            return ExitStatus.ioError
        }
        return run.status(strict: options.strict)
    }
}

/// A write to a closed pipe must fail with EPIPE, not kill the process.
public func ignoreSIGPIPE() {
    signal(SIGPIPE, SIG_IGN)
}

func describe(_ error: Error) -> String {
    switch error {
    case let e as OutputWriter.Failure:
        if case let .io(s) = e { return s.description }
        return "broken pipe"
    default: return "\(error)"
    }
}
