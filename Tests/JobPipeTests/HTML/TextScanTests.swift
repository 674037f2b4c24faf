import CJobPipe
import Testing

/// The scalar white-space kernels of text_scan.c against the SSE2 ones and
/// against what the program runs (`jp_text_run`, `jp_space_run`), from many
/// starting points of the same inputs: long runs of white space, U+00A0 and
/// lone C2 bytes across the 64-byte block boundaries, bytes of 0x80 and
/// above, control bytes, empty input, and random text. Where there is no
/// SSE2 the program runs the scalar kernels, and TextCollectorTests checks
/// them against a byte loop.
@Suite struct TextScanTests {
    struct Run: Equatable {
        var text: Int
        var space: Int
        var lineFeed: Int32
    }

    /// What each path says about p[from..<n]: scalar, the program's, SSE2;
    /// bytes past n that would change the answer if read.
    func runs(_ bytes: [UInt8], from: Int) -> [Run] {
        typealias TextKernel = (UnsafePointer<UInt8>?, Int) -> Int
        typealias SpaceKernel = (UnsafePointer<UInt8>?, Int, UnsafeMutablePointer<Int32>?) -> Int
        var kernels: [(TextKernel, SpaceKernel)] = [(jp_text_run_scalar, jp_space_run_scalar), (jp_text_run, jp_space_run)]
        #if arch(x86_64)
        kernels.append((jp_text_run_sse2, jp_space_run_sse2))
        #endif
        return (bytes + Array(" \u{A0}\n a".utf8)).withUnsafeBufferPointer { buf in
            let p = buf.baseAddress! + from, n = bytes.count - from
            return kernels.map { text, space in
                var lineFeed: Int32 = -1
                let s = space(p, n, &lineFeed)
                return Run(text: text(p, n), space: s, lineFeed: lineFeed)
            }
        }
    }

    func checkAgreement(_ bytes: [UInt8], from: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        let r = runs(bytes, from: from)
        #expect(r.allSatisfy { $0 == r[0] }, "\(r) from \(from) of \(String(decoding: bytes, as: UTF8.self).debugDescription)",
                sourceLocation: sourceLocation)
    }

    @Test func empty() {
        #expect(runs([], from: 0).allSatisfy { $0 == Run(text: 0, space: 0, lineFeed: 0) })
    }

    /// Each kind of white space, and the bytes near it, placed across the
    /// first and second block boundaries, read from before and after them.
    @Test func blockBoundaries() {
        let pieces: [[UInt8]] = [" ", "  ", "\n", "\t", "\r\n", "\u{0C}", "\u{A0}", " \u{A0} ", "\u{A0}\u{A0}", "é",
                                 "\u{01}", "\u{1F}", "\u{0B}", "x y"].map { Array($0.utf8) }
            + [[0xC2], [0xC2, 0xC2, 0xA0], [0xA0], [0xFF], [0x80]]
        let spaces: [[UInt8]] = [" ", "\n", "\u{A0}", " \t\r\n\u{0C}\u{A0}"].map { Array($0.utf8) }
        for piece in pieces {
            for at in Array(58...70) + Array(122...134) {
                for after in [0, 1, 2, 70] {
                    let s = Array(repeating: UInt8(ascii: "a"), count: at) + piece + Array(repeating: UInt8(ascii: "b"), count: after)
                    for from in [0, 1, at - 1, at] { checkAgreement(s, from: from) }
                }
            }
        }
        // long runs of white space, each ending on either side of a boundary
        for run in spaces {
            for count in [1, 20, 31, 32, 33, 63, 64, 65, 100] {
                let space = Array(repeating: run, count: count).flatMap { $0 }
                for lead in [0, 1, 60, 63] {
                    let s = Array(repeating: UInt8(ascii: "a"), count: lead) + space + Array("word".utf8)
                    for from in Set([0, lead, max(0, lead - 1)]) { checkAgreement(s, from: from) }
                    checkAgreement(s + [0xC2], from: lead)
                }
            }
        }
    }

    @Test func randomText() {
        var rng = SplitMix(seed: 1717)
        let pieces: [[UInt8]] = ["word", "a", " ", " ", "  ", "\n", "\t", "\r\n", "\u{0C}", "\u{A0}", "é", "\u{01}", "©",
                                 " \u{A0} ", "\n\n   ", "x\u{C2}", "\u{0B}"].map { Array($0.utf8) }
            + [[0xC2], [0xA0], [0xFF], Array(repeating: 0x20, count: 70), Array(repeating: 0x0A, count: 65)]
        for _ in 0..<3_000 {
            var s: [UInt8] = []
            for _ in 0..<Int(rng.next() % 100) {
                let k = Int(rng.next() % 100)
                s += k < 50 ? Array("text".utf8) : pieces[Int(rng.next() % UInt64(pieces.count))]
            }
            if rng.next() % 8 == 0 { s.append(0xC2) }
            var starts: Set<Int> = [0]
            for _ in 0..<6 where !s.isEmpty { starts.insert(Int(rng.next() % UInt64(s.count))) }
            for from in starts { checkAgreement(s, from: from) }
        }
    }
}
