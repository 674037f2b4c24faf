/// A program that fetches more than fetch-page's pages for a record
/// (find-postings: a careers page, then the board's feed, then its next
/// page): it chooses the record's first requests and, each time all of its
/// requests so far have their results, the next ones. The engine keeps its
/// politeness, retries and limits for all of them.
protocol FetchPlanner: AnyObject {
    /// The record's first requests; none (with `slot.error` set) when it has nothing to ask.
    func start(_ slot: RecordSlot) -> [PlannedRequest]
    /// More requests once every earlier one has its result; none when the record is done.
    func next(_ slot: RecordSlot) -> [PlannedRequest]
}

/// One request a `FetchPlanner` asks for.
struct PlannedRequest {
    var url: WebURL
    /// Its name among the record's requests (`pages[].role`): `careers`, `feed`…
    var role: String
    /// A documented API: any content type kept, robots.txt not asked.
    var api: Bool
}
