/// The shipped tech-skills dictionary (see data/gen-skills.py): surface forms
/// of O*NET Technology Skills names, GitHub Linguist language names and
/// jobpipe's own aliases, keyed by their lower-cased words.
struct SkillDictionary: Sendable {
    struct Entry: Sendable {
        /// The form as written in the table ("Go", "Node.js").
        let form: String
        /// The name the output uses.
        let display: String
        /// Matches only when the text has the form's exact case.
        let exactCase: Bool
        /// Counts only next to another, unambiguous skill.
        let ambiguous: Bool
    }

    /// Entries by the lower-cased form, words joined by one space.
    let entries: [String: [Entry]]
    /// The most words any form has.
    let maxWords: Int
    /// Keys of the first words of longer forms ("ruby on" for "ruby on rails").
    let prefixes: Set<String>

    static let shared = SkillDictionary(table: table)

    init(table: String) {
        var entries: [String: [Entry]] = [:]
        var maxWords = 1
        var prefixes: Set<String> = []
        for line in table.split(separator: "\n") {
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard parts.count == 3 else { continue }
            let form = String(parts[0])
            let words = SkillTokenizer.words(in: form)
            guard !words.isEmpty else { continue }
            maxWords = max(maxWords, words.count)
            let lower = words.map { $0.lowercased() }
            let key = lower.joined(separator: " ")
            for n in 1..<max(1, lower.count) { prefixes.insert(lower[0..<n].joined(separator: " ")) }
            entries[key, default: []].append(Entry(form: words.joined(separator: " "), display: String(parts[1]),
                                                   exactCase: parts[2].contains("c"),
                                                   ambiguous: parts[2].contains("a")))
        }
        self.entries = entries
        self.maxWords = maxWords
        self.prefixes = prefixes
    }
}
