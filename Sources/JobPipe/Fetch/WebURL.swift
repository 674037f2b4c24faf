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
        guard let h = curl_url() else { return nil }
        defer { curl_url_cleanup(h) }
        let ref = reference.trimmingSpaces
        guard !ref.isEmpty, ref.utf8.count < 8192 else { return nil }
        if let base {
            guard curl_url_set(h, CURLUPART_URL, base.text, 0) == CURLUE_OK else { return nil }
        }
        guard curl_url_set(h, CURLUPART_URL, ref, UInt32(CURLU_NON_SUPPORT_SCHEME | CURLU_URLENCODE)) == CURLUE_OK else {
            return nil
        }
        curl_url_set(h, CURLUPART_FRAGMENT, nil, 0)
        func part(_ p: CURLUPart, _ flags: Int32 = 0) -> String? {
            var out: UnsafeMutablePointer<CChar>?
            guard curl_url_get(h, p, &out, UInt32(flags)) == CURLUE_OK, let out else { return nil }
            defer { curl_free(out) }
            return String(cString: out)
        }
        guard let text = part(CURLUPART_URL), let scheme = part(CURLUPART_SCHEME)?.lowercased() else { return nil }
        self.text = text
        self.scheme = scheme
        host = part(CURLUPART_HOST)?.lowercased() ?? ""
        port = part(CURLUPART_PORT).flatMap { Int($0) }
        let path = part(CURLUPART_PATH) ?? "/"
        pathAndQuery = path + (part(CURLUPART_QUERY).map { "?" + $0 } ?? "")
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
