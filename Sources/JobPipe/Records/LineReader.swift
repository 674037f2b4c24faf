#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file descriptor in large chunks and splits it on newlines with
/// memchr: no per-line system call, no per-line allocation.
///
/// A line longer than `maxLineBytes` is never held whole: once that many
/// bytes have come without a newline it is skipped to its newline, its bytes
/// handed to `overflow` piece by piece as they are read, and reported as
/// `.tooLong`. Memory stays under `maxLineBytes` plus one chunk.
public final class LineReader {
    /// One line of input.
    public enum Line {
        /// The line's bytes, without its newline (a final `\r` is kept),
        /// valid until the next call.
        case text(UnsafeBufferPointer<UInt8>)
        /// A line longer than `maxLineBytes`, skipped; its length in bytes
        /// without the newline.
        case tooLong(Int)
    }

    private let fd: Int32
    private var buffer: UnsafeMutableRawPointer
    private var capacity: Int
    private var start = 0
    private var end = 0
    private var eof = false
    /// The longest line returned as `.text`.
    public let maxLineBytes: Int
    /// Called before a read that would wait for input (none is there yet),
    /// so output can be flushed first. A file, or a pipe that keeps up, is
    /// read on without it: a batch of records then ends only when the
    /// producer falls behind, the output buffer fills, or input ends.
    public var willRead: (() throws -> Void)?
    /// Called with the bytes of a line longer than `maxLineBytes`, in order,
    /// as it is skipped (`--rejects` keeps them without holding the line).
    public var overflow: ((UnsafeBufferPointer<UInt8>) throws -> Void)?

    public init(fd: Int32, chunk: Int = 1 << 20, maxLineBytes: Int = LineReader.defaultMaxLineBytes) {
        self.fd = fd
        self.maxLineBytes = max(maxLineBytes, 1)
        capacity = chunk
        buffer = UnsafeMutableRawPointer.allocate(byteCount: chunk, alignment: 16)
    }

    deinit { buffer.deallocate() }

    /// The bytes the buffer holds now (for tests: never past `maxLineBytes` + 1 or the chunk).
    var bufferCapacity: Int { capacity }

    /// 256 MiB: far above what fetch-page writes with its defaults (6 pages of
    /// at most 5 MiB each, some 40 MiB as JSON even for pages of many
    /// non-ASCII characters), low enough that one line cannot take the machine.
    public static let defaultMaxLineBytes = 256 << 20

    /// The next line; nil at end of input.
    public func next() throws -> Line? {
        while true {
            if start < end,
               let nl = memchr(buffer + start, 0x0A, end - start) {
                let lineEnd = buffer.distance(to: nl)
                let line = UnsafeBufferPointer(start: (buffer + start).assumingMemoryBound(to: UInt8.self), count: lineEnd - start)
                start = lineEnd + 1
                if line.count > maxLineBytes {
                    try overflow?(line)
                    return .tooLong(line.count)
                }
                return .text(line)
            }
            if end - start > maxLineBytes { return .tooLong(try skipLine()) }
            if eof {
                guard start < end else { return nil }
                let line = UnsafeBufferPointer(start: (buffer + start).assumingMemoryBound(to: UInt8.self), count: end - start)
                start = end
                return .text(line)
            }
            try fill()
        }
    }

    /// Skips the over-long line that starts at `start` (no newline in the
    /// buffer yet) to its newline or the end of input; returns its length.
    private func skipLine() throws -> Int {
        var length = 0
        while true {
            if start < end, let nl = memchr(buffer + start, 0x0A, end - start) {
                let stop = buffer.distance(to: nl)
                try overflow?(UnsafeBufferPointer(start: (buffer + start).assumingMemoryBound(to: UInt8.self), count: stop - start))
                length += stop - start
                start = stop + 1
                return length
            }
            if start < end {
                try overflow?(UnsafeBufferPointer(start: (buffer + start).assumingMemoryBound(to: UInt8.self), count: end - start))
                length += end - start
            }
            start = 0
            end = 0
            if eof { return length }
            try fill()
        }
    }

    /// Whether a read now would return at once (data, end of input or an
    /// error is there): a regular file always, a pipe when its writer is ahead.
    private func inputWaiting() -> Bool {
        var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&p, 1, 0) > 0 && p.revents != 0
    }

    private func fill() throws {
        if start > 0 {
            if start < end { memmove(buffer, buffer + start, end - start) }
            end -= start
            start = 0
        }
        if end == capacity {
            // A line longer than the buffer: grow it, up to what shows a line too long.
            let larger = min(capacity * 2, maxLineBytes + 1)
            let bigger = UnsafeMutableRawPointer.allocate(byteCount: larger, alignment: 16)
            bigger.copyMemory(from: buffer, byteCount: end)
            buffer.deallocate()
            buffer = bigger
            capacity = larger
        }
        if let willRead, !inputWaiting() { try willRead() }
        while true {
            let n = read(fd, buffer + end, capacity - end)
            if n > 0 { end += n; return }
            if n == 0 { eof = true; return }
            if errno == EINTR { continue }
            // what was read before the failure still goes out (and is committed)
            let failure = SystemError(errno: errno, operation: "read")
            try willRead?()
            throw failure
        }
    }
}

/// A failed system call, with its errno kept as a value.
public struct SystemError: Error, CustomStringConvertible, Sendable {
    public let errno: Int32
    public let operation: String
    public var description: String { "\(operation): \(String(cString: strerror(errno)))" }
}
