#if canImport(Glibc)
import Glibc
#endif

/// A `file:` URL, read by fetch-page itself and never by libcurl (issue 18).
///
/// libcurl 7.88 closes file descriptor 0 when a file URL fails early (a
/// `%00` in its path), which killed fetch-page's own input; and it opens
/// whatever the path names, so `/dev/stdin` read fetch-page's input as a
/// page, and a FIFO or `/dev/stdout` on a pipe blocked for ever in `open` or
/// `read`, where no transfer timeout reaches. Here only a regular file is
/// read (a symbolic link is followed to one), checked with `stat` before it
/// is opened, so a device or FIFO is never opened at all, and again with
/// `fstat` after, in case it was swapped in between; the open cannot block
/// (`O_NONBLOCK`) nor take a terminal (`O_NOCTTY`); and at most `maxBytes`
/// are read, the rest flagged as truncated, as for a download.
enum LocalFile {
    /// Why a file URL gave no page: the page's error code and message.
    struct Failure: Error {
        let code: FetchErrorCode
        let message: String
    }

    /// The path a file URL names, percent-decoded, as bytes (a path may hold
    /// any byte but NUL). Refused as `invalid_url`: a NUL (`%00`), which no
    /// path can hold; a host other than `localhost`; a path that is not absolute.
    /// The query is no part of the path.
    static func path(of url: WebURL) throws(Failure) -> [UInt8] {
        guard url.host.isEmpty || url.host == "localhost" else {
            throw Failure(code: .invalidURL, message: "a file URL names a file on this machine, not on \(url.host): \(url.text)")
        }
        let encoded = url.pathAndQuery.utf8.prefix { $0 != UInt8(ascii: "?") }
        var path: [UInt8] = []
        path.reserveCapacity(encoded.count)
        var i = encoded.startIndex
        while i != encoded.endIndex {
            let c = encoded[i]
            let j = encoded.index(after: i)
            if c == UInt8(ascii: "%"), j != encoded.endIndex, encoded.index(after: j) != encoded.endIndex,
               let hi = hexValue(encoded[j]), let lo = hexValue(encoded[encoded.index(after: j)]) {
                path.append(hi << 4 | lo)
                i = encoded.index(j, offsetBy: 2)
            } else {
                path.append(c)
                i = j
            }
        }
        guard !path.contains(0) else {
            throw Failure(code: .invalidURL, message: "a file URL's path may not hold a NUL byte (%00): \(url.text)")
        }
        guard path.first == UInt8(ascii: "/") else {
            throw Failure(code: .invalidURL, message: "a file URL's path must be absolute: \(url.text)")
        }
        return path
    }

    private static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case 0x30...0x39: return c - 0x30
        case 0x41...0x46: return c - 0x41 + 10
        case 0x61...0x66: return c - 0x61 + 10
        default: return nil
        }
    }

    /// Reads at most `maxBytes` of the regular file at `path`; `truncated`
    /// when there was more. `not_found` when it cannot be opened or read,
    /// `not_regular_file` when it is anything but a regular file.
    static func read(_ path: [UInt8], maxBytes: Int) throws(Failure) -> (body: [UInt8], truncated: Bool) {
        let shown = String(decoding: path, as: UTF8.self)
        let cPath = path.map { CChar(bitPattern: $0) } + [0]
        var st = stat()
        guard stat(cPath, &st) == 0 else { throw cannotOpen(shown, errno) }
        try requireRegular(st, shown)
        let fd = open(cPath, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { throw cannotOpen(shown, errno) }
        defer { close(fd) }
        guard fstat(fd, &st) == 0 else { throw cannotOpen(shown, errno) }
        try requireRegular(st, shown)

        var body: [UInt8]
        do {
            body = try readAtMost(fd, maxBytes + 1, sizeHint: Int(st.st_size), operation: shown)
        } catch {
            throw Failure(code: .notFound, message: "couldn't read file \(shown): \(describe(error.errno))")
        }
        let truncated = body.count > maxBytes
        if truncated { body.removeLast() }
        return (body, truncated)
    }

    private static func requireRegular(_ st: stat, _ shown: String) throws(Failure) {
        let kind: String
        switch st.st_mode & S_IFMT {
        case S_IFREG: return
        case S_IFIFO: kind = "a pipe or FIFO"
        case S_IFCHR: kind = "a character device"
        case S_IFBLK: kind = "a block device"
        case S_IFDIR: kind = "a directory"
        case S_IFSOCK: kind = "a socket"
        default: kind = "a special file"
        }
        throw Failure(code: .notRegularFile, message: "\(shown) is not a regular file but \(kind)")
    }

    /// libcurl's wording for a missing file, kept; other reasons named.
    private static func cannotOpen(_ shown: String, _ code: Int32) -> Failure {
        let reason = code == ENOENT ? "" : ": " + describe(code)
        return Failure(code: .notFound, message: "couldn't open file \(shown)\(reason)")
    }

    private static func describe(_ code: Int32) -> String {
        let text = String(cString: strerror(code))
        guard let first = text.first else { return text }
        return first.lowercased() + text.dropFirst()
    }
}
