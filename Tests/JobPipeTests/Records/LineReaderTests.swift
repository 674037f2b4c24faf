#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import JobPipe

/// LineReader: lines as they are, and a cap on a line's length that never holds the line.
@Suite struct LineReaderTests {
    /// The lines of `input` read with `chunk` and `max`, an over-long line as
    /// `<too long N: its bytes as handed to overflow>`.
    func lines(_ input: [UInt8], chunk: Int = 8, max: Int = 1 << 20) throws -> [String] {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        // a writer of its own: the input may be larger than a pipe holds
        let writer = fds[1]
        let done = startWriter(input, to: writer)
        defer { close(fds[0]); done.wait() }
        let reader = LineReader(fd: fds[0], chunk: chunk, maxLineBytes: max)
        var skipped: [UInt8] = []
        reader.overflow = { skipped += $0 }
        var out: [String] = []
        while let line = try reader.next() {
            switch line {
            case let .text(bytes): out.append(String(decoding: bytes, as: UTF8.self))
            case let .tooLong(n):
                out.append("<too long \(n): \(String(decoding: skipped, as: UTF8.self))>")
                skipped = []
            }
        }
        return out
    }

    final class Writer: @unchecked Sendable {
        let lock = Lock()
        var finished = false
        func wait() { while !lock.locked({ finished }) { usleep(1000) } }
    }

    func startWriter(_ input: [UInt8], to fd: Int32) -> Writer {
        let w = Writer()
        startThread {
            input.withUnsafeBytes { raw in
                var off = 0
                while off < raw.count {
                    let n = write(fd, raw.baseAddress! + off, raw.count - off)
                    if n <= 0 { break }
                    off += n
                }
            }
            close(fd)
            w.lock.locked { w.finished = true }
        }
        return w
    }

    /// A final carriage return is the line's: `--rejects` keeps lines byte for byte.
    @Test func carriageReturnsAreKept() throws {
        #expect(try lines(Array("a\r\nbb\n\r\nc\r".utf8)) == ["a\r", "bb", "\r", "c\r"])
    }

    @Test func linesAcrossChunksAndTheLastWithoutANewline() throws {
        let long = String(repeating: "x", count: 100)
        #expect(try lines(Array("\(long)\nshort\n\(long)".utf8), chunk: 8) == [long, "short", long])
    }

    /// A line of `max` bytes is read; one byte more and it is skipped to its
    /// newline, its bytes handed on in order, and the next line read as usual.
    @Test func overLongLinesAreSkippedNotHeld() throws {
        let ok = String(repeating: "a", count: 20), over = String(repeating: "b", count: 21)
        let huge = String(repeating: "0123456789", count: 1000)
        let input = "\(ok)\n\(over)\nnext\n\(huge)\nlast\n\(huge)"
        for chunk in [4, 8, 64, 1 << 16] {
            #expect(try lines(Array(input.utf8), chunk: chunk, max: 20)
                == [ok, "<too long 21: \(over)>", "next", "<too long 10000: \(huge)>", "last", "<too long 10000: \(huge)>"])
        }
    }

    /// Memory stays bounded however long the line (`extract-emails < /dev/zero`).
    @Test func theBufferNeverGrowsPastTheCap() throws {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        let done = startWriter([UInt8](repeating: 0, count: 8 << 20) + Array("\n{}\n".utf8), to: fds[1])
        defer { close(fds[0]); done.wait() }
        let reader = LineReader(fd: fds[0], chunk: 4096, maxLineBytes: 100_000)
        guard case let .tooLong(n)? = try reader.next() else { Issue.record("not too long"); return }
        #expect(n == 8 << 20)
        #expect(reader.bufferCapacity <= 100_001)
        guard case let .text(line)? = try reader.next() else { Issue.record("no line after"); return }
        #expect(Array(line) == Array("{}".utf8))
        #expect(try reader.next() == nil)
    }

    @Test func theLimitFromTheEnvironment() {
        #expect(InputLimits.parseSize("1048576") == 1 << 20)
        #expect(InputLimits.parseSize("64K") == 64 << 10)
        #expect(InputLimits.parseSize("256M") == 256 << 20)
        #expect(InputLimits.parseSize("2g") == 2 << 30)
        for bad in ["", "0", "-1", "1.5M", "M", "12 K", "99999999999999999999", "9999999999999999G"] {
            #expect(InputLimits.parseSize(bad) == nil, "\(bad)")
        }
    }

    /// A file read whole stops at the cap rather than reading on (`--profile /dev/zero`).
    @Test func filesReadWholeAreCapped() throws {
        #expect(throws: InputLimits.TooLarge.self) { try InputLimits.readFile("/dev/zero", limit: 1 << 20) }
        #expect(try InputLimits.readFile("/dev/null", limit: 1).isEmpty)
    }
}
