/// What a page's script writes for the reader, read without running it: the
/// strings it assembles from literal pieces, as Joomla's e-mail cloaking and
/// hand-made `document.write('info' + '&#64;' + 'acme' + '.de')` do.
///
/// A small reader of JavaScript's surface: string literals (with `\'`,
/// `\xHH`, `\uHHHH`), names, `+`, `=`, `+=`, `;`, and calls. It follows
/// `var|let|const name = …`, `name = …`, `name += …` of literals and names
/// it already knows, and collects what `document.write(…)`, `writeln(…)` and
/// `….innerHTML = | += …` are given, and every variable's final text. Anything
/// else (a call, a number, an unknown name) makes the expression unknown:
/// nothing is guessed, nothing is run. At most `maxTokens` tokens are read.
enum ScriptStrings {
    static let maxTokens = 200_000
    /// A text longer than this is not assembled further.
    static let maxLength = 4_096

    enum Token: Equatable {
        case string(String)
        case name(String)
        case punct(UInt8)
        case plusAssign
    }

    /// The texts a script assembles: written ones first, then the variables'.
    static func assembled(_ b: UnsafeBufferPointer<UInt8>) -> [String] {
        let tokens = tokenize(b)
        var vars: [String: String] = [:]
        var order: [String] = []
        var written: [String] = []
        var i = 0
        /// `term ('+' term)*` from `j`: its text (nil when unknown) and the index after it.
        func expression(_ j: Int) -> (String?, Int) {
            var k = j
            var out: String? = ""
            var expectTerm = true
            while k < tokens.count {
                let t = tokens[k]
                if expectTerm {
                    switch t {
                    case let .string(s): out = out.map { $0 + s }
                    case let .name(n): out = vars[n].flatMap { v in out.map { $0 + v } }
                    case .punct(UInt8(ascii: "(")):
                        // A parenthesised expression.
                        let (inner, next) = expression(k + 1)
                        guard next < tokens.count, tokens[next] == .punct(UInt8(ascii: ")")) else { return (nil, next) }
                        out = inner.flatMap { v in out.map { $0 + v } }
                        k = next
                    default: return (nil, k)
                    }
                    if let o = out, o.utf8.count > maxLength { out = nil }
                    expectTerm = false
                    k += 1
                    continue
                }
                // After a term: `+` goes on; a name or call after a name (`a.b`) makes it unknown.
                if t == .punct(UInt8(ascii: "+")) { expectTerm = true; k += 1; continue }
                if t == .punct(UInt8(ascii: ".")) || t == .punct(UInt8(ascii: "[")) { return (nil, k) }
                break
            }
            return (expectTerm ? nil : out, k)
        }
        while i < tokens.count {
            switch tokens[i] {
            case let .name(n) where n == "var" || n == "let" || n == "const":
                i += 1
                continue
            case let .name(n):
                // `document.write(`, `document.writeln(`
                if (n == "write" || n == "writeln"), i > 1, tokens[i - 1] == .punct(UInt8(ascii: ".")),
                   i + 1 < tokens.count, tokens[i + 1] == .punct(UInt8(ascii: "(")) {
                    let (v, next) = expression(i + 2)
                    if let v, !v.isEmpty { written.append(v) }
                    i = max(next, i + 2)
                    continue
                }
                if i + 1 < tokens.count, tokens[i + 1] == .punct(UInt8(ascii: "=")) || tokens[i + 1] == .plusAssign {
                    let append = tokens[i + 1] == .plusAssign
                    let (v, next) = expression(i + 2)
                    if n == "innerHTML" || n == "outerHTML" {
                        if let v, !v.isEmpty { written.append(v) }
                    } else if let v {
                        if vars[n] == nil { order.append(n) }
                        vars[n] = append ? (vars[n] ?? "") + v : v
                        if let s = vars[n], s.utf8.count > maxLength { vars[n] = nil }
                    } else {
                        vars[n] = nil
                    }
                    i = max(next, i + 2)
                    continue
                }
                i += 1
            default:
                i += 1
            }
        }
        return written + order.compactMap { vars[$0] }
    }

    /// The tokens of a script; comments skipped.
    static func tokenize(_ b: UnsafeBufferPointer<UInt8>) -> [Token] {
        var out: [Token] = []
        var i = 0
        let n = b.count
        func isNameByte(_ c: UInt8) -> Bool {
            (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "_") || c == UInt8(ascii: "$")
        }
        while i < n, out.count < maxTokens {
            let c = b[i]
            if c == UInt8(ascii: "/"), i + 1 < n, b[i + 1] == UInt8(ascii: "/") {
                while i < n, b[i] != 0x0A { i += 1 }
                continue
            }
            if c == UInt8(ascii: "/"), i + 1 < n, b[i + 1] == UInt8(ascii: "*") {
                i += 2
                while i + 1 < n, !(b[i] == UInt8(ascii: "*") && b[i + 1] == UInt8(ascii: "/")) { i += 1 }
                i += 2
                continue
            }
            if c == UInt8(ascii: "'") || c == UInt8(ascii: "\"") || c == UInt8(ascii: "`") {
                var bytes: [UInt8] = []
                var j = i + 1
                var closed = false
                while j < n {
                    let d = b[j]
                    if d == c { closed = true; break }
                    if d == 0x0A, c != UInt8(ascii: "`") { break }
                    if c == UInt8(ascii: "`"), d == UInt8(ascii: "$"), j + 1 < n, b[j + 1] == UInt8(ascii: "{") { break }
                    if d == UInt8(ascii: "\\"), j + 1 < n {
                        let e = b[j + 1]
                        switch e {
                        case UInt8(ascii: "x") where j + 3 < n:
                            if let v = hex(b, j + 2, 2) { appendScalar(v, to: &bytes); j += 4; continue }
                        case UInt8(ascii: "u") where j + 5 < n:
                            if let v = hex(b, j + 2, 4) { appendScalar(v, to: &bytes); j += 6; continue }
                        case UInt8(ascii: "n"): bytes.append(0x0A); j += 2; continue
                        case UInt8(ascii: "t"): bytes.append(0x09); j += 2; continue
                        default: break
                        }
                        bytes.append(e)
                        j += 2
                        continue
                    }
                    bytes.append(d)
                    j += 1
                }
                if closed {
                    out.append(.string(String(decoding: bytes, as: UTF8.self)))
                    i = j + 1
                } else {
                    // An unclosed string: what follows is not read as code.
                    out.append(.punct(UInt8(ascii: ";")))
                    i = j
                }
                continue
            }
            if isNameByte(c) {
                var j = i
                while j < n, isNameByte(b[j]) { j += 1 }
                out.append(.name(String(decoding: UnsafeBufferPointer(rebasing: b[i..<j]), as: UTF8.self)))
                i = j
                continue
            }
            if c == UInt8(ascii: "+"), i + 1 < n, b[i + 1] == UInt8(ascii: "=") {
                out.append(.plusAssign)
                i += 2
                continue
            }
            if c == UInt8(ascii: "="), i + 1 < n, b[i + 1] == UInt8(ascii: "=") {
                out.append(.punct(UInt8(ascii: "?")))
                i += 2
                continue
            }
            if c > 0x20 { out.append(.punct(c)) }
            i += 1
        }
        return out
    }

    private static func hex(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ count: Int) -> UInt32? {
        guard i + count <= b.count else { return nil }
        var v: UInt32 = 0
        for k in 0..<count {
            let c = b[i + k]
            let d: UInt32
            switch c {
            case 0x30...0x39: d = UInt32(c - 0x30)
            case 0x61...0x66: d = UInt32(c - 0x61 + 10)
            case 0x41...0x46: d = UInt32(c - 0x41 + 10)
            default: return nil
            }
            v = v << 4 | d
        }
        return v
    }

    private static func appendScalar(_ v: UInt32, to bytes: inout [UInt8]) {
        guard let s = Unicode.Scalar(v) else { return }
        bytes.append(contentsOf: Array(String(Character(s)).utf8))
    }

    /// Whether a script may assemble text: it writes to the page and joins strings.
    static func mayAssemble(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        (bytesContain(b, Array("document.write".utf8)) || bytesContain(b, Array("innerHTML".utf8)))
            && memchrContains(b, UInt8(ascii: "+"))
    }
}
