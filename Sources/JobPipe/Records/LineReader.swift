#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file descriptor in large chunks and splits it on newlines with
/// memchr: no per-line system call, no per-line allocation.
public final class LineReader {
    private let fd: Int32
    private var buffer: UnsafeMutableRawPointer
    private var capacity: Int
    private var start = 0
    private var end = 0
    private var eof = false
    /// Called before a read that would wait for input (none is there yet),
    /// so output can be flushed first. A file, or a pipe that keeps up, is
    /// read on without it: a batch of records then ends only when the
    /// producer falls behind, the output buffer fills, or input ends.
    public var willRead: (() throws -> Void)?

    public init(fd: Int32, chunk: Int = 1 << 20) {
        self.fd = fd
        capacity = chunk
        buffer = UnsafeMutableRawPointer.allocate(byteCount: chunk, alignment: 16)
    }

    deinit { buffer.deallocate() }

    /// The next line without its newline (a final `\r` is kept: `--rejects`
    /// writes lines byte for byte), valid until the next call; nil at end of input.
    public func next() throws -> UnsafeBufferPointer<UInt8>? {
        while true {
            if start < end,
               let nl = memchr(buffer + start, 0x0A, end - start) {
                let lineEnd = buffer.distance(to: nl)
                let line = UnsafeBufferPointer(start: (buffer + start).assumingMemoryBound(to: UInt8.self), count: lineEnd - start)
                start = lineEnd + 1
                return line
            }
            if eof {
                guard start < end else { return nil }
                let line = UnsafeBufferPointer(start: (buffer + start).assumingMemoryBound(to: UInt8.self), count: end - start)
                start = end
                return line
            }
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
            // A line longer than the buffer: grow it.
            let bigger = UnsafeMutableRawPointer.allocate(byteCount: capacity * 2, alignment: 16)
            bigger.copyMemory(from: buffer, byteCount: end)
            buffer.deallocate()
            buffer = bigger
            capacity *= 2
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
