import CJobPipe

/// Text gathered the way a reader sees it, in one pass: runs of white space
/// (no-break spaces included) become one space, nothing leads or trails a
/// line, and block boundaries end lines (or, for one-line text, are spaces).
/// A line feed in the page's text also ends a line: pages laid out as text
/// (`<pre>`, or an author's line per field) keep their lines.
struct TextCollector {
    private(set) var lines: [String] = []
    private var line: [UInt8] = []
    private var pendingSpace = false
    /// Two inline elements met with nothing between them: " · " goes between
    /// their words ("Lyon, FR" / "2 weeks ago"), not nothing.
    private var pendingGlue = false
    /// The next text is another item of a list written as sibling elements: ", " goes before it,
    /// if the line holds an item already (an empty element, an icon, adds nothing).
    private var pendingItem = false
    /// An inline element begins here (see `inlineEdge`).
    private var pendingEdge = false
    /// Headings open around the text: an inline element's edge in capitals ends a line in them.
    var headingDepth = 0
    /// One-line text ends at the first inline element's edge in capitals (see `inlineEdge`).
    var stopsAtCaseEdge = false
    private var stopped = false
    /// Block boundaries are spaces, and everything is one line.
    let oneLine: Bool
    /// Only the length of one-line text is wanted: nothing is kept.
    private let countOnly: Bool
    private var counted = 0

    init(oneLine: Bool) {
        self.oneLine = oneLine
        countOnly = false
        line.reserveCapacity(256)
    }

    /// A collector that keeps nothing and only counts one-line text.
    static func counter() -> TextCollector { TextCollector(counting: ()) }

    private init(counting: Void) {
        oneLine = true
        countOnly = true
    }

    @inline(__always) private static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C
    }

    /// The length of the character at `p` when it is one a reader never sees and that stands in no
    /// word, which text leaves out: the soft hyphen (U+00AD, "Software\u{AD}entwickler"), the
    /// zero-width space (U+200B), the word joiner (U+2060) and the byte-order mark (U+FEFF), which
    /// editors leave in ("Presales Engineer (m/w/d)\u{200B}"); else 0. (The zero-width joiner stays:
    /// scripts and emoji are written with it.)
    @inline(__always) static func invisibleLength(_ p: UnsafePointer<UInt8>, _ n: Int) -> Int {
        switch p[0] {
        case 0xC2: return n >= 2 && p[1] == 0xAD ? 2 : 0
        case 0xE2: return n >= 3 && (p[1] == 0x80 && p[2] == 0x8B || p[1] == 0x81 && p[2] == 0xA0) ? 3 : 0
        case 0xEF: return n >= 3 && p[1] == 0xBB && p[2] == 0xBF ? 3 : 0
        default: return 0
        }
    }

    mutating func append(_ chunk: UnsafeBufferPointer<UInt8>) {
        guard let base = chunk.baseAddress else { return }
        let n = chunk.count
        var i = 0
        var lineFeed: Int32 = 0
        // long text 64 bytes at a time (text_scan.h); the last bytes, and
        // short text, a byte at a time
        while n - i >= 32 {
            let w = jp_space_run(base + i, n - i, &lineFeed)
            if w > 0 {
                // after a line's end the line is empty: a space would not show
                if lineFeed != 0, !oneLine { endLine() } else { pendingSpace = true }
                i += w
                continue
            }
            let invisible = Self.invisibleLength(base + i, n - i)
            if invisible > 0 { i += invisible; continue }
            let j = i + jp_text_run(base + i, n - i)
            add(base + i, j - i)
            i = j
        }
        if i < n { appendBytewise(UnsafeBufferPointer(start: base + i, count: n - i)) }
    }

    /// Adds a run of collapsed text.
    @inline(__always) private mutating func add(_ start: UnsafePointer<UInt8>, _ length: Int) {
        // (a run ends in a space only where a character no reader sees follows: the space is pending)
        let spaceAfter = length > 0 && start[length - 1] == 0x20
        let count = spaceAfter ? length - 1 : length
        if pendingEdge {
            pendingEdge = false
            if !pendingSpace, !pendingGlue, !pendingItem, count > 0, Self.endsLowercase(line), Self.beginsUppercase(start, count) {
                if stopsAtCaseEdge { stopped = true } else { endLine() }
            }
        }
        if stopped { return }
        if countOnly {
            if pendingSpace, counted > 0 { counted += 1 }
            counted += count
        } else {
            if pendingItem, let last = line.last, count > 0 {
                // ("Utrecht," / "Netherlands", "Utrecht" / ", ": the page's own comma is the separator; "Lieu:" /
                // "Fribourg" is a label and its value, "Lieu: Fribourg")
                if start[0] != 0x2C { line.append(contentsOf: last == 0x2C || last == 0x3A ? [0x20] : [0x2C, 0x20]) }
            } else if pendingGlue, !pendingSpace, let last = line.last, Self.isWordByte(last), count > 0, Self.isWordByte(start[0]) {
                line.append(contentsOf: [0x20, 0xC2, 0xB7, 0x20])
            } else if pendingSpace, !line.isEmpty {
                line.append(0x20)
            }
            line.append(contentsOf: UnsafeBufferPointer(start: start, count: count))
        }
        pendingSpace = spaceAfter
        pendingGlue = false
        pendingItem = false
    }

    /// A letter or digit, or a byte of a non-ASCII letter.
    @inline(__always) private static func isWordByte(_ b: UInt8) -> Bool {
        b >= 0x80 || (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A)
    }

    /// Marks the edge between two inline elements the page wrote with nothing
    /// between them: a word that ends one and a word that begins the other
    /// are set apart by " · " (a browser's style would have set them apart).
    mutating func glue() { pendingGlue = true }

    /// Marks the start of an inline element of words of its own in a heading
    /// (see `TreeNode.setsApart`). Where its text begins a word in capitals
    /// right after a lower-case letter, with nothing between ("Koordynator
    /// techniczny<span>Stolarka okienna</span>"), the page's style sets the two
    /// apart: the edge ends the line, or the text where `stopsAtCaseEdge`.
    mutating func inlineEdge() { pendingEdge = true }

    /// Whether the text so far ends in a lower-case letter, with nothing after it.
    var endsLowercase: Bool { !pendingSpace && Self.endsLowercase(line) }

    /// Whether the text ends in a lower-case letter.
    private static func endsLowercase(_ line: [UInt8]) -> Bool {
        guard let last = line.last else { return false }
        if last < 0x80 { return last >= 0x61 && last <= 0x7A }
        var from = line.count - 1
        while from > 0, line.count - from < 4, line[from] & 0xC0 == 0x80 { from -= 1 }
        return String(decoding: line[from...], as: UTF8.self).unicodeScalars.first?.properties.isLowercase == true
    }

    /// Whether the text begins with an upper-case letter.
    private static func beginsUppercase(_ start: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        let first = start[0]
        if first < 0x80 { return first >= 0x41 && first <= 0x5A }
        let head = UnsafeBufferPointer(start: start, count: min(count, 4))
        return String(decoding: head, as: UTF8.self).unicodeScalars.first?.properties.isUppercase == true
    }

    /// Marks the start of another item of a list the page wrote as sibling
    /// elements (`<span>United States</span><span>Canada</span>`): the items
    /// read "United States, Canada".
    mutating func listItem() { pendingItem = true }

    /// `append` a byte at a time (the whole of it for short text).
    mutating func appendBytewise(_ chunk: UnsafeBufferPointer<UInt8>) {
        guard let base = chunk.baseAddress else { return }
        let n = chunk.count
        var i = 0
        while i < n {
            // A run of text copied at once: bytes that are not white space,
            // and single spaces between them (already collapsed).
            var j = i
            while j < n {
                let b = base[j]
                if b >= 0xC2, Self.invisibleLength(base + j, n - j) > 0 { break }
                if b <= 0x20 {
                    guard b == 0x20, j > i, j + 1 < n else { if Self.isSpace(b) { break }; j += 1; continue }
                    let c = base[j + 1]
                    if Self.isSpace(c) || (c == 0xC2 && j + 2 < n && base[j + 2] == 0xA0) { break }
                } else if b == 0xC2, j + 1 < n, base[j + 1] == 0xA0 {
                    break
                }
                j += 1
            }
            if j > i { add(base + i, j - i) }
            guard j < n else { break }
            let invisible = Self.invisibleLength(base + j, n - j)
            if invisible > 0 { i = j + invisible; continue }
            if base[j] == 0x0A, !oneLine { endLine() } else { pendingSpace = true }
            i = j + (base[j] == 0xC2 ? 2 : 1)
        }
    }

    mutating func append(_ s: StaticString) {
        append(UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    /// A break between words (a block element's edge in one-line text).
    mutating func space() { pendingSpace = true }

    /// Ends the line (a block element's edge).
    mutating func endLine() {
        if oneLine { pendingSpace = true; return }
        if !line.isEmpty { lines.append(String(decoding: line, as: UTF8.self)) }
        line.removeAll(keepingCapacity: true)
        pendingSpace = false
        pendingGlue = false
        pendingItem = false
    }

    /// The lines, the last one ended.
    mutating func finish() -> [String] {
        if oneLine {
            let s = String(decoding: line, as: UTF8.self)
            return s.isEmpty ? [] : [s]
        }
        endLine()
        return lines
    }

    /// Whether the line holds nothing yet.
    var lineIsEmpty: Bool { line.isEmpty }

    /// The length in bytes of one-line text so far.
    var count: Int { countOnly ? counted : line.count }
}
