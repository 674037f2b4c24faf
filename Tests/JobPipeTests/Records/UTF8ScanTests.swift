import CJobPipe
import Testing
@testable import JobPipe

/// The UTF-8 check of utf8_scan.c (every record line goes through it): the
/// scalar and SSE2 kernels and the program's against a byte-at-a-time check
/// (`Charset.isValidUTF8`) and against Swift's own decoder, on characters of
/// every length at every place around the 64-byte blocks, the ill-formed
/// sequences RFC 3629 names, and random bytes.
@Suite struct UTF8ScanTests {
    /// Where each kernel finds the first invalid byte (-1: none): scalar, the program's, SSE2.
    func invalid(_ bytes: [UInt8]) -> [Int] {
        // bytes after the end that would make a cut-off sequence whole
        (bytes + [0x80, 0x80, 0x80]).withUnsafeBufferPointer { buf in
            let p = buf.baseAddress!, n = bytes.count
            var r = [jp_utf8_invalid_scalar(p, n), jp_utf8_invalid(p, n)]
            #if arch(x86_64)
            r.append(jp_utf8_invalid_sse2(p, n))
            #endif
            return r
        }
    }

    /// The answer from a byte loop and Swift's decoder.
    func expected(_ bytes: [UInt8]) -> Int {
        let valid = bytes.withUnsafeBufferPointer(Charset.isValidUTF8)
        #expect(valid == (String(validating: bytes, as: UTF8.self) != nil))
        guard !valid else { return -1 }
        // the first byte whose sequence does not decode
        var i = 0
        while i < bytes.count {
            let ok = (1...4).contains { len in
                i + len <= bytes.count && String(validating: bytes[i..<(i + len)], as: UTF8.self) != nil
            }
            if !ok { return i }
            i += (1...4).first { len in
                i + len <= bytes.count && String(validating: bytes[i..<(i + len)], as: UTF8.self) != nil
            }!
        }
        return -1
    }

    @Test func charactersAroundTheBlocks() {
        for char in ["é", "€", "😀", "\u{10FFFF}", "\u{D7FF}", "\u{E000}"] {
            let c = Array(char.utf8)
            for at in [0, 1, 61, 62, 63, 64, 65, 127, 128] {
                let good = [UInt8](repeating: 0x61, count: at) + c + [UInt8](repeating: 0x62, count: 70)
                #expect(invalid(good).allSatisfy { $0 == -1 }, "\(char) at \(at)")
                let cut = [UInt8](repeating: 0x61, count: at) + c.dropLast()
                #expect(invalid(cut).allSatisfy { $0 == at }, "\(char) cut at \(at)")
            }
        }
    }

    @Test func illFormedSequences() {
        let bad: [[UInt8]] = [[0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xE0, 0x9F, 0xBF],
                              [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xF0, 0x80, 0x80, 0x80], [0xF4, 0x90, 0x80, 0x80],
                              [0xF5, 0x80, 0x80, 0x80], [0xFE], [0xFF], [0xC3, 0x28], [0xE2, 0x82, 0x28]]
        for b in bad {
            for at in [0, 10, 63, 64, 100] {
                let line = [UInt8](repeating: 0x20, count: at) + b + [UInt8](repeating: 0x20, count: 80)
                #expect(invalid(line).allSatisfy { $0 == at }, "\(b) at \(at)")
                #expect(expected(line) == at)
            }
        }
        #expect(invalid([]).allSatisfy { $0 == -1 })
    }

    @Test func randomBytes() {
        var rng = SystemRandomNumberGenerator()
        let pieces: [[UInt8]] = [[0x61], [0x22], Array("é".utf8), Array("€".utf8), Array("😀".utf8), [0x80], [0xC3], [0xED, 0xA0], [0xF4]]
        for _ in 0..<2000 {
            var bytes: [UInt8] = []
            let count = Int.random(in: 0..<200, using: &rng)
            for _ in 0..<count {
                // mostly good text: a bad piece now and then
                let piece = Int.random(in: 0..<100, using: &rng) < 97 ? pieces[Int.random(in: 0..<5, using: &rng)]
                    : pieces.randomElement(using: &rng)!
                bytes += piece
            }
            let want = expected(bytes)
            #expect(invalid(bytes).allSatisfy { $0 == want }, "\(bytes)")
        }
    }
}
