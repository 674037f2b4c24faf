/// The encodings pages wrap addresses in, undone.
enum Decoders {
    /// Cloudflare's email protection: hex pairs, the first the XOR key of the rest
    /// (`data-cfemail="…"` and `/cdn-cgi/l/email-protection#…`).
    static func cloudflare(_ hex: some StringProtocol) -> String? {
        let u = Array(hex.utf8)
        guard u.count >= 4, u.count % 2 == 0, u.allSatisfy(AddressScanner.isHex) else { return nil }
        func byte(_ i: Int) -> UInt8 { hexValue(u[i]) << 4 | hexValue(u[i + 1]) }
        let key = byte(0)
        var out: [UInt8] = []
        for i in stride(from: 2, to: u.count, by: 2) { out.append(byte(i) ^ key) }
        return String(validating: out, as: UTF8.self)
    }

    /// TYPO3's `linkTo_UnCryptMailto('…')`: a Caesar shift of `mailto:…` over
    /// the ranges `+`…`:`, `@`…`Z` and `a`…`z`. The shift is whatever turns
    /// the first letter into the `m` of `mailto:`. Returns the decoded URL.
    static func typo3(_ encrypted: String) -> String? {
        let u = Array(encrypted.replacingBackslashSlash.utf8)
        guard let first = u.first, first >= 0x61, first <= 0x7A else { return nil }
        let offset = Int(first) - Int(UInt8(ascii: "m"))
        var out: [UInt8] = []
        out.reserveCapacity(u.count)
        for c in u { out.append(shift(c, by: -offset)) }
        let s = String(decoding: out, as: UTF8.self)
        return s.lowercased().hasPrefix("mailto:") ? s : nil
    }

    /// The decoded mailto URLs of every `linkTo_UnCryptMailto('…')` call in a text.
    static func typo3Calls(in text: String) -> [String] {
        var urls: [String] = []
        var rest = Substring(text)
        let quotes: Set<Character> = ["'", "\"", " "]
        while let r = rest.firstRange(of: "linkTo_UnCryptMailto(") {
            let arg = rest[r.upperBound...].drop { quotes.contains($0) }
            let end = arg.firstIndex { $0 == "'" || $0 == "\"" || $0 == ")" } ?? arg.endIndex
            if let url = typo3(String(arg[..<end])) { urls.append(url) }
            rest = rest[end...]
        }
        return urls
    }

    private static func shift(_ c: UInt8, by n: Int) -> UInt8 {
        func rotate(_ lo: UInt8, _ hi: UInt8) -> UInt8 {
            let size = Int(hi - lo) + 1
            let v = ((Int(c - lo) + n) % size + size) % size
            return lo + UInt8(v)
        }
        switch c {
        case 0x2B...0x3A: return rotate(0x2B, 0x3A)
        case 0x40...0x5A: return rotate(0x40, 0x5A)
        case 0x61...0x7A: return rotate(0x61, 0x7A)
        default: return c
        }
    }

    /// `%XX` escapes decoded (and `+` kept: in a mailto it is a character),
    /// as text to scan: bytes that are not UTF-8 become U+FFFD, which no
    /// address takes in (`EmailSyntax.isSafe`).
    static func percent(_ s: some StringProtocol) -> String {
        guard s.utf8.contains(UInt8(ascii: "%")) else { return String(s) }
        return String(decoding: percentBytes(s), as: UTF8.self)
    }

    /// `%XX` escapes decoded, as bytes: whatever they are, UTF-8 or not.
    static func percentBytes(_ s: some StringProtocol) -> [UInt8] {
        let u = Array(s.utf8)
        guard u.contains(UInt8(ascii: "%")) else { return u }
        var out: [UInt8] = []
        out.reserveCapacity(u.count)
        var i = 0
        while i < u.count {
            if u[i] == UInt8(ascii: "%"), i + 2 < u.count, AddressScanner.isHex(u[i + 1]), AddressScanner.isHex(u[i + 2]) {
                out.append(hexValue(u[i + 1]) << 4 | hexValue(u[i + 2]))
                i += 3
            } else {
                out.append(u[i])
                i += 1
            }
        }
        return out
    }

    /// HTML character references closed by `;` (`&#64;`, `&commat;`…) and
    /// JavaScript `\uXXXX` escapes decoded, for text no browser decodes:
    /// script contents and comments.
    static func references(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == UInt8(ascii: "&"), i + 1 < n,
               let (value, length) = CharacterReferences.reference(bytes, i + 1, in: .strict) {
                CharacterReferences.append(value, to: &out)
                i += 1 + length
            } else if b == UInt8(ascii: "\\"), i + 5 < n, bytes[i + 1] == UInt8(ascii: "u"),
                      (2...5).allSatisfy({ AddressScanner.isHex(bytes[i + $0]) }) {
                var v: UInt32 = 0
                for k in 2...5 { v = v << 4 | UInt32(hexValue(bytes[i + k])) }
                if v >= 0x20, v < 0x80 {
                    out.append(UInt8(v))
                } else {
                    out.append(contentsOf: bytes[i..<(i + 6)])
                }
                i += 6
            } else {
                out.append(b)
                i += 1
            }
        }
        return out
    }

    @inline(__always) static func hexValue(_ c: UInt8) -> UInt8 {
        switch c {
        case 0x30...0x39: return c - 0x30
        case 0x61...0x66: return c - 0x61 + 10
        default: return c - 0x41 + 10
        }
    }
}

extension String {
    /// `\/` (JSON and JavaScript's escaped slash) as `/`.
    var replacingBackslashSlash: String {
        guard contains("\\") else { return self }
        var out = ""
        var escape = false
        for c in self {
            if escape {
                if c != "/" { out.append("\\") }
                out.append(c)
                escape = false
            } else if c == "\\" {
                escape = true
            } else {
                out.append(c)
            }
        }
        if escape { out.append("\\") }
        return out
    }
}
