import Dispatch

/// What analyze-job does to one record: read the first page with a body (or
/// a top-level `body`), add `job`, and `match` when a profile is given.
public struct JobAnalysis: RecordTransform, Sendable {
    public let profile: Profile?

    public init(profile: Profile?) { self.profile = profile }

    /// Builds the skills dictionary (several milliseconds) on another thread
    /// now, so it overlaps with reading the first records.
    public static func warmUp() {
        DispatchQueue.global().async { _ = SkillDictionary.shared }
    }

    /// Adds the fields (a record without a page body gets `"job": null`).
    /// Throws `BadField` when `pages` is not an array of objects (or null).
    public func apply(to record: inout Record) throws {
        if let problem = record.arrayOfObjectsProblem("pages") { throw BadField(problem) }
        let page = firstPage(record)
        if page == nil, let job = record.value("job"), let feed = FeedJob.posting(from: job) {
            // A posting read from a board's feed (find-postings): its fields are
            // exact already; the skills come from its description, no page needed.
            record.set("job", job.setting("skills", .strings(feed.skills.map(\.name))))
            if let profile { record.set("match", profile.match(feed)) }
            return
        }
        var posting: Posting?
        if let (body, url) = page {
            posting = body.withUnsafeBufferPointer { PostingReader.read(html: $0, url: url) }
        }
        record.set("job", Self.merged(posting?.json, into: record.value("job")))
        if let profile {
            record.set("match", posting.map { profile.match($0) } ?? .null)
        }
    }

    /// `job` is also the ledger's handle (`job-ledger claim` writes `id`, `key`,
    /// `kind`, `attempt`) and `job-ledger finish` reads it back: when the record
    /// carries one, the posting's fields are added to it rather than put in its place.
    static func merged(_ posting: JSON?, into existing: JSON?) -> JSON {
        guard case let .object(handle)? = existing, handle.contains(where: { $0.0 == "id" }),
              handle.contains(where: { $0.0 == "attempt" }) else { return posting ?? .null }
        guard case let .object(fields)? = posting else { return .object(handle) }
        let own = Set(handle.map(\.0))
        return .object(handle + fields.filter { !own.contains($0.0) })
    }

    /// The body and URL of the first page that has a non-empty body.
    func firstPage(_ record: Record) -> ([UInt8], String?)? {
        var found: ([UInt8], String?)?
        record.forEachObject("pages") { page in
            guard let body = page.stringBytes("body"), !body.isEmpty else { return true }
            found = (body, page.string("final_url") ?? page.string("url"))
            return false
        }
        if let found { return found }
        if let body = record.stringBytes("body"), !body.isEmpty { return (body, record.string("url")) }
        return nil
    }
}
