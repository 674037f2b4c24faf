import CLibXML2

/// HTML turned into the plain text a reader sees: one line per block
/// (paragraph, list item, heading), spaces collapsed, script and style left out.
enum PlainText {
    static func of(_ node: HTMLNode, skippingChrome: Bool = false) -> String {
        var out: [UInt8] = []
        collect(node.ptr, into: &out, depth: 0, chrome: skippingChrome)
        return tidy(out)
    }

    /// Elements that hold navigation and forms, never a posting's text.
    static func isChrome(_ node: HTMLNode) -> Bool {
        node.named("nav") || node.named("footer") || node.named("header") || node.named("aside")
            || node.named("form") || node.named("button") || node.named("select") || node.named("dialog")
    }

    /// An HTML fragment (a JSON-LD `description`) as plain text. A fragment
    /// whose tags were escaped once more (`&lt;p&gt;`) is decoded twice.
    static func ofFragment(_ html: String) -> String {
        guard let doc = HTMLDocument("<div>" + html + "</div>"), let root = doc.root else { return "" }
        let text = of(root)
        if !html.contains("<"), html.contains("&lt;"), text.contains("<") { return ofFragment(text) }
        return text
    }

    private static func collect(_ n: xmlNodePtr, into out: inout [UInt8], depth: Int, chrome: Bool) {
        guard depth < 256 else { return }
        var c = n.pointee.children
        var previousSpan = false
        while let child = c {
            let node = HTMLNode(child)
            // <span>United States</span><span>Canada</span>: items of a list
            let span = node.isElement && node.named("span")
            if chrome, span, previousSpan { out.append(contentsOf: ", ".utf8) }
            previousSpan = span
            if chrome, node.isElement, isChrome(node) {
                c = child.pointee.next
                continue
            }
            if node.isText {
                node.withContent { out.append(contentsOf: $0) }
            } else if node.isElement, !node.named("script"), !node.named("style"), !node.named("noscript"),
                      !node.named("template"), !node.named("svg") {
                let block = node.isBlock
                if block { out.append(0x0A) }
                collect(child, into: &out, depth: depth + 1, chrome: chrome)
                if block { out.append(0x0A) }
            }
            c = child.pointee.next
        }
    }

    /// Collapses spaces within lines and drops empty lines.
    static func tidy(_ bytes: [UInt8]) -> String {
        var lines: [String] = []
        var current: [UInt8] = []
        func end() {
            let s = collapseSpace(current)
            if !s.isEmpty { lines.append(s) }
            current.removeAll(keepingCapacity: true)
        }
        for b in bytes {
            if b == 0x0A { end() } else { current.append(b) }
        }
        end()
        return lines.joined(separator: "\n")
    }
}
