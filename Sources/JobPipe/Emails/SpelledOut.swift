/// Text with the spelled-out forms of `@` and `.` that a person decodes
/// (`info [at] acme [dot] de`, `hallo(at)acme.de`, `bewerbung{at}acme.com`,
/// `jane at acme dot com`) turned into the symbols, with a map from each byte
/// back to where it was, so the scanner can run over it unchanged.
struct SpelledOut {
    var bytes: [UInt8] = []
    /// For each byte of `bytes`, its offset in the original text.
    var origin: [Int] = []
    /// Offsets in `bytes` of the symbols that replaced a spelled-out form.
    var replaced: [Int] = []

    /// Whether a found range holds a replaced symbol.
    func isObfuscated(_ range: Range<Int>) -> Bool {
        replaced.contains { range.contains($0) }
    }

    /// The original range of a range in `bytes`.
    func originalRange(_ range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else { return origin[range.lowerBound]..<origin[range.lowerBound] }
        return origin[range.lowerBound]..<(origin[range.upperBound - 1] + 1)
    }

    /// The text with every spelled-out form replaced; nil when there is none.
    /// `glued`: also capital `DOT` and `AT` glued between lower-case letters
    /// (`gluedCapital`), which only the reading text is searched for: in
    /// scripts and attributes such runs are identifiers and encodings.
    init?(_ b: UnsafeBufferPointer<UInt8>, glued: Bool = false) {
        let n = b.count
        var i = 0
        bytes.reserveCapacity(n)
        origin.reserveCapacity(n)
        while i < n {
            if let (symbol, length) = SpelledOut.token(b, i, after: bytes, glued: glued) {
                while bytes.last == 0x20 { bytes.removeLast(); origin.removeLast() }
                replaced.append(bytes.count)
                bytes.append(symbol)
                origin.append(i)
                i += length
                while i < n, b[i] == 0x20 { i += 1 }
                continue
            }
            bytes.append(b[i])
            origin.append(i)
            i += 1
        }
        if replaced.isEmpty { return nil }
    }

    /// A quick look for `at`, `ät` or `@` after a bracket or space, or a
    /// capital `AT` or `DOT` glued between lower-case letters, before any copying.
    static func mayContain(_ b: UnsafeBufferPointer<UInt8>, glued: Bool = false) -> Bool {
        var i = 1
        let n = b.count
        while i + 1 < n {
            if glued, b[i] == UInt8(ascii: "T"), b[i - 1] == UInt8(ascii: "A") || (i >= 2 && b[i - 1] == UInt8(ascii: "O") && b[i - 2] == UInt8(ascii: "D")),
               b[i + 1] >= 0x61, b[i + 1] <= 0x7A { return true }
            if b[i] == UInt8(ascii: "@"), openers.contains(b[i - 1]) || b[i - 1] == 0x20 { return true }
            let c = b[i] | 0x20
            if c == UInt8(ascii: "t") {
                let a = b[i - 1] | 0x20
                if a == UInt8(ascii: "a"), i >= 2 {
                    let p = b[i - 2]
                    if p == 0x20 || p == UInt8(ascii: "[") || p == UInt8(ascii: "(") || p == UInt8(ascii: "{") || p == UInt8(ascii: "<") { return true }
                } else if (b[i - 1] == 0xA4 || b[i - 1] == 0x84), i >= 2, b[i - 2] == 0xC3 {
                    return true
                }
            }
            i += 1
        }
        return false
    }

    static func mayContain(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { mayContain($0) }
    }

    static let openers: [UInt8] = Array("[({<".utf8), closers: [UInt8] = Array("])}>".utf8)

    /// A spelled-out `@` or `.` starting at `i`: the symbol and the bytes it takes.
    static func token(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, after out: [UInt8], glued: Bool = false) -> (UInt8, Int)? {
        let c = b[i]
        if openers.contains(c) {
            var j = i + 1
            while j < b.count, b[j] == 0x20 { j += 1 }
            guard let (symbol, len) = word(b, j, bracketed: true) else { return nil }
            j += len
            while j < b.count, b[j] == 0x20 { j += 1 }
            guard j < b.count, closers.contains(b[j]) else { return nil }
            guard let last = out.last(where: { $0 != 0x20 }), AddressScanner.domainByte[Int(last)] else { return nil }
            return (symbol, j + 1 - i)
        }
        if glued, c == UInt8(ascii: "D") || c == UInt8(ascii: "A"), let found = gluedCapital(b, i, after: out) { return found }
        guard c == 0x20, i + 1 < b.count, let (symbol, len) = word(b, i + 1, bracketed: false) else { return nil }
        let end = i + 1 + len
        guard end + 1 < b.count, b[end] == 0x20, AddressScanner.domainByte[Int(b[end + 1])],
              let last = out.last, AddressScanner.domainByte[Int(last)], last != UInt8(ascii: ".") else { return nil }
        if symbol == UInt8(ascii: "@") {
            // ` at ` only where a spelled-out dot follows the next word: `jane at acme dot com`.
            var j = end + 1
            while j < b.count, AddressScanner.domainByte[Int(b[j])] { j += 1 }
            guard j < b.count else { return nil }
            if b[j] == 0x20, j + 1 < b.count, let (s, _) = word(b, j + 1, bracketed: false), s == UInt8(ascii: ".") {
                return (symbol, end + 1 - i)
            }
            if openers.contains(b[j]) || (b[j] == 0x20 && j + 1 < b.count && openers.contains(b[j + 1])) {
                let k = b[j] == 0x20 ? j + 1 : j
                if let (s, _) = word(b, k + 1, bracketed: true), s == UInt8(ascii: ".") { return (symbol, end + 1 - i) }
            }
            return nil
        }
        // ` dot ` only after an `@` in the same word run.
        var k = out.count - 1
        while k >= 0, AddressScanner.domainByte[Int(out[k])] { k -= 1 }
        guard k >= 0, out[k] == UInt8(ascii: "@") else { return nil }
        return (symbol, end - i)
    }

    /// `DOT` or `AT` in capitals glued between lower-case letters or digits,
    /// as `<noscript>` spells what a script assembles:
    /// `nameDOTsurname[AT]domainDOTcom`. Only in a run of text (up to a space)
    /// that holds an `@` or a spelled `at` too (`[AT]`, or a glued `AT` before
    /// a glued `DOT`), so that `mATthew` or `DOTnet` alone are left as they are.
    static func gluedCapital(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, after out: [UInt8]) -> (UInt8, Int)? {
        func isLowerAlnum(_ x: UInt8) -> Bool { (x >= 0x61 && x <= 0x7A) || (x >= 0x30 && x <= 0x39) }
        let isDot = i + 3 <= b.count && b[i] == UInt8(ascii: "D") && b[i + 1] == UInt8(ascii: "O") && b[i + 2] == UInt8(ascii: "T")
        let isAt = !isDot && i + 2 <= b.count && b[i] == UInt8(ascii: "A") && b[i + 1] == UInt8(ascii: "T")
        guard isDot || isAt, let last = out.last, isLowerAlnum(last) else { return nil }
        let len = isDot ? 3 : 2
        guard i + len < b.count, isLowerAlnum(b[i + len]) else { return nil }
        // The run of text around it, up to white space (at most 256 bytes each way).
        var start = i, end = i + len
        while start > 0, i - start < 256, b[start - 1] > 0x20 { start -= 1 }
        while end < b.count, end - i < 256, b[end] > 0x20 { end += 1 }
        let run = Array(b[start..<end])
        let lower = run.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        let hasAt = run.contains(UInt8(ascii: "@")) || [Array("[at]".utf8), Array("(at)".utf8), Array("{at}".utf8)].contains { w in
            lower.indices.contains { k in k + w.count <= lower.count && Array(lower[k..<(k + w.count)]) == w }
        }
        if isDot {
            // Capital `AT` glued in the run counts as the `@` as well.
            let gluedAt = run.indices.contains { k in
                k > 0 && k + 2 < run.count && run[k] == UInt8(ascii: "A") && run[k + 1] == UInt8(ascii: "T")
                    && isLowerAlnum(run[k - 1]) && isLowerAlnum(run[k + 2])
            }
            guard hasAt || gluedAt else { return nil }
            return (UInt8(ascii: "."), 3)
        }
        // A glued `AT` only with a glued `DOT` after it in the run.
        let rest = Array(b[(i + 2)..<end])
        let dotAfter = rest.indices.contains { k in
            k > 0 && k + 3 < rest.count && rest[k] == UInt8(ascii: "D") && rest[k + 1] == UInt8(ascii: "O") && rest[k + 2] == UInt8(ascii: "T")
                && isLowerAlnum(rest[k - 1]) && isLowerAlnum(rest[k + 3])
        }
        return dotAfter ? (UInt8(ascii: "@"), 2) : nil
    }

    /// The spelled-out words and the symbol each stands for (lower case, UTF-8).
    static let words: [([UInt8], UInt8)] = [
        (Array("at".utf8), UInt8(ascii: "@")), (Array("ät".utf8), UInt8(ascii: "@")),
        (Array("dot".utf8), UInt8(ascii: ".")), (Array("punkt".utf8), UInt8(ascii: ".")),
    ]

    /// `at`, `ät`, `@`, `dot`, `punkt`, `.` (any case) at `j`, as a whole word.
    /// Called at every space of a text, so it looks at the first byte before anything else.
    static func word(_ b: UnsafeBufferPointer<UInt8>, _ j: Int, bracketed: Bool) -> (UInt8, Int)? {
        guard j < b.count else { return nil }
        let first = b[j]
        switch first {
        case UInt8(ascii: "a"), UInt8(ascii: "A"), UInt8(ascii: "d"), UInt8(ascii: "D"),
             UInt8(ascii: "p"), UInt8(ascii: "P"), 0xC3:
            break
        case UInt8(ascii: "@"), UInt8(ascii: "."):
            return bracketed ? (first, 1) : nil
        default:
            return nil
        }
        for (u, symbol) in words {
            guard j + u.count <= b.count else { continue }
            var same = true
            for k in 0..<u.count {
                var x = b[j + k]
                if x >= 0x41, x <= 0x5A { x += 0x20 }
                if x == 0x84, k > 0, b[j + k - 1] == 0xC3 { x = 0xA4 }
                if x != u[k] { same = false; break }
            }
            guard same else { continue }
            if j + u.count < b.count, AddressScanner.localByte[Int(b[j + u.count])], u.count > 1 { continue }
            return (symbol, u.count)
        }
        return nil
    }
}
