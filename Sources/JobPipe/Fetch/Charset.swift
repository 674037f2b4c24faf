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
        // a name that is only white space ("charset=\r") names no charset
        if let ct = contentType, let cs = parameter("charset", in: ct), !normalise(cs).isEmpty { return normalise(cs) }
        return metaCharset(UnsafeBufferPointer(rebasing: body.prefix(2048))).map(normalise).flatMap { $0.isEmpty ? nil : $0 }
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

    /// `charset=` inside a `<meta` tag near the top of the page. One pass
    /// over the bytes, no copies: every page without a charset header
    /// comes through here.
    static func metaCharset(_ head: UnsafeBufferPointer<UInt8>) -> String? {
        @inline(__always) func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
        func matches(_ word: StaticString, at i: Int) -> Bool {
            let n = word.utf8CodeUnitCount
            guard i + n <= head.count else { return false }
            let w = word.utf8Start
            for k in 0..<n where lower(head[i + k]) != w[k] { return false }
            return true
        }
        let n = head.count
        guard let base = head.baseAddress else { return nil }
        var i = 0
        while i < n, let p = memchr(base + i, 0x3C, n - i) {
            i = UnsafeRawPointer(p).assumingMemoryBound(to: UInt8.self) - base
            guard matches("<meta", at: i) else { i += 1; continue }
            var end = i + 5
            while end < n, head[end] != UInt8(ascii: ">") { end += 1 }
            var k = i + 5
            while k + 7 <= end, !matches("charset", at: k) { k += 1 }
            if k + 7 <= end {
                var j = k + 7
                while j < end, head[j] == 0x20 { j += 1 }
                if j < end, head[j] == UInt8(ascii: "=") {
                    j += 1
                    while j < end, head[j] == 0x20 || head[j] == 0x22 || head[j] == 0x27 { j += 1 }
                    var e = j
                    while e < end, head[e] != 0x22, head[e] != 0x27, head[e] > 0x20, head[e] != 0x3B,
                          head[e] != 0x2F, head[e] != 0x3E { e += 1 }
                    if e > j { return String(decoding: UnsafeBufferPointer(rebasing: head[j..<e]), as: UTF8.self).lowercased() }
                }
            }
            i = end
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
        } else if bytes.count >= 2, (charset == "utf-16le" && bytes[0] == 0xFF && bytes[1] == 0xFE)
                    || (charset == "utf-16be" && bytes[0] == 0xFE && bytes[1] == 0xFF) {
            // The byte-order mark is no part of the text.
            bytes = UnsafeBufferPointer(rebasing: bytes[2...])
        }
        let named = charset.flatMap { $0.isEmpty ? nil : $0 }
        let cs = named ?? (isValidUTF8(bytes) ? "utf-8" : "windows-1252")
        if cs == "utf-8" { return (String(decoding: bytes, as: UTF8.self), cs) }
        if let text = iconvDecode(bytes, from: cs) { return (text, cs) }
        return (String(decoding: bytes, as: UTF8.self), "utf-8")
    }

    /// Whether `bytes` are well-formed UTF-8 (RFC 3629: no overlongs, no
    /// surrogates, nothing above U+10FFFF). ASCII runs eight bytes at a time.
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        let n = bytes.count
        var i = 0
        while i < n {
            while i + 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
            guard i < n else { return true }
            let b = base[i]
            if b < 0x80 { i += 1; continue }
            // The lead byte fixes the length and the range of the second byte.
            let length: Int, low: UInt8, high: UInt8
            switch b {
            case 0xC2...0xDF: (length, low, high) = (2, 0x80, 0xBF)
            case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
            case 0xE1...0xEC, 0xEE...0xEF: (length, low, high) = (3, 0x80, 0xBF)
            case 0xED: (length, low, high) = (3, 0x80, 0x9F)
            case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
            case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
            case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
            default: return false
            }
            guard i + length <= n, base[i + 1] >= low, base[i + 1] <= high else { return false }
            for k in 2..<length where base[i + k] & 0xC0 != 0x80 { return false }
            i += length
        }
        return true
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
