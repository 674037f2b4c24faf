/// Splits text into the words skills are made of: runs of ASCII letters and
/// digits (and the Latin letters of two bytes, "é", "ß"), keeping `+` and `#`
/// at the end (C++, C#), a leading `.` (.NET) and `.`, `/`, `-`, `&` between
/// letters or digits (Node.js, CI/CD, Objective-C, R&D).
/// Works on UTF-8 bytes: a word is a byte range, never a String.
enum SkillTokenizer {
    struct Word {
        /// Byte range of the word in the scanned text.
        let start: Int
        let end: Int
        /// Index of the text line (block) the word is on.
        let line: Int
    }

    @inline(__always) static func isAlnum(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }

    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

    /// Whether the bytes at `i` are a Latin letter written in two bytes ("é", "ß", "ł": U+00C0 to U+017F, but
    /// "×" and "÷"): a part of the word, as an ASCII letter is ("Rémunération" holds no "R", "Cédric" no "C").
    @inline(__always) static func isLatinLetter(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let b = bytes[i]
        guard b >= 0xC3 && b <= 0xC5, i + 1 < bytes.count, case let c = bytes[i + 1], c >= 0x80 && c <= 0xBF else { return false }
        return !(b == 0xC3 && (c == 0x97 || c == 0xB7))
    }

    static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> [Word] {
        var out: [Word] = []
        out.reserveCapacity(bytes.count / 6)
        scan(bytes, into: &out)
        return out
    }

    /// `scan` into a list that is emptied first (and keeps its memory).
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [Word]) {
        out.removeAll(keepingCapacity: true)
        let n = bytes.count
        var i = 0
        var line = 0
        while i < n {
            let b = bytes[i]
            if b == 0x0A { line += 1; i += 1; continue }
            var start = i
            if b == UInt8(ascii: "."), i + 1 < n, isAlnum(bytes[i + 1]), i == 0 || !isAlnum(bytes[i - 1]) {
                i += 1
            } else if !isAlnum(b) && !isLatinLetter(bytes, i) {
                i += 1
                continue
            }
            while i < n {
                let c = bytes[i]
                if isAlnum(c) { i += 1; continue }
                if isLatinLetter(bytes, i) { i += 2; continue }
                if c == UInt8(ascii: "+") || c == UInt8(ascii: "#") {
                    while i < n, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "#") { i += 1 }
                    break
                }
                // ("&" too, which joins the letters of "R&D", "AT&T" and "Q&A" into one word: no "R" in them)
                if (c == UInt8(ascii: ".") || c == UInt8(ascii: "/") || c == UInt8(ascii: "-") || c == UInt8(ascii: "&")),
                   i + 1 < n, isAlnum(bytes[i + 1]) {
                    i += 1
                    continue
                }
                break
            }
            if start == i { start = i - 1 }
            out.append(Word(start: start, end: i, line: line))
        }
    }
}
