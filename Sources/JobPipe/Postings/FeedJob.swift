/// A `job` that find-postings wrote from a board's feed (`source: feed`, or
/// `jsonld` from a careers page): read back into a `Posting` with its skills
/// found in its description, for analyze-job to match without a page.
enum FeedJob {
    static func posting(from job: JSON) -> Posting? {
        guard job.objectValue != nil, let source = job["source"]?.stringValue,
              source == Posting.Source.feed.rawValue || source == Posting.Source.jsonld.rawValue,
              job["title"] != nil else { return nil }
        var p = Posting()
        p.source = Posting.Source(rawValue: source) ?? .feed
        p.title = job["title"]?.stringValue
        p.company = job["company"]?.stringValue
        p.location = job["location"]?.stringValue
        p.remote = job["remote"]?.boolValue
        p.employmentType = job["employment_type"]?.stringValue
        p.description = job["description"]?.stringValue
        let employer = p.company.map { Profile.normalized($0) }
        p.skills = SkillMatcher().skills(in: p.description ?? "").filter { Profile.normalized($0.name) != employer }
        return p
    }
}
