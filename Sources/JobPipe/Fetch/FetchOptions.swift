/// Everything that shapes how fetch-page fetches (DESIGN.md "Politeness and safety").
public struct FetchOptions: Sendable {
    /// Transfers at once, overall.
    public var parallel = 16
    /// Transfers at once to one host.
    public var perHost = 2
    /// Seconds between two requests to one host (jittered ±50 %).
    public var delay = 1.0
    /// Seconds for one attempt, connection included.
    public var timeout = 30.0
    /// A transfer slower than `lowSpeedLimit` bytes/s for this long is cut off (slowloris).
    public var lowSpeedSeconds: Int { max(1, min(15, Int(timeout / 2))) }
    public static let lowSpeedLimit = 64
    public var connectTimeout = 10.0
    /// Retries after the first attempt, for timeouts, connection errors, 408, 429 and 5xx.
    public var retries = 2
    /// First backoff step in seconds; doubles each retry, capped by `retryCap`, full jitter.
    public var retryBase = 1.0
    public var retryCap = 30.0
    /// Bytes of body read at most (after decompression); the rest is cut and flagged.
    public var maxBytes = 5 * 1024 * 1024
    public var maxRedirects = 5
    /// The User-Agent header; `userAgent(contact:)` builds the default.
    public var userAgent = FetchOptions.userAgent(contact: nil)
    /// Refuse loopback, private, link-local and metadata addresses (after DNS).
    public var denyPrivate = false
    /// curl-style `HOST:PORT:ADDRESS` entries that bypass DNS.
    public var resolve: [String] = []
    /// curl-style `HOST:PORT:CONNECT-HOST:CONNECT-PORT` entries: connect there instead (TLS still checks HOST).
    public var connectTo: [String] = []
    public var discover = false
    /// Pages per record with `--discover`, the seed included.
    public var maxPages = 6
    /// Emit records as they finish instead of in input order.
    public var unordered = false
    /// Where pages are kept for conditional requests (`--cache`); nil: nowhere.
    public var cacheDirectory: String? = nil
    /// Where each request is noted as it starts (`--trace`); nil: nowhere.
    public var tracePath: String? = nil
    /// Obey robots.txt (RFC 9309).
    public var robots = true
    /// The robots.txt cache file kept across runs; nil: none.
    public var robotsCachePath: String? = nil
    /// A `Crawl-delay` longer than this many seconds is cut to it.
    public var maxCrawlDelay = 60.0
    /// Consecutive failed attempts at one host that open its circuit; 0: never.
    public var circuitFailures = 3
    /// Seconds a host with an open circuit is skipped.
    public var circuitCooldown = 900.0
    /// A CA bundle (PEM) to trust instead of the system's (`--cacert`, as curl's); nil: the system's.
    public var caBundle: String? = nil
    /// How far `delay` is jittered either way, as a fraction of it; 0 spaces
    /// requests to a host exactly `delay` apart (find-postings: an API's once a second).
    public var jitter = 0.5

    /// `jobpipe-fetch-page/VERSION`, with `(+CONTACT)` when the user gives a
    /// URL or address where a site owner can reach them.
    public static func userAgent(contact: String?, program: String = "fetch-page") -> String {
        let name = "jobpipe-\(program)/\(jobpipeVersion)"
        guard let contact, !contact.isEmpty else { return name }
        return name + " (+" + contact + ")"
    }

    public init() {}
}

/// `3 s`, `0.5 s`: seconds as messages write them.
func formatSeconds(_ s: Double) -> String {
    s == s.rounded() ? "\(Int(s)) s" : "\(s) s"
}
