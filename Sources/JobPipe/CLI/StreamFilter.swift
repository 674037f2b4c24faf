#if canImport(Glibc)
import Glibc
#endif

/// Why one input line is left out of the output (it goes to `--rejects`).
public struct RecordRejection: Error, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
}

/// A program-stopping failure (I/O, database) with its message.
public struct FatalError: Error, CustomStringConvertible, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Counts what happened to the input and turns it into the exit status.
public struct RunSummary: Sendable {
    public var records = 0
    public var rejected = 0
    public var withErrors = 0
    public var inputFailed = false

    public init() {}

    public func status(strict: Bool) -> Int32 {
        if inputFailed { return ExitStatus.ioError }
        if rejected > 0 { return ExitStatus.dataError }
        if strict && withErrors > 0 { return ExitStatus.recordErrors }
        return ExitStatus.ok
    }
}

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
    ///   an error; it throws `RecordRejection` to leave the line out.
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
                let failed = try transform(&record, location)
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

    /// One run's input, output and counts; reading may happen on another
    /// thread than writing.
    public final class Session: @unchecked Sendable {
        let filter: StreamFilter
        /// Where records go; `flush()` hands them on.
        public let out = OutputWriter()
        let rejects: Rejects?
        private let lock = NSLockish()
        private var summary = RunSummary()

        init(filter: StreamFilter) throws {
            self.filter = filter
            rejects = try filter.options.rejects.map(Rejects.init(path:))
        }

        /// Reads the program's input files (standard input when none) and
        /// calls `body` with each line that is a record, as `parse` makes it.
        /// Other lines are reported, kept with `--rejects` and counted.
        /// `willRead` runs before a read that would wait for input.
        public func forEachRecord(parse: (UnsafeBufferPointer<UInt8>) throws -> Record = { try Record(line: $0) },
                                  willRead: (() throws -> Void)? = nil,
                                  _ body: (inout Record, InputLocation) throws -> Void) throws {
            let input = RecordInput(files: filter.options.files, diagnostics: filter.diagnostics)
            input.willRead = willRead
            defer { if input.openFailed { lock.locked { summary.inputFailed = true } } }
            try input.forEachLine { line, location in
                do {
                    var record = try parse(line)
                    try body(&record, location)
                } catch let e as JSONError {
                    try reject(line, e.description, at: location)
                } catch let e as RecordRejection {
                    try reject(line, e.message, at: location)
                }
            }
        }

        private func reject(_ line: UnsafeBufferPointer<UInt8>, _ message: String, at location: InputLocation) throws {
            filter.diagnostics.error(message, at: location)
            try lock.locked {
                summary.rejected += 1
                try rejects?.add(line)
            }
        }

        /// Writes one record (unless the program writes a report instead).
        public func write(_ record: Record, failed: Bool) throws {
            if filter.writesRecords { try out.write(record: record.bytes) }
            let records = lock.locked {
                summary.records += 1
                if failed { summary.withErrors += 1 }
                return summary.records
            }
            filter.diagnostics.progress("\(records) records")
        }

        /// Input that could not be read to its end (on a thread of its own).
        public func readFailed(_ error: Error) {
            filter.diagnostics.error(describe(error))
            lock.locked { summary.inputFailed = true }
        }

        func status(strict: Bool) -> Int32 { lock.locked { summary.status(strict: strict) } }
    }
}

/// What one program does to one record, named for the doing:
/// extract-emails' `EmailExtraction`, score-contacts' `ContactScoring`,
/// analyze-job's `JobAnalysis`. It adds its fields in place and throws
/// `RecordRejection` for a record it cannot read (the line goes to
/// `--rejects`); a failure of the record's own is an `error` in it.
public protocol RecordTransform {
    func apply(to record: inout Record) throws
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
