#if canImport(Glibc)
import Glibc
#endif

/// `--rejects FILE`: input lines that could not be read, kept verbatim. The
/// file is written under a temporary name and renamed into place at the end,
/// so a reader never sees half of it.
public final class Rejects {
    private let path: String
    private let tempPath: String
    private let out: OutputWriter
    private let fd: Int32

    public init(path: String) throws {
        self.path = path
        tempPath = path + ".tmp.\(getpid())"
        fd = open(tempPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw SystemError(errno: errno, operation: "open \(path)") }
        out = OutputWriter(fd: fd)
    }

    public func add(_ line: UnsafeBufferPointer<UInt8>) throws {
        do { try out.write(record: line) } catch { throw SystemError(errno: EIO, operation: "write \(path)") }
    }

    /// Flushes and renames the file into place.
    public func commit() throws {
        do { try out.flush() } catch { throw SystemError(errno: EIO, operation: "write \(path)") }
        close(fd)
        guard rename(tempPath, path) == 0 else { throw SystemError(errno: errno, operation: "rename \(path)") }
    }

    /// Removes the temporary file after a failure.
    public func discard() {
        close(fd)
        unlink(tempPath)
    }
}
