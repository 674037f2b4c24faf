import Testing
@testable import JobPipe

/// What a record reader promises whatever the line: output that is UTF-8.
@Suite struct RecordReadingTests {
    /// jobpipe(7): objects and arrays nest at most 512 deep, the record counting as one.
    @Test func nestingLimit() throws {
        func line(_ depth: Int) -> [UInt8] {
            Array(#"{"a":"#.utf8) + [UInt8](repeating: 0x5B, count: depth - 1) + [UInt8](repeating: 0x5D, count: depth - 1) + [0x7D]
        }
        let deepest = try Record(line: line(512))
        #expect(deepest.value("a") != nil)
        #expect(throws: JSONError.self) { try Record(line: line(513)) }
        do { _ = try Record(line: line(513)) } catch let e as JSONError { #expect(e.description == "nested too deeply at byte 517") }
    }

    /// Invalid UTF-8 (only ever inside strings) becomes U+FFFD, a maximal
    /// ill-formed sequence at a time; the record's structure is unchanged.
    @Test func invalidUTF8IsRepaired() throws {
        let line: [UInt8] = Array(#"{"k\#u{E9}":"caf"#.utf8) + [0xE9] + Array(#"","n":[1,"\u00e9"],"x":""#.utf8)
            + [0xF0, 0x9F, 0x98] + Array(#"z","y":""#.utf8) + [0xED, 0xA0, 0x80] + Array(#""}"#.utf8)
        var r = try Record(line: line)
        #expect(r.repairedUTF8)
        #expect(String(decoding: r.bytes, as: UTF8.self) == #"{"ké":"caf\#u{FFFD}","n":[1,"\u00e9"],"x":"\#u{FFFD}z","y":"\#u{FFFD}\#u{FFFD}\#u{FFFD}"}"#)
        #expect(r.bytes.withUnsafeBufferPointer(Charset.isValidUTF8))
        #expect(r.keys == ["ké", "n", "x", "y"])
        r.set("added", .bool(true))
        #expect(String(decoding: r.bytes, as: UTF8.self).hasSuffix(#""y":"\#u{FFFD}\#u{FFFD}\#u{FFFD}","added":true}"#))
    }

    @Test func validUTF8IsLeftAsItIs() throws {
        let text = #"{"a":"caf\#u{E9} \#u{1F600}", "b" : 1 }"#
        let r = try Record(line: Array(text.utf8))
        #expect(!r.repairedUTF8)
        #expect(r.bytes == Array(text.utf8))
    }

    /// A byte above 0x7F outside a string is no JSON: still a syntax error.
    @Test func invalidUTF8OutsideAStringIsNoJSON() {
        #expect(throws: JSONError.self) { try Record(line: Array(#"{"a":1"#.utf8) + [0xE9] + Array("}".utf8)) }
    }
}
