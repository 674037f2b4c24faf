#if canImport(Glibc)
import Glibc
#endif

extension StreamFilter {
    /// One run's input, output and counts; reading may happen on another
    /// thread than writing.
    public final class Session: @unchecked Sendable {
        let filter: StreamFilter
        /// Where records go; `flush()` hands them on.
        public let out = OutputWriter()
        let rejects: LineFile?
        private let lock = Lock()
        private var summary = RunSummary()

        init(filter: StreamFilter) throws {
            self.filter = filter
            rejects = try filter.options.rejects.map(LineFile.init(path:))
        }

        /// Reads the program's input files (standard input when none) and
        /// calls `body` with each line that is a record, as `parse` makes it
        /// (from the line without a final `\r`). Other lines, and lines over
        /// the length limit, are reported, kept with `--rejects` (verbatim,
        /// byte for byte) and counted. `willRead` runs before a read that
        /// would wait for input.
        public func forEachRecord(parse: (UnsafeBufferPointer<UInt8>) throws -> Record = { try Record(line: $0) },
                                  willRead: (() throws -> Void)? = nil,
                                  _ body: (inout Record, InputLocation) throws -> Void) throws {
            let input = RecordInput(files: filter.options.files, diagnostics: filter.diagnostics)
            input.willRead = willRead
            if let rejects {
                // an over-long line goes to --rejects as it is read, never held whole
                input.overflow = { [lock] piece in try lock.locked { try rejects.add(part: piece) } }
            }
            defer { if input.openFailed { lock.locked { summary.inputFailed = true } } }
            try input.forEachLine({ line, location in
                let content = line.last == 0x0D ? UnsafeBufferPointer(rebasing: line.dropLast()) : line
                do {
                    var record = try parse(content)
                    if record.repairedUTF8 {
                        filter.diagnostics.warning("invalid UTF-8 replaced by U+FFFD", at: location)
                    }
                    try body(&record, location)
                } catch let e as JSONError {
                    try reject(line, e.description, at: location)
                } catch let e as RecordRejection {
                    try reject(line, e.message, at: location)
                }
            }, tooLong: { _, location in
                // its bytes are in --rejects already: end them as a line
                try reject(UnsafeBufferPointer(start: nil, count: 0),
                           "longer than \(input.maxLineBytes) bytes (JOBPIPE_MAX_LINE_BYTES)", at: location)
            })
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
