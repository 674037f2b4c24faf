#if canImport(Glibc)
import Glibc
#endif
import Dispatch

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
        withoutActuallyEscaping(transform) { transform in
            loop(jobs: 1, serial: transform, parallel: nil, written: { _ in }, beforeFlush: beforeFlush, atEnd: atEnd)
        }
    }

    /// `run` for programs whose work on one record stands alone: the lines
    /// read so far are indexed and transformed on up to `jobs` threads, then
    /// written in input order, so the output is the same as with one. A batch
    /// ends whenever reading would wait for input, so a slow producer's
    /// records are not held back. `written` sees each record as it goes out.
    /// The transform cannot reject a record: only lines that are not records
    /// are left out (each line is copied once, and its record takes it over).
    public func run(jobs: Int, transform: @escaping @Sendable (inout Record) -> Bool,
                    written: @escaping (Record) -> Void = { _ in }) -> Int32 {
        keepFreedMemory()
        return loop(jobs: jobs, serial: jobs > 1 ? nil : { record, _ in transform(&record) },
             parallel: transform, written: written, beforeFlush: {}, atEnd: {})
    }

    private func loop(jobs: Int, serial: ((inout Record, InputLocation) throws -> Bool)?,
                      parallel: (@Sendable (inout Record) -> Bool)?, written: @escaping (Record) -> Void,
                      beforeFlush: @escaping () throws -> Void, atEnd: () throws -> Void) -> Int32 {
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
        let writesRecords = self.writesRecords
        let diagnostics = self.diagnostics
        // One record's outcome, in input order.
        func handle(_ result: Result<(Record, Bool), Error>, line: UnsafeBufferPointer<UInt8>,
                    location: InputLocation) throws {
            do {
                let (record, failed) = try result.get()
                if failed { summary.withErrors += 1 }
                written(record)
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
        // Lines read but not yet transformed (with more than one job).
        var pending: [(line: [UInt8], location: InputLocation)] = []
        var pendingBytes = 0
        var batchLimit = 8
        // The batch the threads work on while the next one is read.
        var inFlight: BatchInFlight?
        // two batches overlap: between them they run at most `jobs` records at once
        let limiter = DispatchSemaphore(value: max(jobs, 1))
        func finishInFlight() throws {
            guard let batch = inFlight else { return }
            inFlight = nil
            for (i, result) in batch.wait().enumerated() {
                try batch.line(i).withUnsafeBufferPointer {
                    try handle(result, line: $0, location: batch.locations[i])
                }
            }
        }
        // Hands the lines read to the threads and writes out the batch before
        // them; with `wait` (reading is about to wait for input, or is done),
        // also this one.
        func drain(wait: Bool) throws {
            guard let parallel else { return }
            let started = pending.isEmpty ? nil
                : BatchInFlight(lines: pending, jobs: jobs, limiter: limiter, transform: parallel)
            // the batch holds the only reference to each line: records take them over
            pending.removeAll(keepingCapacity: true)
            pendingBytes = 0
            started?.start()
            try finishInFlight()
            inFlight = started
            if wait { try finishInFlight() }
        }
        // Also when the buffer fills mid-batch: downstream never sees a record before its batch is committed.
        out.willFlush = beforeFlush
        let input = RecordInput(files: options.files, diagnostics: diagnostics)
        input.willRead = {
            try drain(wait: true)
            try beforeFlush()
            try out.flush()
        }
        input.willOpen = { try drain(wait: true) }
        do {
            try input.forEachLine { line, location in
                if let serial {
                    try handle(Result {
                        var record = try Record(line: line)
                        let failed = try serial(&record, location)
                        return (record, failed)
                    }, line: line, location: location)
                } else {
                    pending.append((Record.copy(line), location))
                    pendingBytes += line.count
                    // small batches first, so the threads start early
                    if pending.count >= batchLimit || pendingBytes >= 8 << 20 {
                        batchLimit = min(batchLimit * 2, 256)
                        try drain(wait: false)
                    }
                }
            }
            try drain(wait: true)
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

/// A batch of lines being indexed and transformed on other threads.
private final class BatchInFlight: @unchecked Sendable {
    let locations: [InputLocation]
    /// The lines: each record takes its line over (a line that is not a
    /// record stays, for `--rejects`); slot i is touched by one thread at a time.
    private let lines: UnsafeMutableBufferPointer<[UInt8]>
    private let jobs: Int
    private let limiter: DispatchSemaphore
    private let transform: @Sendable (inout Record) -> Bool
    private var results: [Result<(Record, Bool), Error>] = []
    private let done = DispatchSemaphore(value: 0)

    init(lines: [(line: [UInt8], location: InputLocation)], jobs: Int, limiter: DispatchSemaphore,
         transform: @escaping @Sendable (inout Record) -> Bool) {
        locations = lines.map(\.location)
        self.lines = .allocate(capacity: lines.count)
        _ = self.lines.initialize(from: lines.lazy.map(\.line))
        self.jobs = jobs
        self.limiter = limiter
        self.transform = transform
    }

    deinit {
        lines.baseAddress!.deinitialize(count: lines.count)
        lines.deallocate()
    }

    /// Starts the work, once the caller holds no other reference to the lines.
    func start() {
        DispatchQueue.global().async {
            let slots = UncheckedBox(self.lines.baseAddress!)
            self.results = parallelMap(self.locations.count, jobs: self.jobs, limiter: self.limiter) { i in
                let slot = slots.value + i
                return Result { () throws -> (Record, Bool) in
                    // a line that is not a record stays, for --rejects
                    var record = try Record(taking: &slot.pointee)
                    let failed = self.transform(&record)
                    return (record, failed)
                }
            }
            self.done.signal()
        }
    }

    /// Line i as read, when its record failed (empty once a record took it).
    func line(_ i: Int) -> [UInt8] { lines[i] }

    /// The results in line order, once the threads are done.
    func wait() -> [Result<(Record, Bool), Error>] {
        done.wait()
        return results
    }
}
