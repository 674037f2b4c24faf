/// Searches and splits of Strings done on their UTF-8 bytes.
extension String {
    /// The non-empty lines, split at line feeds on the UTF-8 bytes (cheaper
    /// than `split(separator: "\n")`, which walks Characters).
    var nonEmptyLines: [String] {
        var out: [String] = []
        var s = self
        s.withUTF8 { buf in
            var start = 0
            for i in 0...buf.count where i == buf.count || buf[i] == 0x0A {
                if i > start { out.append(String(decoding: UnsafeBufferPointer(rebasing: buf[start..<i]), as: UTF8.self)) }
                start = i + 1
            }
        }
        return out
    }

    var nilIfEmpty: String? { isEmpty ? nil : self }

    /// Whether `other` occurs in this string, compared as UTF-8 bytes.
    func containsBytes(_ other: String) -> Bool {
        guard !other.isEmpty else { return true }
        var s = self, n = other
        return s.withUTF8 { hay in n.withUTF8 { bytesFind(hay, $0) != nil } }
    }

    /// Whether `other` stands in this string as whole characters: compared as
    /// bytes when this string is ASCII (the same answer, far cheaper), as
    /// Characters otherwise ("USD\u{0301}" does not hold "USD"). (Without it, the
    /// library's one `import Foundation` makes `contains` Foundation's NSString
    /// search, which bridges both strings to UTF-16 on every call.)
    func contains(_ other: String) -> Bool {
        utf8.allSatisfy { $0 < 0x80 } ? containsBytes(other) : firstRange(of: other) != nil
    }

    /// The non-empty parts between occurrences of `separator`, found as UTF-8
    /// bytes (`split(separator:)` with a String compares Characters, and is
    /// far slower for the same parts).
    func splitBytes(_ separator: String) -> [String] {
        let sep = Array(separator.utf8)
        var s = self
        return s.withUTF8 { b in
            var parts: [String] = []
            var start = 0
            while start <= b.count, let at = bytesFind(UnsafeBufferPointer(rebasing: b[start...]), sep) {
                if at > 0 { parts.append(String(decoding: b[start..<(start + at)], as: UTF8.self)) }
                start += at + sep.count
            }
            if start < b.count { parts.append(String(decoding: b[start...], as: UTF8.self)) }
            return parts
        }
    }

    /// The first occurrence of `needle`, found on the UTF-8 bytes (the
    /// generic `firstRange(of:)` is far slower on short strings).
    func byteRange(of needle: String) -> Range<String.Index>? {
        let n = Array(needle.utf8)
        guard !n.isEmpty else { return nil }
        var s = self
        guard let at = s.withUTF8({ bytesFind($0, n) }) else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: at)
        return lower..<utf8.index(lower, offsetBy: n.count)
    }

    /// The last occurrence of `needle`, on the UTF-8 bytes.
    func lastByteRange(of needle: String) -> Range<String.Index>? {
        let n = Array(needle.utf8)
        guard !n.isEmpty else { return nil }
        var s = self
        var found: Int?
        s.withUTF8 { b in
            var from = 0
            while from < b.count, let at = bytesFind(UnsafeBufferPointer(rebasing: b[from...]), n) {
                found = from + at
                from += at + 1
            }
        }
        guard let at = found else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: at)
        return lower..<utf8.index(lower, offsetBy: n.count)
    }

    /// Every occurrence of `target` replaced, found on the UTF-8 bytes.
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, containsBytes(target) else { return self }
        var s = self, t = target
        return s.withUTF8 { b in
            t.withUTF8 { needle in
                var out: [UInt8] = []
                out.reserveCapacity(b.count)
                var start = 0
                while start <= b.count, let at = bytesFind(UnsafeBufferPointer(rebasing: b[start...]), needle) {
                    out.append(contentsOf: b[start..<(start + at)])
                    out.append(contentsOf: replacement.utf8)
                    start += at + needle.count
                }
                out.append(contentsOf: b[start...])
                return String(decoding: out, as: UTF8.self)
            }
        }
    }
}

extension StringProtocol where SubSequence == Substring {
    /// The non-empty parts between the Unicode scalars that `isSeparator` holds
    /// for. These are the parts `split(whereSeparator:)` gives on Characters
    /// when no separator carries a combining mark, found far more cheaply:
    /// the Character walk and a Set of Characters' hashing cost hundreds of
    /// instructions a character.
    func splitScalars(whereSeparator isSeparator: (Unicode.Scalar) -> Bool) -> [Substring] {
        var parts: [Substring] = []
        let scalars = unicodeScalars
        var start = scalars.startIndex, i = start
        while i < scalars.endIndex {
            let next = scalars.index(after: i)
            if isSeparator(scalars[i]) {
                if start < i { parts.append(self[start..<i]) }
                start = next
            }
            i = next
        }
        if start < scalars.endIndex { parts.append(self[start..<scalars.endIndex]) }
        return parts
    }

    /// The runs of letters, as `split(whereSeparator: { !$0.isLetter })` gives
    /// them (a letter's combining marks stay with it), found on the scalars.
    var letterRuns: [Substring] {
        splitScalars { s in
            if s.value < 0x80 { return !(s >= "a" && s <= "z" || s >= "A" && s <= "Z") }
            let p = s.properties
            switch p.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: return false
            default: return !p.isAlphabetic
            }
        }
    }

    /// The parts between spaces, as `split(separator: " ")` gives them, found on the scalars.
    var spaceParts: [Substring] { splitScalars { $0 == " " } }
}

extension StringProtocol {
    /// Whether the UTF-8 bytes begin with `prefix`'s: `hasPrefix` without its
    /// comparison of Characters, which costs hundreds of instructions a call.
    func startsWithBytes(_ prefix: some StringProtocol) -> Bool {
        let compared = utf8.withContiguousStorageIfAvailable { a in
            prefix.utf8.withContiguousStorageIfAvailable { b in
                guard a.count >= b.count else { return false }
                for i in 0..<b.count where a[i] != b[i] { return false }
                return true
            }
        }
        return (compared ?? nil) ?? utf8.starts(with: prefix.utf8)
    }

    /// Whether the UTF-8 bytes end with `suffix`'s: `hasSuffix` without its comparison of Characters.
    func endsWithBytes(_ suffix: some StringProtocol) -> Bool {
        let compared = utf8.withContiguousStorageIfAvailable { a in
            suffix.utf8.withContiguousStorageIfAvailable { b in
                guard a.count >= b.count else { return false }
                let offset = a.count - b.count
                for i in 0..<b.count where a[offset + i] != b[i] { return false }
                return true
            }
        }
        return (compared ?? nil) ?? utf8.reversed().starts(with: suffix.utf8.reversed())
    }

    /// The offset of the first of the first `limit` UTF-8 bytes that `test` accepts: read on the
    /// contiguous bytes, where a generic walk of `utf8` costs several times as much.
    func firstByteOffset(within limit: Int = .max, where test: (UInt8) -> Bool) -> Int? {
        let found = utf8.withContiguousStorageIfAvailable { b -> Int? in
            for i in 0..<Swift.min(b.count, limit) where test(b[i]) { return i }
            return nil
        }
        if let found { return found }
        return utf8.prefix(limit).enumerated().first { test($0.element) }?.offset
    }
}
