/// find-postings as a whole: fetch-page's input thread, engine and ends,
/// with `BoardPlanner` choosing the requests, `PostingTracker` (with `--db`)
/// telling what changed, and one record out per input (or per posting).
public enum FindPostingsProgram {
    public static let name = "find-postings"

    public struct Options {
        public var fetch = FetchOptions()
        /// One record per posting instead of one per input.
        public var explode = false
        /// The database that tracks postings across runs; nil: no tracking.
        public var database: String?
        /// With tracking: only postings whose change is one of these.
        public var only: Set<String>?
        public init() {}
    }

    /// The changes `--only` takes.
    public static let changes = ["new", "changed", "unchanged", "closed"]

    public static func run(options: Options, common: CommonOptions) -> Int32 {
        let filter = StreamFilter(program: name, options: common)
        var tracker: PostingTracker?
        if let path = options.database {
            do { tracker = PostingTracker(db: try Database(path: path)) } catch {
                filter.diagnostics.error("\(error)")
                return ExitStatus.ioError
            }
        }
        var fetch = options.fetch
        fetch.discover = false
        return filter.session { run in
            let planner = BoardPlanner()
            planner.explodesFound = options.explode
            let engine = try FetchEngine(options: fetch, planner: planner)
            let input = FetchInput()
            input.start(run) { engine.wake() }
            try engine.run(input: input, emit: { slot in
                let plan = planner.take(slot)
                for (record, failed) in try output(slot.record, plan, slotError: slot.error, options: options, tracker: tracker) {
                    try run.write(record, failed: failed)
                }
            }, beforeWait: { try run.out.flush() })
        }
    }

    /// The records one input gives: itself with `postings` (or an `error`),
    /// or with `--explode` one per posting.
    static func output(_ input: Record, _ plan: BoardPlanner.Plan, slotError: JSON?, options: Options,
                       tracker: PostingTracker?) throws -> [(Record, Bool)] {
        if let found = plan.found {
            // find-postings' own output again: exploded, not read again (and not tracked again)
            var base = input
            base.remove("postings")
            return found.map { e in explode(base, url: e["url"]?.stringValue, job: e["job"] ?? .null,
                                            posting: e["posting"] ?? .null) }
        }
        if let error = slotError ?? plan.error {
            var r = input
            if !options.explode { r.set("postings", .array([])) }
            r.set("error", error)
            return [(r, true)]
        }
        // One posting per id (a paged feed may repeat one across pages)
        var ids = Set<String>()
        let postings = plan.postings.filter { ids.insert($0.id).inserted }
        var entries: [(url: String?, job: JSON, posting: JSON, change: String?)] = []
        func posting(_ id: String, _ url: String?, _ updatedAt: String?, _ change: String?) -> JSON {
            .object([("ats", .string(plan.ats)), ("board", .string(plan.name)), ("id", .string(id)), ("url", .optional(url)),
                     ("updated_at", .optional(updatedAt)), ("change", .optional(change))])
        }
        if let tracker {
            let (changes, closed) = try tracker.observe(ats: plan.ats, board: plan.name, postings: postings, now: Clock.now())
            for (p, c) in zip(postings, changes) {
                entries.append((p.url, p.job, posting(p.id, p.url, p.updatedAt, c.rawValue), c.rawValue))
            }
            for c in closed {
                entries.append((c.url, c.job, posting(c.id, c.url, c.updatedAt, PostingTracker.Change.closed.rawValue), "closed"))
            }
        } else {
            for p in postings { entries.append((p.url, p.job, posting(p.id, p.url, p.updatedAt, nil), nil)) }
        }
        if let only = options.only { entries = entries.filter { $0.change.map(only.contains) ?? false } }
        if !options.explode {
            var r = input
            r.set("postings", .array(entries.map { .object([("url", .optional($0.url)), ("job", $0.job), ("posting", $0.posting)]) }))
            return [(r, false)]
        }
        return entries.map { explode(input, url: $0.url, job: $0.job, posting: $0.posting) }
    }

    /// One posting's record: the input's fields, its url as board_url.
    static func explode(_ input: Record, url: String?, job: JSON, posting: JSON) -> (Record, Bool) {
        var r = input
        if let board = input.value("url") { r.set("board_url", board) }
        r.set("url", .optional(url))
        r.set("job", JobAnalysis.merged(job, into: input.value("job")))
        r.set("posting", posting)
        return (r, false)
    }
}
