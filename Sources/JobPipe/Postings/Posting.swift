/// What analyze-job reads from one job posting. Every field may be absent
/// (null in the output).
struct Posting: Equatable, Sendable {
enum Source: String, Sendable { case jsonld, microdata, opengraph, heuristic, feed }

var title: String?
var company: String?
var location: String?
var remote: Bool?
    /// Remote, hybrid or on-site, when the page says which (`remote` is true only for remote).
var workplace: WorkArrangement?
    /// Lower snake case: full_time, part_time, contract, temporary, internship…
var employmentType: String?
var salary: Salary?
var datePosted: String?
var validThrough: String?
var skills: [SkillMatcher.Found] = []
var description: String?
var source: Source = .heuristic
    /// Where each of title, company, location and remote was read: "jsonld",
    /// "microdata", "label", "class", "h1", "h2", "og:title", "title", "header",
    /// "byline", "site_name", "text", "location", "description".
var evidence: [String: String] = [:]
    /// Text the skills are read from besides the description: JSON-LD
    /// `skills`, `qualifications`, `responsibilities`, `experienceRequirements`.
var skillText: String?
    /// Whether the markup's place names no town: only a region, a country or a street ("addressRegion":
    /// "Chaudière-Appalaches"), a place the page's own may say more precisely.
var placeOfNoTown = false

    static let evidenceFields = ["title", "company", "location", "remote"]

init() {}

    /// The `job` object of the output, fields in the documented order.
var json: JSON {
        .object([
            ("title", .optional(title)), ("company", .optional(company)), ("location", .optional(location)),
            ("remote", remote.map { .bool($0) } ?? .null), ("employment_type", .optional(employmentType)),
            ("salary", salary?.json ?? .null), ("date_posted", .optional(datePosted)),
            ("valid_through", .optional(validThrough)), ("skills", .strings(skills.map(\.name))),
            ("description", .optional(description)), ("source", .string(source.rawValue)),
            ("workplace", .optional(workplace?.rawValue)),
            ("nice_to_have_skills", .strings(skills.filter(\.niceToHave).map(\.name))),
            ("evidence", .object(Self.evidenceFields.map { ($0, .optional(evidence[$0])) })),
        ])
    }

    /// Sets the arrangement, what `remote` says of it, and the evidence it was read from.
    mutating func state(_ arrangement: WorkArrangement, from place: String) {
        workplace = arrangement
        remote = arrangement.isRemote
        evidence["remote"] = place
    }

    /// Fills the fields this posting lacks from another reading of the page.
    mutating func fillGaps(from other: Posting) {
        for (field, mine, theirs) in [("title", title, other.title), ("company", company, other.company),
                                      ("location", location, other.location)] where mine == nil && theirs != nil {
            evidence[field] = other.evidence[field]
        }
        if remote == nil, other.remote != nil { evidence["remote"] = other.evidence["remote"] }
        title = title ?? other.title
        company = company ?? other.company
        location = location ?? other.location
        remote = remote ?? other.remote
        workplace = workplace ?? other.workplace
        skillText = skillText ?? other.skillText
        employmentType = employmentType ?? other.employmentType
        salary = salary ?? other.salary
        datePosted = datePosted ?? other.datePosted
        validThrough = validThrough ?? other.validThrough
        description = description ?? other.description
    }
}

struct Salary: Equatable, Sendable {
var min: Double?
var max: Double?
var currency: String?
    /// hour, day, week, month or year.
var period: String?

    var json: JSON {
        .object([("min", min.map { .double($0) } ?? .null), ("max", max.map { .double($0) } ?? .null),
                 ("currency", .optional(currency)), ("period", .optional(period))])
    }
}

/// Lower snake case employment types from schema.org values or page text.
enum EmploymentType {
    /// The kinds of contract schema.org names.
    static let kinds: Set<String> = ["full_time", "part_time", "contract", "temporary", "internship", "volunteer", "per_diem"]

    /// Whether a text names one of `kinds` ("Full-time", "Internship").
    /// So does a choice of them ("Loondienst of ZZP", "Vollzeit oder Teilzeit", "CDI ou CDD").
    static func names(_ raw: String) -> Bool {
        if raw.utf8.count <= 24 && normalized(raw).map(kinds.contains) == true { return true }
        guard raw.utf8.count <= 48, let or = alternatives.first(where: raw.containsBytes) else { return false }
        let parts = raw.splitBytes(or)
        return parts.count >= 2 && parts.allSatisfy { $0.utf8.count <= 24 && normalized($0).map(kinds.contains) == true }
    }
    /// The words for "or" between kinds of employment, in the six languages.
    static let alternatives = [" or ", " oder ", " ou ", " of ", " o ", " / "]

    /// The kind each word for one names, in the six languages read.
    static let kindOfWord: [String: String] = {
        var kinds: [String: String] = [:]
        for (kind, words) in [
            ("full_time", ["full_time", "fulltime", "permanent", "full",
                           "vollzeit", "festanstellung", "temps_plein", "plein_temps", "cdi", "jornada_completa", "tiempo_completo",
                           "voltijd", "tempo_pieno", "tempo_indeterminato", "loondienst", "in_loondienst"]),
            ("part_time", ["part_time", "parttime", "part",
                           "teilzeit", "minijob", "temps_partiel", "media_jornada", "jornada_parcial", "tiempo_parcial", "deeltijd",
                           "tempo_parziale"]),
            ("contract", ["contract", "contractor", "freelance",
                          "freiberuflich", "freelancer", "indépendant", "autónomo", "zzp", "libero_professionista"]),
            ("temporary", ["temporary", "temp", "seasonal",
                           "befristet", "cdd", "interim", "intérim", "temporal", "tijdelijk", "tempo_determinato"]),
            ("internship", ["intern", "internship",
                            "praktikum", "stage", "prácticas", "practicas", "stage_pfe", "tirocinio", "stagiaire"]),
            ("volunteer", ["volunteer"]), ("per_diem", ["per_diem"]), ("other", ["other"]),
        ] {
            for w in words { kinds[w] = kind }
        }
        return kinds
    }()

    static func normalized(_ raw: String) -> String? {
        // a run of anything but letters is one "_" ("Full-time", "FULL TIME": "full_time"); read
        // by scalar, as a Character's grapheme breaking costs more than the rest of the reading
        // (ASCII, most texts, from its bytes: its letters are A-Z and a-z)
        let compact: String
        if raw.utf8.allSatisfy({ $0 < 0x80 }) {
            var key: [UInt8] = []
            key.reserveCapacity(raw.utf8.count)
            for b in raw.utf8 {
                let lower = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                if lower >= 0x61 && lower <= 0x7A { key.append(lower) } else if let last = key.last, last != 0x5F { key.append(0x5F) }
            }
            if key.last == 0x5F { key.removeLast() }
            compact = String(decoding: key, as: UTF8.self)
        } else {
            var key = String.UnicodeScalarView()
            for u in raw.lowercased().unicodeScalars {
                if u.properties.isAlphabetic { key.append(u) } else if let last = key.last, last != "_" { key.append("_") }
            }
            if key.last == "_" { key.removeLast() }
            compact = String(key)
        }
        if let kind = kindOfWord[compact] { return kind }
        if compact.hasPrefix("full_time") { return "full_time" }
        if compact.hasPrefix("part_time") { return "part_time" }
        return compact.isEmpty ? nil : compact
    }
}
