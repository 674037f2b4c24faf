/// A posting read from a page without JobPosting markup: title from `<h1>`,
/// `og:title` or `<title>` cleaned of site names; company from labels,
/// `<title>` remainders and `og:site_name`; location and remote from labels
/// and the header; description from the main content.
struct PageHeuristics {
    let doc: HTMLTree
    private(set) var meta: [String: String] = [:]
    private(set) var titleTag: String?
    private(set) var headings: [String] = []

    init(doc: HTMLTree) {
        self.doc = doc
        var meta: [String: String] = [:]
        var titleTag: String?
        var headings: [String] = []
        doc.walk { node in
            guard node.isElement else { return true }
            if node.tag == .meta, let key = (node.attribute("property") ?? node.attribute("name"))?.lowercased(),
               Self.metaKeys.contains(key), meta[key] == nil, let content = node.attribute("content") {
                meta[key] = collapseSpace(Array(content.utf8))
            } else if node.tag == .title, titleTag == nil {
                titleTag = node.text
            } else if node.tag == .h1 {
                let t = node.text
                if !t.isEmpty { headings.append(t) }
                return false
            }
            return true
        }
        self.meta = meta
        self.titleTag = titleTag
        self.headings = headings
    }

    /// The `<meta>` names and properties the heuristics read.
    static let metaKeys: Set<String> = ["og:title", "og:site_name", "application-name", "apple-mobile-web-app-title"]

    /// The first `<h2>`, for bare fragments with no `<h1>` and no `<title>`.
    var firstH2: String? { doc.elements(.h2).lazy.map(\.text).first { !$0.isEmpty } }

    static let separators = [" | ", " – ", " — ", " - ", " · ", " @ ", " :: "]

    /// `<title>` or og:title split at site-name separators.
    func titleSegments(_ s: String) -> [String] {
        var parts = [s]
        for sep in Self.separators {
            parts = parts.flatMap { $0.splitBytes(sep).map(\.trimmingSpaces) }
        }
        return parts.filter { !$0.isEmpty }
    }

    func posting(labels: LabelledLines, description: String?) -> Posting {
        var p = Posting()
        p.source = meta["og:title"] != nil ? .opengraph : .heuristic
        let pageTitle = meta["og:title"] ?? titleTag
        // "Acme hiring Backend Engineer in Berlin, Germany | LinkedIn"
        if let t = pageTitle, let r = t.firstRange(of: " hiring "), let inRange = t[r.upperBound...].firstRange(of: " in ") {
            p.company = String(t[..<r.lowerBound]).trimmingSpaces
            p.title = String(t[r.upperBound..<inRange.lowerBound]).trimmingSpaces
            p.location = titleSegments(String(t[inRange.upperBound...])).first
        }
        let h1 = headings.first.map(cleanTitle) ?? (pageTitle == nil ? firstH2 : nil)
        p.title = p.title ?? h1 ?? pageTitle.flatMap { titleSegments($0).first }.map(cleanTitle)
        // What the page title says beside the job title: a site name, or a place.
        if let title = p.title, let pageTitle {
            let rest = titleSegments(pageTitle).filter {
                !title.lowercased().containsBytes($0.lowercased()) && !$0.lowercased().containsBytes(title.lowercased())
            }
            for segment in rest {
                if segment.contains(","), p.location == nil { p.location = segment }
            }
            if p.company == nil, let last = rest.last, !last.contains(","), !last.contains(".") {
                p.company = last
            }
        }
        p.location = labels.location.map(Location.tidied) ?? p.location
        if let company = labels.value(for: ["company", "employer", "hiring organization"]) ?? labels.postedBy {
            p.company = company
        }
        if p.company == nil, let site = meta["og:site_name"], site != p.title { p.company = site }
        if p.company == nil { p.company = meta["application-name"] ?? meta["apple-mobile-web-app-title"] }
        if let (place, remote) = labels.remoteLine { p.remote = remote; p.location = p.location ?? place }
        if let loc = p.location?.lowercased(), loc.contains("anywhere") || loc.contains("remote") { p.remote = true }
        if let hours = labels.value(for: ["hours", "employment type", "job type", "type"]) {
            p.employmentType = hours.split(separator: ",").first.flatMap { EmploymentType.normalized(String($0)) }
        }
        p.employmentType = p.employmentType ?? labels.employmentLine
        if let posted = labels.value(for: ["date posted", "posted"]).flatMap(SchemaPosting.date) { p.datePosted = posted }
        if let pay = labels.value(for: ["salary", "pay", "compensation", "salary range"]) {
            p.salary = SalaryReader.text(pay)
        }
        p.description = description
        return p
    }

    /// A company name without a job board's suffix ("Canonical - Jobs",
    /// "Giga (gigaml.com)").
    static func cleanCompany(_ name: String) -> String {
        var n = name
        for suffix in [" - Jobs", " - Careers", " Careers", " Jobs"] where n.hasSuffix(suffix) { n.removeLast(suffix.count) }
        if n.hasSuffix(")"), let open = n.lastIndex(of: "("), n[open...].contains("."), open > n.startIndex {
            n = String(n[..<open])
        }
        return n.trimmingSpaces
    }

    /// A title without a trailing " job" (listing sites append it).
    func cleanTitle(_ t: String) -> String {
        var t = t
        for suffix in [" job", " Job"] where t.hasSuffix(suffix) { t.removeLast(suffix.count) }
        return t.trimmingSpaces
    }
}

/// "Label: value" and "Label" / "value" pairs in a page's text lines.
struct LabelledLines {
    let lines: [String]
    /// For each line that could be a label ("Location", "Location:") or a
    /// "Label: value" line: its lower-cased text before the first ":", and
    /// whether anything follows the label. Lines over 200 bytes, and lines
    /// whose first 32 bytes hold no ":", are not labels (no label is that long).
    private let heads: [(label: String, valueFollows: Bool)?]

    init(lines: [String]) {
        self.lines = lines
        heads = lines.map(Self.head)
    }

    private static func head(_ line: String) -> (label: String, valueFollows: Bool)? {
        let u = line.utf8
        guard u.count <= 200 else { return nil }
        let colon = u.prefix(33).firstIndex(of: 0x3A)
        guard colon != nil || u.count <= 32 else { return nil }
        let label = colon.map { String(line[..<$0]) } ?? line
        let follows = colon.map { u.index(after: $0) != u.endIndex } ?? false
        return (label.lowercased(), follows)
    }

    func value(for labels: [String]) -> String? {
        for (i, line) in lines.enumerated() {
            guard let head = heads[i], labels.contains(head.label) else { continue }
            if !head.valueFollows {
                // "Label" or "Label:" alone: the value is the next line
                if i + 1 < lines.count, lines[i + 1].utf8.count <= 100 { return unquoted(lines[i + 1]) }
            } else {
                let v = String(line.dropFirst(head.label.count + 1)).trimmingSpaces
                if !v.isEmpty, v.utf8.count <= 100 { return unquoted(v) }
            }
        }
        return nil
    }

    /// The value of a "Location" label.
    var location: String? { value(for: ["location", "locations", "job location"]) }

    private func unquoted(_ s: String) -> String { s.filter { $0 != "\"" }.trimmingSpaces }

    /// "Posted by Acme on …"
    var postedBy: String? {
        for line in lines where line.hasPrefix("Posted by ") {
            var rest = line.dropFirst("Posted by ".count)
            if let r = rest.firstRange(of: " on ") { rest = rest[..<r.lowerBound] }
            let name = String(rest).trimmingSpaces
            if !name.isEmpty, name.utf8.count <= 60 { return name }
        }
        return nil
    }

    /// A short header line that is only an employment type ("Full Time", "Part-time").
    var employmentLine: String? {
        for line in lines.prefix(60) where line.utf8.count <= 20 {
            let kind = EmploymentType.normalized(line)
            if let kind, ["full_time", "part_time", "contract", "temporary", "internship"].contains(kind) { return kind }
        }
        return nil
    }

    /// A short line saying "Remote", "Remote (United States, Canada)" or "Hybrid".
    var remoteLine: (String?, Bool)? {
        for line in lines.prefix(60) where line.utf8.count <= 80 {
            let lower = line.lowercased()
            if lower.hasPrefix("remote") {
                if let open = line.firstIndex(of: "("), let close = line.lastIndex(of: ")"), open < close {
                    return (String(line[line.index(after: open)..<close]).trimmingSpaces, true)
                }
                return (nil, true)
            }
            if lower.hasPrefix("hybrid") || lower.hasPrefix("on-site") || lower.hasPrefix("onsite") { return (nil, false) }
        }
        return nil
    }
}
