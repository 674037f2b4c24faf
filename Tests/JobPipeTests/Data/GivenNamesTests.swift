import Testing
@testable import JobPipe

/// The shipped given names, looked up by a binary search of their bytes.
@Suite struct GivenNamesTests {
    @Test func aNameInAnyCase() {
        for name in ["Katrin", "KATRIN", "katrin", "Aarón", "AARÓN", "aaaqil", "όμηρος", "Όμηρος"] {
            #expect(GivenNames.contains(name), "\(name)")
        }
        for word in ["Berlin", "Engineer", "", "aaaqi", "aaaqilx", "ω"] {
            #expect(!GivenNames.contains(word), "\(word)")
        }
    }

    @Test func theListIsSortedByItsBytes() {
        // the binary search needs each name after the one before it, as bytes, and each once
        let names = givenNameList.utf8.split(separator: 0x0A).map(Array.init)
        #expect(names.count > 17_000)
        #expect(zip(names, names.dropFirst()).allSatisfy { $0.lexicographicallyPrecedes($1) })
    }

    @Test func aLineMayHoldAName() {
        #expect(GivenNames.mayHoldName("Contact: Katrin Weber"))
        #expect(GivenNames.mayHoldName("KONTAKT ÉMILE"))
        #expect(!GivenNames.mayHoldName("the office in berlin"))
    }
}
