#if canImport(Glibc)
import Glibc
#endif

/// Finds a page's character encoding and decodes its body to UTF-8.
public enum Charset {
    /// The charset a page declares: the Content-Type header first, then a
    /// byte-order mark, then `<meta charset>` / `http-equiv` in the first
    /// 2 KiB (the HTML prescan, simplified); nil when none says.
    public static func detect(contentType: String?, body: UnsafeBufferPointer<UInt8>) -> String? {
        if body.count >= 3, body[0] == 0xEF, body[1] == 0xBB, body[2] == 0xBF { return "utf-8" }
        if body.count >= 2, body[0] == 0xFF, body[1] == 0xFE { return "utf-16le" }
        if body.count >= 2, body[0] == 0xFE, body[1] == 0xFF { return "utf-16be" }
        if let ct = contentType, let cs = parameter("charset", in: ct) { return normalise(cs) }
        return metaCharset(UnsafeBufferPointer(rebasing: body.prefix(2048))).map(normalise)
    }

    static func normalise(_ name: String) -> String {
        let n = name.trimmingSpaces.lowercased().trimmingCharacters(in: "\"'")
        switch n {
        case "utf8", "unicode-1-1-utf-8": return "utf-8"
        // Browsers read these labels as Windows-1252 (WHATWG Encoding), and so do we.
        case "latin1", "iso-8859-1", "iso8859-1", "iso_8859-1", "l1", "us-ascii", "ascii", "cp1252": return "windows-1252"
        default: return n
        }
    }

    /// A `name=value` parameter of a header value such as Content-Type.
    static func parameter(_ name: String, in header: String) -> String? {
        guard header.utf8.contains(UInt8(ascii: ";")) else { return nil }
        for part in header.split(separator: ";").dropFirst() {
            let kv = part.split(separator: "=", maxSplits: 1)
            guard kv.count == 2, kv[0].trimmingSpaces.lowercased() == name else { continue }
            let v = kv[1].trimmingSpaces.trimmingCharacters(in: "\"'")
            return v.isEmpty ? nil : v
        }
        return nil
    }

    /// `charset=` inside a `<meta` tag near the top of the page.
    static func metaCharset(_ head: UnsafeBufferPointer<UInt8>) -> String? {
        let lower = head.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        var i = 0
        let meta = Array("<meta".utf8), key = Array("charset".utf8)
        while let m = find(meta, in: lower, from: i) {
            let end = lower[m...].firstIndex(of: UInt8(ascii: ">")) ?? lower.count
            if let k = find(key, in: Array(lower[m..<end]), from: 0) {
                var j = m + k + key.count
                while j < end, lower[j] == 0x20 { j += 1 }
                if j < end, lower[j] == UInt8(ascii: "=") {
                    j += 1
                    while j < end, lower[j] == 0x20 || lower[j] == 0x22 || lower[j] == 0x27 { j += 1 }
                    var e = j
                    while e < end, lower[e] != 0x22, lower[e] != 0x27, lower[e] != 0x20, lower[e] != 0x3B,
                          lower[e] != 0x2F, lower[e] != 0x3E { e += 1 }
                    if e > j { return String(decoding: lower[j..<e], as: UTF8.self) }
                }
            }
            i = end
        }
        return nil
    }

    static func find(_ needle: [UInt8], in hay: [UInt8], from: Int) -> Int? {
        guard needle.count <= hay.count else { return nil }
        var i = from
        while i + needle.count <= hay.count {
            if hay[i] == needle[0], hay[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    /// Decodes `body` from `charset` (nil: UTF-8 if valid, else Windows-1252,
    /// which is what browsers fall back to) to UTF-8. Bytes that are invalid
    /// in the charset become U+FFFD; an unknown charset is read as UTF-8.
    /// Returns the text and the charset actually used.
    public static func decode(_ body: UnsafeBufferPointer<UInt8>, charset: String?) -> (String, String) {
        var bytes = body
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            bytes = UnsafeBufferPointer(rebasing: bytes[3...])
        }
        let cs = charset ?? (isValidUTF8(bytes) ? "utf-8" : "windows-1252")
        if cs == "utf-8" { return (String(decoding: bytes, as: UTF8.self), cs) }
        if let text = iconvDecode(bytes, from: cs) { return (text, cs) }
        return (String(decoding: bytes, as: UTF8.self), "utf-8")
    }

    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var it = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&it) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    /// glibc iconv, one invalid byte at a time replaced by U+FFFD.
    static func iconvDecode(_ input: UnsafeBufferPointer<UInt8>, from charset: String) -> String? {
        let cd = iconv_open("UTF-8", charset.uppercased())
        guard cd != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(cd) }
        var out: [UInt8] = []
        out.reserveCapacity(input.count + input.count / 2)
        let chunk = 64 * 1024
        var outBuf = [CChar](repeating: 0, count: chunk)
        var inPtr = UnsafeMutablePointer(mutating: input.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) })
        var inLeft = input.count
        while inLeft > 0 {
            let produced: Int = outBuf.withUnsafeMutableBufferPointer { ob in
                var outPtr: UnsafeMutablePointer<CChar>? = ob.baseAddress
                var outLeft = chunk
                let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                let n = chunk - outLeft
                if r == -1 && errno != E2BIG {
                    // Invalid or incomplete sequence: replace one byte and go on.
                    inPtr = inPtr.map { $0 + 1 }
                    inLeft -= 1
                    return -n - 1
                }
                return n
            }
            let n = produced < 0 ? -produced - 1 : produced
            outBuf.withUnsafeBufferPointer { ob in
                ob.baseAddress!.withMemoryRebound(to: UInt8.self, capacity: n) {
                    out.append(contentsOf: UnsafeBufferPointer(start: $0, count: n))
                }
            }
            if produced < 0 { out.append(contentsOf: [0xEF, 0xBF, 0xBD]) }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}
