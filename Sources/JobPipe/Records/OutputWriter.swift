#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Buffered record output on a file descriptor. A record is never split
/// between two flushes, and a flush is one write(2) unless the kernel takes
/// less. A reader that has gone away (EPIPE) is reported as `brokenPipe`.
public final class OutputWriter {
    public enum Failure: Error { case brokenPipe, io(SystemError) }

    private let fd: Int32
    private var buffer: [UInt8] = []
    private let limit: Int
    /// Called before buffered records are written out (for example to
    /// commit the transaction that stored them first).
    public var willFlush: (() throws -> Void)?

    public init(fd: Int32 = 1, limit: Int = 1 << 16) {
        self.fd = fd
        self.limit = limit
        buffer.reserveCapacity(limit)
    }

    /// Appends one record (a newline is added) and flushes when the buffer is full.
    public func write(record bytes: some Collection<UInt8>) throws {
        if !buffer.isEmpty, buffer.count + bytes.count + 1 > limit { try flush() }
        buffer.append(contentsOf: bytes)
        buffer.append(0x0A)
        if buffer.count >= limit { try flush() }
    }

    /// Appends bytes that are not a whole record (part of one, or a report).
    public func write(bytes: UnsafeBufferPointer<UInt8>) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= limit { try flush() }
    }

    public func write(text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= limit { try flush() }
    }

    public func flush() throws {
        guard !buffer.isEmpty else { return }
        try willFlush?()
        defer { buffer.removeAll(keepingCapacity: true) }
        try buffer.withUnsafeBytes { raw in
            var off = 0
            while off < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + off, raw.count - off)
                if n >= 0 { off += n; continue }
                if errno == EINTR { continue }
                if errno == EPIPE { throw Failure.brokenPipe }
                throw Failure.io(SystemError(errno: errno, operation: "write"))
            }
        }
    }
}
