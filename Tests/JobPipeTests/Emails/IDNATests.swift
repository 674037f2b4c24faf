import Testing
@testable import JobPipe

/// Domain labels through libidn2 (IDNA2008, UTS #46 non-transitional), and the
/// addresses that depend on them.
@Suite struct IDNATests {
    @Test func labelsBothWays() {
        #expect(IDNA.asciiLabel("bücher") == "xn--bcher-kva")
        #expect(IDNA.unicodeLabel("xn--bcher-kva") == "bücher")
        #expect(IDNA.asciiLabel("臺網中心") == "xn--fiqq24b10vi0d")
        #expect(IDNA.unicodeLabel("xn--fiqq24b10vi0d") == "臺網中心")
        // Non-transitional: ß and final sigma are kept, not mapped to ss and σ.
        #expect(IDNA.asciiLabel("straße") == "xn--strae-oqa")
        #expect(IDNA.asciiLabel("ς") == "xn--3xa")
        // Decomposed input is brought to normal form C first.
        #expect(IDNA.asciiLabel("bu\u{308}cher") == "xn--bcher-kva")
    }

    @Test(arguments: [
        "xn--0",            // not punycode at all
        "xn--a",            // punycode for nothing
        "xn--ab-",          // a trailing delimiter with nothing after it
    ])
    func invalidALabel(label: String) {
        #expect(IDNA.unicodeLabel(label) == nil)
    }

    @Test func invalidULabel() {
        // Left-to-right and right-to-left letters in one label break the bidi rule.
        #expect(IDNA.asciiLabel("aעברית") == nil)
        #expect(IDNA.asciiLabel("עברית") == "xn--5dbqzzl")
        // A label longer than 63 octets in ASCII.
        #expect(IDNA.asciiLabel("中" + String(repeating: "1", count: 60)) == nil)
    }

    @Test func addresses() {
        #expect(FoundEmail.asciiForm("info@bücher.de") == "info@xn--bcher-kva.de")
        #expect(EmailSyntax.asciiDomain("bücher.de") == "xn--bcher-kva.de")
        #expect(EmailSyntax.unicodeDomain("xn--bcher-kva.de") == "bücher.de")
        #expect(AddressFilter().accepts("INFO@XN--BCHER-KVA.DE") == "info@bücher.de")
        #expect(EmailSyntax.asciiDomain("xn--0.de") == nil)
        #expect(!EmailSyntax.isValid("a@xn--0.de"))
        #expect(EmailSyntax.unicodeDomain("xn--0.de") == "xn--0.de")
    }
}
