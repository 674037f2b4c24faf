/// The applicant-tracking systems whose public boards find-postings reads.
public enum ATS: String, CaseIterable, Sendable {
    case greenhouse, lever, ashby, workable, smartrecruiters, recruitee, personio
}

/// One company's public job board on one ATS: where its feed is, and how
/// its URLs are recognised.
public struct Board: Hashable, Sendable {
    public let ats: ATS
    /// The board's name on its ATS (Greenhouse's board token, Lever's site,
    /// SmartRecruiters' company identifier…), as the ATS spells it in URLs.
    public let name: String
    /// Personio only: the host's domain (`de` or `com`).
    var domain = "de"

    public init?(ats: ATS, name: String) {
        guard Board.isName(name) else { return nil }
        self.ats = ats
        self.name = name
    }

    /// A board name: letters, digits, `-`, `_` and `.`, at most 100.
    static func isName(_ s: String) -> Bool {
        !s.isEmpty && s.utf8.count <= 100 && s.utf8.allSatisfy {
            ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) || $0 == 0x2D || $0 == 0x5F || $0 == 0x2E
        } && s != "." && s != ".."
    }

    /// SmartRecruiters gives at most this many postings a request.
    static let pageSize = 100

    /// The feed's URL; `offset` pages SmartRecruiters' list.
    func feedURL(offset: Int = 0) -> WebURL? {
        let text: String
        switch ats {
        case .greenhouse: text = "https://boards-api.greenhouse.io/v1/boards/\(name)/jobs?content=true"
        case .lever: text = "https://api.lever.co/v0/postings/\(name)?mode=json"
        case .ashby: text = "https://api.ashbyhq.com/posting-api/job-board/\(name)?includeCompensation=true"
        case .workable: text = "https://apply.workable.com/api/v1/widget/accounts/\(name)?details=true"
        case .smartrecruiters:
            text = "https://api.smartrecruiters.com/v1/companies/\(name)/postings?limit=\(Board.pageSize)&offset=\(offset)"
        case .recruitee: text = "https://\(name).recruitee.com/api/offers/"
        case .personio: text = "https://\(name).jobs.personio.\(domain)/xml"
        }
        return WebURL(text)
    }

    /// The board a URL belongs to: its public board pages, its feed, or the
    /// embed and widget scripts a careers page includes. Nil for any other URL.
    public static func from(url: WebURL) -> Board? {
        guard url.isHTTP else { return nil }
        let host = url.host.lowercased()
        let path = url.pathAndQuery.prefix { $0 != "?" && $0 != "#" }
        let parts = path.split(separator: "/").map(String.init)
        func first(_ skip: Int = 0) -> String? { parts.count > skip ? parts[skip] : nil }
        func query(_ key: String) -> String? {
            guard let q = url.pathAndQuery.firstIndex(of: "?") else { return nil }
            for pair in url.pathAndQuery[url.pathAndQuery.index(after: q)...].prefix(while: { $0 != "#" }).split(separator: "&") {
                let kv = pair.split(separator: "=", maxSplits: 1)
                if kv.count == 2, kv[0] == key { return String(kv[1]) }
            }
            return nil
        }
        func make(_ ats: ATS, _ name: String?) -> Board? { name.flatMap { Board(ats: ats, name: $0) } }
        switch host {
        case "boards.greenhouse.io", "job-boards.greenhouse.io", "boards.eu.greenhouse.io", "job-boards.eu.greenhouse.io":
            if first() == "embed" { return make(.greenhouse, query("for")) }
            return make(.greenhouse, first())
        case "boards-api.greenhouse.io", "api.greenhouse.io":
            return parts.count >= 3 && parts[0] == "v1" && parts[1] == "boards" ? make(.greenhouse, parts[2]) : nil
        case "jobs.lever.co", "jobs.eu.lever.co":
            return make(.lever, first())
        case "api.lever.co", "api.eu.lever.co":
            return parts.count >= 3 && parts[0] == "v0" && parts[1] == "postings" ? make(.lever, parts[2]) : nil
        case "jobs.ashbyhq.com":
            return first() == "api" ? nil : make(.ashby, first())
        case "api.ashbyhq.com":
            return parts.count >= 3 && parts[0] == "posting-api" && parts[1] == "job-board" ? make(.ashby, parts[2]) : nil
        case "apply.workable.com":
            if first() == "api" {
                return parts.count >= 5 && parts[2] == "widget" && parts[3] == "accounts" ? make(.workable, parts[4]) : nil
            }
            return first() == "j" ? nil : make(.workable, first())
        case "careers.smartrecruiters.com", "jobs.smartrecruiters.com":
            return make(.smartrecruiters, first())
        case "api.smartrecruiters.com":
            return parts.count >= 3 && parts[0] == "v1" && parts[1] == "companies" ? make(.smartrecruiters, parts[2]) : nil
        default:
            let labels = host.split(separator: ".").map(String.init)
            if labels.count == 3, labels[1] == "recruitee", labels[2] == "com", labels[0] != "www", labels[0] != "app" {
                return make(.recruitee, labels[0])
            }
            if labels.count == 4, labels[1] == "jobs", labels[2] == "personio", labels[3] == "de" || labels[3] == "com" {
                var b = make(.personio, labels[0])
                b?.domain = labels[3]
                return b
            }
            return nil
        }
    }

    /// The board of an explicit `ats` and `board` pair.
    public static func named(ats: String, board: String) -> Board? {
        guard let a = ATS(rawValue: ats.lowercased()) else { return nil }
        return Board(ats: a, name: board)
    }
}
