#if canImport(Glibc)
import Glibc
#endif

/// An address-shaped run of bytes found around an `@`.
struct AddressCandidate: Equatable {
    /// `local@domain` as found (case kept).
    var address: String
    /// Where it lies in the scanned buffer.
    var range: Range<Int>
    /// A letter outside ASCII touches it on the left (`Müllerjobs@…`): the
    /// local part may go on to the left, so it stands only when an element
    /// boundary cuts it there (`Müller</span><span>jobs@…`).
    var glued = false
}

/// The byte scanner: `memchr` for each `@`, then expand left over local-part
/// bytes and right over domain bytes, and trim what the boundary tells. It
/// never looks at a byte twice except across the short expansions, so it runs
/// at memory speed; all judgement of what is plausible is left to `AddressFilter`.
enum AddressScanner {
    /// Local-part bytes as they appear on pages: letters, digits, `._+-`.
    /// (RFC 5322 allows more, but on a page `'`, `/`, `=`, `%`… are delimiters.)
    static let localByte: [Bool] = (0..<256).map { b in
        let c = UInt8(b)
        return (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39)
            || c == UInt8(ascii: ".") || c == UInt8(ascii: "_") || c == UInt8(ascii: "+") || c == UInt8(ascii: "-")
    }

    static let domainByte: [Bool] = (0..<256).map { b in
        let c = UInt8(b)
        return (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39)
            || c == UInt8(ascii: ".") || c == UInt8(ascii: "-")
    }

    /// Every candidate in `buf`; `glued` ones only when the caller can cut
    /// them at element boundaries (`keepGlued`).
    static func scan(_ buf: UnsafeBufferPointer<UInt8>, keepGlued: Bool = false, _ found: (AddressCandidate) -> Void) {
        guard let base = buf.baseAddress else { return }
        let n = buf.count
        var i = 0
        while i < n, let p = memchr(base + i, 0x40, n - i) {
            let at = UnsafeRawPointer(p).assumingMemoryBound(to: UInt8.self) - base
            i = at + 1
            if let c = candidate(buf, at: at), keepGlued || !c.glued { found(c) }
        }
    }

    static func candidate(_ buf: UnsafeBufferPointer<UInt8>, at: Int) -> AddressCandidate? {
        let n = buf.count
        var s = at
        while s > 0, localByte[Int(buf[s - 1])] { s -= 1 }
        var e = at + 1
        // Where the current label started, and whether it is ASCII so far.
        var labelStart = e, asciiLabel = true
        while e < n {
            let b = buf[e]
            if domainByte[Int(b)] {
                if b == UInt8(ascii: ".") { labelStart = e + 1; asciiLabel = true }
                e += 1
                continue
            }
            if b >= 0x80, let (scalar, len) = decodeScalar(buf, e), EmailSyntax.isSafe(scalar, first: false, inDomain: true) {
                // Text in a script written without spaces goes on right after the address
                // (`info@acme.co.jpまで`): an ASCII label does not go on in kana or Han.
                if isUnspacedScript(scalar), asciiLabel, e > labelStart { break }
                asciiLabel = false
                e += len
                continue
            }
            break
        }
        // A trailing dot or hyphen ends the sentence, not the domain.
        while e > at + 1, buf[e - 1] == UInt8(ascii: ".") || buf[e - 1] == UInt8(ascii: "-") { e -= 1 }
        guard s < at, e > at + 1 else { return nil }
        // An identifier or path goes on after the domain: `x@2x-logo_big.png`, `a@b.c/d`.
        if e < n, buf[e] == UInt8(ascii: "_") || buf[e] == UInt8(ascii: "@") { return nil }
        var glued = false
        if !trimLeft(buf, &s, at: at, glued: &glued) { return nil }
        guard s < at else { return nil }
        let address = String(decoding: UnsafeBufferPointer(rebasing: buf[s..<e]), as: UTF8.self)
        return AddressCandidate(address: address, range: s..<e, glued: glued)
    }

    /// Moves `s` past what the left boundary shows is not part of the address;
    /// false when the boundary shows it is no address at all.
    static func trimLeft(_ buf: UnsafeBufferPointer<UInt8>, _ s: inout Int, at: Int, glued: inout Bool) -> Bool {
        let before: UInt8? = s > 0 ? buf[s - 1] : nil
        switch before {
        case UInt8(ascii: "/"):
            // A path (`/@user`, `/dev/null@x`) or URL userinfo (`//key@sentry.io`).
            return false
        case UInt8(ascii: "%"):
            // `%20info@x.de`: the escape's two hex digits are not the address.
            if at - s > 2, isHex(buf[s]), isHex(buf[s + 1]) { s += 2 }
        case UInt8(ascii: "\\"):
            // `\u002finfo@x.de`, `\ninfo@x.de` in script text.
            if at - s > 5, buf[s] == UInt8(ascii: "u"), (1...4).allSatisfy({ isHex(buf[s + $0]) }) {
                s += 5
            } else {
                s += 1
            }
        case UInt8(ascii: ":"):
            if isUserinfo(buf, colon: s - 1) { return false }
        case let b? where b >= 0x80:
            // A letter outside ASCII (`Jöbs@…`): the local part goes on to the left, and
            // what is left of it after the cut is someone else's address, not this one.
            // (Quotes and dashes, `»jobs@…«`, are boundaries like any other; so are the
            // letters of scripts written without spaces: `邮箱hr@acme.cn`.)
            if let u = scalarBefore(buf, s), u.properties.isAlphabetic, !isUnspacedScript(u) { glued = true }
        default:
            break
        }
        // A leading dot means the name was cut (`melanie .earley@`).
        if s < at, buf[s] == UInt8(ascii: ".") { return false }
        while s < at, buf[s] == UInt8(ascii: "+") || buf[s] == UInt8(ascii: "-") { s += 1 }
        return true
    }

    /// Letters of scripts that do not put spaces between words (Han, kana,
    /// Thai, Lao, Khmer, Myanmar): one before an address does not continue it.
    static func isUnspacedScript(_ u: Unicode.Scalar) -> Bool {
        if u.properties.isIdeographic { return true }
        switch u.value {
        case 0x3040...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F,  // hiragana, katakana
             0x0E00...0x0EFF, 0x1780...0x17FF, 0x1000...0x109F:  // Thai, Lao, Khmer, Myanmar
            return true
        default:
            return false
        }
    }

    /// The Unicode scalar whose UTF-8 ends just before `end`.
    static func scalarBefore(_ buf: UnsafeBufferPointer<UInt8>, _ end: Int) -> Unicode.Scalar? {
        var start = end - 1
        while start > 0, end - start < 4, buf[start] & 0xC0 == 0x80 { start -= 1 }
        var it = UnsafeBufferPointer(rebasing: buf[start..<end]).makeIterator()
        var decoder = UTF8()
        if case let .scalarValue(u) = decoder.decode(&it) { return u }
        return nil
    }

    /// `scheme://user:password@host`: a `//` before the colon with no space between.
    static func isUserinfo(_ buf: UnsafeBufferPointer<UInt8>, colon: Int) -> Bool {
        var j = colon - 1
        let stop = max(0, colon - 256)
        while j > stop {
            let b = buf[j]
            if b <= 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b == UInt8(ascii: "<") { return false }
            if b == UInt8(ascii: "/"), buf[j - 1] == UInt8(ascii: "/") { return true }
            j -= 1
        }
        return false
    }

    @inline(__always) static func isHex(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x66) || (b >= 0x41 && b <= 0x46)
    }

    /// Decodes one UTF-8 scalar at `i`; nil when the bytes are not valid UTF-8.
    static func decodeScalar(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Unicode.Scalar, Int)? {
        let b0 = buf[i]
        let len: Int, initial: UInt32
        switch b0 {
        case 0xC2...0xDF: len = 2; initial = UInt32(b0 & 0x1F)
        case 0xE0...0xEF: len = 3; initial = UInt32(b0 & 0x0F)
        case 0xF0...0xF4: len = 4; initial = UInt32(b0 & 0x07)
        default: return nil
        }
        guard i + len <= buf.count else { return nil }
        var v = initial
        for k in 1..<len {
            let b = buf[i + k]
            guard b & 0xC0 == 0x80 else { return nil }
            v = v << 6 | UInt32(b & 0x3F)
        }
        guard let s = Unicode.Scalar(v) else { return nil }
        return (s, len)
    }
}
