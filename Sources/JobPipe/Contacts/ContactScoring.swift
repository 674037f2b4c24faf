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

    public init(minConfidence: Double = 0, top: Int? = nil, kinds: Set<ContactKind>? = nil) {
        self.minConfidence = minConfidence
        self.top = top
        self.kinds = kinds
    }

    private struct Gathered {
        var name: String?
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
                if let m = item["method"]?.stringValue.flatMap(EmailMethod.init(rawValue:)) {
                    gathered[email]!.methods.insert(m)
                    if gathered[email]!.firstMethod == nil { gathered[email]!.firstMethod = m.rawValue }
                }
                if let s = item["source_url"]?.stringValue, gathered[email]!.seen.insert(s).inserted {
                    gathered[email]!.sources.append(s)
                }
            }
        }
        let pages = record.value("pages")?.arrayValue ?? []
        let site = order.isEmpty ? nil : companyHost(of: record, pages: pages)
        let roles = pageRoles(pages)
        var contacts = order.map { email -> Contact in
            let g = gathered[email]!
            var c = ContactScore.contact(email: email, name: g.name, methods: g.methods, sources: g.sources,
                                         roles: g.sources.compactMap { roles[$0] }, site: site)
            c.method = g.firstMethod
            return c
        }
        contacts.removeAll { $0.confidenceValue < minConfidence - 1e-9 || !(kinds?.contains($0.kind) ?? true) }
        contacts.sort { ($0.confidence, $1.email) > ($1.confidence, $0.email) }
        if let top, contacts.count > top { contacts.removeLast(contacts.count - top) }
        record.set("contacts", .array(contacts.map(\.json)))
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
