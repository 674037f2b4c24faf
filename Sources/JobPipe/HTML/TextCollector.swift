/// Text gathered the way a reader sees it, in one pass: runs of white space
/// (no-break spaces included) become one space, nothing leads or trails a
/// line, and block boundaries end lines (or, for one-line text, are spaces).
/// A line feed in the page's text also ends a line: pages laid out as text
/// (`<pre>`, or an author's line per field) keep their lines.
struct TextCollector {
    private(set) var lines: [String] = []
    private var line: [UInt8] = []
    private var pendingSpace = false
    /// Block boundaries are spaces, and everything is one line.
    let oneLine: Bool

    init(oneLine: Bool) {
        self.oneLine = oneLine
        line.reserveCapacity(256)
    }

    mutating func append(_ chunk: UnsafeBufferPointer<UInt8>) {
        guard let base = chunk.baseAddress else { return }
        let n = chunk.count
        var i = 0
        while i < n {
            // a run of bytes that are not white space, copied at once
            var j = i
            while j < n {
                let b = base[j]
                if b <= 0x20 {
                    if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C { break }
                } else if b == 0xC2, j + 1 < n, base[j + 1] == 0xA0 {
                    break
                }
                j += 1
            }
            if j > i {
                if pendingSpace, !line.isEmpty { line.append(0x20) }
                pendingSpace = false
                line.append(contentsOf: UnsafeBufferPointer(start: base + i, count: j - i))
            }
            guard j < n else { break }
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

    /// The length in bytes of one-line text so far.
    var count: Int { line.count }
}
