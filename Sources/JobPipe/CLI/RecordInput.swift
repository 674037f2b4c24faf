#if canImport(Glibc)
import Glibc
#endif

/// The program's inputs: the named files in order, or standard input when
/// there are none (or for `-`). A file that cannot be opened is reported and
/// skipped; the others are still read (OpenBSD tee(1)).
public final class RecordInput {
    public let files: [String]
    private let diagnostics: Diagnostics
    public private(set) var openFailed = false
    /// Called before a read that would wait for input (see `LineReader`).
    public var willRead: (() throws -> Void)?
    /// Called before each file after the first is opened, so that what the
    /// files before it held is dealt with (and its errors said) first.
    public var willOpen: (() throws -> Void)?
    /// The longest line read (`JOBPIPE_MAX_LINE_BYTES`).
    public var maxLineBytes = InputLimits.maxLineBytes
    /// Called with the bytes of each over-long line as it is skipped (see `LineReader`).
    public var overflow: ((UnsafeBufferPointer<UInt8>) throws -> Void)?

    public init(files: [String], diagnostics: Diagnostics) {
        self.files = files.isEmpty ? ["-"] : files
        self.diagnostics = diagnostics
    }

    /// Calls `body` with every non-blank line (a final `\r` kept) and where
    /// it came from, and `tooLong` with the length of each line longer than
    /// `maxLineBytes` (skipped, its bytes handed to `overflow`).
    public func forEachLine(_ body: (UnsafeBufferPointer<UInt8>, InputLocation) throws -> Void,
                            tooLong: (Int, InputLocation) throws -> Void) throws {
        for (n, file) in files.enumerated() {
            if n > 0 { try willOpen?() }
            let fd: Int32
            if file == "-" {
                fd = 0
            } else {
                fd = open(file, O_RDONLY | O_CLOEXEC)
                if fd < 0 {
                    diagnostics.error("\(file): \(String(cString: strerror(errno)))")
                    openFailed = true
                    continue
                }
            }
            defer { if fd != 0 { close(fd) } }
            let reader = LineReader(fd: fd, maxLineBytes: maxLineBytes)
            reader.willRead = willRead
            reader.overflow = overflow
            var location = InputLocation(file: file == "-" ? nil : file, line: 0)
            while let next = try reader.next() {
                location.line += 1
                switch next {
                case let .text(line):
                    if isBlank(line) { continue }
                    try body(line, location)
                case let .tooLong(length):
                    try tooLong(length, location)
                }
            }
        }
    }
}

@inline(__always) func isBlank(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
    for b in line where b != 0x20 && b != 0x09 && b != 0x0D { return false }
    return true
}
