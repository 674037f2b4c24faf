/// The shipped list of given names (data/given-names.txt: Faker's European and
/// American person lists and the US Census 1990 given names; see data/SOURCES.md).
public enum GivenNames {
    static let names: Set<String> = Set(givenNameList.split(separator: "\n").map(String.init))

    /// Whether a word is a known given name, in any case (`Katrin`, `KATRIN`).
    public static func contains(_ word: some StringProtocol) -> Bool {
        names.contains(word.lowercased())
    }
}
