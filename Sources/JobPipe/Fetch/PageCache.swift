#if canImport(Glibc)
import Glibc
#endif

/// `--cache DIR`: pages kept with their validators (`ETag`, `Last-Modified`)
/// so that a re-run asks the server "changed since?" and, on 304, hands on the
/// kept page without downloading it again. One file per URL, named by a hash
/// of it, holding one JSON object; written to a temporary file and renamed.
struct PageCache {
    struct Entry {
        var etag: String?
        var lastModified: String?
        var finalURL: String
        var contentType: String
        var charset: String
        var body: String
    }

    let directory: String

    init(directory: String) {
        self.directory = directory
        makeDirectories(directory)
    }

    /// FNV-1a, 64 bits, as hex: a file name for a URL.
    static func fileName(_ url: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in url.utf8 {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex + ".json"
    }

    func path(_ url: String) -> String { directory + "/" + PageCache.fileName(url) }

    func lookup(_ url: String) -> Entry? {
        guard let bytes = readWholeFile(path(url)), let o = try? JSON.parse(bytes),
              o["url"]?.stringValue == url, let body = o["body"]?.stringValue,
              let finalURL = o["final_url"]?.stringValue else { return nil }
        let etag = o["etag"]?.stringValue, lastModified = o["last_modified"]?.stringValue
        guard etag != nil || lastModified != nil else { return nil }
        return Entry(etag: etag, lastModified: lastModified, finalURL: finalURL,
                     contentType: o["content_type"]?.stringValue ?? "text/html",
                     charset: o["charset"]?.stringValue ?? "utf-8", body: body)
    }

    /// The request headers that ask whether `entry` is still current.
    static func conditionalHeaders(_ entry: Entry) -> [String] {
        var h: [String] = []
        if let e = entry.etag { h.append("If-None-Match: " + e) }
        if let m = entry.lastModified { h.append("If-Modified-Since: " + m) }
        return h
    }

    /// Keeps a complete page that came with a validator; failures are ignored.
    func store(_ url: String, _ entry: Entry) {
        guard entry.etag != nil || entry.lastModified != nil else { return }
        let text = JSON.object([
            ("url", .string(url)), ("final_url", .string(entry.finalURL)), ("etag", .optional(entry.etag)),
            ("last_modified", .optional(entry.lastModified)), ("content_type", .string(entry.contentType)),
            ("charset", .string(entry.charset)), ("body", .string(entry.body)),
        ]).text
        let target = path(url)
        let tmp = target + ".tmp.\(getpid())"
        guard let f = fopen(tmp, "w") else { return }
        let ok = fputs(text, f) >= 0
        if fclose(f) == 0 && ok { rename(tmp, target) } else { unlink(tmp) }
    }
}
