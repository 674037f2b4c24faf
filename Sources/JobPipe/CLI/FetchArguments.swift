import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif

/// The options of every program that fetches (fetch-page, find-postings):
/// one declaration, so both take the same flags with the same meaning.
public struct FetchArguments: ParsableArguments {
    @Option(help: "Transfers at once, overall.")
    public var parallel = 16
    @Option(name: .customLong("per-host"), help: "Transfers at once to one host.")
    public var perHost = 2
    @Option(help: ArgumentHelp("Seconds between requests to one host (±50 % jitter; find-postings: none).", valueName: "seconds"))
    public var delay = 1.0
    @Option(help: ArgumentHelp("Seconds allowed for one attempt.", valueName: "seconds"))
    public var timeout = 30.0
    @Option(name: .customLong("connect-timeout"), help: ArgumentHelp("Seconds allowed to connect.", valueName: "seconds"))
    public var connectTimeout = 10.0
    @Option(help: "Retries for timeouts, connection errors, 408, 429 and 5xx.")
    public var retries = 2
    @Option(name: .customLong("retry-delay"), help: ArgumentHelp("First backoff step in seconds (doubled per retry, capped at 30, full jitter).", valueName: "seconds"))
    public var retryDelay = 1.0
    @Option(name: .customLong("max-bytes"), help: "Bytes of body kept at most; the rest is cut and the page marked truncated.")
    public var maxBytes = 5 * 1024 * 1024
    @Option(name: .customLong("max-redirects"), help: "Redirects followed at most.")
    public var maxRedirects = 5
    @Option(name: .customLong("user-agent"), help: "The User-Agent header (default: jobpipe-fetch-page/VERSION with the --contact).")
    public var userAgent: String?
    @Option(help: ArgumentHelp("A URL or address where site owners can reach you, added to the User-Agent (default: $JOBPIPE_CONTACT).", valueName: "url"))
    public var contact: String?
    @Flag(name: .customLong("ignore-robots"), help: "Do not fetch or obey robots.txt.")
    public var ignoreRobots = false
    @Option(name: .customLong("robots-cache"), help: ArgumentHelp("Where robots.txt answers are kept for 24 h; 'none' for no cache (default: $XDG_CACHE_HOME/jobpipe/robots.ndjson).", valueName: "file"))
    public var robotsCache: String?
    @Option(help: ArgumentHelp("Keep pages here and revalidate them (ETag, Last-Modified) instead of downloading them again.", valueName: "dir"))
    public var cache: String?
    @Option(help: ArgumentHelp("Write a line to this file for each request as it starts: when (ms after the first), host and URL.", valueName: "file"))
    public var trace: String?
    @Option(name: .customLong("circuit-failures"), help: "Failed attempts in a row after which a host is skipped; 0: never.")
    public var circuitFailures = 3
    @Option(name: .customLong("circuit-cooldown"), help: ArgumentHelp("Seconds a host is skipped once its circuit opens.", valueName: "seconds"))
    public var circuitCooldown = 900.0
    @Flag(name: .customLong("deny-private"), help: "Refuse loopback, private, link-local and metadata addresses, checked after DNS; also refuses file URLs.")
    public var denyPrivate = false
    @Option(help: ArgumentHelp("Send requests for HOST:PORT to ADDRESS, like curl --resolve (repeatable).", valueName: "host:port:address"))
    public var resolve: [String] = []
    @Option(name: .customLong("connect-to"), help: ArgumentHelp("Connect to CONNECT-HOST:CONNECT-PORT for requests to HOST:PORT, like curl --connect-to (repeatable).", valueName: "host:port:connect-host:connect-port"))
    public var connectTo: [String] = []
    @Option(help: ArgumentHelp("Trust the CA certificates in this PEM file instead of the system's, like curl --cacert.", valueName: "file"))
    public var cacert: String?

    public init() {}

    public func validate() throws {
        guard parallel >= 1, perHost >= 1 else { throw ValidationError("--parallel and --per-host must be at least 1") }
        // Seconds become nanoseconds and milliseconds in integers: bounded, so
        // that 1e300 or inf is an error here rather than a trap later.
        let seconds: [(String, Double, Bool)] = [
            ("--delay", delay, true), ("--timeout", timeout, false), ("--connect-timeout", connectTimeout, false),
            ("--retry-delay", retryDelay, true), ("--circuit-cooldown", circuitCooldown, true),
        ]
        for (name, value, zeroAllowed) in seconds where !(value <= FetchArguments.maxSeconds && (value > 0 || zeroAllowed && value == 0)) {
            throw ValidationError("\(name) takes seconds, \(zeroAllowed ? "from 0" : "above 0") up to \(Int(FetchArguments.maxSeconds)), not \(value)")
        }
        guard circuitFailures >= 0 else { throw ValidationError("--circuit-failures must not be negative") }
        guard retries >= 0, maxBytes >= 1, maxRedirects >= 0 else {
            throw ValidationError("--retries, --max-bytes and --max-redirects must not be negative")
        }
        for r in resolve where r.split(separator: ":").count < 3 {
            throw ValidationError("--resolve takes HOST:PORT:ADDRESS, not '\(r)'")
        }
        for c in connectTo where c.split(separator: ":", omittingEmptySubsequences: false).count != 4 {
            throw ValidationError("--connect-to takes HOST:PORT:CONNECT-HOST:CONNECT-PORT, not '\(c)'")
        }
        if let cacert, !Self.isReadableFile(cacert) {
            throw ValidationError("--cacert: cannot read '\(cacert)'")
        }
    }

    static func isReadableFile(_ path: String) -> Bool {
        guard let f = fopen(path, "r") else { return false }
        fclose(f)
        return true
    }

    /// The longest wait an option may give, in seconds (about 11.5 days).
    public static let maxSeconds = 1_000_000.0

    /// The engine's options these flags give (the program sets its own on top).
    public var options: FetchOptions {
        var o = FetchOptions()
        o.parallel = parallel
        o.perHost = perHost
        o.delay = delay
        o.timeout = timeout
        o.connectTimeout = connectTimeout
        o.retries = retries
        o.retryBase = retryDelay
        o.maxBytes = maxBytes
        o.maxRedirects = maxRedirects
        o.userAgent = userAgent ?? FetchOptions.userAgent(contact: contact ?? Environment.get("JOBPIPE_CONTACT"))
        o.denyPrivate = denyPrivate
        o.resolve = resolve
        o.connectTo = connectTo
        o.robots = !ignoreRobots
        o.robotsCachePath = robotsCache == "none" ? nil : (robotsCache ?? RobotsCacheLocation.defaultPath)
        o.cacheDirectory = cache
        o.tracePath = trace
        o.circuitFailures = circuitFailures
        o.circuitCooldown = circuitCooldown
        o.caBundle = cacert
        return o
    }
}
