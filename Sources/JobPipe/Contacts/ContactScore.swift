/// The confidence formula: additive, in hundredths, clamped to 0…100. Each
/// term that applies adds a reason. (Documented in score-contacts(1); keep
/// the two in step.)
///
/// | term | points |
/// |---|---|
/// | base | 20 |
/// | kind: role 30, personal 20, generic 15, service 5, noreply −20 | |
/// | domain: exact 25, subdomain 20, related 15, none 0 | |
/// | free mail provider | −10 |
/// | best page: careers, team, contact 10; about, imprint 5 | |
/// | a name is known | 5 |
/// | published to be written to (mailto, spelled out, Cloudflare) | 5 |
/// | found on two pages or more | 5 |
enum ContactScore {
    static let base = 20

    static func kindPoints(_ kind: ContactKind) -> (Int, String) {
        switch kind {
        case .role: return (30, "recruiting address")
        case .personal: return (20, "personal address")
        case .generic: return (15, "general address")
        case .service: return (5, "department address")
        case .noreply: return (-20, "no-reply address")
        }
    }

    static func domainPoints(_ match: DomainMatch, siteKnown: Bool) -> (Int, String) {
        switch match {
        case .exact: return (25, "matches company domain")
        case .subdomain: return (20, "subdomain of company domain")
        case .related: return (15, "shares company's registrable domain")
        case .none: return (0, siteKnown ? "other domain than company" : "company domain unknown")
        }
    }

    /// The best page role among the sources.
    static func pagePoints(_ roles: [String]) -> (Int, String)? {
        let order: [(String, Int)] = [("careers", 10), ("team", 10), ("contact", 10), ("about", 5), ("imprint", 5)]
        for (role, points) in order where roles.contains(role) {
            return (points, "found on \(role) page")
        }
        return nil
    }

    /// A person named in the posting (or on the careers page) is whom an applicant writes to first.
    static func namedInPosting(_ c: inout Contact) {
        c.confidence = min(100, c.confidence + 15)
        c.reasons.append("person named in the posting")
        c.rank = 0
    }

    static let recruitingWords = ["recruit", "talent", "hr", "human resources", "personal", "bewerb", "people",
                                  "recrut", "reclut", "rrhh", "hiring", "karriere", "ausbildung"]

    /// Whether a position is a recruiting one (`Talent Partner`, `Personalreferentin`, `Chargée de recrutement`).
    static func isRecruiting(_ position: String?) -> Bool {
        guard let p = position?.lowercased() else { return false }
        let words = p.split(whereSeparator: { !$0.isLetter })
        return recruitingWords.contains { w in w.contains(" ") ? p.contains(w) : words.contains { $0.hasPrefix(w) } }
    }

    /// A guessed address: 40 points, 50 for a recruiting person or one the
    /// posting names, 5 more with three pairs or more; always below the
    /// addresses seen on the company's pages (`below`).
    static func guessed(email: String, person: ContactScoring.Person, pattern: EmailPattern, recruiting: Bool, inPosting: Bool,
                        site: String?, below: Int?) -> Contact {
        var points = 40
        var reasons = ["guessed from the company's address pattern \(pattern.pattern.rawValue)",
                       "pattern agrees with \(pattern.support) name–address pairs: " + pattern.examples.prefix(3).joined(separator: ", ")]
        let as_ = person.position.map { " as \($0)" } ?? ""
        if recruiting || inPosting {
            points += 10
            reasons.append(recruiting ? "recruiting person named on page\(as_)" : "person named in the posting\(as_)")
        } else if person.position != nil {
            reasons.append("named on page\(as_)")
        }
        if pattern.support >= 3 { points += 5 }
        if let below { points = min(points, below - 1) }
        let domain = String(email[email.index(after: email.lastIndex(of: "@")!)...])
        let match = DomainMatch.of(domain: domain, site: site)
        var c = Contact(email: email, name: person.name, kind: .personal, confidence: max(0, points), domainMatch: match,
                        freeProvider: false, method: nil, sources: person.source.map { [$0] } ?? [], reasons: reasons)
        c.position = person.position
        c.guessed = true
        c.pattern = pattern.pattern.rawValue
        if recruiting || inPosting { c.rank = 2 }
        return c
    }

    /// Scores one address.
    static func contact(email: String, name: String?, methods: Set<EmailMethod>, sources: [String],
                        roles: [String], site: String?) -> Contact {
        let domain = String(email[email.index(after: email.lastIndex(of: "@")!)...])
        let local = String(email[..<email.lastIndex(of: "@")!])
        let kind = ContactKind.of(local: local)
        // Compared in punycode, whichever form each side is written in.
        let match = DomainMatch.of(domain: EmailSyntax.asciiDomain(domain) ?? domain,
                                   site: site.map { EmailSyntax.asciiDomain($0) ?? $0 })
        let free = FreeEmailProviders.contains(domain)
        var points = base
        var reasons: [String] = []
        func apply(_ term: (Int, String)) {
            points += term.0
            reasons.append(term.1)
        }
        if let p = pagePoints(roles) { apply(p) }
        apply(domainPoints(match, siteKnown: site != nil))
        apply(kindPoints(kind))
        if free { apply((-10, "free email provider")) }
        if name != nil { apply((5, "name given on page")) }
        if !methods.isDisjoint(with: [.mailto, .obfuscated, .cfemail]) { apply((5, "published to be written to")) }
        if sources.count >= 2 { apply((5, "found on \(sources.count) pages")) }
        return Contact(email: email, name: name, kind: kind, confidence: min(100, max(0, points)),
                       domainMatch: match, freeProvider: free, method: nil, sources: sources, reasons: reasons)
    }
}
