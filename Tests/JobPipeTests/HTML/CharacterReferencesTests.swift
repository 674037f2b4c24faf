import Testing
@testable import JobPipe

private func decoded(_ s: String, _ context: CharacterReferences.Context) -> String {
    var out: [UInt8] = []
    Array(s.utf8).withUnsafeBufferPointer { CharacterReferences.decode($0, in: context, into: &out) }
    return String(decoding: out, as: UTF8.self)
}

@Suite struct CharacterReferencesTests {
    @Test func theWholeHTMLTableIsKnown() {
        #expect(NamedCharacterReferences.count == 2231)
        #expect(decoded("info&commat;acme&period;de", .text) == "info@acme.de")
        #expect(decoded("&CounterClockwiseContourIntegral; &Tab;&NewLine;", .text) == "\u{2233} \t\n")
        // two code points
        #expect(decoded("&NotEqualTilde;", .text) == "\u{2242}\u{338}")
        // code points of five hex digits, and the table's first and last names
        #expect(decoded("&Afr;&zwnj;&AElig", .text) == "\u{1D504}\u{200C}\u{C6}")
        // names are case-sensitive
        #expect(decoded("&AMP; &Amp; &COMMAT;", .text) == "& &Amp; &COMMAT;")
    }

    @Test func legacyNamesStandWithoutTheirSemicolonInText() {
        #expect(decoded("caf&eacute au lait", .text) == "café au lait")
        // the longest name that matches: &not, then "it;"
        #expect(decoded("&notit; &notin;", .text) == "¬it; ∉")
        #expect(decoded("&copy2026 &frac12x", .text) == "©2026 ½x")
        // only the legacy names: &commat needs its ;
        #expect(decoded("a&commat b", .text) == "a&commat b")
    }

    @Test func attributesKeepWhatALetterDigitOrEqualsFollows() {
        #expect(decoded("/x?a=1&copy=3&amp;b=2&eacutex&eacute.", .attribute) == "/x?a=1&copy=3&b=2&eacutexé.")
    }

    @Test func strictTextDecodesOnlyClosedReferences() {
        #expect(decoded("x&amp;y &copy 2026 a&commat;b &#64; &#x40", .strict) == "x&y &copy 2026 a@b @ @")
    }

    @Test func numericReferencesAsBrowsersReadThem() {
        #expect(decoded("&#0;&#x110000;&#xD800;&#150;&#x41;&#65", .text) == "\u{FFFD}\u{FFFD}\u{FFFD}\u{2013}AA")
        #expect(decoded("&#;&#x;&", .text) == "&#;&#x;&")
    }
}
