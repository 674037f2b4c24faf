import Testing
@testable import JobPipe

/// extract-emails on whole records: merging pages, de-duplication, bodies.
@Suite struct EmailExtractionTests {
    func apply(_ line: String, keepBody: Bool = false) throws -> String {
        var record = try Record(line: Array(line.utf8))
        try EmailExtraction(keepBody: keepBody).apply(to: &record)
        return String(decoding: record.bytes, as: UTF8.self)
    }

    @Test func pagesMergeFirstPlaceBestFind() throws {
        let line = #"{"id":1,"pages":[{"url":"https://acme.de/","role":"home","body":"<p>jobs@acme.de, hr@acme.de</p>"},"#
            + #"{"url":"https://acme.de/team","final_url":"https://www.acme.de/team","role":"team","body":"<a href='mailto:hr@acme.de'>Erika Roe</a>"},"#
            + #"{"url":"https://acme.de/x","error":{"code":"timeout"}}]}"#
        let out = try apply(line)
        #expect(out == #"{"id":1,"pages":[{"url":"https://acme.de/","role":"home"},{"url":"https://acme.de/team","final_url":"https://www.acme.de/team","role":"team"},"#
            + #"{"url":"https://acme.de/x","error":{"code":"timeout"}}],"emails":[{"email":"jobs@acme.de","name":null,"method":"text","source_url":"https://acme.de/","context":"jobs@acme.de, hr@acme.de"},"#
            + #"{"email":"hr@acme.de","name":"Erika Roe","method":"mailto","source_url":"https://www.acme.de/team","context":"Erika Roe"}]}"#)
    }

    @Test func keepBody() throws {
        let line = #"{"pages":[{"url":"https://acme.de/","body":"<p>x</p>"}]}"#
        #expect(try apply(line, keepBody: true) == #"{"pages":[{"url":"https://acme.de/","body":"<p>x</p>"}],"emails":[]}"#)
    }

    @Test func recordsWithoutPages() throws {
        #expect(try apply(#"{"a":1}"#) == #"{"a":1,"emails":[]}"#)
        #expect(try apply(#"{"pages":[]}"#) == #"{"pages":[],"emails":[]}"#)
        #expect(try apply(#"{"url":"https://acme.de/","body":"<b>hi@acme.de</b>","z":0}"#)
            == #"{"url":"https://acme.de/","z":0,"emails":[{"email":"hi@acme.de","name":null,"method":"text","source_url":"https://acme.de/","context":"hi@acme.de"}]}"#)
    }

    /// A field of the wrong type is the record's failure (`BadField`), not the line's.
    @Test func badPagesAreABadField() {
        #expect(throws: BadField.self) { try apply(#"{"pages":"x"}"#) }
        #expect(throws: BadField.self) { try apply(#"{"pages":[1]}"#) }
    }

    @Test func contextIsShortAndCollapsed() throws {
        let filler = String(repeating: "word ", count: 40)
        let found = EmailExtraction().emails(inBody: "<p>\(filler)\n\n  write to  jobs@acme.de  \(filler)</p>", sourceURL: nil)
        #expect(found.map(\.context) == ["…word word word word word word word word word write to jobs@acme.de word word word word word word word word word word word…"])
    }
}
