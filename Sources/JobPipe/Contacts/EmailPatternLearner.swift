/// The company's address pattern, learned from the name–address pairs on its
/// own domain: each pair says which patterns make its address from its name
/// (`AddressPattern.patterns`); the pattern the most pairs agree on wins. A
/// pair that another pattern explains contradicts it; one that no pattern
/// explains (a shared mailbox: `meldungen@` beside "Viola Maier") is unexplained.
///
/// A pair is an address on the company's domain with the name the page put
/// next to it, or a personal address that spells the name of a person the
/// site names elsewhere (`anna.schmidt@` and "Anna Schmidt" on the team page).
public struct EmailPattern: Equatable, Sendable {
    public var domain: String
    public var pattern: LocalPattern
    /// Pairs that agree.
    public var support: Int
    /// Pairs another pattern makes.
    public var contradicting: Int
    /// Pairs no pattern makes.
    public var unexplained: Int
    /// The agreeing addresses, at most five.
    public var examples: [String]
    /// How the examples write umlauts (`ue`, or `u` when they drop them) and particles (kept or dropped).
    public var umlauts: Bool
    public var particles: Bool

    /// Whether guesses may be made: two pairs agree, none contradicts.
    public var allowsGuesses: Bool { support >= 2 && contradicting == 0 }

    public var json: JSON {
        .object([("domain", .string(domain)), ("pattern", .string(pattern.rawValue)), ("support", .number(String(support))),
                 ("contradicting", .number(String(contradicting))), ("unexplained", .number(String(unexplained))),
                 ("examples", .strings(examples))])
    }
}

enum EmailPatternLearner {
    struct Pair {
        var name: String
        var email: String
    }

    /// The pattern of the pairs whose address is on `domain`; nil without a pair that a pattern explains.
    static func learn(_ pairs: [Pair], domain: String) -> EmailPattern? {
        var explained: [(pair: Pair, patterns: [LocalPattern])] = []
        var seen = Set<String>()
        for p in pairs {
            guard let at = p.email.lastIndex(of: "@"), p.email[p.email.index(after: at)...] == domain,
                  seen.insert(p.email).inserted else { continue }
            explained.append((p, AddressPattern.patterns(name: p.name, local: String(p.email[..<at]))))
        }
        // The candidates in a fixed order (each pair's patterns as found), so ties go the same way every run.
        var candidates: [LocalPattern] = []
        for e in explained { for p in e.patterns where !candidates.contains(p) { candidates.append(p) } }
        candidates.sort { (AddressPattern.allCases.firstIndex(of: $0.base)!, $0.suffix) < (AddressPattern.allCases.firstIndex(of: $1.base)!, $1.suffix) }
        var best: (LocalPattern, Int)? = nil
        for pattern in candidates {
            let n = explained.filter { $0.patterns.contains(pattern) }.count
            if n > 0, n > (best?.1 ?? 0) { best = (pattern, n) }
        }
        guard let (pattern, support) = best else { return nil }
        let agreeing = explained.filter { $0.patterns.contains(pattern) }
        // The way the examples write umlauts and particles, where a name has them.
        var umlauts = true, particles = true
        for e in agreeing {
            let local = String(e.pair.email[..<e.pair.email.lastIndex(of: "@")!])
            if let ue = pattern.address(for: e.pair.name, domain: domain, umlauts: true, particles: true), !ue.hasPrefix(local + "@") {
                if pattern.address(for: e.pair.name, domain: domain, umlauts: false, particles: true)?.hasPrefix(local + "@") ?? false { umlauts = false }
                if pattern.address(for: e.pair.name, domain: domain, umlauts: true, particles: false)?.hasPrefix(local + "@") ?? false { particles = false }
                if pattern.address(for: e.pair.name, domain: domain, umlauts: false, particles: false)?.hasPrefix(local + "@") ?? false {
                    umlauts = false
                    particles = false
                }
            }
        }
        let unexplained = explained.filter { $0.patterns.isEmpty }.count
        return EmailPattern(domain: domain, pattern: pattern, support: support,
                            contradicting: explained.count - support - unexplained, unexplained: unexplained,
                            examples: Array(agreeing.map(\.pair.email).prefix(5)), umlauts: umlauts, particles: particles)
    }
}
