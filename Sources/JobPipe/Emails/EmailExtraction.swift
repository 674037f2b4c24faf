/// extract-emails on one record: finds the addresses on each page with a
/// `body` and adds them as `emails`; drops the bodies unless `keepBody`.
///
/// Input: `pages[]` objects as fetch-page writes them (`body`, `url`,
/// `final_url`…), or a top-level `body` (with `final_url` or `url`) for a
/// record that is itself one page. Output: `emails`, one entry per address
/// (lower case) in page order, then document order; a record with no pages
/// and no body gets `"emails":[]`.
public struct EmailExtraction: RecordTransform, Sendable {
    public var keepBody: Bool
    public var allowPlaceholders: Bool

    public init(keepBody: Bool = false, allowPlaceholders: Bool = false) {
        self.keepBody = keepBody
        self.allowPlaceholders = allowPlaceholders
    }

    var filter: AddressFilter { AddressFilter(allowPlaceholders: allowPlaceholders) }

    /// Adds `emails` to the record. Throws `BadField` when `pages` is not an array of objects.
    public func apply(to record: inout Record) throws {
        var list = FoundEmailList()
        if let pagesValue = record.value("pages") {
            guard let pages = pagesValue.arrayValue else { throw BadField("'pages' is not an array") }
            if pages.contains(where: { $0.objectValue == nil }) {
                throw BadField("'pages' holds a value that is not an object")
            }
            var hadBody = false
            var kept: [JSON] = []
            for page in pages {
                if let body = page["body"]?.stringValue {
                    hadBody = true
                    let source = page["final_url"]?.stringValue ?? page["url"]?.stringValue
                    for f in emails(inBody: body, sourceURL: source) { list.add(f) }
                }
                kept.append(keepBody ? page : page.removing("body"))
            }
            if hadBody, !keepBody { record.set("pages", .array(kept)) }
        } else if let body = record.string("body") {
            let source = record.string("final_url") ?? record.string("url")
            for f in emails(inBody: body, sourceURL: source) { list.add(f) }
            if !keepBody { record.remove("body") }
        }
        record.set("emails", .array(list.items.map(\.json)))
    }

    /// The addresses of one HTML page, in document order: one entry per
    /// address, at its first place, with the details of its best find.
    public func emails(inBody body: String, sourceURL: String?) -> [FoundEmail] {
        guard !body.isEmpty else { return [] }
        return PageScanner.scan(HTMLTree(body, url: sourceURL, scripting: false), filter: filter, sourceURL: sourceURL)
    }
}
