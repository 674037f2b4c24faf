import ArgumentParser
import JobPipe

@main
struct FetchPageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch-page",
        abstract: "Fetch web pages politely and add them to NDJSON records as `pages`.",
        discussion: "Reads records with a `url` field (or bare URL lines) and writes each record back with a `pages` array: one line out per line in, failures included. See fetch-page(1).",
        version: jobpipeVersion)

    @OptionGroup var common: CommonOptions

    @Option(help: "Transfers at once, overall.")
    var parallel = 16
    @Option(name: .customLong("per-host"), help: "Transfers at once to one host.")
    var perHost = 2
    @Option(help: ArgumentHelp("Seconds between requests to one host (±50 % jitter).", valueName: "seconds"))
    var delay = 1.0
    @Option(help: ArgumentHelp("Seconds allowed for one attempt.", valueName: "seconds"))
    var timeout = 30.0
    @Option(name: .customLong("connect-timeout"), help: ArgumentHelp("Seconds allowed to connect.", valueName: "seconds"))
    var connectTimeout = 10.0
    @Option(help: "Retries for timeouts, connection errors, 408, 429 and 5xx.")
    var retries = 2
    @Option(name: .customLong("retry-delay"), help: ArgumentHelp("First backoff step in seconds (doubled per retry, capped at 30, full jitter).", valueName: "seconds"))
    var retryDelay = 1.0
    @Option(name: .customLong("max-bytes"), help: "Bytes of body kept at most; the rest is cut and the page marked truncated.")
    var maxBytes = 5 * 1024 * 1024
    @Option(name: .customLong("max-redirects"), help: "Redirects followed at most.")
    var maxRedirects = 5
    @Option(name: .customLong("user-agent"), help: "The User-Agent header (default: jobpipe-fetch-page/VERSION with the --contact).")
    var userAgent: String?
    @Option(help: ArgumentHelp("A URL or address where site owners can reach you, added to the User-Agent (default: $JOBPIPE_CONTACT).", valueName: "url"))
    var contact: String?
    @Flag(name: .customLong("ignore-robots"), help: "Do not fetch or obey robots.txt.")
    var ignoreRobots = false
    @Option(name: .customLong("robots-cache"), help: ArgumentHelp("Where robots.txt answers are kept for 24 h; 'none' for no cache (default: $XDG_CACHE_HOME/jobpipe/robots.ndjson).", valueName: "file"))
    var robotsCache: String?
    @Option(help: ArgumentHelp("Keep pages here and revalidate them (ETag, Last-Modified) instead of downloading them again.", valueName: "dir"))
    var cache: String?
    @Option(help: ArgumentHelp("Write a line to this file for each request as it starts: when (ms after the first), host and URL.", valueName: "file"))
    var trace: String?
    @Option(name: .customLong("circuit-failures"), help: "Failed attempts in a row after which a host is skipped; 0: never.")
    var circuitFailures = 3
    @Option(name: .customLong("circuit-cooldown"), help: ArgumentHelp("Seconds a host is skipped once its circuit opens.", valueName: "seconds"))
    var circuitCooldown = 900.0
    @Flag(help: "Also fetch the site's home page and its contact, careers, imprint, team and about pages.")
    var discover = false
    @Option(name: .customLong("max-pages"), help: "Pages per record with --discover, the seed included.")
    var maxPages = 6
    @Flag(name: .customLong("deny-private"), help: "Refuse loopback, private, link-local and metadata addresses, checked after DNS; also refuses file URLs.")
    var denyPrivate = false
    @Flag(help: "Write records as they finish instead of in input order.")
    var unordered = false
    @Option(help: ArgumentHelp("Send requests for HOST:PORT to ADDRESS, like curl --resolve (repeatable).", valueName: "host:port:address"))
    var resolve: [String] = []

    func validate() throws {
        guard parallel >= 1, perHost >= 1 else { throw ValidationError("--parallel and --per-host must be at least 1") }
        // Seconds become nanoseconds and milliseconds in integers: bounded, so
        // that 1e300 or inf is an error here rather than a trap later.
        let seconds: [(String, Double, Bool)] = [
            ("--delay", delay, true), ("--timeout", timeout, false), ("--connect-timeout", connectTimeout, false),
            ("--retry-delay", retryDelay, true), ("--circuit-cooldown", circuitCooldown, true),
        ]
        for (name, value, zeroAllowed) in seconds where !(value <= FetchPageCommand.maxSeconds && (value > 0 || zeroAllowed && value == 0)) {
            throw ValidationError("\(name) takes seconds, \(zeroAllowed ? "from 0" : "above 0") up to \(Int(FetchPageCommand.maxSeconds)), not \(value)")
        }
        guard circuitFailures >= 0 else { throw ValidationError("--circuit-failures must not be negative") }
        guard retries >= 0, maxBytes >= 1, maxRedirects >= 0, maxPages >= 1 else {
            throw ValidationError("--retries, --max-bytes, --max-redirects and --max-pages must not be negative")
        }
        for r in resolve where r.split(separator: ":").count < 3 {
            throw ValidationError("--resolve takes HOST:PORT:ADDRESS, not '\(r)'")
        }
    }

    /// The longest wait an option may give, in seconds (about 11.5 days).
    static let maxSeconds = 1_000_000.0

    func run() throws {
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
        o.discover = discover
        o.maxPages = maxPages
        o.denyPrivate = denyPrivate
        o.unordered = unordered
        o.resolve = resolve
        o.robots = !ignoreRobots
        o.robotsCachePath = robotsCache == "none" ? nil : (robotsCache ?? RobotsCacheLocation.defaultPath)
        o.cacheDirectory = cache
        o.tracePath = trace
        o.circuitFailures = circuitFailures
        o.circuitCooldown = circuitCooldown
        let code = FetchPageProgram.run(options: o, common: common)
        if code != 0 { throw ExitCode(code) }
    }
}
