import CCurl

/// One attempt at one URL: owns the `CURL *` handle and what comes back.
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
    /// The headers of the last response (lower-case names).
    private(set) var headers: [String: String] = [:]
    /// Set by the C socket callback when --deny-private refused an address.
    var refusedPrivate: UnsafeMutablePointer<Int32>
    let startedAt = monotonicNanoseconds()
    private let errorBuffer: UnsafeMutablePointer<CChar> = .allocate(capacity: Int(CURL_ERROR_SIZE) + 1)

    /// With `anyType`, the body is kept whatever its type (robots.txt).
    let anyType: Bool

    private var requestHeaders: UnsafeMutablePointer<curl_slist>?

    init?(url: WebURL, options: FetchOptions, resolve: OpaquePointer?, maxBytes: Int? = nil, anyType: Bool = false,
          headers: [String] = []) {
        guard let h = curl_easy_init() else { return nil }
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
        jp_setopt_string(h, CURLOPT_PROTOCOLS_STR, options.denyPrivate ? "http,https" : "http,https,file")
        jp_setopt_string(h, CURLOPT_REDIR_PROTOCOLS_STR, "http,https")
        jp_setopt_long(h, CURLOPT_FOLLOWLOCATION, 1)
        jp_setopt_long(h, CURLOPT_MAXREDIRS, options.maxRedirects)
        jp_setopt_long(h, CURLOPT_CONNECTTIMEOUT_MS, Int(options.connectTimeout * 1000))
        jp_setopt_long(h, CURLOPT_TIMEOUT_MS, Int(options.timeout * 1000))
        // A server that trickles (slowloris) is cut off well before the total timeout.
        jp_setopt_long(h, CURLOPT_LOW_SPEED_LIMIT, FetchOptions.lowSpeedLimit)
        jp_setopt_long(h, CURLOPT_LOW_SPEED_TIME, options.lowSpeedSeconds)
        jp_setopt_string(h, CURLOPT_USERAGENT, options.userAgent)
        jp_setopt_string(h, CURLOPT_ACCEPT_ENCODING, "")
        if let resolve { jp_setopt_slist(h, CURLOPT_RESOLVE, UnsafeMutablePointer(resolve)) }
        if options.denyPrivate { jp_setopt_deny_private(h, refusedPrivate) }
        jp_setopt_pointer(h, CURLOPT_WRITEDATA, me)
        jp_setopt_write_function(h, Transfer.onBody)
        jp_setopt_pointer(h, CURLOPT_HEADERDATA, me)
        jp_setopt_header_function(h, Transfer.onHeader)
        for line in headers { requestHeaders = curl_slist_append(requestHeaders, line) }
        if let requestHeaders { jp_setopt_slist(h, CURLOPT_HTTPHEADER, requestHeaders) }
    }

    deinit {
        curl_easy_cleanup(handle)
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
        let line = ptr!.withMemoryRebound(to: UInt8.self, capacity: n) {
            String(decoding: UnsafeBufferPointer(start: $0, count: n), as: UTF8.self)
        }
        if line.hasPrefix("HTTP/") {
            t.headers = [:]
        } else if let colon = line.firstIndex(of: ":") {
            let name = line[..<colon].lowercased()
            let value = line[line.index(after: colon)...].trimmingSpaces
            if t.headers.count < 200 { t.headers[name] = value }
        }
        return n
    }

    /// Types fetch-page hands on; anything else is skipped as `not_html`.
    static func isHTMLType(_ contentType: String) -> Bool {
        let t = contentType.split(separator: ";").first.map { $0.trimmingSpaces.lowercased() } ?? ""
        return t == "text/html" || t == "application/xhtml+xml" || t.isEmpty
    }

    /// For file URLs and responses without a type: HTML unless it looks binary.
    var looksBinary: Bool {
        body.prefix(1024).contains(0)
    }
}
