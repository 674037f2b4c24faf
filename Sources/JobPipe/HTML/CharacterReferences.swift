/// HTML character references (`&amp;`, `&#233;`, `&#x2014;`) decoded as
/// browsers decode them, for the names of HTML 4.01's table (the set libxml2
/// knows; the common legacy ones, such as `&amp` and `&copy`, also without
/// their `;`), numeric ones with the Windows-1252 meaning of 128–159, and
/// U+FFFD for code points no text may hold.
enum CharacterReferences {
    /// Calls `body` with `raw` decoded; without a `&`, with `raw` itself.
    static func withDecoded<T>(_ raw: UnsafeBufferPointer<UInt8>, inAttribute: Bool,
                               _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        guard raw.count > 0, raw.firstIndex(of: 0x26) != nil else { return body(raw) }
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        decode(raw, inAttribute: inAttribute, into: &out)
        return out.withUnsafeBufferPointer(body)
    }

    static func decode(_ raw: UnsafeBufferPointer<UInt8>, inAttribute: Bool, into out: inout [UInt8]) {
        var i = 0
        let n = raw.count
        while i < n {
            let b = raw[i]
            guard b == 0x26, i + 1 < n else { out.append(b); i += 1; continue }
            if let (scalar, length) = reference(raw, i + 1, inAttribute: inAttribute) {
                appendUTF8(Unicode.Scalar(scalar) ?? "\u{FFFD}", to: &out)
                i += 1 + length
            } else {
                out.append(b)
                i += 1
            }
        }
    }

    /// The scalar of the reference after a `&` at `from`, and how many bytes
    /// it took (its `;` included).
    private static func reference(_ s: UnsafeBufferPointer<UInt8>, _ from: Int, inAttribute: Bool) -> (UInt32, Int)? {
        let n = s.count
        if s[from] == 0x23 {  // &#
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
            return (numeric(value), k - from)
        }
        var key: UInt64 = 0
        var k = from
        while k < n, k - from < 8 {
            let c = s[k]
            guard (c | 0x20) &- 0x61 < 26 || c &- 0x30 < 10 else { break }
            key |= UInt64(c) << (8 * UInt64(k - from))
            k += 1
        }
        guard k > from else { return nil }
        if k < n, s[k] == 0x3B, let scalar = HTMLEntities.scalar(packedName: key) { return (scalar, k + 1 - from) }
        // Without ";": the common legacy names, as the start of the run
        // ("&copy2026" is "©2026"); in an attribute not when a letter, digit
        // or "=" follows (a URL's "&copy=2").
        for (name, length) in legacy where length <= k - from && key & mask(length) == name {
            let next = from + length
            if inAttribute, next < n, (s[next] | 0x20) &- 0x61 < 26 || s[next] &- 0x30 < 10 || s[next] == 0x3D { return nil }
            return (HTMLEntities.scalar(packedName: name)!, length)
        }
        return nil
    }

    /// amp lt gt quot nbsp copy reg, packed as `HTMLEntities` keys are, with their lengths.
    private static let legacy: [(UInt64, Int)] = [(0x706d61, 3), (0x746c, 2), (0x7467, 2), (0x746f7571, 4),
                                                  (0x7073626e, 4), (0x79706f63, 4), (0x676572, 3)]

    @inline(__always) private static func mask(_ length: Int) -> UInt64 { length >= 8 ? ~0 : (1 << UInt64(8 * length)) - 1 }

    private static let windows1252: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
        0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0x9D, 0x017E, 0x0178,
    ]

    private static func numeric(_ v: UInt32) -> UInt32 {
        if v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF) { return 0xFFFD }
        if v >= 0x80, v <= 0x9F { return windows1252[Int(v - 0x80)] }
        return v
    }
}
