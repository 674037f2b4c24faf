import CJobPipe
import Foundation
import Testing

/// The scalar JSON string kernels of json_scan.c against the SSE2 ones and
/// against what the program runs (`jp_json_string_end`, `jp_json_unescape`),
/// on the same inputs: escapes and quotes on both sides of the 64-byte block
/// boundaries, bytes of 0x80 and above, control bytes, empty input, and random
/// strings dense in escapes. Where there is no SSE2 (not x86-64) the program
/// runs the scalar kernels, and JSONStringTests checks them against a byte loop.
@Suite struct JSONScanTests {
    /// `body`, then bytes that change the answer if a kernel reads past its end.
    func withPadded<R>(_ body: [UInt8], _ f: (UnsafePointer<UInt8>, Int) -> R) -> R {
        (body + Array(#"\"\u0001 "#.utf8)).withUnsafeBufferPointer { f($0.baseAddress!, body.count) }
    }

    /// Where each path says the string ends: scalar, the program's, SSE2.
    func ends(_ body: [UInt8]) -> [Int] {
        withPadded(body) { p, n in
            var r = [jp_json_string_end_scalar(p, n), jp_json_string_end(p, n)]
            #if arch(x86_64)
            r.append(jp_json_string_end_sse2(p, n))
            #endif
            return r
        }
    }

    struct Unescaped: Equatable {
        var bytes: [UInt8]
        var ascii: Int32
    }

    /// The unescaped text by each path, into exactly the n + 4 bytes promised.
    func unescaped(_ body: [UInt8]) -> [Unescaped] {
        typealias Kernel = (UnsafePointer<UInt8>?, Int, UnsafeMutablePointer<UInt8>?, UnsafeMutablePointer<Int32>?) -> Int
        var kernels: [Kernel] = [jp_json_unescape_scalar, jp_json_unescape]
        #if arch(x86_64)
        kernels.append(jp_json_unescape_sse2)
        #endif
        return kernels.map { kernel in
            withPadded(body) { p, n in
                var ascii: Int32 = -1
                let out = [UInt8](unsafeUninitializedCapacity: n + 4) { out, count in
                    count = kernel(p, n, out.baseAddress!, &ascii)
                }
                return Unescaped(bytes: out, ascii: ascii)
            }
        }
    }

    /// All paths agree on where `body` ends, and on its unescaped text when it
    /// is valid (what unescaping asks for).
    func checkAgreement(_ body: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
        let shown = String(decoding: body, as: UTF8.self).debugDescription
        let e = ends(body)
        #expect(e.allSatisfy { $0 == e[0] }, "ends \(e) of \(shown)", sourceLocation: sourceLocation)
        guard e[0] >= 0 else { return }
        let u = unescaped(Array(body[..<e[0]]))
        #expect(u.allSatisfy { $0 == u[0] }, "unescaping \(shown)", sourceLocation: sourceLocation)
    }

    @Test func fastPathIsTaken() {
        #if arch(x86_64)
        let forced = ProcessInfo.processInfo.environment["JOBPIPE_SCALAR", default: "0"]
        #expect(jp_scan_uses_sse2() == (forced == "" || forced == "0" ? 1 : 0))
        #else
        #expect(jp_scan_uses_sse2() == 0)
        #endif
    }

    @Test func emptyAndShort() {
        for s in ["", "\"", "\\", "\\\"", "a", "\\u", "\\uD83D", "é", "\u{1F}", "\u{7F}\""] { checkAgreement(Array(s.utf8)) }
        #expect(ends([]).allSatisfy { $0 == -1 })
    }

    /// Each escape, bad escape, control byte and high byte placed across the
    /// first and second block boundaries, in strings long enough (96 bytes and
    /// more) for unescaping to take its block loop.
    @Test func blockBoundaries() {
        let pieces: [[UInt8]] = [
            #"\""#, #"\\"#, #"\n"#, #"\/"#, #"\b"#, #"\f"#, #"\r"#, #"\t"#, #"\u00e9"#, #"\uD83D\uDE00"#, #"\uDE00"#,
            #"\uD83Dx"#, #"\u12"#, #"\uZZZZ"#, #"\x"#, #"\"#, #"\\\""#, #"\\\\\"#, #"""#, "\u{01}", "\u{1F}", "\n", "\u{7F}",
            "é", "€", "😀",
        ].map { Array($0.utf8) } + [[0xFF], [0x80], [0xC2], [0xC2, 0xA0]]
        for piece in pieces {
            for at in Array(56...72) + Array(120...136) {
                for after in [0, 1, 40, 100] {
                    let a = Array(repeating: UInt8(ascii: "a"), count: at)
                    let b = Array(repeating: UInt8(ascii: "b"), count: after)
                    checkAgreement(a + piece + b + [UInt8(ascii: "\"")] + Array(" tail".utf8))
                    checkAgreement(a + piece + b)
                }
            }
        }
        // runs of backslashes of every length ending on each side of a boundary
        for run in 1...9 {
            for at in 52...70 {
                let s = Array(repeating: UInt8(ascii: "a"), count: at) + Array(repeating: UInt8(ascii: "\\"), count: run)
                    + Array("\"x".utf8) + Array(repeating: UInt8(ascii: "y"), count: 100) + [UInt8(ascii: "\"")]
                checkAgreement(s)
            }
        }
    }

    @Test func randomStrings() {
        var rng = SplitMix(seed: 1313)
        let pieces: [[UInt8]] = ["<p class=", "\\\"", "\\\\", "\\n", "\\t", "\\/", "\\u00e9", "\\uD83D\\uDE00", "\\uDE00",
                                 "\\u", "\\x", "\\", "\"", "é", "\u{01}", "\u{1F}", " ", "0", "F"].map { Array($0.utf8) }
            + [[0xFF], [0x80, 0x80], [0xC2, 0xA0]]
        for _ in 0..<8_000 {
            var s: [UInt8] = []
            let n = Int(rng.next() % 160)
            for _ in 0..<n {
                // mostly text and valid escapes, so that many strings get far
                let k = Int(rng.next() % 100)
                s += k < 60 ? Array("abcdefgh".utf8.prefix(Int(rng.next() % 8) + 1))
                    : pieces[k < 95 ? Int(rng.next() % 10) : Int(rng.next() % UInt64(pieces.count))]
            }
            if rng.next() % 4 != 0 { s += Array("\" tail".utf8) }
            checkAgreement(s)
        }
    }
}
