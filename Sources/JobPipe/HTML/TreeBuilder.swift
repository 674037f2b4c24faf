#if canImport(Glibc)
import Glibc
#endif

/// Reads a page's bytes into `HTMLTree`'s nodes: HTML's tokenizer for tags,
/// attributes, comments and raw text, and the part of its tree construction
/// that decides where text belongs.
struct TreeBuilder {
    let p: UnsafePointer<UInt8>
    let n: Int
    /// Whether `<noscript>` holds raw text (a reader with scripts on) or markup.
    let scripting: Bool
    var nodes: RawList<HTMLTree.Node>
    var attributes: RawList<HTMLTree.Attribute>
    /// The open elements (node indices) and their tags; the document is at 0.
    private var stack: [Int32] = []
    private var stackTags: [HTMLTag] = []
    /// How many elements of each tag are open: a search of the open elements
    /// for a tag none of which is open (most of them) is skipped.
    private var openCount = [Int32](repeating: 0, count: 256)
    private var seen: Set<HTMLTag> = []
    /// After `</body>` or `</html>`: a comment there belongs to the document.
    private var afterBody = false
    /// Whether the page's content has begun (words, or a tag that is not the head's).
    private var inBody = false
    /// How far down the open elements a search looks: on a page nested
    /// hundreds deep, each tag costs at most this many steps.
    static let searchDepth = 128

    init(p: UnsafePointer<UInt8>, n: Int, scripting: Bool) {
        self.p = p
        self.n = n
        self.scripting = scripting
        nodes = RawList(capacity: n / 32 + 16)
        attributes = RawList(capacity: n / 64 + 16)
        nodes.append(HTMLTree.Node(kind: .document, tag: .document, parent: -1, start: 0, end: 0))
        stack.append(0)
        stackTags.append(.document)
    }

    // MARK: tokenizer

    mutating func run() {
        var i = 0
        var textStart = 0
        while i < n {
            guard let lt = memchr(p + i, 0x3C, n - i) else { break }
            let j = p.distance(to: lt.assumingMemoryBound(to: UInt8.self))
            guard j + 1 < n else { break }
            let c = p[j + 1]
            var after = -1
            if isLetter(c) {
                text(textStart, j)
                after = startTag(j + 1)
            } else if c == 0x2F, j + 2 < n {  // </, but "</" at the end is text
                text(textStart, j)
                if isLetter(p[j + 2]) {
                    after = endTag(j + 2)
                } else if p[j + 2] == 0x3E {
                    after = j + 3  // </> is nothing
                } else {
                    after = bogusComment(j + 2)
                }
            } else if c == 0x21 {  // <!
                text(textStart, j)
                if j + 3 < n, p[j + 2] == 0x2D, p[j + 3] == 0x2D {
                    after = comment(j + 4)
                } else if isDoctype(j + 2) {
                    after = skipTo(0x3E, from: j + 2)
                } else {
                    after = bogusComment(j + 2)
                }
            } else if c == 0x3F {  // <?
                text(textStart, j)
                after = bogusComment(j + 1)
            }
            if after < 0 {
                i = j + 1  // a "<" that starts no tag is text
            } else {
                i = after
                textStart = after
            }
        }
        text(textStart, n)
    }

    @inline(__always) private func isLetter(_ c: UInt8) -> Bool { (c | 0x20) &- 0x61 < 26 }
    @inline(__always) private func isSpace(_ c: UInt8) -> Bool {
        c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D || c == 0x0C
    }

    /// The index of the next `byte` at or after `from`, or `n`.
    private func find(_ byte: UInt8, from: Int) -> Int {
        guard from < n, let hit = memchr(p + from, Int32(byte), n - from) else { return n }
        return p.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    /// The index after the next `byte`, or `n`.
    private func skipTo(_ byte: UInt8, from: Int) -> Int { min(find(byte, from: from) + 1, n) }

    /// `<!--` seen: adds the comment; returns the index after its end
    /// (`-->`, `--!>`, or `<!-->`), or `n` when it never ends.
    private mutating func comment(_ from: Int) -> Int {
        if from < n, p[from] == 0x3E { return addComment(from, from, after: from + 1) }
        if from + 1 < n, p[from] == 0x2D, p[from + 1] == 0x3E { return addComment(from, from, after: from + 2) }
        var k = from
        while true {
            let gt = find(0x3E, from: k)
            if gt == n { return addComment(from, dropDashes(from, n), after: n) }
            if gt - 2 >= from, p[gt - 1] == 0x2D, p[gt - 2] == 0x2D { return addComment(from, gt - 2, after: gt + 1) }
            if gt - 3 >= from, p[gt - 1] == 0x21, p[gt - 2] == 0x2D, p[gt - 3] == 0x2D {
                return addComment(from, gt - 3, after: gt + 1)
            }
            k = gt + 1
        }
    }

    /// The end of an unclosed comment's content: without the `-` or `--` it ends with.
    private func dropDashes(_ from: Int, _ end: Int) -> Int {
        var e = end
        while e > from, end - e < 2, p[e - 1] == 0x2D { e -= 1 }
        return e
    }

    /// `<?…>`, `<!…>` and `</…>` that open nothing else: a comment up to the next `>`.
    private mutating func bogusComment(_ from: Int) -> Int {
        let gt = find(0x3E, from: from)
        return addComment(from, gt, after: min(gt + 1, n))
    }

    private mutating func addComment(_ start: Int, _ end: Int, after: Int) -> Int {
        let index = Int32(nodes.count)
        let parent = afterBody ? 0 : current
        nodes.append(HTMLTree.Node(kind: .comment, tag: .other, parent: parent, start: Int32(start), end: Int32(end)))
        link(index, to: parent)
        return after
    }

    /// Whether `<!` is followed by `DOCTYPE`, in any case.
    private func isDoctype(_ from: Int) -> Bool {
        guard from + 7 <= n else { return false }
        for (k, c) in "doctype".utf8.enumerated() where lowerASCII(p[from + k]) != c { return false }
        return true
    }

    /// Elements whose content is text up to their end tag.
    @inline(__always) private func isRawText(_ tag: HTMLTag) -> Bool {
        tag == .noscript ? scripting : tag.isRawText
    }

    /// The tag whose name starts at `start`; sets `end` after the name.
    private func tagName(_ start: Int, _ end: inout Int) -> HTMLTag {
        var k = start
        while k < n {
            let c = p[k]
            if isSpace(c) || c == 0x2F || c == 0x3E { break }
            k += 1
        }
        end = k
        return HTMLTag.named(p + start, length: k - start)
    }

    /// A start tag whose name starts at `start`; returns the index after it,
    /// or `n` when the page ends inside it (the tag is then dropped).
    private mutating func startTag(_ start: Int) -> Int {
        var k = start
        let tag = tagName(start, &k)
        let nameEnd = k
        let firstAttribute = attributes.count
        var selfClosing = false
        while true {
            while k < n, isSpace(p[k]) || p[k] == 0x2F {
                if p[k] == 0x2F, k + 1 < n, p[k + 1] == 0x3E { selfClosing = true }
                k += 1
            }
            guard k < n else { attributes.truncate(to: firstAttribute); return n }
            if p[k] == 0x3E { k += 1; break }
            let nameStart = k
            k += 1  // a name may start with "="
            while k < n, !isSpace(p[k]), p[k] != 0x2F, p[k] != 0x3E, p[k] != 0x3D { k += 1 }
            let attrNameEnd = k
            while k < n, isSpace(p[k]) { k += 1 }
            var valueStart = k, valueEnd = k
            if k < n, p[k] == 0x3D {
                k += 1
                while k < n, isSpace(p[k]) { k += 1 }
                if k < n, p[k] == 0x22 || p[k] == 0x27 {
                    let close = find(p[k], from: k + 1)
                    if close == n { attributes.truncate(to: firstAttribute); return n }
                    valueStart = k + 1
                    valueEnd = close
                    k = close + 1
                } else {
                    valueStart = k
                    while k < n, !isSpace(p[k]), p[k] != 0x3E { k += 1 }
                    valueEnd = k
                }
            }
            attributes.append(HTMLTree.Attribute(nameStart: Int32(nameStart), nameEnd: Int32(attrNameEnd),
                                                 valueStart: Int32(valueStart), valueEnd: Int32(valueEnd)))
        }
        let element = open(tag, nameStart: start, nameEnd: nameEnd, firstAttribute: firstAttribute,
                           selfClosing: selfClosing)
        // a line break right after <pre>, <listing> or <textarea> is not content
        if element != nil, tag == .pre || tag == .listing || tag == .textarea { k = afterLeadingNewline(k) }
        guard isRawText(tag) || tag == .plaintext, let element else { return k }
        // raw text: up to the matching end tag
        var end = n, after = n
        if tag != .plaintext {
            var s = k
            while s < n {
                let lt = find(0x3C, from: s)
                if lt >= n - 1 { break }
                if p[lt + 1] == 0x2F, lt + 2 + (nameEnd - start) <= n {
                    var same = true
                    for x in 0..<(nameEnd - start) where lowerASCII(p[lt + 2 + x]) != lowerASCII(p[start + x]) {
                        same = false
                        break
                    }
                    let d = lt + 2 + (nameEnd - start)
                    // "</script" at the very end is text; "</script " a tag the end cut off
                    if same, d < n, isSpace(p[d]) || p[d] == 0x2F || p[d] == 0x3E {
                        end = lt
                        after = min(tagEnd(from: d), n)
                        break
                    }
                }
                s = lt + 1
            }
        }
        if end > k { append(text: k, end, to: element) }
        return after
    }

    /// An end tag whose name starts at `start`; returns the index after it.
    private mutating func endTag(_ start: Int) -> Int {
        var k = start
        let tag = tagName(start, &k)
        let after = tagEnd(from: k)
        if after > n { return n }  // the page ends inside the tag: dropped
        close(tag, nameStart: start, nameEnd: k)
        return after
    }

    /// The index after the `>` that ends a tag whose attributes start at
    /// `from` (quoted values may hold a `>`), or `n + 1` when the page ends first.
    private func tagEnd(from: Int) -> Int {
        var k = from
        while k < n {
            switch p[k] {
            case 0x3E: return k + 1
            case 0x3D:
                k += 1
                while k < n, isSpace(p[k]) { k += 1 }
                if k < n, p[k] == 0x22 || p[k] == 0x27 { k = find(p[k], from: k + 1) + 1 }
            default: k += 1
            }
        }
        return n + 1
    }

    private func afterLeadingNewline(_ k: Int) -> Int {
        if k < n, p[k] == 0x0A { return k + 1 }
        for form in ["&#10;", "&#x0a;", "&#x0A;", "&#xa;", "&#xA;"] where k + form.utf8.count <= n {
            if form.utf8.enumerated().allSatisfy({ p[k + $0.offset] == $0.element }) { return k + form.utf8.count }
        }
        return k
    }

    // MARK: tree construction

    private mutating func text(_ start: Int, _ end: Int) {
        guard end > start else { return }
        if !inBody || afterBody, (start..<end).contains(where: { !isSpace(p[$0]) }) {
            afterBody = false
            inBody = true
        }
        // words in an unclosed <head> are the page's: they end the head
        if isOpen(.head), currentTag == .head, (start..<end).contains(where: { !isSpace(p[$0]) }) { closeHead() }
        append(text: start, end, to: current)
    }

    private mutating func append(text start: Int, _ end: Int, to parent: Int32) {
        let index = Int32(nodes.count)
        nodes.append(HTMLTree.Node(kind: .text, tag: .other, parent: parent, start: Int32(start), end: Int32(end)))
        link(index, to: parent)
    }

    @inline(__always) private mutating func link(_ index: Int32, to parent: Int32) {
        let last = nodes[Int(parent)].lastChild
        if last < 0 { nodes[Int(parent)].firstChild = index } else { nodes[Int(last)].next = index }
        nodes[Int(parent)].lastChild = index
    }

    /// Adds an element for a start tag; returns it, or nil when the tag is
    /// one HTML ignores (a second `<html>` or `<body>`).
    private mutating func open(_ tag: HTMLTag, nameStart: Int, nameEnd: Int, firstAttribute: Int,
                               selfClosing: Bool) -> Int32? {
        switch tag {
        case .html, .body, .head:
            if seen.contains(tag) || (tag == .head && seen.contains(.body)) {
                attributes.truncate(to: firstAttribute)
                return nil
            }
            seen.insert(tag)
        case .meta, .link, .title, .style, .script, .base, .noscript, .template:
            break
        default:
            inBody = true
            // what does not belong in <head> ends an unclosed one, as a <body> tag does
            if isOpen(.head) { closeHead() }
        }
        if tag == .body, isOpen(.head) { closeHead() }
        afterBody = false
        switch tag {
        case .frame, .col, .colgroup, .caption:
            // belong in tables and frame sets only
            if tag == .frame || !isOpen(.table) { attributes.truncate(to: firstAttribute); return nil }
        case .form:
            // forms do not nest
            if isOpen(.form) { attributes.truncate(to: firstAttribute); return nil }
        default: break
        }
        if tag.closesParagraph { closeParagraph() }
        switch tag {
        case .button, .a, .nobr:
            // a second one closes the first (HTML runs its adoption agency for a and nobr)
            closeNearest(TagSet(tag)) { $0.isScopeBoundary }
        case .rb, .rtc:
            if isOpen(.ruby) { popImpliedEnds(keeping: nil) }
        case .rt, .rp:
            if isOpen(.ruby) { popImpliedEnds(keeping: .rtc) }
        case .li: closeOpen(.listItems, stoppingAt: .lists)
        case .dt, .dd: closeOpen(.definitions, stoppingAt: .definitionLists)
        case .h1, .h2, .h3, .h4, .h5, .h6:
            if currentTag.isHeading { pop() }
        case .tr: closeCell(.rows, stoppingAt: .rowParents)
        case .td, .th: closeCell(.cells, stoppingAt: .cellParents)
        case .tbody, .thead, .tfoot: closeCell(.tableSections, stoppingAt: .tables)
        case .option:
            if currentTag == .option { pop() }
        case .optgroup:
            if currentTag == .option { pop() }
            if currentTag == .optgroup { pop() }
        default: break
        }
        let parent = current
        let index = Int32(nodes.count)
        let count = attributes.count - firstAttribute
        nodes.append(HTMLTree.Node(kind: .element, tag: tag, parent: parent, start: Int32(nameStart),
                                   end: Int32(nameEnd), firstAttribute: Int32(firstAttribute),
                                   attributeCount: Int32(count)))
        link(index, to: parent)
        let foreign = isOpen(.svg) || isOpen(.math)
        let leaf = tag.isVoid || isRawText(tag) || (selfClosing && foreign) || stack.count >= HTMLTree.maxDepth
        if !leaf {
            stack.append(index)
            stackTags.append(tag)
            openCount[Int(tag.rawValue)] += 1
        }
        return index
    }

    /// HTML's "generate implied end tags": pops the elements whose end tag
    /// may be left out, but `keeping`.
    private mutating func popImpliedEnds(keeping: HTMLTag?) {
        while stack.count > 1, let top = stackTags.count > 1 ? currentTag : nil, top != keeping {
            switch top {
            case .dd, .dt, .li, .optgroup, .option, .p, .rb, .rp, .rt, .rtc: pop()
            default: return
            }
        }
    }

    /// The element new nodes go into, and its tag.
    @inline(__always) private var current: Int32 { stack[stack.count - 1] }
    @inline(__always) private var currentTag: HTMLTag { stackTags[stackTags.count - 1] }

    @inline(__always) private func isOpen(_ tag: HTMLTag) -> Bool { openCount[Int(tag.rawValue)] > 0 }

    private mutating func closeHead() {
        var d = stackTags.count - 1
        while d >= 1, stackTags[d] != .head { d -= 1 }
        if d >= 1 { popTo(d) }
    }

    private mutating func pop() {
        _ = stack.removeLast()
        openCount[Int(stackTags.removeLast().rawValue)] -= 1
    }

    /// The lowest depth a search of the open elements looks at.
    private var searchFloor: Int { max(1, stackTags.count - TreeBuilder.searchDepth) }

    /// Pops the open elements down to and including the one at `depth`.
    private mutating func popTo(_ depth: Int) {
        while stack.count > depth, stack.count > 1 { pop() }
    }

    /// HTML's "close a p element": an open `<p>` ends at a block start tag.
    private mutating func closeParagraph() {
        closeNearest(.paragraphs) { $0.isScopeBoundary || $0 == .button }
    }

    /// Closes an open `<li>` for a new one (or `<dt>`/`<dd>`), looking past
    /// inline elements, `<div>`, `<p>` and `<address>`, never past
    /// `stoppingAt` or other block elements.
    private mutating func closeOpen(_ tags: TagSet, stoppingAt: TagSet) {
        closeNearest(tags) {
            stoppingAt.contains($0) || $0.isScopeBoundary || ($0.isSpecial && $0 != .div && $0 != .p && $0 != .address)
        }
    }

    /// A new row or cell closes the open one with whatever is open inside it,
    /// up to the enclosing `stoppingAt` (the table or row).
    private mutating func closeCell(_ tags: TagSet, stoppingAt: TagSet) {
        closeNearest(tags) { stoppingAt.contains($0) || $0 == .html || $0 == .template }
    }

    /// Pops through the nearest open element with one of `tags`, searching
    /// down from the top until `stops` says an element ends the search.
    private mutating func closeNearest(_ tags: TagSet, stops: (HTMLTag) -> Bool) {
        guard tags.tags.contains(where: isOpen) else { return }
        var d = stackTags.count - 1
        while d >= searchFloor {
            let t = stackTags[d]
            if tags.contains(t) { popTo(d); return }
            if stops(t) { return }
            d -= 1
        }
    }

    private mutating func close(_ tag: HTMLTag, nameStart: Int, nameEnd: Int) {
        switch tag {
        case .html, .body:
            afterBody = true
            return
        case .document: return
        case .br:
            // </br> is read as <br>
            _ = open(.br, nameStart: nameStart, nameEnd: nameEnd, firstAttribute: attributes.count, selfClosing: false)
            return
        case .p where !isOpen(.p):
            // </p> with no <p> open makes an empty one, in the page's content
            guard inBody else { return }
            _ = open(.p, nameStart: nameStart, nameEnd: nameEnd, firstAttribute: attributes.count, selfClosing: false)
            pop()
            return
        case .h1, .h2, .h3, .h4, .h5, .h6:
            // any heading's end tag ends the open heading
            closeNearest(.headings) { $0.isScopeBoundary }
            return
        case .form:
            // the form leaves the open elements; what it holds stays open
            removeOpen(.form)
            return
        default: break
        }
        guard isOpen(tag) else { return }
        var d = stackTags.count - 1
        while d >= searchFloor {
            let t = stackTags[d]
            if t == tag, tag != .other || sameName(stack[d], nameStart, nameEnd) { popTo(d); return }
            switch tag {
            case .table:
                if t == .html || t == .template { return }
            case .td, .th, .tr, .tbody, .thead, .tfoot, .caption:
                if t == .table || t == .html || t == .template { return }
            default:
                if tag.isSpecial || tag == .svg || tag == .math {
                    if t.isScopeBoundary || (tag == .li && (t == .ul || t == .ol)) { return }
                } else if t.isSpecial {
                    return
                }
            }
            d -= 1
        }
    }

    /// Takes the nearest open `tag` out of the open elements, leaving the
    /// elements opened inside it open.
    private mutating func removeOpen(_ tag: HTMLTag) {
        guard isOpen(tag) else { return }
        var d = stackTags.count - 1
        while d >= searchFloor, stackTags[d] != tag {
            if stackTags[d].isScopeBoundary { return }
            d -= 1
        }
        guard d >= searchFloor, d >= 1 else { return }
        for k in d..<(stack.count - 1) {
            stack[k] = stack[k + 1]
            stackTags[k] = stackTags[k + 1]
        }
        _ = stack.removeLast()
        _ = stackTags.removeLast()
        openCount[Int(tag.rawValue)] -= 1
    }

    private func sameName(_ node: Int32, _ start: Int, _ end: Int) -> Bool {
        let e = nodes[Int(node)]
        guard Int(e.end - e.start) == end - start else { return false }
        for x in 0..<(end - start) where lowerASCII(p[Int(e.start) + x]) != lowerASCII(p[start + x]) { return false }
        return true
    }
}

/// A few tags, tested with a bit each.
struct TagSet {
    let tags: [HTMLTag]
    private let low: UInt64, high: UInt64

    init(_ tags: HTMLTag...) {
        self.tags = tags
        var low: UInt64 = 0, high: UInt64 = 0
        for t in tags {
            if t.rawValue < 64 { low |= 1 << UInt64(t.rawValue) } else { high |= 1 << UInt64(t.rawValue - 64) }
        }
        self.low = low
        self.high = high
    }

    @inline(__always) func contains(_ t: HTMLTag) -> Bool {
        t.rawValue < 64 ? low & (1 << UInt64(t.rawValue)) != 0 : high & (1 << UInt64(t.rawValue - 64)) != 0
    }

    static let paragraphs = TagSet(.p)
    static let listItems = TagSet(.li), lists = TagSet(.ul, .ol, .menu, .dir)
    static let definitions = TagSet(.dt, .dd), definitionLists = TagSet(.dl)
    static let rows = TagSet(.tr), rowParents = TagSet(.table, .tbody, .thead, .tfoot)
    static let cells = TagSet(.td, .th), cellParents = TagSet(.tr, .table)
    static let tableSections = TagSet(.tbody, .thead, .tfoot), tables = TagSet(.table)
    static let headings = TagSet(.h1, .h2, .h3, .h4, .h5, .h6)
}
