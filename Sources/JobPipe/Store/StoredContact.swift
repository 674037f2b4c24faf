/// One contact as `email_contacts` keeps it.
struct StoredContact: Equatable {
    var email: String
    var name: String?
    var kind: String?
    var confidence: Double?
    var sourceURL: String?
    var method: String?
    var sources: [String]
    var position: String?
    /// Made from the company's pattern, not seen on a page.
    var guessed: Bool
    /// Whether the domain accepts mail: nil when not known.
    var mx: Bool?

    init(email: String, name: String?, kind: String?, confidence: Double?, sourceURL: String?,
         method: String?, sources: [String], position: String? = nil, guessed: Bool = false, mx: Bool? = nil) {
        self.position = position
        self.guessed = guessed
        self.mx = mx
        self.email = email
        self.name = name
        self.kind = kind
        self.confidence = confidence
        self.sourceURL = sourceURL
        self.method = method
        self.sources = sources
    }

    /// A contact of score-contacts' output; nil without an email.
    init?(_ v: JSON) {
        guard let email = v["email"]?.stringValue, !email.isEmpty else { return nil }
        let sources = (v["sources"]?.arrayValue ?? []).compactMap(\.stringValue)
        let name = v["name"]?.stringValue
        self.init(email: email.lowercased(), name: (name?.isEmpty ?? true) ? nil : name,
                  kind: v["kind"]?.stringValue, confidence: v["confidence"]?.doubleValue,
                  sourceURL: v["source_url"]?.stringValue ?? sources.first,
                  method: v["method"]?.stringValue, sources: sources,
                  position: v["position"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 },
                  guessed: v["guessed"]?.boolValue ?? false, mx: v["mx"]?.boolValue)
    }

    /// This stored contact after seeing `new` again: the higher confidence
    /// wins with its kind, method and source_url; sources are merged in
    /// first-seen order; a missing name or kind is filled.
    func merged(with new: StoredContact) -> StoredContact {
        var m = self
        if let n = new.confidence, n > (confidence ?? -1) {
            m.confidence = n
            m.kind = new.kind ?? kind
            m.method = new.method ?? method
            m.sourceURL = new.sourceURL ?? sourceURL
        }
        if m.name == nil { m.name = new.name }
        if m.position == nil { m.position = new.position }
        // Seen on a page once, it is no guess any more; the latest DNS answer counts.
        m.guessed = guessed && new.guessed
        if let mx = new.mx { m.mx = mx }
        if m.kind == nil { m.kind = new.kind }
        if m.method == nil { m.method = new.method }
        if m.sourceURL == nil { m.sourceURL = new.sourceURL }
        // A set beside the list: merging N sources costs O(N), not O(N²).
        var seen = Set(m.sources)
        for s in new.sources where seen.insert(s).inserted { m.sources.append(s) }
        return m
    }

    var sourcesText: String { JSON.strings(sources).text }

    static func decodeSources(_ text: String?) -> [String] {
        guard let text, let v = try? JSON.parse(text) else { return [] }
        return (v.arrayValue ?? []).compactMap(\.stringValue)
    }
}

/// One fetched page as the `pages` table keeps it.
struct StoredPage {
    var url: String
    var finalURL: String?
    var status: Int?
    var fetchedAt: String?
    /// The page's error code (or message), when it had no usable answer.
    var error: String?

    init?(_ v: JSON) {
        guard let url = v["url"]?.stringValue, !url.isEmpty else { return nil }
        self.url = url
        finalURL = v["final_url"]?.stringValue
        status = v["status"]?.intValue
        fetchedAt = v["fetched_at"]?.stringValue
        if let e = v["error"], !e.isNull {
            error = e["code"]?.stringValue ?? e.stringValue ?? e.text
        }
    }
}
