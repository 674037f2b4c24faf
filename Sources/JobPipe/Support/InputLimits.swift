#if canImport(Glibc)
import Glibc
#endif

/// How much one input line, or one file read whole (`--profile`, fetch-page's
/// caches), may hold: `JOBPIPE_MAX_LINE_BYTES`, else 256 MiB
/// (`LineReader.defaultMaxLineBytes`). Checked with the options, like
/// `JOBPIPE_NOW`: a value that is not a size is a usage error.
public enum InputLimits {
    /// Why `JOBPIPE_MAX_LINE_BYTES` cannot be used.
    public struct BadLimit: Error, CustomStringConvertible, Sendable {
        public let value: String
        public var description: String {
            "JOBPIPE_MAX_LINE_BYTES: not a size in bytes (such as 1048576, 64K, 256M or 1G): '\(value)'"
        }
    }

    static let fromEnvironment: Result<Int, BadLimit> = {
        guard let text = Environment.get("JOBPIPE_MAX_LINE_BYTES"), !text.isEmpty else {
            return .success(LineReader.defaultMaxLineBytes)
        }
        guard let n = parseSize(text) else { return .failure(BadLimit(value: text)) }
        return .success(n)
    }()

    /// A positive number of bytes, with an optional K, M or G (powers of 1024).
    static func parseSize(_ text: String) -> Int? {
        var digits = Substring(text)
        var unit = 1
        switch digits.last {
        case "K", "k": unit = 1 << 10
        case "M", "m": unit = 1 << 20
        case "G", "g": unit = 1 << 30
        default: break
        }
        if unit > 1 { digits = digits.dropLast() }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              let n = Int(digits), n > 0 else { return nil }
        let (bytes, overflow) = n.multipliedReportingOverflow(by: unit)
        return overflow ? nil : bytes
    }

    /// Throws when `JOBPIPE_MAX_LINE_BYTES` is set to something that is not a size.
    public static func checkEnvironment() throws(BadLimit) {
        if case let .failure(e) = fromEnvironment { throw e }
    }

    /// The longest line read, and the largest file read whole, in bytes.
    public static var maxLineBytes: Int {
        if case let .success(n) = fromEnvironment { return n }
        return LineReader.defaultMaxLineBytes
    }

    /// A file read whole that is larger than the limit.
    public struct TooLarge: Error, CustomStringConvertible, Sendable {
        public let path: String
        public let limit: Int
        public var description: String { "\(path): larger than \(limit) bytes (JOBPIPE_MAX_LINE_BYTES)" }
    }

    /// The bytes of a file, read whole but never more than `limit` of them:
    /// a larger file (or an endless one, `/dev/zero`) throws `TooLarge`.
    public static func readFile(_ path: String, limit: Int = maxLineBytes) throws -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw SystemError(errno: errno, operation: path) }
        defer { close(fd) }
        let bytes = try readAtMost(fd, limit + 1, operation: path)
        guard bytes.count <= limit else { throw TooLarge(path: path, limit: limit) }
        return bytes
    }
}
