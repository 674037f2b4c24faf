/// score-contacts on one record: turns `emails` into `contacts`, one per
/// address with all the pages it was found on, scored and sorted by
/// confidence (highest first), then address.
public struct ContactScoring: RecordTransform, Sendable {
    /// Contacts below this confidence (0…1) are left out.
    public var minConfidence: Double
    /// At most this many contacts per record.
    public var top: Int?
    /// Only these kinds, when set.
    public var kinds: Set<ContactKind>?
    /// Guess the addresses of the people named without one, from the company's pattern.
    public var guess: Bool
    /// Asks whether each domain accepts mail (`--check-mx`), when set.
    public var mailCheck: MailDomainCheck?

    public init(minConfidence: Double = 0, top: Int? = nil, kinds: Set<ContactKind>? = nil, guess: Bool = false,
                mailCheck: MailDomainCheck? = nil) {
        self.minConfidence = minConfidence
        self.top = top
        self.kinds = kinds
        self.guess = guess
        self.mailCheck = mailCheck
    }

    private struct Gathered {
        var name: String?
        var position: String?
        var methods: Set<EmailMethod> = []
        var firstMethod: String?
        var sources: [String] = []
        /// `sources` as a set: an address seen on N pages costs O(N), not O(N²).
        var seen: Set<String> = []
    }

    /// Adds `contacts`. Throws `BadField` when `emails` is not an array of
    /// address objects (or address strings), or holds an address too long to
    /// be one (RFC 5321), judged before any work that grows with its length.
    public func apply(to record: inout Record) throws {
        var order: [String] = []
        var gathered: [String: Gathered] = [:]
        if let value = record.value("emails"), !value.isNull {
            guard let emails = value.arrayValue else { throw BadField("'emails' is not an array") }
            for item in emails {
                guard let email = (item["email"]?.stringValue ?? item.stringValue)?.trimmingSpaces.lowercased(),
                      email.contains("@") else {
                    throw BadField("'emails' holds an entry without an 'email' address")
                }
                if gathered[email] == nil {
                    // Judged once per address, before any work that grows with its length.
                    if let why = EmailSyntax.lengthProblem(email) {
                        throw BadField("'emails' holds an address that is not valid: \(why)")
                    }
                    order.append(email)
                    gathered[email] = Gathered()
                }
                if gathered[email]!.name == nil, let n = item["name"]?.stringValue, !n.isEmpty { gathered[email]!.name = n }
                if gathered[email]!.position == nil, let p = item["position"]?.stringValue, !p.isEmpty { gathered[email]!.position = p }
                if let m = item["method"]?.stringValue.flatMap(EmailMethod.init(rawValue:)) {
                    gathered[email]!.methods.insert(m)
                    if gathered[email]!.firstMethod == nil { gathered[email]!.firstMethod = m.rawValue }
                }
                if let s = item["source_url"]?.stringValue, gathered[email]!.seen.insert(s).inserted {
                    gathered[email]!.sources.append(s)
                }
            }
        }
        let people = try readPeople(record)
        let pages = record.value("pages")?.arrayValue ?? []
        let site = order.isEmpty && people.isEmpty ? nil : companyHost(of: record, pages: pages)
        let roles = pageRoles(pages)
        // A personal address that spells the name of a person named elsewhere gets that name.
        for email in order where gathered[email]!.name == nil {
            let local = String(email[..<email.lastIndex(of: "@")!])
            guard ContactKind.of(local: local) == .personal else { continue }
            let spelling = people.filter { PersonName.spells(email, $0.name) }
            if spelling.count == 1 {
                gathered[email]!.name = spelling[0].name
                if gathered[email]!.position == nil { gathered[email]!.position = spelling[0].position }
            }
        }
        // The people named in a posting or on a careers page: an applicant's first contacts.
        let postingNames = Set(people.filter { $0.source.map { roles[$0] == "careers" } ?? false }.map { NameFinder.key($0.name) })
            .union(order.compactMap { e in
                let g = gathered[e]!
                return g.name != nil && g.sources.contains { roles[$0] == "careers" } ? NameFinder.key(g.name!) : nil
            })
        var contacts = order.map { email -> Contact in
            let g = gathered[email]!
            var c = ContactScore.contact(email: email, name: g.name, methods: g.methods, sources: g.sources,
                                         roles: g.sources.compactMap { roles[$0] }, site: site)
            c.method = g.firstMethod
            c.position = g.position
            // the company's recruiting addresses: its role addresses, and its recruiting people's
            if c.domainMatch != .none, !c.freeProvider {
                if c.kind == .role {
                    c.rank = 1
                } else if ContactScore.isRecruiting(c.position), let p = c.position {
                    c.rank = 1
                    c.reasons.append("recruiting person (\(p))")
                }
            }
            if let n = g.name, postingNames.contains(NameFinder.key(n)) { ContactScore.namedInPosting(&c) }
            return c
        }
        let pattern = learnPattern(contacts: contacts, people: people, site: site)
        record.set("email_pattern", pattern?.json ?? .null)
        if guess, let pattern, pattern.allowsGuesses, !FreeEmailProviders.contains(pattern.domain) {
            let known = Set(contacts.map(\.email))
            let named = Set(contacts.compactMap { $0.name.map(NameFinder.key) })
            let seenFloor = contacts.filter { $0.domainMatch != .none }.map(\.confidence).min()
            var made = Set<String>()
            for person in people where !named.contains(NameFinder.key(person.name)) {
                guard let email = pattern.pattern.address(for: person.name, domain: pattern.domain, umlauts: pattern.umlauts,
                                                          particles: pattern.particles),
                      !known.contains(email), made.insert(email).inserted else { continue }
                contacts.append(ContactScore.guessed(email: email, person: person, pattern: pattern,
                                                     recruiting: ContactScore.isRecruiting(person.position),
                                                     inPosting: postingNames.contains(NameFinder.key(person.name)),
                                                     site: site, below: seenFloor))
            }
        }
        if let mailCheck {
            let answers = mailCheck.accepts(Array(Set(contacts.map { String($0.email[$0.email.index(after: $0.email.lastIndex(of: "@")!)...]) })))
            for i in contacts.indices {
                let domain = String(contacts[i].email[contacts[i].email.index(after: contacts[i].email.lastIndex(of: "@")!)...])
                contacts[i].mx = .some(answers[domain] ?? nil)
                if answers[domain] == .some(false) {
                    contacts[i].confidence = max(0, contacts[i].confidence - 30)
                    contacts[i].reasons.append("domain accepts no mail")
                }
            }
        }
        contacts.removeAll { $0.confidenceValue < minConfidence - 1e-9 || !(kinds?.contains($0.kind) ?? true) }
        // For an applicant: by rank (see Contact.rank), then confidence, highest first, then address
        contacts.sort { ($0.rank, -$0.confidence, $0.email) < ($1.rank, -$1.confidence, $1.email) }
        if let top, contacts.count > top { contacts.removeLast(contacts.count - top) }
        record.set("contacts", .array(contacts.map(\.json)))
    }

    /// The record's `people` (extract-emails): name, position, the page.
    func readPeople(_ record: Record) throws -> [Person] {
        guard let value = record.value("people"), !value.isNull else { return [] }
        guard let items = value.arrayValue else { throw BadField("'people' is not an array") }
        return items.compactMap { item in
            guard let name = item["name"]?.stringValue?.trimmingSpaces, !name.isEmpty, name.count <= 200 else { return nil }
            return Person(name: name, position: item["position"]?.stringValue, source: item["source_url"]?.stringValue)
        }
    }

    struct Person {
        var name: String
        var position: String?
        var source: String?
    }

    /// The company's pattern: from its own domain's name–address pairs, the
    /// domain being the one most of the company's personal addresses use.
    func learnPattern(contacts: [Contact], people: [Person], site: String?) -> EmailPattern? {
        let own = contacts.filter { $0.domainMatch != .none && $0.kind == .personal && $0.name != nil && !$0.freeProvider }
        var counts: [String: Int] = [:]
        for c in own { counts[String(c.email[c.email.index(after: c.email.lastIndex(of: "@")!)...]), default: 0] += 1 }
        guard let domain = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key else { return nil }
        return EmailPatternLearner.learn(own.map { .init(name: $0.name!, email: $0.email) }, domain: domain)
    }

    /// Each page's `url` and `final_url` to its `role`.
    func pageRoles(_ pages: [JSON]) -> [String: String] {
        var roles: [String: String] = [:]
        for page in pages {
            guard let role = page["role"]?.stringValue else { continue }
            for key in ["url", "final_url"] {
                if let u = page[key]?.stringValue, roles[u] == nil { roles[u] = role }
            }
        }
        return roles
    }
}
