/// Microdata (`itemscope`/`itemtype`/`itemprop`) and RDFa Lite
/// (`typeof`/`property`) items turned into the JSON shape JSON-LD would have,
/// so one reader handles all three.
enum Microdata {
    /// Every JobPosting item on the page, as JSON objects.
    static func jobPostings(in doc: HTMLTree) -> [JSON] {
        var found: [JSON] = []
        doc.walk { node in
            guard node.isElement else { return true }
            let type = node.attribute("itemtype") ?? node.attribute("typeof")
            if let type, type.hasSuffix("JobPosting") {
                found.append(item(node, type: "JobPosting"))
                return false
            }
            return true
        }
        return found
    }

    /// One item: its properties in document order, nested items as objects.
    static func item(_ node: TreeNode, type: String) -> JSON {
        var pairs: [(String, JSON)] = [("@type", .string(type))]
        for child in node.children { collect(child, into: &pairs, depth: 0) }
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

    private static func collect(_ node: TreeNode, into pairs: inout [(String, JSON)], depth: Int) {
        guard node.isElement, depth < 64 else { return }
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
                value = item(node, type: nestedType.map { String($0.split(separator: "/").last ?? "") } ?? "Thing")
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
        for child in node.children { collect(child, into: &pairs, depth: depth + 1) }
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
