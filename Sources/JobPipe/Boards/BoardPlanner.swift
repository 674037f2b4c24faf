/// find-postings' requests for each record, run by fetch-page's engine: the
/// board's feed (page after page where the feed pages), or first the
/// careers page, then the board it links or embeds.
final class BoardPlanner: FetchPlanner {
    /// What one record's requests have found so far.
    struct Plan {
        var board: Board?
        /// `ats` and `board` of the postings: the board's, or `jsonld` and the careers page's host.
        var ats = ""
        var name = ""
        var postings: [FeedPosting] = []
        var error: JSON?
        var feedPages = 0
        /// `--explode` of a record find-postings wrote before: its `postings`, nothing fetched.
        var found: [JSON]?
    }

    /// Pages of a paged feed (SmartRecruiters) read at most: 50 × 100 postings.
    let maxFeedPages: Int
    private var plans: [Int: Plan] = [:]

    init(maxFeedPages: Int = 50) { self.maxFeedPages = maxFeedPages }

    /// The plan of a finished record, forgotten here.
    func take(_ slot: RecordSlot) -> Plan { plans.removeValue(forKey: slot.seq) ?? Plan() }

    static func failure(_ code: String, _ message: String, attempts: Int? = nil) -> JSON {
        var pairs: [(String, JSON)] = [("code", .string(code)), ("message", .string(message))]
        if let attempts { pairs.append(("attempts", .int(attempts))) }
        return .object(pairs)
    }

    /// Set for `--explode`: a record that has `postings` already is exploded as it is.
    var explodesFound = false

    func start(_ slot: RecordSlot) -> [PlannedRequest] {
        var plan = Plan()
        defer { plans[slot.seq] = plan }
        let r = slot.record
        if explodesFound, let found = r.value("postings")?.arrayValue {
            plan.found = found
            return []
        }
        if let ats = r.value("ats")?.scalarText, let name = r.value("board")?.scalarText {
            guard let board = Board.named(ats: ats, board: name) else {
                slot.error = Self.failure("unknown_board", "not a board find-postings reads: ats \(ats), board \(name)")
                return []
            }
            return feed(&plan, board)
        }
        guard let text = r.value("url")?.stringValue, !text.isEmpty else {
            slot.error = Self.failure("invalid_url", "the record has no url, nor an ats and a board")
            return []
        }
        guard let url = WebURL(text).flatMap({ $0.isHTTP ? $0 : nil }) ?? (text.contains("://") ? nil : WebURL("https://" + text)) else {
            slot.error = Self.failure("invalid_url", "not an http or https URL: \(text)")
            return []
        }
        if let board = Board.from(url: url) { return feed(&plan, board) }
        return [PlannedRequest(url: url, role: "careers", api: false)]
    }

    private func feed(_ plan: inout Plan, _ board: Board, offset: Int = 0) -> [PlannedRequest] {
        plan.board = board
        plan.ats = board.ats.rawValue
        plan.name = board.name
        plan.feedPages += 1
        guard let url = board.feedURL(offset: offset) else {
            plan.error = Self.failure("unknown_board", "no feed URL for board \(board.name)")
            return []
        }
        return [PlannedRequest(url: url, role: "feed", api: true)]
    }

    func next(_ slot: RecordSlot) -> [PlannedRequest] {
        guard var plan = plans[slot.seq], plan.error == nil, slot.error == nil,
              let task = slot.tasks.last, let result = task.result else { return [] }
        defer { plans[slot.seq] = plan }
        if let e = result["error"], !e.isNull {
            // which request failed: the careers page, or the feed (a 404: no such board)
            plan.error = e["message"]?.stringValue.map { e.setting("message", .string("\(task.requested): \($0)")) } ?? e
            return []
        }
        if result["truncated"]?.boolValue == true {
            plan.error = Self.failure("too_large", "\(task.requested) is larger than --max-bytes", attempts: task.attempts)
            return []
        }
        let body = result["body"]?.stringValue ?? ""
        let finalURL = result["final_url"]?.stringValue.flatMap { WebURL($0) } ?? task.url
        if task.role == "careers" {
            guard let base = finalURL else { return [] }
            if let board = Board.from(url: base) { return feed(&plan, board) }
            let doc = HTMLTree(body, url: base.text, scripting: false)
            return withExtendedLifetime(doc) {
                if let board = CareersPage.boards(in: doc, base: base).first { return feed(&plan, board) }
                let found = CareersPage.postings(in: doc, base: base)
                guard !found.isEmpty else {
                    plan.error = Self.failure("no_board", "\(task.requested) links no job board and lists no JSON-LD postings")
                    return []
                }
                plan.ats = "jsonld"
                plan.name = base.host
                plan.postings = found
                return []
            }
        }
        guard let board = plan.board else { return [] }
        do {
            let page = try FeedReader.read(body, board: board)
            plan.postings += page.postings
            if let offset = page.nextOffset, plan.feedPages < maxFeedPages { return feed(&plan, board, offset: offset) }
        } catch {
            plan.error = Self.failure(FeedReader.BadFeed.code, error.message + " (\(task.requested))", attempts: task.attempts)
        }
        return []
    }
}
