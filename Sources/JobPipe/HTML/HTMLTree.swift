#if canImport(Glibc)
import Glibc
#endif

/// A page read into a light tree by jobpipe's own forgiving HTML reader, the
/// one every program uses. It follows HTML's tokenizer (tags, attributes,
/// comments, raw text such as `<script>`, character references) and the
/// tree-building rules that decide a reader's view of a page (implied ends
/// of `<p>`, `<li>`, `<td>`…, void elements, end tags that match nothing),
/// and skips what a reader of text never needs (no `<head>`/`<body>` are
/// invented, no table fixing, no reparenting of misnested inline elements):
/// `HTMLConformanceTests` names the html5lib tree-construction cases it
/// passes. Nodes are indices into flat arrays and text is read from the
/// page's bytes when asked for: building the tree costs a few instructions
/// per byte, against the hundreds of a full DOM (libxml2's: 30 MB/s here).
final class HTMLTree {
    enum Kind: UInt8 { case document, element, text, comment }

    struct Node {
        var kind: Kind
        var tag: HTMLTag
        var parent: Int32
        var firstChild: Int32 = -1
        var lastChild: Int32 = -1
        var next: Int32 = -1
        /// Text: its bytes; element: its name's.
        var start: Int32
        var end: Int32
        var firstAttribute: Int32 = 0
        var attributeCount: Int32 = 0
    }

    struct Attribute {
        var nameStart: Int32, nameEnd: Int32, valueStart: Int32, valueEnd: Int32
    }

    /// The page: a copy the tree owns, or the caller's bytes (`borrowing`).
    let bytes: UnsafeBufferPointer<UInt8>
    private let owned: Bool
    let nodes: RawList<Node>
    let attributes: RawList<Attribute>
    /// The URL the page came from (or, for a saved page, the address it states as its own:
    /// `PostingReader.statedAddress`).
    public internal(set) var url: String?
    /// Whether `<noscript>` was read as a browser with scripts on reads it
    /// (its content raw text), or as markup (what a reader without scripts sees).
    let scripting: Bool

    /// Whether each node is the page's chrome, once known (0 not yet, 1 no, 2 yes): readers
    /// of text ask it of the same blocks again and again.
    private var chromeAnswers: [UInt8] = []

    /// `answer` for the node, worked out at its first asking.
    func chrome(of index: Int32, _ answer: () -> Bool) -> Bool {
        if chromeAnswers.isEmpty { chromeAnswers = [UInt8](repeating: 0, count: nodes.count) }
        let i = Int(index)
        if chromeAnswers[i] == 0 { chromeAnswers[i] = answer() ? 2 : 1 }
        return chromeAnswers[i] == 2
    }

    /// How deep elements nest; deeper start tags add their content to the
    /// element at this depth, so a hostile page cannot make walks expensive.
    static let maxDepth = 512

    public convenience init(utf8 page: UnsafeBufferPointer<UInt8>, url: String? = nil, scripting: Bool = true) {
        self.init(owning: HTMLTree.copy(page), url: url, scripting: scripting)
    }

    /// A tree over the caller's bytes, not a copy of them: they must outlive
    /// the tree and its nodes (analyze-job reads a page inside the
    /// `withUnsafeBufferPointer` that holds it).
    init(borrowing page: UnsafeBufferPointer<UInt8>, url: String? = nil, scripting: Bool = true) {
        self.url = url
        self.scripting = scripting
        owned = false
        let count = min(page.count, Int(Int32.max) - 1)
        bytes = UnsafeBufferPointer(rebasing: page[0..<count])
        (nodes, attributes) = HTMLTree.build(self.bytes, scripting: scripting)
    }

    public convenience init(_ text: String, url: String? = nil, scripting: Bool = true) {
        var text = text
        // copied inside withUTF8: a small string's bytes live only there
        self.init(owning: text.withUTF8(HTMLTree.copy), url: url, scripting: scripting)
    }

    private init(owning bytes: UnsafeMutableBufferPointer<UInt8>, url: String?, scripting: Bool) {
        self.url = url
        self.scripting = scripting
        owned = true
        self.bytes = UnsafeBufferPointer(bytes)
        (nodes, attributes) = HTMLTree.build(self.bytes, scripting: scripting)
    }

    private static func build(_ bytes: UnsafeBufferPointer<UInt8>, scripting: Bool) -> (RawList<Node>, RawList<Attribute>) {
        var builder = TreeBuilder(p: bytes.baseAddress ?? UnsafePointer(emptyPage), n: bytes.count, scripting: scripting)
        builder.run()
        return (builder.nodes, builder.attributes)
    }

    private static let emptyPage = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)

    /// The page in memory the tree owns. Offsets are Int32: a page over
    /// 2 GiB is read up to there.
    private static func copy(_ page: UnsafeBufferPointer<UInt8>) -> UnsafeMutableBufferPointer<UInt8> {
        let count = min(page.count, Int(Int32.max) - 1)
        let bytes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(count, 1))
        if count > 0 { bytes.baseAddress!.update(from: page.baseAddress!, count: count) }
        return UnsafeMutableBufferPointer(rebasing: bytes[0..<count])
    }

    deinit {
        if owned { UnsafeMutableBufferPointer(mutating: bytes).deallocate() }
        nodes.free()
        attributes.free()
    }

    /// The document: the parent of the page's top-level elements.
    public var document: TreeNode { TreeNode(tree: self, index: 0) }

    /// Visits every node below the document in document order. Return `false`
    /// from `visit` to skip a node's children.
    public func walk(_ visit: (TreeNode) -> Bool) {
        var i: Int32 = nodes[0].firstChild
        while i >= 0 {
            if visit(TreeNode(tree: self, index: i)), nodes[Int(i)].firstChild >= 0 {
                i = nodes[Int(i)].firstChild
                continue
            }
            while i > 0, nodes[Int(i)].next < 0 { i = nodes[Int(i)].parent }
            i = i > 0 ? nodes[Int(i)].next : -1
        }
    }

    /// All elements with the given tag, in document order.
    func elements(_ tag: HTMLTag) -> [TreeNode] {
        var found: [TreeNode] = []
        for i in 0..<nodes.count where nodes[i].kind == .element && nodes[i].tag == tag {
            found.append(TreeNode(tree: self, index: Int32(i)))
        }
        return found
    }

    /// The first `<body>`, or the document when the page has none.
    public var body: TreeNode { elements(.body).first ?? document }
}

/// A node of an `HTMLTree`; valid while the tree lives (it does not keep the
/// tree alive: hold the tree, or use `withExtendedLifetime`).
struct TreeNode {
    unowned(unsafe) let tree: HTMLTree
    let index: Int32

    private var node: HTMLTree.Node { tree.nodes[Int(index)] }

    public var isElement: Bool { node.kind == .element }
    public var isText: Bool { node.kind == .text }
    public var isComment: Bool { node.kind == .comment }
    var tag: HTMLTag { node.tag }
    func `is`(_ tag: HTMLTag) -> Bool { node.kind == .element && node.tag == tag }

    /// The tag name, lower case.
    public var name: String {
        let n = node
        guard n.kind == .element else { return "" }
        return String(decoding: tree.bytes[Int(n.start)..<Int(n.end)].map(lowerASCII), as: UTF8.self)
    }

    /// Whether the element's name is `lower` (given in lower case), without
    /// making a String: for the elements known only by name (`.other`).
    func hasName(_ lower: StaticString) -> Bool {
        let n = node
        guard n.kind == .element, Int(n.end - n.start) == lower.utf8CodeUnitCount else { return false }
        let p = lower.utf8Start
        for (k, b) in tree.bytes[Int(n.start)..<Int(n.end)].enumerated() where lowerASCII(b) != p[k] { return false }
        return true
    }

    public var parent: TreeNode? {
        let p = node.parent
        guard p > 0 else { return nil }
        return TreeNode(tree: tree, index: p)
    }

    /// The parent, the document included: what holds a page's top-level
    /// elements when it has no `<html>` or `<body>`.
    var container: TreeNode? {
        let p = node.parent
        return p >= 0 ? TreeNode(tree: tree, index: p) : nil
    }

    public var firstChild: TreeNode? {
        let c = node.firstChild
        return c >= 0 ? TreeNode(tree: tree, index: c) : nil
    }

    public var nextSibling: TreeNode? {
        let c = node.next
        return c >= 0 ? TreeNode(tree: tree, index: c) : nil
    }

    public var children: [TreeNode] {
        var out: [TreeNode] = []
        var c = firstChild
        while let n = c { out.append(n); c = n.nextSibling }
        return out
    }

    public var hasChildren: Bool { node.firstChild >= 0 }

    /// A text node's content with character references decoded (raw in
    /// scripts and styles), or a comment's as written.
    public func withContent<T>(_ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        let n = node
        guard n.kind == .text || n.kind == .comment else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        let raw = UnsafeBufferPointer(rebasing: tree.bytes[Int(n.start)..<Int(n.end)])
        if n.kind == .comment { return body(raw) }
        let parentTag = tree.nodes[Int(n.parent)].tag
        if parentTag.isRawText, !parentTag.decodesReferences { return body(raw) }
        if parentTag == .noscript, tree.scripting { return body(raw) }
        return CharacterReferences.withDecoded(raw, in: .text, body)
    }

    public var content: String { withContent { String(decoding: $0, as: UTF8.self) } }

    /// An attribute's value (references decoded), or nil. `name` is lower case.
    public func attribute(_ name: StaticString) -> String? {
        guard let a = findAttribute(name) else { return nil }
        let raw = UnsafeBufferPointer(rebasing: tree.bytes[Int(a.valueStart)..<Int(a.valueEnd)])
        return CharacterReferences.withDecoded(raw, in: .attribute) { String(decoding: $0, as: UTF8.self) }
    }

    public func hasAttribute(_ name: StaticString) -> Bool { findAttribute(name) != nil }

    /// An attribute's value as the page's bytes (references not decoded), or
    /// nil: for class names and ids, read without making a String.
    func withRawAttribute<T>(_ name: StaticString, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T? {
        guard let a = findAttribute(name) else { return nil }
        return body(UnsafeBufferPointer(rebasing: tree.bytes[Int(a.valueStart)..<Int(a.valueEnd)]))
    }

    /// Every attribute as (lower-case name, decoded value), in document
    /// order; of a name given twice, the first (as HTML keeps it).
    public var attributes: [(String, String)] {
        let n = node
        var out: [(String, String)] = []
        for k in Int(n.firstAttribute)..<Int(n.firstAttribute + n.attributeCount) {
            let a = tree.attributes[k]
            let name = String(decoding: tree.bytes[Int(a.nameStart)..<Int(a.nameEnd)].map(lowerASCII), as: UTF8.self)
            if out.contains(where: { $0.0 == name }) { continue }
            let raw = UnsafeBufferPointer(rebasing: tree.bytes[Int(a.valueStart)..<Int(a.valueEnd)])
            out.append((name, CharacterReferences.withDecoded(raw, in: .attribute) { String(decoding: $0, as: UTF8.self) }))
        }
        return out
    }

    private func findAttribute(_ name: StaticString) -> HTMLTree.Attribute? {
        let n = node
        guard n.attributeCount > 0 else { return nil }
        let want = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
        for k in Int(n.firstAttribute)..<Int(n.firstAttribute + n.attributeCount) {
            let a = tree.attributes[k]
            if Int(a.nameEnd - a.nameStart) == want.count,
               equalsLowercased(tree.bytes, Int(a.nameStart), want) { return a }
        }
        return nil
    }

    /// The text of the node and its descendants, as a reader sees it: script
    /// and style left out, runs of white space collapsed to one space.
    public var text: String {
        var out = TextCollector(oneLine: true)
        collectText(into: &out, depth: 0)
        return out.finish().first ?? ""
    }

    /// `text` up to the first inline element that begins a word in capitals
    /// right after a lower-case letter with nothing between: a heading's own
    /// words without the subtitle the page's style sets apart
    /// ("Koordynator techniczny<span class="subtitle">Stolarka …</span>").
    var leadingText: String {
        var out = TextCollector(oneLine: true)
        out.stopsAtCaseEdge = true
        collectText(into: &out, depth: 0)
        return out.finish().first ?? ""
    }

    /// Whether the element's text is words of their own, set apart from any
    /// word before it that it meets with nothing between: two words or more,
    /// the first in capitals ("<span>Stolarka okienna</span>"; not a brand's
    /// second half, "Java<span>Script</span>", "Job<b>Mart</b>").
    var setsApart: Bool {
        let t = text
        guard let first = t.unicodeScalars.first, first.properties.isUppercase else { return false }
        return t.utf8.contains(0x20)
    }

    /// The first heading element (`h1` to `h6`) among the descendants, in document order, at most `levels` down.
    func firstHeading(within levels: Int) -> TreeNode? {
        guard levels > 0 else { return nil }
        var c = firstChild
        while let child = c {
            if child.isElement {
                if child.tag.isHeading { return child }
                if let found = child.firstHeading(within: levels - 1) { return found }
            }
            c = child.nextSibling
        }
        return nil
    }

    /// The length in bytes of `text`, without making it.
    var textLength: Int { textLength(upTo: .max) }

    /// The length in bytes of `text`, counted only until it passes `limit`: the length where it is at most
    /// `limit`, else a length past it. A test of a large element's size stops early.
    func textLength(upTo limit: Int) -> Int {
        var out = TextCollector.counter()
        collectText(into: &out, depth: 0, limit: limit)
        return out.count
    }

    private func collectText(into out: inout TextCollector, depth: Int, limit: Int = .max) {
        guard depth < 256 else { return }
        var c = firstChild
        while let child = c, out.count <= limit {
            if child.isText {
                child.withContent { out.append($0) }
            } else if child.isElement, child.tag != .script, child.tag != .style {
                let block = child.isBlock
                if block { out.space() } else if out.stopsAtCaseEdge, out.endsLowercase, child.setsApart { out.inlineEdge() }
                child.collectText(into: &out, depth: depth + 1, limit: limit)
                if block { out.space() }
            }
            c = child.nextSibling
        }
    }

    /// Elements after which a reader sees a break between words.
    public var isBlock: Bool {
        guard isElement else { return false }
        switch tag {
        case .p, .div, .br, .li, .ul, .ol, .tr, .td, .th, .table, .h1, .h2, .h3, .h4, .h5, .h6, .section,
             .article, .header, .footer, .nav, .aside, .main, .dd, .dt, .dl, .blockquote, .pre, .address,
             .form, .hr, .option, .title, .figcaption:
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

@inline(__always) func lowerASCII(_ b: UInt8) -> UInt8 { b &- 0x41 < 26 ? b | 0x20 : b }

/// Whether `bytes[at...]` equals the lower-case `want`, ignoring ASCII case.
@inline(__always)
func equalsLowercased(_ bytes: UnsafeBufferPointer<UInt8>, _ at: Int, _ want: UnsafeBufferPointer<UInt8>) -> Bool {
    for k in 0..<want.count where lowerASCII(bytes[at + k]) != want[k] { return false }
    return true
}
