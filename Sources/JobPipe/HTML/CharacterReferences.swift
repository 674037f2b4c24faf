#if canImport(Glibc)
import Glibc
#endif

/// HTML character references (`&amp;`, `&eacute;`, `&#233;`, `&#x2014;`)
/// decoded as HTML's tokenizer decodes them: the 2,231 names of HTML's table
/// (`NamedCharacterReferences`, WHATWG's), the longest name that matches,
/// the 106 legacy names also without their `;`; numeric references with the
/// Windows-1252 meaning of 128–159, and U+FFFD for code points no text may
/// hold. This is the one decoder of the project: page text, attribute
/// values, and the raw text of scripts and comments (`strict`).
enum CharacterReferences {
    /// Where the text stands, which decides what a reference without its `;` means.
    enum Context {
        /// Text: a legacy name without `;` is decoded (`&copy2026` is "©2026").
        case text
        /// An attribute value: not when a letter, digit or `=` follows
        /// (a URL's `&copy=2` stays as written).
        case attribute
        /// Text no browser decodes (scripts, comments), read for what a
        /// writer meant: only references closed by `;`.
        case strict
    }

    /// Calls `body` with `raw` decoded; without a `&`, with `raw` itself.
    static func withDecoded<T>(_ raw: UnsafeBufferPointer<UInt8>, in context: Context,
                               _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        guard raw.count > 0, memchr(raw.baseAddress!, 0x26, raw.count) != nil else { return body(raw) }
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        decode(raw, in: context, into: &out)
        return out.withUnsafeBufferPointer(body)
    }

    static func decode(_ raw: UnsafeBufferPointer<UInt8>, in context: Context, into out: inout [UInt8]) {
        var i = 0
        let n = raw.count
        while i < n {
            let b = raw[i]
            guard b == 0x26, i + 1 < n, let (value, length) = reference(raw, i + 1, in: context) else {
                out.append(b)
                i += 1
                continue
            }
            append(value, to: &out)
            i += 1 + length
        }
    }

    /// A reference's one or two code points, as UTF-8.
    static func append(_ value: (UInt32, UInt32), to out: inout [UInt8]) {
        appendUTF8(Unicode.Scalar(value.0) ?? "\u{FFFD}", to: &out)
        if value.1 != 0, let second = Unicode.Scalar(value.1) { appendUTF8(second, to: &out) }
    }

    /// The code points of the reference after a `&` at `from` (the second
    /// 0 when there is one), and how many bytes it took (its `;` included).
    static func reference(_ s: UnsafeBufferPointer<UInt8>, _ from: Int,
                          in context: Context) -> ((UInt32, UInt32), Int)? {
        if s[from] == 0x23 { return numeric(s, from).map { (($0.0, 0), $0.1) } }
        guard let (value, length, closed) = NamedReferenceTable.shared.longestMatch(s, from) else { return nil }
        if !closed {
            if context == .strict { return nil }
            let next = from + length
            if context == .attribute, next < s.count, isAlphanumeric(s[next]) || s[next] == 0x3D { return nil }
        }
        return (value, length)
    }

    /// `&#…;` and `&#x…;`: the scalar and the bytes taken after the `&`.
    private static func numeric(_ s: UnsafeBufferPointer<UInt8>, _ from: Int) -> (UInt32, Int)? {
        let n = s.count
        var k = from + 1
        var hex = false
        if k < n, s[k] | 0x20 == 0x78 { hex = true; k += 1 }
        let digitsStart = k
        var value: UInt32 = 0
        while k < n {
            let c = s[k]
            let d: UInt32
            if c &- 0x30 < 10 { d = UInt32(c - 0x30) }
            else if hex, (c | 0x20) &- 0x61 < 6 { d = UInt32((c | 0x20) - 0x61 + 10) }
            else { break }
            value = min(value * (hex ? 16 : 10) + d, 0x110000)
            k += 1
        }
        guard k > digitsStart else { return nil }
        if k < n, s[k] == 0x3B { k += 1 }
        return (scalar(value), k - from)
    }

    private static let windows1252: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
        0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0x9D, 0x017E, 0x0178,
    ]

    private static func scalar(_ v: UInt32) -> UInt32 {
        if v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF) { return 0xFFFD }
        if v >= 0x80, v <= 0x9F { return windows1252[Int(v - 0x80)] }
        return v
    }

    @inline(__always) static func isAlphanumeric(_ c: UInt8) -> Bool {
        (c | 0x20) &- 0x61 < 26 || c &- 0x30 < 10
    }
}

/// `NamedCharacterReferences` read once into an open-addressing hash table
/// keyed by the name's bytes.
final class NamedReferenceTable: @unchecked Sendable {
    static let shared = NamedReferenceTable()

    private struct Entry {
        var nameStart: Int32
        var nameLength: Int32
        var value: (UInt32, UInt32)
    }

    private var names: [UInt8] = []
    private var entries: [Entry] = []
    /// Entry index + 1 per slot; 0 is empty.
    private var slots: [Int32]
    private let mask: Int
    /// The longest name (without `;`), and the longest legacy name.
    private var longest = 0, longestLegacy = 0

    private init() {
        var size = 1
        while size < NamedCharacterReferences.count * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        mask = size - 1
        // (read on the bytes: a split of Characters cost 35 M instructions at every start)
        for line in NamedCharacterReferences.table.utf8.split(separator: 0x0A) {
            let parts = line.split(separator: 0x09)
            let points = parts[1].split(separator: 0x20).map { hex in
                hex.reduce(UInt32(0)) { $0 << 4 | UInt32($1 <= 0x39 ? $1 - 0x30 : ($1 | 0x20) - 0x57) }
            }
            let name = Array(parts[0])
            let entry = Entry(nameStart: Int32(names.count), nameLength: Int32(name.count),
                              value: (points[0], points.count > 1 ? points[1] : 0))
            names += name
            entries.append(entry)
            var slot = name.withUnsafeBufferPointer { hash($0, 0, name.count, semicolon: false) } & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(entries.count)
            if name.last == 0x3B { longest = max(longest, name.count - 1) } else { longestLegacy = max(longestLegacy, name.count) }
        }
    }

    /// The reference whose name starts at `from`: the name closed by `;` when
    /// there is one, else the longest legacy name that begins the run.
    /// Returns its code points, the bytes it takes, and whether it had its `;`.
    func longestMatch(_ s: UnsafeBufferPointer<UInt8>, _ from: Int) -> ((UInt32, UInt32), Int, Bool)? {
        var run = 0
        while from + run < s.count, run <= longest, CharacterReferences.isAlphanumeric(s[from + run]) { run += 1 }
        guard run > 0 else { return nil }
        if run <= longest, from + run < s.count, s[from + run] == 0x3B,
           let value = find(s, from, run, semicolon: true) {
            return (value, run + 1, true)
        }
        var length = min(run, longestLegacy)
        while length >= 2 {
            if let value = find(s, from, length, semicolon: false) { return (value, length, false) }
            length -= 1
        }
        return nil
    }

    private func find(_ s: UnsafeBufferPointer<UInt8>, _ from: Int, _ count: Int, semicolon: Bool) -> (UInt32, UInt32)? {
        let wanted = count + (semicolon ? 1 : 0)
        var slot = hash(s, from, count, semicolon: semicolon) & mask
        while slots[slot] != 0 {
            let e = entries[Int(slots[slot]) - 1]
            if Int(e.nameLength) == wanted {
                var same = true
                let start = Int(e.nameStart)
                for k in 0..<count where names[start + k] != s[from + k] { same = false; break }
                if same, !semicolon || names[start + count] == 0x3B { return e.value }
            }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// FNV-1a over the name's bytes (and a `;`).
    private func hash(_ s: UnsafeBufferPointer<UInt8>, _ from: Int, _ count: Int, semicolon: Bool) -> Int {
        var h: UInt32 = 2166136261
        for k in from..<(from + count) { h = (h ^ UInt32(s[k])) &* 16777619 }
        if semicolon { h = (h ^ 0x3B) &* 16777619 }
        return Int(h)
    }
}
