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
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { skills(in: $0) }
    }

    private typealias Hit = (entry: Int, word: Int, ambiguous: Bool, line: Int)

    private func skills(in text: UnsafeBufferPointer<UInt8>) -> [Found] {
        let optionalLines = SectionKind.optionalLines(text)
        let words = SkillTokenizer.scan(text)
        var hits: [Hit] = []
        var key: [UInt8] = []
        var i = 0
        while i < words.count {
            if let (entry, length) = longestMatch(text, words, at: i, &key) {
                if !isShoutedHeading(text, words, at: i, length: length, entry: dictionary.entries[entry]) {
                    hits.append((entry, i, dictionary.entries[entry].ambiguous, words[i].line))
                }
                i += length
                continue
            }
            // "Java/J2EE", "PLC/SCADA": the parts of a slashed word one by one.
            let w = words[i]
            if text[w.start..<w.end].contains(UInt8(ascii: "/")) {
                var partStart = w.start
                for j in w.start...w.end where j == w.end || text[j] == UInt8(ascii: "/") {
                    if j > partStart {
                        let part = [SkillTokenizer.Word(start: partStart, end: j, line: w.line)]
                        if let (entry, _) = longestMatch(text, part, at: 0, &key) {
                            hits.append((entry, i, dictionary.entries[entry].ambiguous, w.line))
                        }
                    }
                    partStart = j + 1
                }
            }
            i += 1
        }
        var found: [Found] = []
        var index: [String: Int] = [:]
        for hit in hits {
            if hit.ambiguous, !hits.contains(where: { !$0.ambiguous && abs($0.word - hit.word) <= 8 }) { continue }
            let nice = optionalLines[hit.line]
            let name = dictionary.display(dictionary.entries[hit.entry])
            if let k = index[name] {
                found[k].niceToHave = found[k].niceToHave && nice
            } else {
                index[name] = found.count
                found.append(Found(name: name, niceToHave: nice))
            }
        }
        return found
    }

    /// The entry of the longest form starting at word `i`, and its length in
    /// words: the key grows a word at a time while it begins some longer form.
    private func longestMatch(_ text: UnsafeBufferPointer<UInt8>, _ words: [SkillTokenizer.Word], at i: Int,
                              _ key: inout [UInt8]) -> (Int, Int)? {
        var best: (Int, Int)?
        // most words begin no form: one hash of the first word tells
        guard dictionary.mayBegin(hash: SkillDictionary.hash(lowering: text, words[i].start..<words[i].end)) else { return nil }
        key.removeAll(keepingCapacity: true)
        var length = 0
        while i + length < words.count, length < dictionary.maxWords {
            let w = words[i + length]
            if length > 0 { key.append(0x20) }
            for b in text[w.start..<w.end] { key.append(SkillTokenizer.lower(b)) }
            length += 1
            guard let k = dictionary.find(key) else { break }
            var e = dictionary.keys[k].first
            while e >= 0 {
                let entry = dictionary.entries[Int(e)]
                if !entry.exactCase || writtenAsForm(text, words[i..<(i + length)], entry) {
                    best = (Int(e), length)
                    break
                }
                e = entry.next
            }
            if !dictionary.keys[k].isPrefix { break }
        }
        return best
    }

    /// Whether the words, joined by one space, are the entry's form byte for byte.
    private func writtenAsForm(_ text: UnsafeBufferPointer<UInt8>, _ words: ArraySlice<SkillTokenizer.Word>,
                               _ entry: SkillDictionary.Entry) -> Bool {
        var p = entry.form.lowerBound
        let store = dictionary.store
        for (n, w) in words.enumerated() {
            if n > 0 {
                guard p < entry.form.upperBound, store[p] == 0x20 else { return false }
                p += 1
            }
            for j in w.start..<w.end {
                guard p < entry.form.upperBound, store[p] == text[j] else { return false }
                p += 1
            }
        }
        return p == entry.form.upperBound
    }

    /// An all-capitals form ("CASE") inside an all-capitals heading is a word, not a skill.
    private func isShoutedHeading(_ text: UnsafeBufferPointer<UInt8>, _ words: [SkillTokenizer.Word], at i: Int,
                                  length: Int, entry: SkillDictionary.Entry) -> Bool {
        func shouted(_ bytes: some Collection<UInt8>) -> Bool {
            bytes.count >= 3 && bytes.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
        }
        let form = dictionary.store[entry.form]
        guard shouted(form) || form.allSatisfy({ !($0 >= 0x61 && $0 <= 0x7A) }) else { return false }
        let before = i > 0 && words[i - 1].line == words[i].line && shouted(text[words[i - 1].start..<words[i - 1].end])
        let j = i + length
        let after = j < words.count && words[j].line == words[i].line && shouted(text[words[j].start..<words[j].end])
        return before || after
    }
}

/// Which lines of a description are in a "nice to have" part.
enum SectionKind {
    static let optionalMarks = ["nice to have", "nice-to-have", "preferred", "bonus", "a plus", "desirable",
                                "would be great", "not required", "extra credit", "good to have"].map { Array($0.utf8) }
    static let requiredMarks = ["requirement", "required", "must have", "must-have", "minimum qualifications",
                                "what you", "you have", "you will", "responsibilities", "about you",
                                "qualifications", "who you are", "you bring", "what we"].map { Array($0.utf8) }

    /// For each line of the text (split at every line feed), whether it is optional.
    static func optionalLines(_ text: UnsafeBufferPointer<UInt8>) -> [Bool] {
        var out: [Bool] = []
        var inOptional = false
        var lower: [UInt8] = []
        var i = 0
        while true {
            lower.removeAll(keepingCapacity: true)
            while i < text.count, text[i] != 0x0A { lower.append(SkillTokenizer.lower(text[i])); i += 1 }
            let short = lower.count <= 80
            let optional = lower.count >= 5 && lower.withUnsafeBufferPointer { l in optionalMarks.contains { bytesFind(l, $0) != nil } }
            if short && optional {
                inOptional = true
            } else if short && lower.withUnsafeBufferPointer({ l in requiredMarks.contains { bytesFind(l, $0) != nil } }) {
                inOptional = false
            }
            out.append(inOptional || optional)
            if i >= text.count { break }
            i += 1
        }
        return out
    }
}
