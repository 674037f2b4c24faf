#if canImport(Glibc)
import Glibc
#endif

/// Reads the JSON of a `<script type="application/ld+json">` the way browsers
/// and search engines tolerate it: HTML comment and CDATA wrappers, trailing
/// commas, raw line breaks inside strings, escapes JSON does not know ("\'"),
/// a script's comments, and several values one after another.
enum LenientJSON {
    static func values(in text: String) -> [JSON] {
        var bytes = Array(text.utf8)
        stripWrappers(&bytes)
        if let v = try? JSON.parse(bytes) { return [v] }
        bytes = repaired(bytes)
        return bytes.withUnsafeBufferPointer { buf in
            var out: [JSON] = []
            var p = JSONParser(buf)
            while true {
                p.skipSpace()
                while let c = p.peek(), c == UInt8(ascii: ",") || c == UInt8(ascii: ";") { p.pos += 1; p.skipSpace() }
                guard p.peek() != nil, let v = try? p.parseValue() else { break }
                out.append(v)
            }
            return out
        }
    }

    /// Wrappers around the value, longest first (`//<![CDATA[` before `<![CDATA[`).
    private static let wrappers = ["//<![CDATA[", "//]]>", "<![CDATA[", "<!--", "-->", "]]>"].map { Array($0.utf8) }

    /// Blanks `<!--`, `-->`, `<![CDATA[`, `]]>` and their `//` forms outside
    /// strings, in one pass (a page full of them costs no more than any other).
    static func stripWrappers(_ bytes: inout [UInt8]) {
        bytes.withUnsafeMutableBufferPointer { b in
            let n = b.count
            var inString = false
            var i = 0
            while i < n {
                let c = b[i]
                if inString {
                    if c == 0x5C { i += 2; continue }
                    if c == 0x22 { inString = false }
                    i += 1
                    continue
                }
                if c == 0x22 { inString = true; i += 1; continue }
                if c == 0x2F || c == 0x3C || c == 0x2D || c == 0x5D,  // / < - ]
                   let m = wrappers.first(where: { i + $0.count <= n && memcmp(b.baseAddress! + i, $0, $0.count) == 0 }) {
                    for k in i..<(i + m.count) { b[k] = 0x20 }
                    i += m.count
                    continue
                }
                i += 1
            }
        }
    }

    /// The characters JSON escapes after a backslash.
    private static let escapable = Set("\"\\/bfnrtu".utf8)

    /// Escapes raw control characters inside strings, drops a backslash before a character JSON does not
    /// escape ("\'", "\-"), a script's comments outside strings, and commas before `}` or `]`.
    static func repaired(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var inString = false
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if inString {
                if b == 0x5C, i + 1 < bytes.count {
                    // (a backslash before a character JSON does not escape, as PHP's addslashes writes "\'", is
                    // dropped and the character kept)
                    if !Self.escapable.contains(bytes[i + 1]) { i += 1; continue }
                    out.append(b); out.append(bytes[i + 1]); i += 2; continue
                }
                if b == 0x22 { inString = false }
                if b == 0x0A { out.append(contentsOf: [0x5C, UInt8(ascii: "n")]) } else if b == 0x0D {
                } else if b == 0x09 { out.append(contentsOf: [0x5C, UInt8(ascii: "t")]) } else if b < 0x20 {
                    out.append(0x20)
                } else { out.append(b) }
                i += 1
                continue
            }
            if b == 0x22 { inString = true }
            // a script's comment outside strings, "// …" to the line's end or "/* … */", is no part of the value
            if b == 0x2F, i + 1 < bytes.count, bytes[i + 1] == 0x2F || bytes[i + 1] == 0x2A {
                let line = bytes[i + 1] == 0x2F
                i += 2
                while i < bytes.count, line ? bytes[i] != 0x0A : !(bytes[i] == 0x2A && i + 1 < bytes.count && bytes[i + 1] == 0x2F) {
                    i += 1
                }
                if !line { i += 2 }
                out.append(0x20)
                continue
            }
            if b == UInt8(ascii: ",") {
                var j = i + 1
                while j < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[j]) { j += 1 }
                if j < bytes.count, bytes[j] == UInt8(ascii: "}") || bytes[j] == UInt8(ascii: "]") { i += 1; continue }
            }
            out.append(b)
            i += 1
        }
        return out
    }
}
