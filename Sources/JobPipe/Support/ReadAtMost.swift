#if canImport(Glibc)
import Glibc
#endif

/// At most `limit` bytes from `fd`, fewer when it ends first; reads go on
/// after EINTR. `sizeHint` (a file's size) sizes the first buffer. Throws
/// `SystemError` (its errno kept) when a read fails. Asking for one byte
/// more than wanted tells an input of exactly that size from a longer one.
func readAtMost(_ fd: Int32, _ limit: Int, sizeHint: Int = 0, operation: String) throws(SystemError) -> [UInt8] {
    var bytes = [UInt8](repeating: 0, count: min(limit, max(sizeHint, 0) + 1))
    var count = 0
    while count < limit {
        if count == bytes.count {
            bytes.append(contentsOf: repeatElement(0, count: min(limit - count, max(count, 64 * 1024))))
        }
        let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + count, $0.count - count) }
        if n == 0 { break }
        if n < 0 {
            if errno == EINTR { continue }
            throw SystemError(errno: errno, operation: operation)
        }
        count += n
    }
    bytes.removeLast(bytes.count - count)
    return bytes
}
