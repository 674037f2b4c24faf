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

    @Test func splitsAtBytes() {
        #expect("a · b ·· c".splitBytes(" · ") == ["a", "b ·· c"])
        #expect("· a ·".splitBytes("·") == [" a "])
    }
}
