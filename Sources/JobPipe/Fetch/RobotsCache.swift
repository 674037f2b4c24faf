#if canImport(Glibc)
import Glibc
#endif

/// robots.txt answers kept across runs: one JSON line per origin in
/// `$XDG_CACHE_HOME/jobpipe/robots.ndjson` (or `~/.cache/jobpipe/…`), each
/// `{"origin", "fetched_at" (Unix seconds), "status", "body"}`, used for 24 h.
/// Only answers that may be cached are kept (2xx and 4xx, not 5xx or
/// unreachable). Written to a temporary file and renamed; a broken or
/// unreadable cache is ignored, never fatal.
final class RobotsCache {
    struct Entry {
        let fetchedAt: Int
        let status: Int
        let body: String
        var rules: RobotsTxt { status >= 200 && status < 300 ? RobotsTxt(parsing: body) : .allowAll }
    }

    static let maxAge = 24 * 3600
    let path: String?
    private var entries: [String: Entry] = [:]
    private var changed = false

    init(path: String?, now: Int = Int(time(nil))) {
        self.path = path
        if let path { entries = RobotsCache.read(path, now: now) }
    }

    /// The entries of the file at `path` still young enough to use.
    private static func read(_ path: String, now: Int) -> [String: Entry] {
        guard let data = readWholeFile(path) else { return [:] }
        var entries: [String: Entry] = [:]
        for line in data.split(separator: UInt8(ascii: "\n")) {
            guard let o = try? JSON.parse(Array(line)), let origin = o["origin"]?.stringValue,
                  let at = o["fetched_at"]?.intValue, let status = o["status"]?.intValue,
                  let body = o["body"]?.stringValue, now - at < RobotsCache.maxAge, at <= now else { continue }
            entries[origin] = Entry(fetchedAt: at, status: status, body: body)
        }
        return entries
    }

    func lookup(_ origin: String) -> Entry? { entries[origin] }

    func store(_ origin: String, status: Int, body: String, now: Int = Int(time(nil))) {
        entries[origin] = Entry(fetchedAt: now, status: status, body: body)
        changed = true
    }

    /// Writes the cache back when something was added, merged with what
    /// other runs wrote meanwhile (the newer answer of an origin wins), so
    /// that runs side by side (xargs -P, parallel) keep each other's answers;
    /// failures are ignored.
    func save(now: Int = Int(time(nil))) {
        guard changed, let path else { return }
        for (origin, e) in RobotsCache.read(path, now: now) where e.fetchedAt > entries[origin]?.fetchedAt ?? Int.min {
            entries[origin] = e
        }
        if let slash = path.lastIndex(of: "/") { makeDirectories(String(path[..<slash])) }
        var text = ""
        for (origin, e) in entries.sorted(by: { $0.key < $1.key }) {
            text += JSON.object([("origin", .string(origin)), ("fetched_at", .int(e.fetchedAt)),
                                 ("status", .int(e.status)), ("body", .string(e.body))]).text + "\n"
        }
        let tmp = path + ".tmp.\(getpid())"
        guard let f = fopen(tmp, "w") else { return }
        let ok = fputs(text, f) >= 0
        if fclose(f) == 0 && ok { rename(tmp, path) } else { unlink(tmp) }
    }
}

/// Where the robots.txt cache lives by default.
public enum RobotsCacheLocation {
    /// `$XDG_CACHE_HOME/jobpipe/robots.ndjson`, else `~/.cache/jobpipe/…`; nil when neither is set.
    public static var defaultPath: String? {
        if let x = Environment.get("XDG_CACHE_HOME"), x.hasPrefix("/") { return x + "/jobpipe/robots.ndjson" }
        if let h = Environment.get("HOME"), !h.isEmpty { return h + "/.cache/jobpipe/robots.ndjson" }
        return nil
    }
}

/// The bytes of a file, or nil (also when it is larger than `InputLimits.maxLineBytes`).
func readWholeFile(_ path: String) -> [UInt8]? {
    try? InputLimits.readFile(path)
}

/// `mkdir -p`, quietly; a relative `path` is taken from the current directory.
func makeDirectories(_ path: String) {
    var sofar = path.hasPrefix("/") ? "" : "."
    for part in path.split(separator: "/") {
        sofar += "/" + part
        mkdir(sofar, 0o700)
    }
}
