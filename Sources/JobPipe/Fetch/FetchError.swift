import CCurl

/// The fixed set of `error.code` values a page can carry (fetch-page(1)).
public enum FetchErrorCode: String, Sendable {
    /// The URL cannot be parsed or uses a scheme fetch-page does not fetch.
    case invalidURL = "invalid_url"
    /// The host name does not resolve.
    case dns
    /// No connection could be made.
    case connect
    /// The TLS handshake or certificate check failed.
    case tls
    /// No complete answer within the timeouts (or the server trickled).
    case timeout
    /// The server answered with an HTTP error status.
    case httpStatus = "http_status"
    /// The connection broke before the answer was complete.
    case network
    /// The response headers were larger than libcurl accepts (100 KiB).
    case tooLarge = "too_large"
    /// The body is not HTML.
    case notHTML = "not_html"
    /// More redirects than allowed.
    case tooManyRedirects = "too_many_redirects"
    /// `--deny-private` refused the address the host resolved to.
    case privateAddress = "private_address"
    /// A file URL names no readable file.
    case notFound = "not_found"
    /// A file URL names a directory, device, FIFO or socket: only regular files are read.
    case notRegularFile = "not_regular_file"
    /// The body's content encoding (gzip, …) is broken.
    case badEncoding = "bad_encoding"
    /// robots.txt disallows the URL.
    case robotsDisallowed = "robots_disallowed"
    /// The host failed too often lately and is skipped for a while.
    case circuitOpen = "circuit_open"

    /// Whether the failure is the host's (no answer from it), which counts for its circuit breaker.
    var isHostFailure: Bool { isTransient || self == .dns || self == .tls }

    /// Whether another attempt may succeed.
    var isTransient: Bool {
        switch self {
        case .timeout, .connect, .network: return true
        default: return false
        }
    }

    static func from(_ code: CURLcode) -> FetchErrorCode {
        switch code {
        case CURLE_UNSUPPORTED_PROTOCOL, CURLE_URL_MALFORMAT: return .invalidURL
        case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY: return .dns
        case CURLE_COULDNT_CONNECT: return .connect
        case CURLE_OPERATION_TIMEDOUT: return .timeout
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM,
             CURLE_SSL_CIPHER, CURLE_SSL_CACERT_BADFILE, CURLE_SSL_ISSUER_ERROR, CURLE_SSL_PINNEDPUBKEYNOTMATCH,
             CURLE_SSL_INVALIDCERTSTATUS, CURLE_USE_SSL_FAILED, CURLE_SSL_ENGINE_NOTFOUND:
            return .tls
        case CURLE_TOO_MANY_REDIRECTS: return .tooManyRedirects
        case CURLE_FILE_COULDNT_READ_FILE: return .notFound
        case CURLE_BAD_CONTENT_ENCODING: return .badEncoding
        case CURLE_OUT_OF_MEMORY, CURLE_FILESIZE_EXCEEDED: return .tooLarge
        default: return .network
        }
    }
}

/// A page's `error` object.
func errorObject(_ code: FetchErrorCode, _ message: String, attempts: Int) -> JSON {
    .object([("code", .string(code.rawValue)), ("message", .string(message)), ("attempts", .int(attempts))])
}
