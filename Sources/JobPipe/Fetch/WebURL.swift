import CCurl

/// A URL as libcurl's URL API reads it: parsed, normalised, resolvable
/// against a base. Only what fetch-page needs.
public struct WebURL: Hashable, Sendable, CustomStringConvertible {
    /// The normalised URL text, without its fragment.
    public let text: String
    public let scheme: String
    /// Lower-case host; empty for file URLs.
    public let host: String
    public let port: Int?
    /// The path with its query.
    public let pathAndQuery: String

    public var description: String { text }

    /// Parses an absolute URL, or resolves `reference` against `base`.
    public init?(_ reference: String, base: WebURL? = nil) {
        if base == nil, let text = WebURL.plain(reference), let parts = WebURL.split(text) {
            // Already in curl's normal form: no need to ask curl.
            self.init(text: text, scheme: parts.0, host: parts.1, port: parts.2, pathAndQuery: parts.3)
        } else {
            self.init(curl: reference, base: base)
        }
    }

    private init(text: String, scheme: String, host: String, port: Int?, pathAndQuery: String) {
        self.text = text
        self.scheme = scheme
        self.host = host
        self.port = port
        self.pathAndQuery = pathAndQuery
    }

    /// Parsed and normalised by curl's URL API, whatever the URL.
    init?(curl reference: String, base: WebURL?) {
        let ref = reference.trimmingSpaces
        guard !ref.isEmpty, ref.utf8.count < 8192, var text = WebURL.normalised(ref, base: base) else { return nil }
        // curl's normal form is not always a fixed point: a host that only
        // percent-decoding made numeric (`%3271` is `271`) is read as IPv4
        // (`0.0.1.15`) the next time. Read until it reads as itself.
        for _ in 0..<3 {
            guard let again = WebURL.normalised(text, base: nil) else { return nil }
            if again == text { break }
            text = again
        }
        // Its parts are read off that text, which curl writes in one shape:
        // scheme://[user@]host[:port]/path[?query].
        guard let parts = WebURL.split(text) else { return nil }
        self.init(text: text, scheme: parts.0, host: parts.1, port: parts.2, pathAndQuery: parts.3)
    }

    /// curl's normalised form of `reference` (resolved against `base`), without its fragment.
    private static func normalised(_ reference: String, base: WebURL?) -> String? {
        guard let h = curl_url() else { return nil }
        defer { curl_url_cleanup(h) }
        if let base {
            guard curl_url_set(h, CURLUPART_URL, base.text, 0) == CURLUE_OK else { return nil }
        }
        guard curl_url_set(h, CURLUPART_URL, reference, UInt32(CURLU_NON_SUPPORT_SCHEME | CURLU_URLENCODE)) == CURLUE_OK else {
            return nil
        }
        curl_url_set(h, CURLUPART_FRAGMENT, nil, 0)
        var out: UnsafeMutablePointer<CChar>?
        guard curl_url_get(h, CURLUPART_URL, &out, 0) == CURLUE_OK, let out else { return nil }
        defer { curl_free(out) }
        return String(cString: out)
    }

    /// An absolute `http(s)://host[:port][/path][?query]` that curl's
    /// normaliser would leave as it is (but for the `/` it adds to an empty
    /// path): lower-case scheme, a host of letters, digits, dots and hyphens,
    /// and a path and query of characters that need no escape, with no dot
    /// segments, fragment or percent sign. Most input URLs are; the rest go
    /// through curl. Returns the URL as curl would write it.
    static func plain(_ text: String) -> String? {
        var t = text
        return t.withUTF8 { b -> String? in
            let n = b.count
            guard n > 8, n < 2048 else { return nil }
            let start: Int
            if b[4] == UInt8(ascii: ":"), b[0] == UInt8(ascii: "h"), b[1] == UInt8(ascii: "t"), b[2] == UInt8(ascii: "t"), b[3] == UInt8(ascii: "p") {
                start = 7
            } else if b[5] == UInt8(ascii: ":"), b[0] == UInt8(ascii: "h"), b[1] == UInt8(ascii: "t"), b[2] == UInt8(ascii: "t"),
                      b[3] == UInt8(ascii: "p"), b[4] == UInt8(ascii: "s") {
                start = 8
            } else {
                return nil
            }
            guard b[start - 2] == UInt8(ascii: "/"), b[start - 1] == UInt8(ascii: "/") else { return nil }
            var i = start
            while i < n, WebURL.hostByte[Int(b[i])] { i += 1 }
            let hostEnd = i
            guard hostEnd > start, b[start] != UInt8(ascii: "."), b[start] != UInt8(ascii: "-"),
                  b[hostEnd - 1] != UInt8(ascii: "."), b[hostEnd - 1] != UInt8(ascii: "-") else { return nil }
            // A host that ends in a number is an IPv4 address, which curl writes
            // in dotted-quad form (`127.1`, `0x7f.1` → `127.0.0.1`): only that form passes.
            let lastLabel = (b[start..<hostEnd].lastIndex(of: UInt8(ascii: ".")) ?? start - 1) + 1
            if b[lastLabel] >= 0x30, b[lastLabel] <= 0x39, !WebURL.isDottedQuad(UnsafeBufferPointer(rebasing: b[start..<hostEnd])) {
                return nil
            }
            if i < n, b[i] == UInt8(ascii: ":") {
                i += 1
                var v = 0, digits = 0
                while i < n, b[i] >= 0x30, b[i] <= 0x39, digits < 5 { v = v * 10 + Int(b[i] - 0x30); i += 1; digits += 1 }
                guard digits > 0, v > 0, v < 65536, b[i - digits] != 0x30 else { return nil }
            }
            let pathStart = i
            guard i == n || b[i] == UInt8(ascii: "/") else { return nil }
            // An empty query (`/a?`) is dropped by curl.
            if b[n - 1] == UInt8(ascii: "?") { return nil }
            var previous: UInt8 = 0
            while i < n {
                let c = b[i]
                guard WebURL.pathByte[Int(c)] else { return nil }
                // Dot segments (`/./`, `/../`, a final `/.`) are curl's to remove.
                if c == UInt8(ascii: "."), previous == UInt8(ascii: "/") { return nil }
                previous = c
                i += 1
            }
            return pathStart == n ? text + "/" : text
        }
    }

    /// `a.b.c.d`, each 0-255 in decimal without leading zeros.
    static func isDottedQuad(_ h: UnsafeBufferPointer<UInt8>) -> Bool {
        let parts = h.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { p in
            guard (1...3).contains(p.count), p.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                  p.count == 1 || p.first != 0x30 else { return false }
            return p.reduce(0) { $0 * 10 + Int($1 - 0x30) } <= 255
        }
    }

    static let hostByte: [Bool] = (0..<256).map { b in
        let c = UInt8(b)
        return (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39)
            || c == UInt8(ascii: ".") || c == UInt8(ascii: "-")
    }

    /// Characters a path or query may hold as they are (RFC 3986 pchar, `/`, `?`), less `%`.
    static let pathByte: [Bool] = (0..<256).map { b in
        let c = UInt8(b)
        return (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39)
            || Array("-._~!$&'()*+,;=:@/?".utf8).contains(c)
    }

    /// Scheme (lower-case), host (lower-case, IPv6 in brackets), port and
    /// path with query of a URL as curl normalises it.
    static func split(_ text: String) -> (String, String, Int?, String)? {
        let b = Array(text.utf8)
        guard let colon = b.firstIndex(of: UInt8(ascii: ":")), colon + 2 < b.count,
              b[colon + 1] == UInt8(ascii: "/"), b[colon + 2] == UInt8(ascii: "/") else { return nil }
        func str(_ r: Range<Int>) -> String { String(decoding: b[r], as: UTF8.self) }
        let scheme = str(0..<colon).lowercased()
        let authorityStart = colon + 3
        var authorityEnd = authorityStart
        while authorityEnd < b.count, b[authorityEnd] != UInt8(ascii: "/"), b[authorityEnd] != UInt8(ascii: "?") { authorityEnd += 1 }
        var hostStart = authorityStart
        if let at = b[authorityStart..<authorityEnd].lastIndex(of: UInt8(ascii: "@")) { hostStart = at + 1 }
        var hostEnd = authorityEnd
        var port: Int?
        if hostStart < authorityEnd, b[hostStart] == UInt8(ascii: "[") {
            hostEnd = (b[hostStart..<authorityEnd].firstIndex(of: UInt8(ascii: "]")) ?? authorityEnd - 1) + 1
        } else if let c = b[hostStart..<authorityEnd].firstIndex(of: UInt8(ascii: ":")) {
            hostEnd = c
        }
        if hostEnd < authorityEnd, b[hostEnd] == UInt8(ascii: ":") { port = Int(str((hostEnd + 1)..<authorityEnd)) }
        var rest = str(authorityEnd..<b.count)
        if rest.isEmpty || rest.hasPrefix("?") { rest = "/" + rest }
        return (scheme, str(hostStart..<hostEnd).lowercased(), port, rest)
    }

    public var isHTTP: Bool { scheme == "http" || scheme == "https" }
    public var isFile: Bool { scheme == "file" }

    /// The host without a leading `www.`, for same-site checks.
    public var siteHost: String { host.hasPrefix("www.") ? String(host.dropFirst(4)) : host }

    /// Whether two URLs belong to the same site: same host (ignoring
    /// `www.`) and both web or both file URLs.
    public func sameSite(as other: WebURL) -> Bool {
        if isFile || other.isFile { return isFile && other.isFile }
        return isHTTP && other.isHTTP && siteHost == other.siteHost
    }

    /// `scheme://host[:port]/`: the site's home page.
    public var home: WebURL? {
        guard isHTTP else { return nil }
        return WebURL("/", base: self)
    }

    /// `scheme://host:port`: whose robots.txt applies.
    public var origin: String { scheme + "://" + hostKey }

    /// The key politeness limits are kept by: host and port.
    public var hostKey: String { isFile ? "file:" : host + ":" + String(port ?? (scheme == "https" ? 443 : 80)) }
}
