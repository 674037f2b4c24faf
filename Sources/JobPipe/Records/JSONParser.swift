#if canImport(Glibc)
import Glibc
#endif
import CJobPipe
/// Why a line is not the JSON it should be.
public struct JSONError: Error, CustomStringConvertible, Sendable {
    public let message: String
    public let offset: Int
    public var description: String { "\(message) at byte \(offset + 1)" }
}

/// A recursive-descent JSON reader over bytes. `skipValue` checks a value
/// without building it, which is how records pass through at memory speed.
struct JSONParser {
    let buf: UnsafeBufferPointer<UInt8>
    var pos = 0
    var depth = 0
    static let maxDepth = 512
    /// Where long strings (page bodies) end, by where they start: noted while
    /// checking a record, so that reading a value inside it again jumps over
    /// them (they were checked). Nil: not noted.
    var longStrings: [Int: Int]?
    static let longString = 4096

    init(_ buf: UnsafeBufferPointer<UInt8>, at pos: Int = 0) {
        self.buf = buf
        self.pos = pos
    }

    func error(_ message: String) -> JSONError { JSONError(message: message, offset: pos) }

    @inline(__always) mutating func skipSpace() {
        while pos < buf.count {
            switch buf[pos] {
            case 0x20, 0x09, 0x0A, 0x0D: pos += 1
            default: return
            }
        }
    }

    @inline(__always) func peek() -> UInt8? { pos < buf.count ? buf[pos] : nil }

    mutating func expect(_ c: UInt8, _ what: String) throws {
        guard pos < buf.count, buf[pos] == c else {
            throw error(pos < buf.count ? "expected \(what)" : "unexpected end of line, expected \(what)")
        }
        pos += 1
    }

    mutating func literal(_ word: StaticString) throws {
        let n = word.utf8CodeUnitCount
        guard pos + n <= buf.count else { throw error("unexpected end of line") }
        let p = word.utf8Start
        for i in 0..<n where buf[pos + i] != p[i] { throw error("invalid literal") }
        pos += n
    }

    // MARK: skipping (validation only)

    mutating func skipValue() throws {
        guard let c = peek() else { throw error("unexpected end of line, expected a value") }
        switch c {
        case UInt8(ascii: "\""): try skipString()
        case UInt8(ascii: "{"):
            depth += 1
            guard depth <= Self.maxDepth else { throw error("nested too deeply") }
            pos += 1
            skipSpace()
            if peek() == UInt8(ascii: "}") { pos += 1; depth -= 1; return }
            while true {
                skipSpace()
                guard peek() == UInt8(ascii: "\"") else { throw error("expected a key string") }
                try skipString()
                skipSpace()
                try expect(UInt8(ascii: ":"), "':'")
                skipSpace()
                try skipValue()
                skipSpace()
                guard let d = peek() else { throw error("unexpected end of line in an object") }
                pos += 1
                if d == UInt8(ascii: "}") { break }
                guard d == UInt8(ascii: ",") else { pos -= 1; throw error("expected ',' or '}'") }
            }
            depth -= 1
        case UInt8(ascii: "["):
            depth += 1
            guard depth <= Self.maxDepth else { throw error("nested too deeply") }
            pos += 1
            skipSpace()
            if peek() == UInt8(ascii: "]") { pos += 1; depth -= 1; return }
            while true {
                skipSpace()
                try skipValue()
                skipSpace()
                guard let d = peek() else { throw error("unexpected end of line in an array") }
                pos += 1
                if d == UInt8(ascii: "]") { break }
                guard d == UInt8(ascii: ",") else { pos -= 1; throw error("expected ',' or ']'") }
            }
            depth -= 1
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        default: _ = try scanNumber()
        }
    }

    /// Skips a string, checking escapes; the cursor must be on its opening quote.
    mutating func skipString() throws {
        let n = buf.count
        guard let base = buf.baseAddress else { throw error("unterminated string") }
        if let end = longStrings?[pos] {
            pos = end
            return
        }
        let start = pos
        // most strings are valid: found 64 bytes at a time (json_scan.h)
        let end = jp_json_string_end(base + pos + 1, n - pos - 1)
        if end >= 0 {
            pos += end + 2
            if pos - start >= Self.longString, longStrings != nil { longStrings![start] = pos }
            return
        }
        try skipStringChecking()
    }

    /// `skipString` a byte at a time at each escape, with the exact error.
    mutating func skipStringChecking() throws {
        let n = buf.count
        guard let base = buf.baseAddress else { throw error("unterminated string") }
        let start = pos
        let raw = UnsafeRawPointer(base)
        var i = pos + 1
        while true {
            // Eight bytes at a time to the next quote, backslash or control byte.
            while i + 8 <= n {
                let m = JSONWriter.escapeMask(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                if m != 0 { i += m.trailingZeroBitCount >> 3; break }
                i += 8
            }
            while i < n {
                let b = base[i]
                if b == 0x22 || b == 0x5C || b < 0x20 { break }
                i += 1
            }
            pos = i
            guard i < n else { throw error("unterminated string") }
            let b = base[i]
            if b == 0x22 {
                pos = i + 1
                if pos - start >= Self.longString, longStrings != nil { longStrings![start] = pos }
                return
            }
            if b < 0x20 { throw error("control character in a string") }
            // backslash
            guard i + 1 < n else { throw error("unterminated string") }
            switch base[i + 1] {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
                 UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                i += 2
            case UInt8(ascii: "u"):
                guard i + 6 <= n, (2..<6).allSatisfy({ hexValue(base[i + $0]) != nil }) else {
                    throw error("invalid \\u escape")
                }
                i += 6
            default: throw error("invalid escape in a string")
            }
        }
    }

    /// Scans a number and returns its text.
    mutating func scanNumber() throws -> String {
        let start = pos
        if peek() == UInt8(ascii: "-") { pos += 1 }
        guard let first = peek(), first >= 0x30, first <= 0x39 else {
            pos = start
            throw error("expected a value")
        }
        if first == 0x30 { pos += 1 } else { while let c = peek(), c >= 0x30, c <= 0x39 { pos += 1 } }
        if peek() == UInt8(ascii: ".") {
            pos += 1
            guard let c = peek(), c >= 0x30, c <= 0x39 else { throw error("invalid number") }
            while let c = peek(), c >= 0x30, c <= 0x39 { pos += 1 }
        }
        if let e = peek(), e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            pos += 1
            if let s = peek(), s == UInt8(ascii: "+") || s == UInt8(ascii: "-") { pos += 1 }
            guard let c = peek(), c >= 0x30, c <= 0x39 else { throw error("invalid number") }
            while let c = peek(), c >= 0x30, c <= 0x39 { pos += 1 }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: buf[start..<pos]), as: UTF8.self)
    }

    // MARK: building values

    mutating func parseValue() throws -> JSON {
        guard let c = peek() else { throw error("unexpected end of line, expected a value") }
        switch c {
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "{"):
            depth += 1
            guard depth <= Self.maxDepth else { throw error("nested too deeply") }
            defer { depth -= 1 }
            pos += 1
            var pairs: [(String, JSON)] = []
            skipSpace()
            if peek() == UInt8(ascii: "}") { pos += 1; return .object(pairs) }
            while true {
                skipSpace()
                guard peek() == UInt8(ascii: "\"") else { throw error("expected a key string") }
                let key = try parseString()
                skipSpace()
                try expect(UInt8(ascii: ":"), "':'")
                skipSpace()
                pairs.append((key, try parseValue()))
                skipSpace()
                guard let d = peek() else { throw error("unexpected end of line in an object") }
                pos += 1
                if d == UInt8(ascii: "}") { return .object(pairs) }
                guard d == UInt8(ascii: ",") else { pos -= 1; throw error("expected ',' or '}'") }
            }
        case UInt8(ascii: "["):
            depth += 1
            guard depth <= Self.maxDepth else { throw error("nested too deeply") }
            defer { depth -= 1 }
            pos += 1
            var items: [JSON] = []
            skipSpace()
            if peek() == UInt8(ascii: "]") { pos += 1; return .array(items) }
            while true {
                skipSpace()
                items.append(try parseValue())
                skipSpace()
                guard let d = peek() else { throw error("unexpected end of line in an array") }
                pos += 1
                if d == UInt8(ascii: "]") { return .array(items) }
                guard d == UInt8(ascii: ",") else { pos -= 1; throw error("expected ',' or ']'") }
            }
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        default: return .number(try scanNumber())
        }
    }

    /// Parses a string (cursor on its opening quote) into Swift text.
    /// Invalid UTF-8 and lone surrogates become U+FFFD.
    mutating func parseString() throws -> String {
        let start = pos + 1
        try skipString()
        let end = pos - 1
        let raw = UnsafeBufferPointer(rebasing: buf[start..<end])
        if raw.firstIndex(of: 0x5C) == nil { return String(decoding: raw, as: UTF8.self) }
        return String(decoding: JSONParser.unescape(raw), as: UTF8.self)
    }

    /// Decodes the escapes of an already validated string body.
    static func unescape(_ raw: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var ascii = false
        return unescape(raw, ascii: &ascii)
    }

    /// `unescape`, also telling whether the escaped text was all ASCII (then
    /// the result is valid UTF-8: escapes only ever make valid UTF-8).
    static func unescape(_ raw: UnsafeBufferPointer<UInt8>, ascii: inout Bool) -> [UInt8] {
        let n = raw.count
        guard let base = raw.baseAddress, n > 0 else { ascii = true; return [] }
        var allASCII: Int32 = 0
        // json_scan.h: never longer than valid escaped text (the 4 spare bytes
        // take a U+FFFD for a cut-off \u escape, should one come)
        let out = [UInt8](unsafeUninitializedCapacity: n + 4) { out, count in
            count = jp_json_unescape(base, n, out.baseAddress!, &allASCII)
        }
        ascii = allASCII != 0
        return out
    }
}

@inline(__always) func hexValue(_ c: UInt8) -> UInt8? {
    switch c {
    case 0x30...0x39: return c - 0x30
    case 0x41...0x46: return c - 0x41 + 10
    case 0x61...0x66: return c - 0x61 + 10
    default: return nil
    }
}

@inline(__always) func appendUTF8(_ s: Unicode.Scalar, to out: inout [UInt8]) {
    let v = s.value
    switch v {
    case 0..<0x80: out.append(UInt8(v))
    case 0x80..<0x800:
        out.append(UInt8(0xC0 | (v >> 6)))
        out.append(UInt8(0x80 | (v & 0x3F)))
    case 0x800..<0x10000:
        out.append(UInt8(0xE0 | (v >> 12)))
        out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
        out.append(UInt8(0x80 | (v & 0x3F)))
    default:
        out.append(UInt8(0xF0 | (v >> 18)))
        out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
        out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
        out.append(UInt8(0x80 | (v & 0x3F)))
    }
}
