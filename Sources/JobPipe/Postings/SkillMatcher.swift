/// Finds the dictionary's skills in a posting's description (never in page
/// chrome: the caller hands over the description only).
struct SkillMatcher {
    struct Found: Equatable {
        let name: String
        /// Every mention is in a "nice to have" part of the posting.
        var niceToHave: Bool
    }

    let dictionary: SkillDictionary

    init(dictionary: SkillDictionary = .shared) { self.dictionary = dictionary }

    /// Skills in order of first mention, each once.
    func skills(in text: String) -> [Found] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let optionalLines = SectionKind.optionalLines(lines)
        let words = SkillTokenizer.scan(text)
        var hits: [(name: String, word: Int, ambiguous: Bool, line: Int)] = []
        var i = 0
        while i < words.count {
            if let (entry, length) = longestMatch(words, at: i) {
                if !isShoutedHeading(words, at: i, length: length, entry: entry) {
                    hits.append((entry.display, i, entry.ambiguous, words[i].line))
                }
                i += length
                continue
            }
            // "Java/J2EE", "PLC/SCADA": the parts of a slashed word one by one.
            if words[i].text.contains("/") {
                for part in words[i].text.split(separator: "/") {
                    let w = [SkillTokenizer.Word(text: String(part), line: words[i].line)]
                    if let (entry, _) = longestMatch(w, at: 0) {
                        hits.append((entry.display, i, entry.ambiguous, words[i].line))
                    }
                }
            }
            i += 1
        }
        var found: [Found] = []
        var index: [String: Int] = [:]
        for hit in hits {
            if hit.ambiguous, !hits.contains(where: { !$0.ambiguous && abs($0.word - hit.word) <= 8 }) { continue }
            let nice = optionalLines.contains(hit.line)
            if let k = index[hit.name] {
                found[k].niceToHave = found[k].niceToHave && nice
            } else {
                index[hit.name] = found.count
                found.append(Found(name: hit.name, niceToHave: nice))
            }
        }
        return found
    }

    /// The longest form starting at word `i`, growing the key a word at a
    /// time while it is the beginning of some longer form.
    private func longestMatch(_ words: [SkillTokenizer.Word], at i: Int) -> (SkillDictionary.Entry, Int)? {
        var best: (SkillDictionary.Entry, Int)?
        var key = ""
        var written = ""
        var length = 0
        while i + length < words.count, length < dictionary.maxWords {
            let word = words[i + length].text
            if length > 0 { key += " "; written += " " }
            key += word.lowercased()
            written += word
            length += 1
            if let candidates = dictionary.entries[key],
               let e = candidates.first(where: { !$0.exactCase || $0.form == written }) {
                best = (e, length)
            }
            if !dictionary.prefixes.contains(key) { break }
        }
        return best
    }

    /// An all-capitals form ("CASE") inside an all-capitals heading is a word, not a skill.
    private func isShoutedHeading(_ words: [SkillTokenizer.Word], at i: Int, length: Int,
                                  entry: SkillDictionary.Entry) -> Bool {
        func shouted(_ w: String) -> Bool {
            w.utf8.count >= 3 && w.utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
        }
        guard shouted(entry.form) || entry.form.utf8.allSatisfy({ !($0 >= 0x61 && $0 <= 0x7A) }) else { return false }
        let before = i > 0 && words[i - 1].line == words[i].line && shouted(words[i - 1].text)
        let j = i + length
        let after = j < words.count && words[j].line == words[i].line && shouted(words[j].text)
        return before || after
    }
}

/// Which lines of a description are in a "nice to have" part.
enum SectionKind {
    static let optionalMarks: [StaticString] = ["nice to have", "nice-to-have", "preferred", "bonus", "a plus", "desirable",
                                "would be great", "not required", "extra credit", "good to have"]
    static let requiredMarks: [StaticString] = ["requirement", "required", "must have", "must-have", "minimum qualifications",
                                "what you", "you have", "you will", "responsibilities", "about you",
                                "qualifications", "who you are", "you bring", "what we"]

    static func optionalLines(_ lines: [Substring]) -> Set<Int> {
        var out: Set<Int> = []
        var inOptional = false
        for (n, line) in lines.enumerated() {
            var lower = Array(line.utf8)
            for i in lower.indices where lower[i] >= 0x41 && lower[i] <= 0x5A { lower[i] |= 0x20 }
            let short = lower.count <= 80
            let optional = optionalMarks.contains { contains(lower, $0) }
            if short && optional {
                inOptional = true
            } else if short && requiredMarks.contains(where: { contains(lower, $0) }) {
                inOptional = false
            }
            if inOptional || optional { out.insert(n) }
        }
        return out
    }

    /// Byte substring search: far cheaper than String searching.
    static func contains(_ haystack: [UInt8], _ needle: StaticString) -> Bool {
        let n = needle.utf8CodeUnitCount
        guard n > 0, haystack.count >= n else { return false }
        let p = needle.utf8Start
        var i = 0
        while i + n <= haystack.count {
            if haystack[i] == p[0] {
                var k = 1
                while k < n, haystack[i + k] == p[k] { k += 1 }
                if k == n { return true }
            }
            i += 1
        }
        return false
    }
}
