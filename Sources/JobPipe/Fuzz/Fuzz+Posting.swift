extension Fuzz {
    /// analyze-job on one record holding the input as its page, with a
    /// profile: the posting reader as a whole (JSON-LD, microdata, page
    /// heuristics, salary, location, skills). The record stays a record and
    /// `job` and `match` are there.
    static func posting(_ data: UnsafeBufferPointer<UInt8>) {
        let page = JSON.object([("url", .string("https://example.com/jobs/1")), ("body", .string(text(data)))])
        var record = Record(.object([("id", .number("1")), ("pages", .array([page]))]))
        try! JobAnalysis(profile: profile).apply(to: &record)  // a record of one page object: never a bad field
        guard let again = try? Record(line: record.bytes) else { fatalError("analyze-job wrote a record that does not read") }
        check(again.has("job") && again.has("match"), "analyze-job left out job or match")
        if case let .object(job)? = again.value("job"), let title = job.first(where: { $0.0 == "title" })?.1.stringValue {
            checkCollapsed(title, "a title")
        }
    }

    static let profile = Profile(text: #"{"skills": [{"name": "Swift", "keywords": ["Python", "SQL", "Kubernetes"]}]}"#)
}
