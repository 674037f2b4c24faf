import Testing
@testable import JobPipe

/// JSON-LD as pages wrap it.
@Suite struct LenientJSONTests {
    @Test func jsonLDWrappedTheOldWays() {
        let cdata = "//<![CDATA[\n{\"@type\":\"JobPosting\",\"title\":\"A\"}\n//]]>"
        #expect(LenientJSON.values(in: cdata).first?["title"]?.stringValue == "A")
        // wrappers inside strings stay; thousands of them cost one pass
        let many = "{\"@type\":\"JobPosting\",\"title\":\"" + String(repeating: "<!-- -->", count: 20_000) + "\"}"
        #expect(LenientJSON.values(in: many).first?["title"]?.stringValue?.utf8.count == 160_000)
    }

    @Test func escapesJSONDoesNotKnow() {
        // PHP's addslashes writes "\'": the backslash goes, the quote stays; JSON's own escapes are read as ever
        let php = #"{"@type":"JobPosting","title":"Developer","hiringOrganization":{"name":"O\'Reilly \- Media"},"description":"a\nb \"c\" \/ \u00e9"}"#
        let v = LenientJSON.values(in: php).first
        #expect(v?["hiringOrganization"]?["name"]?.stringValue == "O'Reilly - Media")
        #expect(v?["description"]?.stringValue == "a\nb \"c\" / é")
    }

    @Test func commentsOfAScript() {
        // "// …" to the line's end and "/* … */" outside strings go; a URL's slashes inside a string stay
        let text = "{\"@type\":\"JobPosting\",\n \"url\": \"https://acme.example/jobs\", // the posting's page\n"
            + " /* the employer */ \"hiringOrganization\": {\"name\": \"Acme\"}}"
        let v = LenientJSON.values(in: text).first
        #expect(v?["url"]?.stringValue == "https://acme.example/jobs" && v?["hiringOrganization"]?["name"]?.stringValue == "Acme")
    }
}
