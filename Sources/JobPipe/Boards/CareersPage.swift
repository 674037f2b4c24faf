/// A company's own careers page: the job board it links or embeds (any ATS
/// `Board` knows), else the postings its JSON-LD lists (`JobPosting`s, and
/// `ItemList`s whose items are postings or links to them).
enum CareersPage {
    /// The boards the page points at through links, frames, scripts and
    /// forms, the most often named first (ties: the first named).
    static func boards(in doc: HTMLTree, base: WebURL) -> [Board] {
        var counts: [Board: Int] = [:], order: [Board] = []
        var seen = 0
        doc.walk { node in
            guard node.isElement else { return true }
            for value in [node.attribute("href"), node.attribute("src"), node.attribute("action"), node.attribute("data-src")] {
                guard let value, let url = WebURL(value, base: base), let board = Board.from(url: url) else { continue }
                seen += 1
                if counts[board] == nil { order.append(board) }
                counts[board, default: 0] += 1
            }
            return seen < 5000
        }
        return order.enumerated().sorted { a, b in
            let x = counts[a.element]!, y = counts[b.element]!
            return x != y ? x > y : a.offset < b.offset
        }.map(\.element)
    }

    /// The postings of the page's JSON-LD, with ids: the posting's
    /// `identifier`, else its URL, else its title.
    static func postings(in doc: HTMLTree, base: WebURL) -> [FeedPosting] {
        var out: [FeedPosting] = []
        var ids = Set<String>(), urls = Set<String>()
        func add(_ f: FeedPosting) {
            guard !ids.contains(f.id), !(f.url.map(urls.contains) ?? false) else { return }
            ids.insert(f.id)
            if let u = f.url { urls.insert(u) }
            out.append(f)
        }
        for node in SchemaPosting.jobPostings(in: PostingReader.jsonLDValues(doc)) {
            let url = FeedReader.text(node["url"]).flatMap { WebURL($0, base: base)?.text }
            let identifier = node["identifier"].flatMap { FeedReader.text($0["value"]) ?? FeedReader.text($0) }
            var posting = SchemaPosting.posting(from: node, source: .jsonld)
            guard let id = identifier ?? url ?? posting.title else { continue }
            var f = FeedPosting(id: id)
            if posting.remote == nil { posting.remote = FeedReader.mentionsRemote(posting.location) ?? false }
            f.posting = posting
            f.url = url
            f.updatedAt = FeedReader.text(node["datePosted"])
            add(FeedReader.finished(f))
        }
        // Lists of links to postings (an ItemList whose items are not JobPostings themselves)
        for value in jsonLD(doc) {
            for list in itemLists(in: value, depth: 0) {
                for element in list["itemListElement"]?.arrayValue ?? [] {
                    let item = element["item"] ?? element
                    guard !SchemaPosting.isJobPosting(item),
                          let link = FeedReader.text(item["url"]) ?? FeedReader.text(element["url"]),
                          let url = WebURL(link, base: base)?.text else { continue }
                    var f = FeedPosting(id: url)
                    f.posting.source = .jsonld
                    f.url = url
                    f.posting.title = FeedReader.text(item["name"]) ?? FeedReader.text(element["name"])
                    add(f)
                }
            }
        }
        return out
    }

    static func jsonLD(_ doc: HTMLTree) -> [JSON] {
        var found: [JSON] = []
        for node in doc.elements(.script) {
            guard let type = node.attribute("type")?.lowercased(), type.hasPrefix("application/ld+json") else { continue }
            var text: [UInt8] = []
            for child in node.children { child.withContent { text.append(contentsOf: $0) } }
            found += LenientJSON.values(in: String(decoding: text, as: UTF8.self))
        }
        return found
    }

    static func itemLists(in value: JSON, depth: Int) -> [JSON] {
        guard depth < 16 else { return [] }
        if let items = value.arrayValue { return items.flatMap { itemLists(in: $0, depth: depth + 1) } }
        guard let pairs = value.objectValue else { return [] }
        let types = value["@type"].map { $0.arrayValue ?? [$0] } ?? []
        if types.contains(where: { $0.stringValue == "ItemList" }) { return [value] }
        return pairs.flatMap { itemLists(in: $0.1, depth: depth + 1) }
    }
}
