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
    /// - `beforeFlush` runs before output is handed on (a batch boundary):
    ///   the place to commit a transaction. It may run twice in a row, so it
    ///   must do nothing when there is nothing to commit.
    public func run(transform: (inout Record, InputLocation) throws -> Bool,
                    beforeFlush: @escaping () throws -> Void = {},
                    atEnd: () throws -> Void = {}) -> Int32 {
        ignoreSIGPIPE()
        let out = OutputWriter()
        var summary = RunSummary()
        var rejects: Rejects?
        do {
            if let path = options.rejects { rejects = try Rejects(path: path) }
        } catch {
            diagnostics.error("\(error)")
            return ExitStatus.ioError
        }
        // Also when the buffer fills mid-batch: downstream never sees a record before its batch is committed.
        out.willFlush = beforeFlush
        let input = RecordInput(files: options.files, diagnostics: diagnostics)
        input.willRead = {
            try beforeFlush()
            try out.flush()
        }
        do {
            try input.forEachLine { line, location in
                do {
                    var record = try Record(line: line)
                    if try transform(&record, location) { summary.withErrors += 1 }
                    if writesRecords { try out.write(record: record.bytes) }
                    summary.records += 1
                    diagnostics.progress("\(summary.records) records")
                } catch let e as JSONError {
                    summary.rejected += 1
                    diagnostics.error(e.description, at: location)
                    try rejects?.add(line)
                } catch let e as RecordRejection {
                    summary.rejected += 1
                    diagnostics.error(e.message, at: location)
                    try rejects?.add(line)
                }
            }
            try beforeFlush()
            try atEnd()
            try out.flush()
            diagnostics.clearProgress()
            try rejects?.commit()
        } catch OutputWriter.Failure.brokenPipe {
            // The reader has gone (`| head`): a quiet, successful end.
            diagnostics.clearProgress()
            try? rejects?.commit()
            return ExitStatus.ok
        } catch {
            diagnostics.clearProgress()
            diagnostics.error(describe(error))
            if let rejects { try? rejects.commit() }
            return ExitStatus.ioError
        }
        summary.inputFailed = input.openFailed
        return summary.status(strict: options.strict)
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
