#if canImport(Glibc)
import Glibc
#endif

/// A file of lines a program writes beside its output (`--rejects`: input
/// lines that could not be read, kept verbatim; fetch-page's `--trace`). A
/// file is written under a temporary name and renamed into place at the end,
/// so a reader never sees half of it; a symbolic link, device or pipe already
/// there (`/dev/stderr`, `>(gzip > bad.gz)`) is written through, appending.
public final class LineFile {
    private let path: String
    /// The temporary name, when writing a regular file.
    private let tempPath: String?
    private let out: OutputWriter
    private let fd: Int32

    public init(path: String) throws {
        self.path = path
        var st = stat()
        if lstat(path, &st) == 0, st.st_mode & S_IFMT != S_IFREG {
            // A symbolic link (`/dev/stderr` → `/proc/self/fd/2`) or a device or pipe:
            // written through, appended to, never replaced or truncated.
            tempPath = nil
            fd = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
        } else {
            let temp = path + ".tmp.\(getpid())"
            tempPath = temp
            fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        }
        guard fd >= 0 else { throw SystemError(errno: errno, operation: "open \(path)") }
        out = OutputWriter(fd: fd)
    }

    /// Ends a line: `line`, after any parts added before it, and a newline.
    public func add(_ line: UnsafeBufferPointer<UInt8>) throws {
        do { try out.write(record: line) } catch { throw SystemError(errno: EIO, operation: "write \(path)") }
    }

    /// Part of a line too long to hold whole; `add` ends it.
    public func add(part: UnsafeBufferPointer<UInt8>) throws {
        do { try out.write(bytes: part) } catch { throw SystemError(errno: EIO, operation: "write \(path)") }
    }

    /// Flushes and renames the file into place.
    public func commit() throws {
        do { try out.flush() } catch { throw SystemError(errno: EIO, operation: "write \(path)") }
        close(fd)
        guard let tempPath else { return }
        guard rename(tempPath, path) == 0 else { throw SystemError(errno: errno, operation: "rename \(path)") }
    }

    /// Removes the temporary file after a failure.
    public func discard() {
        close(fd)
        if let tempPath { unlink(tempPath) }
    }
}
