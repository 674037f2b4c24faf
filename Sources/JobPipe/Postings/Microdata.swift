/// Microdata (`itemscope`/`itemtype`/`itemprop`) and RDFa Lite
/// (`typeof`/`property`) items turned into the JSON shape JSON-LD would have,
/// so one reader handles all three.
enum Microdata {
    /// Every JobPosting item on the page, as JSON objects.
    static func jobPostings(in doc: HTMLTree) -> [JSON] {
        var found: [JSON] = []
        let reading = ItemReading(doc)
        doc.walk { node in
            guard node.isElement else { return true }
            let type = node.attribute("itemtype") ?? node.attribute("typeof")
            if let type, type.hasSuffix("JobPosting") {
                found.append(item(node, type: "JobPosting", reading: reading, nesting: 0))
                return false
            }
            return true
        }
        return found
    }

    /// What the reading of one page's items shares: its elements by `id`, for `itemref`, found on the first
    /// reference (most pages make none); and the elements read so far, to a bound, as references let a page
    /// have every item read the same large block again (`itemref="big"` on a thousand items).
    private final class ItemReading {
        let doc: HTMLTree
        var visits = 0
        static let maxVisits = 100_000
        init(_ doc: HTMLTree) { self.doc = doc }
        lazy var elements: [String: TreeNode] = {
            var found: [String: TreeNode] = [:]
            doc.walk { node in
                if node.isElement, let id = node.attribute("id"), found[id] == nil { found[id] = node }
                return true
            }
            return found
        }()
    }

    /// One item: its properties in document order, nested items as objects. As HTML defines it, an item's
    /// properties are those within it and within the elements its `itemref` names by `id`, wherever they stand
    /// ("<meta itemprop="hiringOrganization" itemscope itemref="employer">" and, elsewhere, "<div id="employer">
    /// <meta itemprop="name" content="Acme GmbH">"). (Items within items are read to a depth of 8: references may
    /// go round in a circle.)
    private static func item(_ node: TreeNode, type: String, reading: ItemReading, nesting: Int) -> JSON {
        var pairs: [(String, JSON)] = [("@type", .string(type))]
        guard nesting < 8 else { return .object(pairs) }
        for child in node.children { collect(child, into: &pairs, depth: 0, reading: reading, nesting: nesting) }
        // (each id once: "itemref="a a a"" reads a once)
        var seen: Set<Substring> = []
        for id in node.attribute("itemref")?.spaceParts ?? [] where seen.insert(id).inserted {
            if let element = reading.elements[String(id)], element.index != node.index {
                collect(element, into: &pairs, depth: 0, reading: reading, nesting: nesting)
            }
        }
        // several values of one property become an array
        var merged: [(String, [JSON])] = []
        var at: [String: Int] = [:]
        for (k, v) in pairs {
            if k != "@type", let i = at[k] {
                merged[i].1.append(v)
            } else {
                if k != "@type" { at[k] = merged.count }
                merged.append((k, [v]))
            }
        }
        return .object(merged.map { ($0.0, $0.1.count == 1 ? $0.1[0] : .array($0.1)) })
    }

    private static func collect(_ node: TreeNode, into pairs: inout [(String, JSON)], depth: Int, reading: ItemReading, nesting: Int) {
        guard node.isElement, depth < 64, reading.visits < ItemReading.maxVisits else { return }
        reading.visits += 1
        let props = (node.attribute("itemprop") ?? node.attribute("property"))?
            .spaceParts.map { name -> String in
                let s = String(name)
                if let i = s.lastIndex(where: { $0 == "/" || $0 == ":" || $0 == "#" }) { return String(s[s.index(after: i)...]) }
                return s
            } ?? []
        let nestedType = node.attribute("itemtype") ?? node.attribute("typeof")
        let isScope = node.hasAttribute("itemscope") || node.hasAttribute("typeof")
        if !props.isEmpty {
            let value: JSON
            if isScope {
                value = item(node, type: nestedType.map { String($0.split(separator: "/").last ?? "") } ?? "Thing",
                             reading: reading, nesting: nesting + 1)
            } else if props.contains("description") {
                value = .string(node.hasChildren ? innerText(node) : "")
            } else {
                value = .string(propertyValue(node, props))
            }
            for p in props { pairs.append((p, value)) }
            if isScope { return }
        } else if isScope {
            return
        }
        for child in node.children { collect(child, into: &pairs, depth: depth + 1, reading: reading, nesting: nesting) }
    }

    /// A description keeps its block structure: the element's HTML is read as text lines.
    private static func innerText(_ node: TreeNode) -> String {
        PlainText.of(node).split(separator: "\n").map { line -> String in
            let escaped = String(line).replacingAll("&", with: "&amp;").replacingAll("<", with: "&lt;")
            return "<p>" + escaped + "</p>"
        }.joined()
    }

    /// The properties whose values are addresses: a link holding any other (an employer's `name`, a `title`) is
    /// read for its words, as the page shows them, not for where it leads.
    private static let addressProperties: Set<String> = ["url", "sameAs", "image", "logo", "contentUrl",
                                                          "mainEntityOfPage", "item", "applyUrl", "thumbnailUrl"]

    private static func propertyValue(_ node: TreeNode, _ props: [String]) -> String {
        if let c = node.attribute("content") { return c }
        switch node.tag {
        case .meta: return node.attribute("content") ?? ""
        case .a, .area:
            let words = props.contains(where: addressProperties.contains) ? "" : node.text.trimmingSpaces
            return words.isEmpty ? node.attribute("href") ?? node.text : words
        case .link: return node.attribute("href") ?? node.text
        case .img, .audio, .video, .source: return node.attribute("src") ?? ""
        case .time: return node.attribute("datetime") ?? node.text
        case .data, .meter: return node.attribute("value") ?? node.text
        default: return node.text
        }
    }
}
