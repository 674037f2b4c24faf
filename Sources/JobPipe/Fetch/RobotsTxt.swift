/// A parsed robots.txt (RFC 9309), reduced to what applies to fetch-page:
/// the rules of the groups for its product token, or of `*` when none names it.
///
/// Matching: the longest matching pattern wins (by its length in bytes);
/// on a tie `allow` wins; `*` matches any run of bytes and a final `$`
/// anchors the end. Paths are compared with percent-escapes upper-cased.
public struct RobotsTxt: Sendable, Equatable {
    public struct Rule: Sendable, Equatable {
        public let allow: Bool
        public let pattern: [UInt8]
    }

    public var rules: [Rule]
    /// `Crawl-delay` of the chosen group, in seconds (not in the RFC, widely used).
    public var crawlDelay: Double?

    /// Everything allowed (a 4xx robots.txt, or none of the groups apply).
    public static let allowAll = RobotsTxt(rules: [], crawlDelay: nil)
    /// Why everything is disallowed, when robots.txt could not be read.
    public var unavailable: String?
    /// When no answer came at all (DNS, connection, TLS, timeout): what
    /// failed, which the pages of the site report as their own error.
    public var unreachable: FetchErrorCode?

    /// Nothing allowed: a 5xx or unreachable robots.txt (`why` says which).
    public static func disallowAll(_ why: String) -> RobotsTxt {
        var r = RobotsTxt(rules: [Rule(allow: false, pattern: Array("/".utf8))], crawlDelay: nil)
        r.unavailable = why
        return r
    }

    /// The product tokens fetch-page answers to, lower-case.
    public static let productTokens: Set<String> = ["jobpipe-fetch-page", "jobpipe"]

    public init(rules: [Rule], crawlDelay: Double?) {
        self.rules = rules
        self.crawlDelay = crawlDelay
    }

    /// Parses `text` for the agents in `tokens` (lower-case).
    public init(parsing text: String, tokens: Set<String> = RobotsTxt.productTokens) {
        struct Group {
            var agents: [String] = []
            var rules: [Rule] = []
            var crawlDelay: Double?
        }
        var groups: [Group] = []
        var current: Group?
        var lastWasAgent = false
        // CR, LF and CRLF all end a line (CRLF is one Character, hence isNewline).
        for rawLine in text.split(whereSeparator: \.isNewline) {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingSpaces.lowercased()
            let value = line[line.index(after: colon)...].trimmingSpaces
            switch key {
            case "user-agent":
                if !lastWasAgent {
                    if let g = current { groups.append(g) }
                    current = Group()
                }
                current?.agents.append(value.lowercased())
                lastWasAgent = true
                continue
            case "allow", "disallow":
                guard current != nil, !value.isEmpty else { break }
                current?.rules.append(Rule(allow: key == "allow", pattern: RobotsTxt.normalized(Array(value.utf8))))
            case "crawl-delay":
                if current != nil, let d = Double(value), d >= 0, d.isFinite { current?.crawlDelay = d }
            default:
                break
            }
            lastWasAgent = false
        }
        if let g = current { groups.append(g) }
        var chosen = groups.filter { $0.agents.contains(where: tokens.contains) }
        if chosen.isEmpty { chosen = groups.filter { $0.agents.contains("*") } }
        rules = chosen.flatMap(\.rules)
        crawlDelay = chosen.compactMap(\.crawlDelay).max()
    }

    /// Whether `pathAndQuery` (as in the URL, starting with `/`) may be fetched.
    public func allows(_ pathAndQuery: String) -> Bool {
        let path = RobotsTxt.normalized(Array(pathAndQuery.utf8))
        if path == Array("/robots.txt".utf8) { return true }
        var best: Rule?
        for rule in rules where RobotsTxt.matches(rule.pattern, path) {
            guard let b = best else { best = rule; continue }
            let (n, m) = (rule.pattern.count, b.pattern.count)
            if n > m || (n == m && rule.allow && !b.allow) { best = rule }
        }
        return best?.allow ?? true
    }

    /// Percent-escapes upper-cased (`%2f` → `%2F`), so both sides compare alike.
    static func normalized(_ bytes: [UInt8]) -> [UInt8] {
        var out = bytes
        var i = 0
        while i + 2 < out.count {
            if out[i] == UInt8(ascii: "%") {
                for j in (i + 1)...(i + 2) where out[j] >= UInt8(ascii: "a") && out[j] <= UInt8(ascii: "f") { out[j] -= 32 }
                i += 3
            } else {
                i += 1
            }
        }
        return out
    }

    /// `pattern` (with `*` and a final `$`) against the start of `path`.
    static func matches(_ pattern: [UInt8], _ path: [UInt8]) -> Bool {
        var p = pattern[...]
        let anchored = p.last == UInt8(ascii: "$")
        if anchored { p = p.dropLast() }
        // Greedy-with-backtrack over `*`, the classic wildcard match.
        var pi = p.startIndex, si = 0
        var star: Int?, mark = 0
        while si < path.count {
            if pi < p.endIndex, p[pi] == UInt8(ascii: "*") {
                star = pi; mark = si; pi += 1
            } else if pi < p.endIndex, p[pi] == path[si] {
                pi += 1; si += 1
            } else if !anchored, pi == p.endIndex {
                return true
            } else if let s = star {
                pi = s + 1; mark += 1; si = mark
            } else {
                return false
            }
        }
        while pi < p.endIndex, p[pi] == UInt8(ascii: "*") { pi += 1 }
        return pi == p.endIndex
    }
}
