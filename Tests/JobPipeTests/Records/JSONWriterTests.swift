import Testing
@testable import JobPipe

/// The string writer skips eight bytes at a time: every byte that needs an
/// escape must still get it, wherever it falls in a word.
@Suite struct JSONWriterTests {
    /// The escape of one byte, written out the long way.
    func reference(_ s: [UInt8]) -> String {
        var out = "\""
        for b in s {
            switch b {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0..<0x20: out += "\\u00" + (b < 16 ? "0" : "") + String(b, radix: 16)
            default: out += String(decoding: [b], as: UTF8.self)
            }
        }
        return out + "\""
    }

    @Test func everyASCIIByteAtEveryPlaceOfAWord() {
        for b in UInt8(0)..<0x80 {
            for at in 0..<19 {
                var s = [UInt8](repeating: UInt8(ascii: "a"), count: 19)
                s[at] = b
                var out: [UInt8] = []
                s.withUnsafeBufferPointer { JSONWriter.writeString(bytes: $0, to: &out) }
                #expect(String(decoding: out, as: UTF8.self) == reference(s), "byte \(b) at \(at)")
            }
        }
    }

    @Test func textBeyondASCIIPassesWhole() {
        var out: [UInt8] = []
        JSONWriter.writeString("Grüße, 東京 \"quoted\"\u{1}", to: &out)
        #expect(String(decoding: out, as: UTF8.self) == #""Grüße, 東京 \"quoted\"\u0001""#)
    }
}
