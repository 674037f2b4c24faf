import CCurl
#if canImport(Glibc)
import Glibc
#endif

/// fetch-page's engine: a libcurl multi handle running up to `parallel`
/// transfers at once, at most `perHost` per host with a jittered delay
/// between requests to one host, retries with capped exponential backoff,
/// discovery of contact/careers/… pages, and records handed out in input
/// order (or as they finish with `unordered`).
final class FetchEngine {
    let options: FetchOptions
    private let multi = CurlMulti()
    private var resolveList: UnsafeMutablePointer<curl_slist>?
    private var connectList: UnsafeMutablePointer<curl_slist>?
    private var hosts: [String: HostState] = [:]
    private var slots: [RecordSlot] = []
    private var nextSeq = 0
    private var random = SystemRandomNumberGenerator()

    /// A host with work: queued or running tasks, or a delay still to wait
    /// out. It is dropped as soon as it has none, so that each turn of the
    /// loop looks at the hosts with work only, however many the run has seen.
    /// A class: its queue is changed in place, never copied.
    final class HostState {
        var active = 0
        var nextStart: UInt64 = 0
        var queue: [PageTask] = []

        var isIdle: Bool { queue.isEmpty && active == 0 }
    }

    /// The circuit breaker of a host with failures: kept apart from
    /// `hosts` (a host may have no work and still a count).
    struct Breaker {
        /// Failed attempts in a row.
        var failures = 0
        /// Monotonic time until which the host is skipped (its circuit is open).
        var openUntil: UInt64 = 0
    }
    private var breakers: [String: Breaker] = [:]
    /// robots.txt `Crawl-delay` by host, in seconds, when longer than `--delay`.
    private var crawlDelays: [String: Double] = [:]

    /// robots.txt by origin (`https://host:443`): its rules, or nil while it is being fetched.
    private var robots: [String: RobotsTxt?] = [:]
    private var robotsTransfers: [ObjectIdentifier: String] = [:]
    private let robotsCache: RobotsCache?
    private let pageCache: PageCache?

    /// `--trace`: each request as it starts, and the clock it is timed on.
    private let trace: LineFile?
    private let started = monotonicNanoseconds()

    /// Chooses each record's requests instead of its `url` and discovery (find-postings).
    private let planner: FetchPlanner?

    init(options: FetchOptions, planner: FetchPlanner? = nil) throws {
        self.options = options
        self.planner = planner
        trace = try options.tracePath.map(LineFile.init(path:))
        robotsCache = options.robots ? RobotsCache(path: options.robotsCachePath) : nil
        pageCache = options.cacheDirectory.map(PageCache.init(directory:))
        for entry in options.resolve { resolveList = curl_slist_append(resolveList, entry) }
        for entry in options.connectTo { connectList = curl_slist_append(connectList, entry) }
    }

    deinit {
        curl_slist_free_all(resolveList)
        curl_slist_free_all(connectList)
    }

    /// Records the engine holds at most (in flight or waiting for their turn in the output).
    var window: Int { max(options.parallel * 4, 16) }

    /// Runs until `input` is drained and every record has been handed to `emit`.
    func run(input: FetchInput, emit: (RecordSlot) throws -> Void, beforeWait: () throws -> Void) throws {
        while true {
            let room = window - slots.count
            if room > 0 {
                for item in input.take(max: room) { admit(item) }
            }
            startDue()
            try emitFinished(emit)
            if slots.isEmpty, input.isDrained {
                robotsCache?.save()
                try trace?.commit()
                return
            }
            try beforeWait()
            for (transfer, code) in multi.step(timeoutMs: waitMs()) { complete(transfer, code) }
        }
    }

    func wake() { multi.wake() }

    // MARK: records in

    private func admit(_ item: FetchInput.Item) {
        let slot = RecordSlot(seq: nextSeq, record: item.record, location: item.location)
        nextSeq += 1
        slots.append(slot)
        if let planner {
            for r in planner.start(slot) { addTask(to: slot, requested: r.url.text, url: r.url, role: r.role, api: r.api) }
            return
        }
        guard let urlText = item.record.value("url")?.stringValue, !urlText.isEmpty else {
            slot.error = errorObject(.invalidURL, "the record has no url", attempts: 0)
            return
        }
        addTask(to: slot, requested: urlText, url: parseInput(urlText), role: "seed")
    }

    /// A URL from the input; one without a scheme is taken as https.
    private func parseInput(_ text: String) -> WebURL? {
        if let u = WebURL(text), u.isHTTP || u.isFile { return u }
        if !text.contains("://"), let u = WebURL("https://" + text), u.isHTTP { return u }
        return nil
    }

    private func addTask(to slot: RecordSlot, requested: String, url: WebURL?, role: String, api: Bool = false) {
        let task = PageTask(slot: slot, requested: requested, url: url, role: role)
        task.api = api
        slot.tasks.append(task)
        guard let url else {
            task.result = pageError(task, .invalidURL, "not an http, https or file URL: \(requested)")
            return
        }
        if url.isFile && options.denyPrivate {
            task.result = pageError(task, .privateAddress, "file URLs are refused with --deny-private")
            return
        }
        if url.isFile {
            do { _ = try LocalFile.path(of: url) } catch {
                task.result = pageError(task, error.code, error.message)
                return
            }
        }
        slot.seen.insert(url.text)
        slot.rolesTaken.insert(role)
        host(url.hostKey).queue.append(task)
    }

    // MARK: scheduling

    /// The state of the host with this key, made when it has none. (A class
    /// held in a dictionary: `hosts[key, default: …].queue.append` would only
    /// change a temporary.)
    private func host(_ key: String) -> HostState {
        if let h = hosts[key] { return h }
        let h = HostState()
        hosts[key] = h
        return h
    }

    private func limits(for key: String) -> (perHost: Int, delay: Double) {
        if key == "file:" { return (options.parallel, 0) }
        return (options.perHost, max(options.delay, crawlDelays[key] ?? 0))
    }

    private func startDue() {
        let now = monotonicNanoseconds()
        for key in Array(hosts.keys) {
            if let b = breakers[key], b.openUntil != 0 {
                if b.openUntil > now {
                    skipOpenCircuit(key)
                } else {
                    // Cool-down over: the host is tried again, and one more failure opens it again.
                    breakers[key] = Breaker(failures: options.circuitFailures - 1, openUntil: 0)
                }
            }
            guard multi.count < options.parallel else { return }
            let perHost = limits(for: key).perHost
            var delay = limits(for: key).delay
            while multi.count < options.parallel, let h = hosts[key], h.active < perHost, h.nextStart <= now,
                  let i = h.queue.firstIndex(where: { $0.notBefore <= now }) {
                let task = h.queue[i]
                if let url = task.url, options.robots, !task.api, url.isHTTP {
                    let origin = url.origin
                    if robots[origin] == nil, let cached = robotsCache?.lookup(origin) {
                        // Known from an earlier run: no request made for it, so no
                        // wait now, but its Crawl-delay spaces what follows.
                        robots[origin] = .some(cached.rules)
                        noteCrawlDelay(cached.rules, key)
                        delay = limits(for: key).delay
                    }
                    guard let known = robots[origin] else {
                        // First request to this origin: robots.txt, before anything else.
                        h.active += 1
                        h.nextStart = now + jittered(delay)
                        note(now, key, "\(origin)/robots.txt")
                        startRobots(for: url, origin: origin)
                        break
                    }
                    guard let rules = known else { break }  // robots.txt on its way
                    if !rules.allows(url.pathAndQuery) {
                        h.queue.remove(at: i)
                        if let kind = rules.unreachable, let why = rules.unavailable {
                            task.result = pageError(task, kind, "\(why) (asking for robots.txt)")
                            continue
                        }
                        let message = rules.unavailable.map { "robots.txt of \(url.host) unavailable (\($0)): everything disallowed" }
                            ?? "robots.txt of \(url.host) disallows \(url.pathAndQuery)"
                        task.result = pageError(task, .robotsDisallowed, message)
                        continue
                    }
                }
                h.queue.remove(at: i)
                h.active += 1
                h.nextStart = now + jittered(delay)
                if let url = task.url { note(now, key, url.text) }
                start(task)
            }
            if let h = hosts[key], h.isIdle, h.nextStart <= now { hosts[key] = nil }
        }
    }

    /// A `--trace` line: `now` is the time the start was decided on, so the
    /// gaps between a host's lines are exactly the spacing fetch-page kept.
    private func note(_ now: UInt64, _ host: String, _ url: String) {
        guard let trace else { return }
        let micros = (now &- started) / 1000
        let ms = "\(micros / 1000).\(String(micros % 1000 + 1000).dropFirst())"
        var line: [UInt8] = []
        JSONWriter.write(.object([("ms", .number(ms)), ("host", .string(host)), ("url", .string(url))]), to: &line)
        try? line.withUnsafeBufferPointer { try trace.add($0) }
    }

    /// Every task queued for a host whose circuit is open ends as `circuit_open`.
    private func skipOpenCircuit(_ key: String) {
        guard let h = hosts[key], !h.queue.isEmpty else { return }
        let tasks = h.queue
        h.queue = []
        for task in tasks {
            task.result = pageError(task, .circuitOpen,
                                    "\(task.url?.host ?? key) failed \(options.circuitFailures) times in a row; skipped for \(formatSeconds(options.circuitCooldown))")
        }
    }

    /// One attempt's outcome for the circuit breaker of its host.
    private func noteOutcome(_ key: String, failed: Bool) {
        guard options.circuitFailures > 0, key != "file:" else { return }
        guard failed else { breakers[key] = nil; return }
        var b = breakers[key] ?? Breaker()
        b.failures += 1
        if b.failures >= options.circuitFailures {
            b.openUntil = monotonicNanoseconds() + UInt64(options.circuitCooldown * 1e9)
        }
        breakers[key] = b
    }

    // MARK: robots.txt

    private func startRobots(for url: WebURL, origin: String) {
        robots[origin] = .some(nil)
        guard let robotsURL = WebURL("/robots.txt", base: url),
              let t = Transfer(url: robotsURL, options: options, resolve: resolveList.map(OpaquePointer.init), connectTo: connectList.map(OpaquePointer.init),
                               maxBytes: 500 * 1024, anyType: true) else {
            robotsArrived(origin, url.hostKey, .disallowAll("cannot set up the transfer"), release: true)
            return
        }
        robotsTransfers[ObjectIdentifier(t)] = origin
        multi.add(t)
    }

    /// RFC 9309 §2.3.1: 2xx parsed, 4xx (and too many redirects) allow all and are
    /// cached, 5xx and unreachable disallow all and are not cached.
    private func robotsDone(_ t: Transfer, _ code: CURLcode, origin: String) {
        let status = t.status
        let rules: RobotsTxt
        if code == CURLE_TOO_MANY_REDIRECTS || t.refusedPrivate.pointee != 0 {
            // Too many redirects counts as unavailable (RFC 9309 §2.3.1.2); a refused
            // private address lets the page itself fail with `private_address`.
            rules = .allowAll
        } else if code != CURLE_OK && !(code == CURLE_WRITE_ERROR && t.truncated) {
            // No answer: the site's pages could not be fetched either, and say so in
            // the site's own terms (dns, connect, timeout…), which the ledger retries.
            var r = RobotsTxt.disallowAll(t.errorMessage(code))
            let kind = FetchErrorCode.from(code)
            r.unreachable = kind
            if kind.isHostFailure { noteOutcome(t.url.hostKey, failed: true) }
            rules = r
        } else if (200..<300).contains(status) {
            let text = t.body.withUnsafeBufferPointer { Charset.decode($0, charset: "utf-8").0 }
            rules = RobotsTxt(parsing: text)
            robotsCache?.store(origin, status: status, body: text)
        } else if (400..<500).contains(status) {
            rules = .allowAll
            robotsCache?.store(origin, status: status, body: "")
        } else {
            rules = .disallowAll("HTTP \(status)")
        }
        robotsArrived(origin, t.url.hostKey, rules, release: false)
    }

    private func robotsArrived(_ origin: String, _ key: String, _ rules: RobotsTxt, release: Bool) {
        robots[origin] = .some(rules)
        noteCrawlDelay(rules, key)
        guard let h = hosts[key] else { return }
        if release { h.active -= 1 }
        if let d = crawlDelays[key] {
            // The robots.txt request was one: the next waits the Crawl-delay.
            h.nextStart = max(h.nextStart, monotonicNanoseconds() + jittered(d))
        }
    }

    private func noteCrawlDelay(_ rules: RobotsTxt, _ key: String) {
        if let d = rules.crawlDelay, d > options.delay { crawlDelays[key] = min(d, options.maxCrawlDelay) }
    }

    /// Whether the task waits for its origin's robots.txt, on its way.
    private func waitsForRobots(_ task: PageTask) -> Bool {
        guard options.robots, !task.api, let url = task.url, url.isHTTP, case .some(.none) = robots[url.origin] else { return false }
        return true
    }

    /// `seconds` ±50 %, in nanoseconds.
    private func jittered(_ seconds: Double) -> UInt64 {
        guard seconds > 0 else { return 0 }
        let j = min(max(options.jitter, 0), 1)
        return UInt64(seconds * (j > 0 ? Double.random(in: (1 - j)...(1 + j), using: &random) : 1) * 1e9)
    }

    private func start(_ task: PageTask) {
        task.attempts += 1
        if let url = task.url, url.isFile {
            task.result = readFile(task, url)
            release(task)
            return
        }
        if let pageCache, let url = task.url, url.isHTTP { task.cached = pageCache.lookup(url.text) }
        guard let url = task.url, let t = Transfer(url: url, options: options, resolve: resolveList.map(OpaquePointer.init), connectTo: connectList.map(OpaquePointer.init),
                                                   anyType: task.api, headers: task.cached.map(PageCache.conditionalHeaders) ?? []) else {
            task.result = pageError(task, .network, "cannot set up the transfer")
            release(task)
            return
        }
        transfers[ObjectIdentifier(t)] = task
        multi.add(t)
    }

    private var transfers: [ObjectIdentifier: PageTask] = [:]

    /// A file URL's page, read here and now: a regular file is read at
    /// once or not at all, so it needs no transfer (`LocalFile`).
    private func readFile(_ task: PageTask, _ url: WebURL) -> JSON {
        let startedAt = monotonicNanoseconds()
        let body: [UInt8], truncated: Bool
        do {
            (body, truncated) = try LocalFile.read(LocalFile.path(of: url), maxBytes: options.maxBytes)
        } catch {
            return pageError(task, error.code, error.message, finalURL: url.text)
        }
        if Transfer.looksBinary(body) {
            return pageError(task, .notHTML, "binary content", status: 200, finalURL: url.text)
        }
        let elapsed = Int((monotonicNanoseconds() - startedAt) / 1_000_000)
        return pageResult(task, body: body, truncated: truncated, contentType: nil, finalURL: url.text,
                          status: 200, elapsedMs: elapsed)
    }

    private func release(_ task: PageTask) {
        guard let key = task.url?.hostKey else { return }
        host(key).active -= 1
    }

    /// How long to wait for the network before something else is due.
    private func waitMs() -> Int {
        let now = monotonicNanoseconds()
        var wait: UInt64 = 1_000_000_000
        // At the limit, only a finished transfer frees a slot, and it wakes the wait.
        guard multi.count < options.parallel else { return Int(wait / 1_000_000) }
        for (key, h) in hosts where !h.queue.isEmpty && h.active < limits(for: key).perHost {
            // A queue whose first task waits for robots.txt waits for a transfer too.
            guard let next = h.queue.filter({ !waitsForRobots($0) }).map(\.notBefore).min() else { continue }
            let due = max(h.nextStart, next)
            wait = min(wait, due > now ? due - now : 0)
        }
        return Int(wait / 1_000_000)
    }

    // MARK: completions

    private func complete(_ t: Transfer, _ code: CURLcode) {
        if let origin = robotsTransfers.removeValue(forKey: ObjectIdentifier(t)) {
            host(t.url.hostKey).active -= 1
            robotsDone(t, code, origin: origin)
            return
        }
        guard let task = transfers.removeValue(forKey: ObjectIdentifier(t)) else { return }
        release(task)
        let hostKey = task.url?.hostKey ?? "file:"
        let status = t.status
        let elapsed = Int((monotonicNanoseconds() - t.startedAt) / 1_000_000)

        if t.refusedPrivate.pointee != 0 {
            task.result = pageError(task, .privateAddress, "\(task.url?.host ?? "") resolves to a private or loopback address")
            return
        }
        let broken = code != CURLE_OK && !(code == CURLE_WRITE_ERROR && (t.truncated || t.rejectedType != nil))
        if broken {
            let kind = FetchErrorCode.from(code)
            if kind.isHostFailure { noteOutcome(hostKey, failed: true) }
            if kind.isTransient, retry(task, after: nil) { return }
            let message: String
            switch kind {
            case .timeout:
                let detail = t.errorMessage(code)
                message = detail.hasPrefix("operation too slow")
                    ? "too slow: under \(FetchOptions.lowSpeedLimit) bytes/s for \(options.lowSpeedSeconds) s"
                    : "no complete answer within \(formatSeconds(options.timeout))"
            case .tooLarge: message = "the response headers are too large"
            default: message = t.errorMessage(code)
            }
            task.result = pageError(task, kind, message, finalURL: t.finalURL)
            return
        }
        let overloaded = status == 408 || status == 429 || (500...599).contains(status)
        noteOutcome(hostKey, failed: overloaded)
        if overloaded {
            var retryAfter: curl_off_t = -1
            jp_getinfo_off(t.handle, CURLINFO_RETRY_AFTER, &retryAfter)
            if retry(task, after: retryAfter > 0 ? Double(retryAfter) : nil) { return }
        }
        if status == 304, let kept = task.cached {
            task.result = cachedResult(task, kept, elapsedMs: elapsed)
            return
        }
        if let type = t.rejectedType {
            let code: FetchErrorCode = status >= 400 ? .httpStatus : .notHTML
            let message = status >= 400 ? "HTTP \(status) (\(type))" : "content type \(type)"
            task.result = pageError(task, code, message, status: status, finalURL: t.finalURL)
            return
        }
        if t.contentType == nil, Transfer.looksBinary(t.body) {
            task.result = pageError(task, .notHTML, "binary content", status: status, finalURL: t.finalURL)
            return
        }
        task.result = pageResult(task, body: t.body, truncated: t.truncated, contentType: t.contentType, finalURL: t.finalURL,
                                 headers: t.headers, status: status, elapsedMs: elapsed)
    }

    /// Queues another attempt if one is left; false when the task is done.
    private func retry(_ task: PageTask, after retryAfter: Double?) -> Bool {
        guard task.attempts <= options.retries, let key = task.url?.hostKey else { return false }
        let step = min(options.retryCap, options.retryBase * pow(2, Double(task.attempts - 1)))
        var wait = Double.random(in: 0...max(step, 0), using: &random)
        if let retryAfter {
            // Retry-After is honoured up to the backoff cap; longer waits give up.
            guard retryAfter <= max(options.retryCap, 60) else { return false }
            wait = max(wait, retryAfter)
        }
        task.notBefore = monotonicNanoseconds() + UInt64(wait * 1e9)
        host(key).queue.append(task)
        return true
    }

    /// A page with a body: from a transfer (with its kept `headers`) or a file.
    private func pageResult(_ task: PageTask, body: [UInt8], truncated: Bool, contentType: String?, finalURL: String,
                            headers: [String: String] = [:], status: Int, elapsedMs: Int) -> JSON {
        let (text, charset) = body.withUnsafeBufferPointer { buf in
            Charset.decode(buf, charset: Charset.detect(contentType: contentType, body: buf))
        }
        let type = contentType.map(Transfer.mediaType) ?? "text/html"
        var pairs: [(String, JSON)] = [
            ("url", .string(task.requested)), ("final_url", .string(finalURL)), ("role", .string(task.role)),
            ("status", .int(status)), ("content_type", .string(type)), ("charset", .string(charset)),
            ("fetched_at", .string(Clock.nowRFC3339())), ("elapsed_ms", .int(elapsedMs)),
            ("bytes", .int(body.count)), ("attempts", .int(task.attempts)), ("truncated", .bool(truncated)),
            ("body", .string(text)),
        ]
        if let pageCache, status == 200, !truncated, headers["etag"] != nil || headers["last-modified"] != nil {
            pageCache.store(task.url?.text ?? task.requested, PageCache.Entry(etag: headers["etag"], lastModified: headers["last-modified"],
                                                            finalURL: finalURL, contentType: type, charset: charset, body: text))
        }
        if status >= 400 {
            pairs.append(("error", errorObject(.httpStatus, "HTTP \(status)", attempts: task.attempts)))
        } else if options.discover, task.role == "seed" || task.role == "home" {
            task.html = text
            task.base = WebURL(finalURL) ?? task.url
        }
        return .object(pairs)
    }

    /// A page the server said is unchanged (304): the kept copy, marked `cached`.
    private func cachedResult(_ task: PageTask, _ kept: PageCache.Entry, elapsedMs: Int) -> JSON {
        if options.discover, task.role == "seed" || task.role == "home" {
            task.html = kept.body
            task.base = WebURL(kept.finalURL) ?? task.url
        }
        return .object([
            ("url", .string(task.requested)), ("final_url", .string(kept.finalURL)), ("role", .string(task.role)),
            ("status", .int(200)), ("content_type", .string(kept.contentType)), ("charset", .string(kept.charset)),
            ("fetched_at", .string(Clock.nowRFC3339())), ("elapsed_ms", .int(elapsedMs)),
            ("bytes", .int(kept.body.utf8.count)), ("attempts", .int(task.attempts)), ("truncated", .bool(false)),
            ("cached", .bool(true)), ("body", .string(kept.body)),
        ])
    }

    private func pageError(_ task: PageTask, _ code: FetchErrorCode, _ message: String,
                           status: Int? = nil, finalURL: String? = nil) -> JSON {
        var pairs: [(String, JSON)] = [("url", .string(task.requested))]
        if let finalURL { pairs.append(("final_url", .string(finalURL))) }
        pairs.append(("role", .string(task.role)))
        if let status, status > 0 { pairs.append(("status", .int(status))) }
        pairs.append(("attempts", .int(task.attempts)))
        pairs.append(("error", errorObject(code, message, attempts: task.attempts)))
        return .object(pairs)
    }

    // MARK: records out

    private func emitFinished(_ emit: (RecordSlot) throws -> Void) throws {
        for slot in slots where options.discover { discover(slot) }
        if let planner {
            for slot in slots where !slot.planned && slot.isComplete {
                let more = planner.next(slot)
                if more.isEmpty { slot.planned = true }
                for r in more { addTask(to: slot, requested: r.url.text, url: r.url, role: r.role, api: r.api) }
            }
        }
        if options.unordered {
            let done = slots.filter(\.isComplete)
            guard !done.isEmpty else { return }
            slots.removeAll { $0.isComplete }
            for slot in done { try emit(slot) }
        } else {
            while let first = slots.first, first.isComplete {
                slots.removeFirst()
                try emit(first)
            }
        }
    }

    /// After the seed (and the home page) arrive, queue the home page and the
    /// best link for each role, up to `maxPages` pages in all.
    private func discover(_ slot: RecordSlot) {
        for task in slot.tasks where task.html != nil && (task.role == "seed" || task.role == "home") {
            guard let html = task.html, let base = task.base else { continue }
            task.html = nil
            if task.role == "seed", let home = base.home, !slot.seen.contains(home.text), base.pathAndQuery != "/" {
                if slot.tasks.count < options.maxPages { addTask(to: slot, requested: home.text, url: home, role: "home") }
            }
            for (role, url) in DiscoveryLinks.best(in: html, base: base, taken: slot.rolesTaken, seen: slot.seen) {
                guard slot.tasks.count < options.maxPages else { break }
                addTask(to: slot, requested: url.text, url: url, role: role)
            }
        }
    }
}
