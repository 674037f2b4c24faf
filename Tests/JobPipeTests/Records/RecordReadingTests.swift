import Testing
@testable import JobPipe

/// What a record reader promises whatever the line: output that is UTF-8,
/// and fields of the wrong type told apart from lines that are no record.
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

    @Test func arraysOfObjects() throws {
        func problem(_ text: String) throws -> String? { try Record(line: Array(text.utf8)).arrayOfObjectsProblem("pages") }
        #expect(try problem(#"{"a":1}"#) == nil)
        #expect(try problem(#"{"pages":null}"#) == nil)
        #expect(try problem(#"{"pages":[ ]}"#) == nil)
        #expect(try problem(#"{"pages":[{"body":"x"}, {}]}"#) == nil)
        #expect(try problem(#"{"pages":5}"#) == "'pages' is not an array")
        #expect(try problem(#"{"pages":{}}"#) == "'pages' is not an array")
        #expect(try problem(#"{"pages":[{}, "x"]}"#) == "'pages' holds a value that is not an object")
        #expect(try problem(#"{"pages":[null]}"#) == "'pages' holds a value that is not an object")
    }

    /// A transform throws `BadField` before it changes the record.
    @Test func badFieldsLeaveTheRecordAsItWas() throws {
        for (transform, line) in [(AnyTransform(EmailExtraction()), #"{"pages":[{"body":"a@b.de"},1]}"#),
                                  (AnyTransform(ContactScoring()), #"{"emails":"x"}"#),
                                  (AnyTransform(ContactScoring()), #"{"emails":[{"name":"no address"}]}"#),
                                  (AnyTransform(JobAnalysis(profile: nil)), #"{"pages":[1]}"#)] {
            var r = try Record(line: Array(line.utf8))
            #expect(throws: BadField.self) { try transform.apply(to: &r) }
            #expect(String(decoding: r.bytes, as: UTF8.self) == line)
        }
    }

    @Test func failKeepsTheFirstError() throws {
        var r = try Record(line: Array(#"{"a":1}"#.utf8))
        r.fail(code: "bad_field", message: "'pages' is not an array")
        r.fail(code: "other", message: "later")
        #expect(String(decoding: r.bytes, as: UTF8.self) == #"{"a":1,"error":{"code":"bad_field","message":"'pages' is not an array"}}"#)
    }
}

struct AnyTransform: RecordTransform {
    let step: any RecordTransform
    init(_ step: any RecordTransform) { self.step = step }
    func apply(to record: inout Record) throws { try step.apply(to: &record) }
}
