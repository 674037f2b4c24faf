/// `analyze-job --format table|csv`: the analysed postings for people, one
/// row each, ranked by match score (highest first; postings without a score
/// follow in input order). Reads only what analyze-job wrote: `job`, `match`,
/// and the record's `url` (or its first page's).
public struct PostingReport {
    public static let columns = ["score", "title", "company", "location", "remote", "salary",
                                 "matching_skills", "missing_skills", "url"]
    private var rows: [(score: Double?, row: [JSON])] = []

    public init() {}

    public mutating func add(_ record: Record) {
        let job = record.value("job") ?? .null
        let match = record.value("match") ?? .null
        let url = record.value("url")?.stringValue
            ?? record.value("pages")?.arrayValue?.first?["url"]?.stringValue
        let score = match["score"]
        rows.append((score?.doubleValue, [
            score ?? .null, job["title"] ?? .null, job["company"] ?? .null, job["location"] ?? .null,
            job["remote"] ?? .null, PostingReport.salaryText(job["salary"]).map(JSON.string) ?? .null,
            PostingReport.joined(match["matching_skills"]), PostingReport.joined(match["missing_skills"]),
            .optional(url),
        ]))
    }

    /// The rows in `format`, best match first.
    public func rendered(as format: OutputFormat) -> String {
        let ranked = rows.enumerated().sorted { a, b in
            switch (a.element.score, b.element.score) {
            case let (x?, y?): return x != y ? x > y : a.offset < b.offset
            case (_?, nil): return true
            case (nil, _?): return false
            case (nil, nil): return a.offset < b.offset
            }
        }
        var table = Table(columns: PostingReport.columns)
        for r in ranked { table.append(r.element.row) }
        return table.rendered(as: format)
    }

    /// `70000–90000 EUR/year`, `25 USD/hour`.
    static func salaryText(_ salary: JSON?) -> String? {
        guard let s = salary, s.objectValue != nil else { return nil }
        let low = s["min"]?.scalarText, high = s["max"]?.scalarText
        var text: String
        switch (low, high) {
        case let (l?, h?) where l != h: text = l + "–" + h
        case let (l?, _): text = l
        case let (nil, h?): text = h
        default: return nil
        }
        if let c = s["currency"]?.stringValue { text += " " + c }
        if let p = s["period"]?.stringValue { text += "/" + p }
        return text
    }

    /// A skills array as one comma-separated cell.
    static func joined(_ list: JSON?) -> JSON {
        guard let items = list?.arrayValue else { return .null }
        return .string(items.compactMap(\.stringValue).joined(separator: ", "))
    }
}
