import Testing
@testable import JobPipe

/// The UTF-8 check against Swift's own decoder, on edge cases and on random bytes.
@Suite struct CharsetTests {
    func reference(_ bytes: [UInt8]) -> Bool {
        var it = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&it) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    func check(_ bytes: [UInt8]) -> Bool { bytes.withUnsafeBufferPointer(Charset.isValidUTF8) }

    @Test func edgeCases() {
        let cases: [[UInt8]] = [
            [], Array("plain ASCII, long enough for words".utf8), Array("Grüße 東京 😀".utf8),
            [0xC0, 0x80], [0xC1, 0xBF], [0xC2, 0x80], [0xDF, 0xBF], [0xE0, 0x9F, 0x80], [0xE0, 0xA0, 0x80],
            [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xEF, 0xBF, 0xBF], [0xF0, 0x8F, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80],
            [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF], [0x80], [0xE2, 0x82],
            Array("abcdefgh".utf8) + [0xE2, 0x82], Array("abcdefg".utf8) + [0xC3, 0xA9] + Array("abcdefgh".utf8),
        ]
        for c in cases { #expect(check(c) == reference(c), "\(c)") }
    }

    @Test func randomBytes() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 { state = state &* 6364136223846793005 &+ 1442695040888963407; return state >> 33 }
        let pieces: [[UInt8]] = [Array("ab".utf8), Array("é".utf8), Array("東".utf8), Array("😀".utf8), [0x80], [0xC3], [0xED, 0xA0], [0xF4, 0x90]]
        for _ in 0..<3000 {
            var bytes: [UInt8] = []
            for _ in 0..<(next() % 12) { bytes += pieces[Int(next() % UInt64(next() % 4 == 0 ? pieces.count : 4))] }
            #expect(check(bytes) == reference(bytes), "\(bytes)")
        }
    }
}
