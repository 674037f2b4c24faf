extension Fuzz {
    /// robots.txt as fetch-page reads it, for our product tokens and for a
    /// token the input names; the input after a NUL is a path to ask about.
    /// The wildcard matcher agrees with a plain dynamic-programming one.
    static func robotsTxt(_ data: UnsafeBufferPointer<UInt8>) {
        let (file, rest) = split(data)
        let path = "/" + text(rest)
        for tokens in [RobotsTxt.productTokens, ["*"], [text(rest).lowercased()]] {
            let robots = RobotsTxt(parsing: text(file), tokens: tokens)
            if let delay = robots.crawlDelay { check(delay.isFinite && delay >= 0, "crawl delay \(delay)") }
            let allowed = robots.allows(path)
            if robots.rules.isEmpty { check(allowed, "no rules, yet \(path.debugDescription) is disallowed") }
            _ = robots.allows("/robots.txt")
            let p = RobotsTxt.normalized(Array(path.utf8))
            for rule in robots.rules where rule.pattern.count <= 64 && p.count <= 64 {
                check(RobotsTxt.matches(rule.pattern, p) == wildcardMatches(rule.pattern, p),
                      "pattern \(text(rule.pattern)) against \(text(p)): matcher says \(RobotsTxt.matches(rule.pattern, p))")
            }
        }
    }

    static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self).debugDescription }

    /// RFC 9309's matching, the slow obvious way: `*` any run, a final `$`
    /// the end, otherwise a match of the path's start.
    static func wildcardMatches(_ pattern: [UInt8], _ path: [UInt8]) -> Bool {
        var p = pattern[...]
        let anchored = p.last == UInt8(ascii: "$")
        if anchored { p = p.dropLast() }
        let pat = Array(p)
        // can[i][j]: pat[i...] matches a prefix of path[j...] (all of it when anchored)
        var can = [[Bool]](repeating: [Bool](repeating: false, count: path.count + 1), count: pat.count + 1)
        for j in 0...path.count { can[pat.count][j] = anchored ? j == path.count : true }
        for i in stride(from: pat.count - 1, through: 0, by: -1) {
            for j in stride(from: path.count, through: 0, by: -1) {
                if pat[i] == UInt8(ascii: "*") {
                    can[i][j] = can[i + 1][j] || (j < path.count && can[i][j + 1])
                } else {
                    can[i][j] = j < path.count && pat[i] == path[j] && can[i + 1][j + 1]
                }
            }
        }
        return can[0][0]
    }
}
