import Testing
@testable import JobPipe

/// The 64-bytes-at-a-time string reader (json_scan.h) against the byte loop
/// it stands in front of, and its unescaping against a plain decoder, on
/// edge cases and on random strings dense in escapes.
@Suite struct JSONStringTests {
    enum Outcome: Equatable {
        case end(Int)
        case failed(String)
    }

    func skip(_ bytes: [UInt8], checking: Bool) -> Outcome {
        bytes.withUnsafeBufferPointer { buf in
            var p = JSONParser(buf)
            do {
                if checking { try p.skipStringChecking() } else { try p.skipString() }
                return .end(p.pos)
            } catch {
                return .failed("\(error)")
            }
        }
    }

    /// A decoder written the plain way, from RFC 8259: lone surrogates become U+FFFD.
    func reference(_ body: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var i = 0
        func hex4(_ at: Int) -> UInt32? {
            guard at + 4 <= body.count else { return nil }
            return UInt32(String(decoding: body[at..<(at + 4)], as: UTF8.self), radix: 16)
        }
        func put(_ v: UInt32) { out += Array(String(Character(Unicode.Scalar(v)!)).utf8) }
        while i < body.count {
            guard body[i] == 0x5C, i + 1 < body.count else { out.append(body[i]); i += 1; continue }
            let e = body[i + 1]
            i += 2
            switch e {
            case UInt8(ascii: "b"): out.append(8)
            case UInt8(ascii: "f"): out.append(12)
            case UInt8(ascii: "n"): out.append(10)
            case UInt8(ascii: "r"): out.append(13)
            case UInt8(ascii: "t"): out.append(9)
            case UInt8(ascii: "u"):
                let v = hex4(i)!
                i += 4
                if (0xD800..<0xDC00).contains(v), i + 6 <= body.count, body[i] == 0x5C, body[i + 1] == UInt8(ascii: "u"),
                   let low = hex4(i + 2), (0xDC00..<0xE000).contains(low) {
                    put(0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00))
                    i += 6
                } else if (0xD800..<0xE000).contains(v) {
                    put(0xFFFD)
                } else {
                    put(v)
                }
            default: out.append(e)
            }
        }
        return out
    }

    func checkAgreement(_ body: [UInt8]) {
        let line = [UInt8(ascii: "\"")] + body
        let fast = skip(line, checking: false), slow = skip(line, checking: true)
        #expect(fast == slow, "\(String(decoding: body, as: UTF8.self).debugDescription)")
        guard case let .end(end) = slow else { return }
        let inner = Array(line[1..<(end - 1)])
        var ascii = false
        let decoded = inner.withUnsafeBufferPointer { JSONParser.unescape($0, ascii: &ascii) }
        #expect(decoded == reference(inner), "\(String(decoding: inner, as: UTF8.self).debugDescription)")
        #expect(ascii == inner.allSatisfy { $0 < 0x80 })
    }

    @Test func edgeCases() {
        let cases = [
            #"abc""#, #"""#, #"\"""#, #"\\""#, #"\\\"x""#, #"\u00e9""#, #"\uD83D\uDE00""#, #"\uD83D""#,
            #"\uDE00x""#, #"\u12""#, #"\uZZZZ""#, #"\x""#, "a\u{01}b\"", #"no end"#, #"ends in a backslash\"#,
            String(repeating: "a", count: 63) + #"\""#, String(repeating: "a", count: 63) + #"\"x""#,
            String(repeating: "\\\\", count: 40) + "\"", String(repeating: "\\\"", count: 40) + "\"",
            String(repeating: "b", count: 62) + #"\u00e9""#, String(repeating: "b", count: 130) + "\n\"",
            String(repeating: "é", count: 100) + "\"",
        ]
        for c in cases { checkAgreement(Array(c.utf8)) }
        #expect(skip(Array(#""\u00e9" tail"#.utf8), checking: false) == .end(8))
        #expect(skip(Array("\"a\u{01}\"".utf8), checking: false) == .failed("control character in a string at byte 3"))
    }

    @Test func randomStrings() {
        var rng = SplitMix(seed: 2026)
        let pieces = ["a", "<p class=", "\\\"", "\\\\", "\\n", "\\t", "\\/", "\\u00e9", "\\uD83D\\uDE00", "\\uDE00",
                      "\\u", "\\x", "\\", "\"", "é", "\u{01}", " ", "0", "F"]
        for _ in 0..<20_000 {
            var s = ""
            let n = Int(rng.next() % 90)
            for _ in 0..<n {
                // mostly text and valid escapes, so that many strings get far
                let k = Int(rng.next() % 100)
                s += k < 60 ? "abcdefgh".prefix(Int(rng.next() % 8) + 1).description
                    : pieces[k < 95 ? Int(rng.next() % 10) : Int(rng.next() % UInt64(pieces.count))]
            }
            if rng.next() % 4 != 0 { s += "\"" }
            checkAgreement(Array(s.utf8))
        }
    }
}
