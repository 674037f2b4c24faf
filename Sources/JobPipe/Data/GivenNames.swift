/// The shipped list of given names (data/given-names.txt: Faker's European and
/// American person lists and the US Census 1990 given names; see data/SOURCES.md).
public enum GivenNames {
    /// (split on the list's bytes: a split by Characters takes four times as long, at every start)
    static let names: Set<String> = Set(givenNameList.utf8.split(separator: 0x0A).map { String(decoding: $0, as: UTF8.self) })

    /// Whether a word is a known given name, in any case (`Katrin`, `KATRIN`).
    public static func contains(_ word: some StringProtocol) -> Bool {
        names.contains(word.lowercased())
    }

    /// The names as lower-case UTF-8, for `mayHoldName`.
    static let byteNames: Set<[UInt8]> = Set(names.map { Array($0.utf8) })

    /// A quick look at a line's bytes: whether a capitalised word in it is a
    /// known given name (a hyphenated one by its first part). Letters of
    /// Latin-1 are lower-cased by their bytes; a word with other letters
    /// outside ASCII counts as a possible name. No false negatives for what
    /// `PersonName.candidates` would find with a given name from the list.
    static func mayHoldName(_ line: Substring) -> Bool {
        var word: [UInt8] = []
        word.reserveCapacity(24)
        var inWord = false, capital = false, other = false
        func done() -> Bool {
            defer { word.removeAll(keepingCapacity: true); inWord = false; capital = false; other = false }
            guard capital, word.count >= 2 else { return false }
            return other || byteNames.contains(word)
        }
        var prev: UInt8 = 0
        for b in line.utf8 {
            let isLetter = (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80
            if !isLetter {
                if inWord, done() { return true }
                prev = b
                continue
            }
            if !inWord {
                inWord = true
                capital = (b >= 0x41 && b <= 0x5A) || b >= 0xC3
            }
            if b >= 0x41 && b <= 0x5A {
                word.append(b | 0x20)
            } else if b >= 0x80 && b <= 0x9E && prev == 0xC3 {
                word.append(b + 0x20)  // À-Þ to à-þ
            } else {
                if b >= 0x80, !(prev == 0xC3 || b == 0xC3 || (b & 0xC0 == 0x80 && prev == 0xC3)) { other = true }
                word.append(b)
            }
            prev = b
        }
        return inWord && done()
    }
}
