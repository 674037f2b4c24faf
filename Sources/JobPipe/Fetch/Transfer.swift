import CCurl

/// One attempt at one http or https URL (file URLs are `LocalFile`'s): owns
/// the `CURL *` handle and what comes back.
/// The body is capped while it downloads (after decompression, so a gzip bomb
/// stops at the cap too) and anything that is not HTML is abandoned at its
/// first byte.
final class Transfer {
    let handle: UnsafeMutableRawPointer
    let url: WebURL
    let maxBytes: Int
    private(set) var body: [UInt8] = []
    private(set) var truncated = false
    /// Set when the body was abandoned because it is not HTML.
    private(set) var rejectedType: String?
    /// The headers of the last response that fetch-page reads (`keptHeaders`, lower-case names).
    private(set) var headers: [String: String] = [:]
    /// Set by the C socket callback when --deny-private refused an address.
    var refusedPrivate: UnsafeMutablePointer<Int32>
    let startedAt = monotonicNanoseconds()
    private let errorBuffer: UnsafeMutablePointer<CChar> = .allocate(capacity: Int(CURL_ERROR_SIZE) + 1)

    /// With `anyType`, the body is kept whatever its type (robots.txt).
    let anyType: Bool

    private var requestHeaders: UnsafeMutablePointer<curl_slist>?

    init?(url: WebURL, options: FetchOptions, resolve: OpaquePointer?, connectTo: OpaquePointer? = nil, maxBytes: Int? = nil, anyType: Bool = false,
          headers: [String] = []) {
        guard let h = Transfer.spareHandles.popLast() ?? curl_easy_init() else { return nil }
        handle = h
        self.url = url
        self.maxBytes = maxBytes ?? options.maxBytes
        self.anyType = anyType
        refusedPrivate = .allocate(capacity: 1)
        refusedPrivate.pointee = 0
        let me = Unmanaged.passUnretained(self).toOpaque()
        jp_setopt_string(h, CURLOPT_URL, url.text)
        jp_setopt_pointer(h, CURLOPT_PRIVATE, me)
        jp_setopt_long(h, CURLOPT_NOSIGNAL, 1)
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        jp_setopt_pointer(h, CURLOPT_ERRORBUFFER, errorBuffer)
        // File URLs never reach libcurl (LocalFile reads them): this keeps it so.
        jp_setopt_string(h, CURLOPT_PROTOCOLS_STR, "http,https")
        jp_setopt_string(h, CURLOPT_REDIR_PROTOCOLS_STR, "http,https")
        jp_setopt_long(h, CURLOPT_FOLLOWLOCATION, 1)
        jp_setopt_long(h, CURLOPT_MAXREDIRS, options.maxRedirects)
        // Whole milliseconds, at least one: 0 would mean no timeout (or curl's 300 s) to curl.
        jp_setopt_long(h, CURLOPT_CONNECTTIMEOUT_MS, max(1, Int((options.connectTimeout * 1000).rounded(.up))))
        jp_setopt_long(h, CURLOPT_TIMEOUT_MS, max(1, Int((options.timeout * 1000).rounded(.up))))
        // A server that trickles (slowloris) is cut off well before the total timeout.
        jp_setopt_long(h, CURLOPT_LOW_SPEED_LIMIT, FetchOptions.lowSpeedLimit)
        jp_setopt_long(h, CURLOPT_LOW_SPEED_TIME, options.lowSpeedSeconds)
        jp_setopt_string(h, CURLOPT_USERAGENT, options.userAgent)
        jp_setopt_string(h, CURLOPT_ACCEPT_ENCODING, "")
        if let resolve { jp_setopt_slist(h, CURLOPT_RESOLVE, UnsafeMutablePointer(resolve)) }
        if let connectTo { jp_setopt_slist(h, CURLOPT_CONNECT_TO, UnsafeMutablePointer(connectTo)) }
        if options.denyPrivate { jp_setopt_deny_private(h, refusedPrivate) }
        if let bundle = options.caBundle { jp_setopt_string(h, CURLOPT_CAINFO, bundle) }
        jp_setopt_pointer(h, CURLOPT_WRITEDATA, me)
        jp_setopt_write_function(h, Transfer.onBody)
        jp_setopt_pointer(h, CURLOPT_HEADERDATA, me)
        jp_setopt_header_function(h, Transfer.onHeader)
        for line in headers { requestHeaders = curl_slist_append(requestHeaders, line) }
        if let requestHeaders { jp_setopt_slist(h, CURLOPT_HTTPHEADER, requestHeaders) }
    }

    /// Handles of finished transfers, reset to their defaults, for the next
    /// ones: creating and destroying one per page costs more than the rest
    /// of fetch-page's own work on a small page. Used from the engine's thread only.
    nonisolated(unsafe) private static var spareHandles: [UnsafeMutableRawPointer] = []
    private static let maxSpareHandles = 256

    deinit {
        if Transfer.spareHandles.count < Transfer.maxSpareHandles {
            curl_easy_reset(handle)
            Transfer.spareHandles.append(handle)
        } else {
            curl_easy_cleanup(handle)
        }
        curl_slist_free_all(requestHeaders)
        refusedPrivate.deallocate()
        errorBuffer.deallocate()
    }

    /// libcurl's detailed message for a failed transfer, lower-cased first letter.
    func errorMessage(_ code: CURLcode) -> String {
        var text = String(cString: errorBuffer)
        if text.isEmpty { text = String(cString: curl_easy_strerror(code)) }
        guard let first = text.first else { return text }
        return first.lowercased() + text.dropFirst()
    }

    static func from(_ handle: UnsafeMutableRawPointer) -> Transfer {
        var p: UnsafeMutableRawPointer?
        jp_getinfo_private(handle, &p)
        return Unmanaged<Transfer>.fromOpaque(p!).takeUnretainedValue()
    }

    var status: Int {
        var code = 0
        jp_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &code)
        return code
    }

    var finalURL: String {
        var p: UnsafeMutablePointer<CChar>?
        jp_getinfo_string(handle, CURLINFO_EFFECTIVE_URL, &p)
        return p.map { String(cString: $0) } ?? url.text
    }

    var contentType: String? { headers["content-type"] }

    private static let onBody: jp_data_callback = { ptr, size, count, user in
        let t = Unmanaged<Transfer>.fromOpaque(user!).takeUnretainedValue()
        let n = size * count
        if t.body.isEmpty, !t.anyType, t.url.isHTTP, let ct = t.contentType, !Transfer.isHTMLType(ct) {
            t.rejectedType = ct
            return 0
        }
        let room = t.maxBytes - t.body.count
        ptr!.withMemoryRebound(to: UInt8.self, capacity: n) { p in
            t.body.append(contentsOf: UnsafeBufferPointer(start: p, count: min(n, max(room, 0))))
        }
        if n > room {
            t.truncated = true
            return 0
        }
        return n
    }

    private static let onHeader: jp_data_callback = { ptr, size, count, user in
        let t = Unmanaged<Transfer>.fromOpaque(user!).takeUnretainedValue()
        let n = size * count
        ptr!.withMemoryRebound(to: UInt8.self, capacity: n) { p in
            let line = UnsafeBufferPointer(start: p, count: n)
            if n >= 5, p[0] == 0x48, p[1] == 0x54, p[2] == 0x54, p[3] == 0x50, p[4] == 0x2F {  // "HTTP/": a new response
                t.headers = [:]
            } else if let colon = line.firstIndex(of: 0x3A), let name = Transfer.keptHeader(UnsafeBufferPointer(rebasing: line[..<colon])) {
                var a = colon + 1, b = n
                while a < b, line[a] == 0x20 || line[a] == 0x09 { a += 1 }
                while b > a, line[b - 1] == 0x20 || line[b - 1] == 0x09 || line[b - 1] == 0x0D || line[b - 1] == 0x0A { b -= 1 }
                t.headers[name] = String(decoding: UnsafeBufferPointer(rebasing: line[a..<b]), as: UTF8.self)
            }
        }
        return n
    }

    /// The media type of a Content-Type value, lower-case, without parameters.
    static func mediaType(_ contentType: String) -> String {
        var bytes = Array(contentType.utf8.prefix { $0 != UInt8(ascii: ";") })
        while let f = bytes.first, f == 0x20 || f == 0x09 { bytes.removeFirst() }
        while let l = bytes.last, l == 0x20 || l == 0x09 { bytes.removeLast() }
        for i in bytes.indices where bytes[i] >= 0x41 && bytes[i] <= 0x5A { bytes[i] |= 0x20 }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The response headers fetch-page reads, by lower-case name.
    static let keptHeaders = ["content-type", "etag", "last-modified"]

    /// `name` (any case) when it is one of `keptHeaders`.
    static func keptHeader(_ name: UnsafeBufferPointer<UInt8>) -> String? {
        for kept in keptHeaders where kept.utf8.count == name.count {
            if zip(kept.utf8, name).allSatisfy({ $0 == ($1 | (($1 >= 0x41 && $1 <= 0x5A) ? 0x20 : 0)) }) { return kept }
        }
        return nil
    }

    /// Types fetch-page hands on; anything else is skipped as `not_html`.
    static func isHTMLType(_ contentType: String) -> Bool {
        let t = mediaType(contentType)
        return t == "text/html" || t == "application/xhtml+xml" || t.isEmpty
    }

    /// For file URLs and responses without a type: HTML unless it looks binary.
    /// A NUL in the first KiB, unless a UTF-16 byte-order mark says why.
    static func looksBinary(_ body: [UInt8]) -> Bool {
        if body.count >= 2, (body[0] == 0xFF && body[1] == 0xFE) || (body[0] == 0xFE && body[1] == 0xFF) { return false }
        return body.prefix(1024).contains(0)
    }
}
