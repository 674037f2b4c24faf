/// What analyze-job reads from one job posting. Every field may be absent
/// (null in the output).
struct Posting: Equatable, Sendable {
enum Source: String, Sendable { case jsonld, microdata, opengraph, heuristic, feed }

var title: String?
var company: String?
var location: String?
var remote: Bool?
    /// Lower snake case: full_time, part_time, contract, temporary, internship…
var employmentType: String?
var salary: Salary?
var datePosted: String?
var validThrough: String?
var skills: [SkillMatcher.Found] = []
var description: String?
var source: Source = .heuristic

init() {}

    /// The `job` object of the output, fields in the documented order.
var json: JSON {
        .object([
            ("title", .optional(title)), ("company", .optional(company)), ("location", .optional(location)),
            ("remote", remote.map { .bool($0) } ?? .null), ("employment_type", .optional(employmentType)),
            ("salary", salary?.json ?? .null), ("date_posted", .optional(datePosted)),
            ("valid_through", .optional(validThrough)), ("skills", .strings(skills.map(\.name))),
            ("description", .optional(description)), ("source", .string(source.rawValue)),
        ])
    }

    /// Fills the fields this posting lacks from another reading of the page.
    mutating func fillGaps(from other: Posting) {
        title = title ?? other.title
        company = company ?? other.company
        location = location ?? other.location
        remote = remote ?? other.remote
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
    static func normalized(_ raw: String) -> String? {
        var key = ""
        for c in raw.lowercased() { key.append(c.isLetter ? c : "_") }
        // split on the Character (a String separator takes the far slower
        // generic search of _StringProcessing)
        let compact = key.split(separator: Character("_")).joined(separator: "_")
        switch compact {
        case "full_time", "fulltime", "permanent", "full": return "full_time"
        case "part_time", "parttime", "part": return "part_time"
        case "contract", "contractor", "freelance": return "contract"
        case "temporary", "temp", "seasonal": return "temporary"
        case "intern", "internship": return "internship"
        case "volunteer": return "volunteer"
        case "per_diem": return "per_diem"
        case "other": return "other"
        default:
            if compact.hasPrefix("full_time") { return "full_time" }
            if compact.hasPrefix("part_time") { return "part_time" }
            return compact.isEmpty ? nil : compact
        }
    }
}
