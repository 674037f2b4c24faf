/// Reads a schema.org JobPosting (from JSON-LD, or microdata/RDFa turned
/// into the same shape) into a `Posting`.
enum SchemaPosting {
    /// Whether a node's `@type` (a string or an array) names JobPosting.
    static func isJobPosting(_ node: JSON) -> Bool { hasType(node, "JobPosting") }

    /// Whether a node's `@type` (one or several) is the type, bare or behind a vocabulary's prefix
    /// ("JobPosting", "schema:JobPosting", "http://schema.org/JobPosting").
    static func hasType(_ node: JSON, _ type: String) -> Bool {
        let types = node["@type"].map { $0.arrayValue ?? [$0] } ?? []
        return types.contains { t in
            guard let s = t.stringValue else { return false }
            return s == type || s.hasSuffix("/" + type) || s.hasSuffix(":" + type)
        }
    }

    /// Every JobPosting node in a JSON-LD value: top level, arrays, `@graph`,
    /// and nested values (a WebPage's `mainEntity`).
    static func jobPostings(in value: JSON, depth: Int = 0) -> [JSON] {
        guard depth < 16 else { return [] }
        if let items = value.arrayValue { return items.flatMap { jobPostings(in: $0, depth: depth + 1) } }
        guard let pairs = value.objectValue else { return [] }
        if isJobPosting(value) { return [value] }
        return pairs.flatMap { jobPostings(in: $0.1, depth: depth + 1) }
    }

    /// Every JobPosting node of the values (a page's JSON-LD blocks), its references to other nodes resolved: a
    /// `hiringOrganization` or a `jobLocation` written as `{"@id": …}`, the id of a node elsewhere in the blocks
    /// (as WordPress's SEO plugins write the employer, a node of the `@graph` the posting points to).
    static func jobPostings(in values: [JSON]) -> [JSON] {
        let postings = values.flatMap { jobPostings(in: $0) }
        guard postings.contains(where: { p in referenceKeys.contains { isReference(p[$0]) } }) else { return postings }
        var nodes: [String: JSON] = [:]
        for v in values { index(v, into: &nodes) }
        return postings.map { posting in
            guard case let .object(pairs) = posting else { return posting }
            func resolved(_ v: JSON) -> JSON {
                if let items = v.arrayValue { return .array(items.map(resolved)) }
                if isReference(v), let id = v["@id"]?.stringValue, let node = nodes[id] { return node }
                return v
            }
            return .object(pairs.map { k, v in (k, referenceKeys.contains(k) ? resolved(v) : v) })
        }
    }

    static let referenceKeys = ["hiringOrganization", "jobLocation", "applicantLocationRequirements"]

    /// Whether a value is a reference to a node, or an array that holds one: an object of `@id` alone.
    static func isReference(_ value: JSON?) -> Bool {
        guard let value else { return false }
        if let items = value.arrayValue { return items.contains { isReference($0) } }
        guard let pairs = value.objectValue else { return false }
        return pairs.count == 1 && pairs[0].0 == "@id"
    }

    /// The nodes of a value that have an `@id` and more, by their id (the first node of an id).
    private static func index(_ value: JSON, into nodes: inout [String: JSON], depth: Int = 0) {
        guard depth < 16 else { return }
        if let items = value.arrayValue {
            for item in items { index(item, into: &nodes, depth: depth + 1) }
            return
        }
        guard let pairs = value.objectValue else { return }
        if pairs.count > 1, let id = value["@id"]?.stringValue, nodes[id] == nil { nodes[id] = value }
        for (_, v) in pairs { index(v, into: &nodes, depth: depth + 1) }
    }

    static func posting(from node: JSON, source: Posting.Source) -> Posting {
        var p = Posting()
        p.source = source
        p.title = text(node["title"]) ?? text(node["name"])
        p.company = organization(node["hiringOrganization"])
        p.location = node["jobLocation"].flatMap { Location.text($0) }
        p.placeOfNoTown = p.location != nil && node["jobLocation"].map { !Location.namesTown($0) } == true
        let locationType = (node["jobLocationType"].flatMap { text($0) } ?? "").uppercased()
        if locationType.contains("TELECOMMUTE") || locationType.contains("REMOTE") {
            p.remote = true
            p.workplace = .remote
        } else if locationType.contains("HYBRID") {
            p.remote = false
            p.workplace = .hybrid
        } else if locationType.contains("ON_SITE") || locationType.contains("ONSITE") {
            p.remote = false
            p.workplace = .onSite
        }
        // a place that gives the choice of home or the office ("Home or the office") is the arrangement, no place
        if let place = p.location, place.utf8.count <= 60, !place.contains(","),
           WorkArrangement.choosesHomeOrOffice(place.lowercased().splitScalars(whereSeparator: WorkArrangement.isWordBreak),
                                               homeAlone: true) {
            p.location = nil
            p.placeOfNoTown = false
            if p.workplace == nil { p.remote = false; p.workplace = .hybrid }
        }
        if p.location == nil, let applicant = node["applicantLocationRequirements"] {
            p.location = (applicant.arrayValue ?? [applicant]).compactMap { text($0["name"]) ?? text($0) }
                .joined(separator: ", ").nilIfEmpty
        }
        if let types = node["employmentType"] {
            p.employmentType = (types.arrayValue ?? [types]).compactMap { text($0) }
                .flatMap { $0.split(separator: ",").map(String.init) }
                .compactMap { EmploymentType.normalized($0) }.first
        }
        p.salary = node["baseSalary"].flatMap { SalaryReader.schema($0) }
            ?? node["estimatedSalary"].flatMap { SalaryReader.schema($0) }
        p.datePosted = node["datePosted"].flatMap { text($0) }.flatMap(date)
        p.validThrough = node["validThrough"].flatMap { text($0) }.flatMap(date)
        if let d = node["description"].flatMap({ $0.stringValue }) {
            p.description = PlainText.ofFragment(d).nilIfEmpty
        }
        // the skill fields, each under its heading so required and preferred parts stay apart
        var extra: [String] = []
        for key in ["skills", "qualifications", "experienceRequirements", "educationRequirements", "responsibilities"] {
            let texts = fieldTexts(node[key])
            if !texts.isEmpty { extra.append(key == "responsibilities" ? "Responsibilities" : "Requirements"); extra += texts }
        }
        p.skillText = extra.isEmpty ? nil : extra.joined(separator: "\n")
        for field in ["title", "company", "location"] { p.evidence[field] = source.rawValue }
        if p.title == nil { p.evidence["title"] = nil }
        if p.company == nil { p.evidence["company"] = nil }
        if p.location == nil { p.evidence["location"] = nil }
        if p.remote != nil { p.evidence["remote"] = source.rawValue }
        return p
    }

    /// The text lines of a skill field: a string (HTML or plain), a DefinedTerm
    /// or credential (`name`, `description`), or an array of them.
    static func fieldTexts(_ value: JSON?, depth: Int = 0) -> [String] {
        guard let value, depth < 4 else { return [] }
        if let items = value.arrayValue { return items.flatMap { fieldTexts($0, depth: depth + 1) } }
        if let s = value.stringValue { return PlainText.ofFragment(s).nonEmptyLines }
        guard value.objectValue != nil else { return [] }
        return ["name", "description", "credentialCategory"].flatMap { fieldTexts(value[$0], depth: depth + 1) }
    }

    /// The hiring organization's name; a board's word for an employer it keeps confidential, in the languages
    /// read ("Confidencial", "Vertraulich", "Empresa confidencial"), is the answer "Confidential".
    static func organization(_ value: JSON?) -> String? {
        guard let value else { return nil }
        if let items = value.arrayValue { return items.lazy.compactMap { organization($0) }.first }
        let name = text(value) ?? text(value["name"]) ?? text(value["legalName"])
        return name.map { confidentialNames.contains($0.lowercased()) ? "Confidential" : $0 }
    }

    static let confidentialNames: Set<String> = ["confidential", "confidencial", "confidentiel", "confidenziale", "vertraulich",
                                                 "vertrouwelijk", "empresa confidencial", "entreprise confidentielle",
                                                 "azienda riservata", "riservato", "anonymous", "anonyme", "anónimo",
                                                 "anonimo", "confidential company", "confidential employer"]

    /// A value's text, white space collapsed; none for a placeholder of no letter or digit ("-", "–", "*"), as
    /// boards fill a field they leave empty (`<meta itemprop="name" content="-">`).
    static func text(_ value: JSON?) -> String? {
        guard let s = value?.scalarText else { return nil }
        let t = collapseSpace(Array(s.utf8))
        return t.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil })
            ? decodeEntities(t) : nil
    }

    /// The date part (YYYY-MM-DD) of an ISO 8601 date or time.
    static func date(_ s: String) -> String? {
        let b = Array(s.utf8)
        guard b.count >= 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
              [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy({ b[$0] >= 0x30 && b[$0] <= 0x39 }) else { return nil }
        return String(decoding: b[0..<10], as: UTF8.self)
    }

    /// `&amp;` and friends left in JSON-LD text by careless generators.
    static func decodeEntities(_ s: String) -> String {
        guard s.utf8.contains(0x26), s.utf8.contains(0x3B) else { return s }
        return PlainText.ofFragment(s.replacingAll("<", with: "&lt;")).replacingAll("\n", with: " ")
    }
}
