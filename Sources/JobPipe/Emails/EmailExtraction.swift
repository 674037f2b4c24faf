/// extract-emails on one record: finds the addresses on each page with a
/// `body` and adds them as `emails`; drops the bodies unless `keepBody`.
///
/// Input: `pages[]` objects as fetch-page writes them (`body`, `url`,
/// `final_url`…), or a top-level `body` (with `final_url` or `url`) for a
/// record that is itself one page. Output: `emails`, one entry per address
/// (lower case) in page order, then document order; a record with no pages
/// and no body gets `"emails":[]`. `people`: the persons the pages name
/// with a position or as a contact whose name no address of the record carries.
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
        var people: [FoundPerson] = []
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
                    let found = scan(body, sourceURL: source)
                    for f in found.emails { list.add(f) }
                    people += found.people
                }
                kept.append(keepBody ? page : page.removing("body"))
            }
            if hadBody, !keepBody { record.set("pages", .array(kept)) }
        } else if let body = record.string("body") {
            let source = record.string("final_url") ?? record.string("url")
            let found = scan(body, sourceURL: source)
            for f in found.emails { list.add(f) }
            people = found.people
            if !keepBody { record.remove("body") }
        }
        record.set("emails", .array(list.items.map(\.json)))
        // A person once per record, unless an address of the record carries the name.
        let named = Set(list.items.compactMap { $0.name.map(NameFinder.key) })
        var seen = Set<String>()
        let unique = people.filter { !named.contains(NameFinder.key($0.name)) && seen.insert(NameFinder.key($0.name)).inserted }
        record.set("people", .array(unique.map(\.json)))
    }

    /// The addresses and the people of one HTML page.
    public func scan(_ body: String, sourceURL: String?) -> (emails: [FoundEmail], people: [FoundPerson]) {
        guard !body.isEmpty else { return ([], []) }
        return PageScanner.scanPage(HTMLTree(body, url: sourceURL, scripting: false), filter: filter, sourceURL: sourceURL)
    }

    /// The addresses of one HTML page, in document order: one entry per
    /// address, at its first place, with the details of its best find.
    public func emails(inBody body: String, sourceURL: String?) -> [FoundEmail] {
        guard !body.isEmpty else { return [] }
        return PageScanner.scan(HTMLTree(body, url: sourceURL, scripting: false), filter: filter, sourceURL: sourceURL)
    }
}
