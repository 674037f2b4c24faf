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
}
