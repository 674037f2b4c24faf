/// Reads one answer of a board's feed into postings. Each ATS has its own
/// shape (documented by the ATS; real answers in ../shared/corpus/ats-feeds).
enum FeedReader {
    /// A feed answer that is not what its ATS documents.
    struct BadFeed: Error, Equatable {
        static let code = "bad_feed"
        let message: String
    }

    /// What one answer holds: its postings and, for a paged feed, where the next page starts.
    struct Page {
        var postings: [FeedPosting] = []
        var nextOffset: Int?
    }

    static func read(_ body: String, board: Board) throws(BadFeed) -> Page {
        if board.ats == .personio { return try PersonioFeed.read(body, board: board) }
        let root: JSON
        do { root = try JSON.parse(body) } catch {
            throw BadFeed(message: "the \(board.ats.rawValue) feed is not JSON: \(error)")
        }
        switch board.ats {
        case .greenhouse:
            // The list, or the one-job answer (`/jobs/{id}`) when given that URL
            if let jobs = root["jobs"]?.arrayValue { return Page(postings: jobs.compactMap(greenhouse)) }
            if root["id"] != nil, root["title"] != nil { return Page(postings: [greenhouse(root)].compactMap { $0 }) }
        case .lever:
            if let jobs = root.arrayValue { return Page(postings: jobs.compactMap { lever($0) }) }
        case .ashby:
            if let jobs = root["jobs"]?.arrayValue {
                return Page(postings: jobs.filter { $0["isListed"]?.boolValue != false }.compactMap(ashby))
            }
        case .workable:
            if let jobs = root["jobs"]?.arrayValue {
                let company = text(root["name"])
                return Page(postings: jobs.compactMap { workable($0, company: company) })
            }
        case .smartrecruiters:
            if let items = root["content"]?.arrayValue {
                var page = Page(postings: items.compactMap(smartRecruiters))
                let offset = max(0, root["offset"]?.intValue ?? 0), total = root["totalFound"]?.intValue ?? 0
                if !items.isEmpty, offset + items.count < total { page.nextOffset = offset + items.count }
                return page
            }
        case .recruitee:
            if let offers = root["offers"]?.arrayValue { return Page(postings: offers.compactMap(recruitee)) }
        case .personio: break
        }
        throw BadFeed(message: "the \(board.ats.rawValue) feed does not hold a list of postings")
    }

    // MARK: each ATS

    static func greenhouse(_ j: JSON) -> FeedPosting? {
        guard let id = j["id"]?.scalarText else { return nil }
        var f = FeedPosting(id: id)
        f.url = text(j["absolute_url"])
        f.posting.title = text(j["title"])
        f.posting.company = text(j["company_name"])
        f.posting.location = text(j["location"]?["name"])
        f.posting.remote = mentionsRemote(f.posting.location)
        f.department = j["departments"]?.arrayValue?.lazy.compactMap { text($0["name"]) }.first
        f.posting.description = html(j["content"])
        f.posting.datePosted = (text(j["first_published"]) ?? text(j["updated_at"])).flatMap(SchemaPosting.date)
        f.updatedAt = text(j["updated_at"])
        return finished(f)
    }

    static func lever(_ j: JSON) -> FeedPosting? {
        guard let id = j["id"]?.scalarText else { return nil }
        var f = FeedPosting(id: id)
        f.url = text(j["hostedUrl"])
        f.posting.title = text(j["text"])
        let categories = j["categories"]
        f.posting.location = text(categories?["location"])
        switch text(j["workplaceType"])?.lowercased() {
        case "remote": f.posting.remote = true; f.posting.workplace = .remote
        case "onsite", "on-site": f.posting.remote = false; f.posting.workplace = .onSite
        case "hybrid": f.posting.remote = false; f.posting.workplace = .hybrid
        default: f.posting.remote = mentionsRemote(f.posting.location)
        }
        f.posting.employmentType = text(categories?["commitment"]).flatMap(EmploymentType.normalized)
        f.department = text(categories?["department"]) ?? text(categories?["team"])
        // The description, its lists (a heading and items each) and the closing part
        var parts: [String] = []
        if let d = text(j["description"]) { parts.append(d) }
        for list in j["lists"]?.arrayValue ?? [] {
            if let t = text(list["text"]) { parts.append("<h3>" + t + "</h3>") }
            if let c = text(list["content"]) { parts.append("<ul>" + c + "</ul>") }
        }
        if let a = text(j["additional"]) { parts.append(a) }
        f.posting.description = parts.isEmpty ? text(j["descriptionPlain"]) : PlainText.ofFragment(parts.joined(separator: "\n")).nilIfEmpty
        if let range = j["salaryRange"], range.objectValue != nil {
            var s = Salary()
            s.min = range["min"]?.doubleValue
            s.max = range["max"]?.doubleValue
            s.currency = text(range["currency"])?.uppercased()
            s.period = text(range["interval"]).flatMap(period)
            if s.min != nil || s.max != nil { f.posting.salary = s }
        }
        if let ms = j["createdAt"]?.doubleValue, ms.isFinite, abs(ms) < 1e15 {
            let seconds = Int64(ms / 1000)
            if Timestamp.range.contains(seconds) {
                f.updatedAt = Timestamp.format(seconds)
                f.posting.datePosted = SchemaPosting.date(f.updatedAt!)
            }
        }
        return finished(f)
    }

    static func ashby(_ j: JSON) -> FeedPosting? {
        guard let id = j["id"]?.scalarText else { return nil }
        var f = FeedPosting(id: id)
        f.url = text(j["jobUrl"])
        f.posting.title = text(j["title"])
        f.posting.location = text(j["location"])
        f.posting.remote = j["isRemote"]?.boolValue ?? mentionsRemote(f.posting.location)
        f.posting.employmentType = text(j["employmentType"]).flatMap(EmploymentType.normalized)
        f.department = text(j["department"]) ?? text(j["team"])
        f.posting.description = html(j["descriptionHtml"]) ?? text(j["descriptionPlain"])
        for c in j["compensation"]?["summaryComponents"]?.arrayValue ?? [] where text(c["compensationType"])?.lowercased() == "salary" {
            var s = Salary()
            s.min = c["minValue"]?.doubleValue
            s.max = c["maxValue"]?.doubleValue
            s.currency = text(c["currencyCode"])?.uppercased()
            s.period = text(c["interval"]).flatMap(period)
            if s.min != nil || s.max != nil { f.posting.salary = s; break }
        }
        f.posting.datePosted = text(j["publishedAt"]).flatMap(SchemaPosting.date)
        f.updatedAt = text(j["publishedAt"])
        return finished(f)
    }

    static func workable(_ j: JSON, company: String?) -> FeedPosting? {
        guard let id = (j["shortcode"] ?? j["id"])?.scalarText else { return nil }
        var f = FeedPosting(id: id)
        f.url = text(j["url"]) ?? text(j["shortlink"])
        f.posting.title = text(j["title"])
        f.posting.company = company
        f.posting.location = [text(j["city"]), text(j["state"]), text(j["country"])].compactMap { $0 }.joined(separator: ", ").nilIfEmpty
        f.posting.remote = j["telecommuting"]?.boolValue ?? mentionsRemote(f.posting.location)
        f.posting.employmentType = text(j["employment_type"]).flatMap(EmploymentType.normalized)
        f.department = text(j["department"])
        f.posting.description = html(j["description"])
        f.posting.datePosted = (text(j["published_on"]) ?? text(j["created_at"])).flatMap(SchemaPosting.date)
        f.updatedAt = text(j["published_on"]) ?? text(j["created_at"])
        return finished(f)
    }

    static func smartRecruiters(_ j: JSON) -> FeedPosting? {
        guard let id = j["id"]?.scalarText else { return nil }
        var f = FeedPosting(id: id)
        if let company = text(j["company"]?["identifier"]) { f.url = "https://jobs.smartrecruiters.com/\(company)/\(id)" }
        f.posting.title = text(j["name"])
        f.posting.company = text(j["company"]?["name"])
        let place = j["location"]
        f.posting.location = text(place?["fullLocation"])
            ?? [text(place?["city"]), text(place?["region"]), text(place?["country"])?.uppercased()].compactMap { $0 }.joined(separator: ", ").nilIfEmpty
        f.posting.remote = place?["remote"]?.boolValue ?? mentionsRemote(f.posting.location)
        f.posting.employmentType = text(j["typeOfEmployment"]?["label"]).flatMap(EmploymentType.normalized)
        f.department = text(j["department"]?["label"])
        f.posting.datePosted = text(j["releasedDate"]).flatMap(SchemaPosting.date)
        f.updatedAt = text(j["releasedDate"])
        return finished(f)
    }

    static func recruitee(_ j: JSON) -> FeedPosting? {
        guard let id = j["id"]?.scalarText else { return nil }
        var f = FeedPosting(id: id)
        f.url = text(j["careers_url"])
        f.posting.title = text(j["title"])
        f.posting.company = text(j["company_name"])
        f.posting.location = text(j["location"])
            ?? [text(j["city"]), text(j["state_name"]), text(j["country"])].compactMap { $0 }.joined(separator: ", ").nilIfEmpty
        f.posting.remote = j["remote"]?.boolValue ?? mentionsRemote(f.posting.location)
        f.posting.employmentType = text(j["employment_type_code"]).flatMap(EmploymentType.normalized)
        f.department = text(j["department"])
        let parts = [text(j["description"]), text(j["requirements"])].compactMap { $0 }
        f.posting.description = parts.isEmpty ? nil : PlainText.ofFragment(parts.joined(separator: "\n")).nilIfEmpty
        if let salary = j["salary"], salary.objectValue != nil {
            var s = Salary()
            s.min = salary["min"]?.doubleValue
            s.max = salary["max"]?.doubleValue
            s.currency = text(salary["currency"])?.uppercased()
            s.period = text(salary["period"]).flatMap(period)
            if s.min != nil || s.max != nil { f.posting.salary = s }
        }
        f.posting.datePosted = text(j["published_at"]).flatMap(SchemaPosting.date)
        f.updatedAt = text(j["updated_at"]) ?? text(j["published_at"])
        return finished(f)
    }

    // MARK: shared

    /// A posting's last touches: a salary stated only in its text, and the company spelled as on pages.
    static func finished(_ f: FeedPosting) -> FeedPosting {
        var f = f
        // The arrangement as analyze-job reads it from a page: the feed's own
        // flag, else what the location or the description says; hybrid and
        // on-site are not remote.
        var p = f.posting
        if p.workplace == nil {
            p.workplace = p.location.flatMap(WorkArrangement.inLocation)
                ?? (p.remote == true ? .remote : nil)
                ?? p.description.flatMap(WorkArrangement.inText)
        }
        if let w = p.workplace { p.remote = w == .remote }
        let read: [String: Bool] = ["title": p.title != nil, "company": p.company != nil,
                                    "location": p.location != nil, "remote": p.remote != nil]
        for (field, present) in read where present && p.evidence[field] == nil {
            p.evidence[field] = p.source.rawValue
        }
        f.posting = p
        if f.posting.salary == nil, let d = f.posting.description {
            f.posting.salary = d.nonEmptyLines.lazy.compactMap { SalaryReader.text($0) }.first
        }
        return f
    }

    /// A non-empty string with its spaces collapsed.
    static func text(_ value: JSON?) -> String? {
        guard let s = value?.stringValue ?? value?.scalarText else { return nil }
        let t = s.trimmingSpaces
        return t.isEmpty ? nil : t
    }

    /// An HTML field (escaped once more or not) as plain text.
    static func html(_ value: JSON?) -> String? {
        guard let s = value?.stringValue, !s.isEmpty else { return nil }
        return PlainText.ofFragment(s).nilIfEmpty
    }

    /// Whether a location says the work is remote (feeds without a remote
    /// flag), by analyze-job's words for it; nil without a location.
    static func mentionsRemote(_ location: String?) -> Bool? {
        location.map { WorkArrangement.inLocation($0) == .remote }
    }

    /// A pay interval as the feeds write it (`1 YEAR`, `per-year-salary`, `year`, `hourly`).
    static func period(_ raw: String) -> String? {
        let words = raw.lowercased().split { !$0.isLetter }.map(String.init)
        return words.lazy.compactMap { SalaryReader.period($0) }.first
    }
}
