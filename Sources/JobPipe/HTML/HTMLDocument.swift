import CLibXML2
#if canImport(Glibc)
import Glibc
#endif

/// An HTML document parsed by libxml2's forgiving HTML parser. The class owns
/// the `htmlDocPtr` and frees it when it goes.
public final class HTMLDocument {
    let doc: htmlDocPtr
    /// The URL the page came from, for resolving links.
    public let url: String?

    private static let setUp: Void = {
        xmlInitParser()
        jp_xml_quiet()
    }()

    /// Parses UTF-8 HTML; nil only when libxml2 finds no document at all.
    public init?(utf8 bytes: UnsafeBufferPointer<UInt8>, url: String? = nil) {
        guard let parsed = HTMLDocument.parse(bytes, url: url) else { return nil }
        doc = parsed
        self.url = url
    }

    public init?(_ text: String, url: String? = nil) {
        var text = text
        guard let parsed = text.withUTF8({ HTMLDocument.parse($0, url: url) }) else { return nil }
        doc = parsed
        self.url = url
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>, url: String?) -> htmlDocPtr? {
        _ = HTMLDocument.setUp
        guard bytes.count > 0, bytes.count < Int(Int32.max) else { return nil }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        return bytes.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
            htmlReadMemory($0, Int32(bytes.count), url, "UTF-8", options)
        }
    }

    deinit { xmlFreeDoc(doc) }
    public var root: HTMLNode? {
        xmlDocGetRootElement(doc).map { HTMLNode($0) }
    }

    /// Visits every node in document order. Return `false` from `visit` to
    /// skip a node's children.
    public func walk(_ visit: (HTMLNode) -> Bool) {
        guard let root = xmlDocGetRootElement(doc) else { return }
        // Iterative, so a hostile page nested ten thousand deep cannot
        // exhaust the stack.
        var node: xmlNodePtr? = root
        while let n = node {
            let descend = visit(HTMLNode(n))
            if descend, let child = n.pointee.children {
                node = child
                continue
            }
            var cur: xmlNodePtr? = n
            node = nil
            while let c = cur {
                if c == root { break }
                if let next = c.pointee.next { node = next; break }
                cur = c.pointee.parent
                if cur == root || cur == nil { break }
            }
        }
    }
}

/// A node of an `HTMLDocument`; valid while the document lives.
public struct HTMLNode {
    public let ptr: xmlNodePtr

    init(_ ptr: xmlNodePtr) { self.ptr = ptr }

    public var isElement: Bool { ptr.pointee.type == XML_ELEMENT_NODE }
    public var isText: Bool { ptr.pointee.type == XML_TEXT_NODE || ptr.pointee.type == XML_CDATA_SECTION_NODE }
    public var isComment: Bool { ptr.pointee.type == XML_COMMENT_NODE }

    /// The tag name, lower case for HTML.
    public var name: String {
        guard let n = ptr.pointee.name else { return "" }
        return String(cString: n)
    }

    /// Compares the tag name without building a String.
    public func named(_ tag: StaticString) -> Bool {
        guard let n = ptr.pointee.name else { return false }
        return strcmpBytes(n, tag)
    }

    public var parent: HTMLNode? {
        guard let p = ptr.pointee.parent, p.pointee.type == XML_ELEMENT_NODE else { return nil }
        return HTMLNode(p)
    }

    public var children: [HTMLNode] {
        var out: [HTMLNode] = []
        var c = ptr.pointee.children
        while let n = c { out.append(HTMLNode(n)); c = n.pointee.next }
        return out
    }

    /// The raw content of a text or comment node, without copying.
    public func withContent<T>(_ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        guard let c = ptr.pointee.content else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        return body(UnsafeBufferPointer(start: c, count: strlen(c)))
    }

    public var content: String {
        withContent { String(decoding: $0, as: UTF8.self) }
    }

    /// An attribute's value (entities decoded), or nil.
    public func attribute(_ name: String) -> String? {
        guard let v = xmlGetProp(ptr, name) else { return nil }
        defer { jp_xml_free(v) }
        return String(cString: v)
    }

    /// Every attribute as (name, value), in document order.
    public var attributes: [(String, String)] {
        var out: [(String, String)] = []
        var a = ptr.pointee.properties
        while let attr = a {
            let name = attr.pointee.name.map { String(cString: $0) } ?? ""
            var value = ""
            if let v = xmlNodeListGetString(ptr.pointee.doc, attr.pointee.children, 1) {
                value = String(cString: v)
                jp_xml_free(v)
            }
            out.append((name, value))
            a = attr.pointee.next
        }
        return out
    }

    /// The text of the node and its descendants, as a reader sees it: script
    /// and style left out, runs of white space collapsed to one space.
    public var text: String {
        var parts: [UInt8] = []
        collectText(ptr, into: &parts, depth: 0)
        return collapseSpace(parts)
    }

    private func collectText(_ n: xmlNodePtr, into out: inout [UInt8], depth: Int) {
        guard depth < 256 else { return }
        var c = n.pointee.children
        while let child = c {
            let node = HTMLNode(child)
            if node.isText {
                node.withContent { out.append(contentsOf: $0) }
            } else if node.isElement, !node.named("script"), !node.named("style") {
                if node.isBlock { out.append(0x20) }
                collectText(child, into: &out, depth: depth + 1)
                if node.isBlock { out.append(0x20) }
            }
            c = child.pointee.next
        }
    }

    /// Elements after which a reader sees a break between words.
    public var isBlock: Bool {
        guard isElement else { return false }
        switch name {
        case "p", "div", "br", "li", "ul", "ol", "tr", "td", "th", "table", "h1", "h2", "h3", "h4",
             "h5", "h6", "section", "article", "header", "footer", "nav", "aside", "main", "dd", "dt",
             "dl", "blockquote", "pre", "address", "form", "hr", "option", "title", "figcaption":
            return true
        default: return false
        }
    }
}

/// White space runs (including non-breaking spaces) collapsed to one space, trimmed.
public func collapseSpace(_ bytes: [UInt8]) -> String {
    var text = TextCollector(oneLine: true)
    bytes.withUnsafeBufferPointer { text.append($0) }
    return text.finish().first ?? ""
}

@inline(__always) func strcmpBytes(_ p: UnsafePointer<UInt8>, _ s: StaticString) -> Bool {
    let n = s.utf8CodeUnitCount
    let q = s.utf8Start
    for i in 0..<n where p[i] != q[i] { return false }
    return p[n] == 0
}
