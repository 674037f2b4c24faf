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
            + #"{"url":"https://acme.de/x","error":{"code":"timeout"}}],"emails":[{"email":"jobs@acme.de","name":null,"position":null,"method":"text","source_url":"https://acme.de/","context":"jobs@acme.de, hr@acme.de"},"#
            + #"{"email":"hr@acme.de","name":"Erika Roe","position":null,"method":"mailto","source_url":"https://www.acme.de/team","context":"Erika Roe"}],"people":[]}"#)
    }

    /// Within one page too: one entry at the address's first place, with its
    /// best find (a name, then a mailto link, then the first), the context of
    /// that find (a link's text when the link named it). Outputs as before the
    /// page scan kept one entry per address instead of every find.
    @Test func oneEntryPerAddressWithinAPage() throws {
        #expect(try apply(#"{"body":"<p>hr@acme.de</p><a href='mailto:hr@acme.de'>Erika Roe</a><p>write to hr@acme.de</p>"}"#)
            == #"{"emails":[{"email":"hr@acme.de","name":"Erika Roe","position":null,"method":"mailto","source_url":null,"context":"hr@acme.de Erika Roe write to hr@acme.de"}],"people":[]}"#)
        #expect(try apply(#"{"body":"<a href='mailto:hr@acme.de' title='x'>Mail us</a> <p>hr@acme.de</p> <a href='mailto:hr@acme.de'>Erika Roe</a> <a href='mailto:hr@acme.de'>Max Roe</a>"}"#)
            == #"{"emails":[{"email":"hr@acme.de","name":"Erika Roe","position":null,"method":"mailto","source_url":null,"context":"Mail us hr@acme.de Erika Roe Max Roe"}],"people":[]}"#)
        #expect(try apply(#"{"body":"<a href='mailto:jobs@acme.de'>Mail</a><!-- jobs@acme.de in a comment --><span>jobs@acme.de</span><span>jobs@acme.de</span> <a href='mailto:jobs@acme.de'>Erika Roe</a>"}"#)
            == #"{"emails":[{"email":"jobs@acme.de","name":"Erika Roe","position":null,"method":"mailto","source_url":null,"context":"Mailjobs@acme.dejobs@acme.de Erika Roe"}],"people":[]}"#)
        let filler = String(repeating: "word ", count: 30)
        #expect(try apply(#"{"body":"<a href='mailto:hr@acme.de'>Mail</a> \#(filler) <a href='mailto:hr@acme.de'>Erika Roe</a>"}"#)
            == #"{"emails":[{"email":"hr@acme.de","name":"Erika Roe","position":null,"method":"mailto","source_url":null,"context":"…word word word word word word word word word word word Erika Roe"}],"people":[]}"#)
    }

    @Test func keepBody() throws {
        let line = #"{"pages":[{"url":"https://acme.de/","body":"<p>x</p>"}]}"#
        #expect(try apply(line, keepBody: true) == #"{"pages":[{"url":"https://acme.de/","body":"<p>x</p>"}],"emails":[],"people":[]}"#)
    }

    @Test func recordsWithoutPages() throws {
        #expect(try apply(#"{"a":1}"#) == #"{"a":1,"emails":[],"people":[]}"#)
        #expect(try apply(#"{"pages":[]}"#) == #"{"pages":[],"emails":[],"people":[]}"#)
        #expect(try apply(#"{"url":"https://acme.de/","body":"<b>hi@acme.de</b>","z":0}"#)
            == #"{"url":"https://acme.de/","z":0,"emails":[{"email":"hi@acme.de","name":null,"position":null,"method":"text","source_url":"https://acme.de/","context":"hi@acme.de"}],"people":[]}"#)
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
