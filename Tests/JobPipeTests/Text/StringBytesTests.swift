import Testing
@testable import JobPipe

@Suite struct StringBytesTests {
    @Test func containsFindsWholeCharacters() {
        #expect("Senior Engineer (m/w/d)".contains("(m/w/d)"))
        #expect("Télétravail partiel".contains("travail") && "Télétravail".contains("é"))
        #expect(!"Teletravail".contains("Télé") && !"ab".contains("abc"))
        // a letter with a combining accent is another character than the bare letter
        #expect(!"USD\u{0301} 5000".contains("USD") && "USD\u{0301} 5000".contains("USD\u{0301}"))
        // as the standard library answers: every string holds the empty one
        #expect("anything".contains("") && "".contains(""))
        // a Substring needle still reads
        let s = "Berlin, Germany"
        #expect(s.contains(s.split(separator: ",")[0]))
    }

    @Test func replacingAllReplacesEveryOccurrence() {
        #expect("a-b-c".replacingAll("-", with: " / ") == "a / b / c")
        #expect("--x--".replacingAll("-", with: "") == "x")
        #expect("aaaa".replacingAll("aa", with: "b") == "bb")
        #expect("Zapier’s team".replacingAll("’", with: "'") == "Zapier's team")
        #expect("none here".replacingAll("xyz", with: "!") == "none here")
        #expect("keep".replacingAll("", with: "!") == "keep")
    }

    @Test func splitsAtScalarsAsAtCharacters() {
        let lines = ["Leeds, England · 1 week ago | 48 applicants", "", "· a ··b·", "Télétravail: 2j/semaine (max.)",
                     "Zdalnie/Hybrydowo", "\u{A0}Remote\u{2009}first\r\nteam", "naïve café’s"]
        let isBreak: (Character) -> Bool = { $0.isWhitespace || ",.;:()!?\"'’/".contains($0) }
        for line in lines {
            #expect(line.splitScalars(whereSeparator: WorkArrangement.isWordBreak) == line.split(whereSeparator: isBreak))
            #expect(line.splitScalars(whereSeparator: LabelledLines.isFactSeparator)
                        == line.split(whereSeparator: { $0 == "|" || $0 == "·" || $0 == "•" }))
            #expect(line.spaceParts == line.split(separator: " "))
            #expect(line.letterRuns == line.split(whereSeparator: { !$0.isLetter }))
        }
        // a letter's combining mark stays with it, as in a Character
        #expect("cafe\u{301} creme".letterRuns == ["cafe\u{301}", "creme"])
        // a Substring splits as its String
        #expect("x Berlin · Leipzig".dropFirst(2).splitScalars(whereSeparator: LabelledLines.isFactSeparator) == ["Berlin ", " Leipzig"])
    }

    @Test func prefixesComparedAsBytes() {
        #expect("Remote or hybrid".startsWithBytes("Remote") && "Über Acme".startsWithBytes("Über "))
        #expect(!"Rem".startsWithBytes("Remote") && "x".startsWithBytes("") && !"Acme".startsWithBytes("acme"))
        #expect("– Berlin".dropFirst(2).startsWithBytes("Berlin"))
    }

    @Test func suffixesComparedAsBytes() {
        #expect("Greater Seattle Area".endsWithBytes(" Area") && "Zürich".endsWithBytes("ürich"))
        #expect(!"Area".endsWithBytes(" Area") && "x".endsWithBytes("") && !"AREA".endsWithBytes("Area"))
        #expect("Bay Area (CA)".dropLast(5).endsWithBytes("Area"))
    }

    @Test func findsAByteWithinALimit() {
        #expect("Location: Leeds".firstByteOffset { $0 == 0x3A } == 8)
        #expect("Ümlaut: x".firstByteOffset { $0 == 0x3A } == 7)
        #expect("a long line whose colon comes late: x".firstByteOffset(within: 33) { $0 == 0x3A } == nil)
        #expect("no colon".firstByteOffset { $0 == 0x3A } == nil && "".firstByteOffset { _ in true } == nil)
        #expect("ab:c".dropFirst().firstByteOffset { $0 == 0x3A } == 1)
    }

    @Test func splitsAtBytes() {
        #expect("a · b ·· c".splitBytes(" · ") == ["a", "b ·· c"])
        #expect("· a ·".splitBytes("·") == [" a "])
    }
}
