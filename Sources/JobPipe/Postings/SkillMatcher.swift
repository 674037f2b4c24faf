#if canImport(Glibc)
import Glibc
#endif

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

    private typealias Hit = (entry: Int, word: Int, ambiguous: Bool, line: Int, next: Int)

    private func skills(in text: UnsafeBufferPointer<UInt8>) -> [Found] {
        let optionalLines = SectionKind.optionalLines(text)
        let words = SkillTokenizer.scan(text)
        var hits: [Hit] = []
        var key: [UInt8] = []
        var i = 0
        while i < words.count {
            if let (entry, length) = longestMatch(text, words, at: i, &key) {
                if !isShoutedHeading(text, words, at: i, length: length, entry: dictionary.entries[entry]),
                   !isPersonsName(text, words, at: i, length: length, &key) {
                    hits.append((entry, i, dictionary.entries[entry].ambiguous, words[i].line, i + length))
                }
                i += length
                continue
            }
            let w = words[i]
            // "MS Office-Anwendungen", "Power BI-Berichte": a name of two words, the second joined to a word of its use
            if i + 1 < words.count, case let next = words[i + 1], next.line == w.line,
               let hyphen = (next.start + 1..<next.end).first(where: { text[$0] == UInt8(ascii: "-") }),
               !text[next.start..<next.end].contains(UInt8(ascii: "/")) {
                let head = [w, SkillTokenizer.Word(start: next.start, end: hyphen, line: next.line)]
                if let (entry, length) = longestMatch(text, head, at: 0, &key), length == 2,
                   counts(entry, joinedTo: UnsafeBufferPointer(rebasing: text[(hyphen + 1)..<next.end])) {
                    hits.append((entry, i, false, w.line, i + 2))
                    i += 2
                    continue
                }
            }
            // "Oracle-Datenbanken", "Python-Kenntnisse", "AWS-based": a name joined to a word of its use;
            // the word of use is the context an ambiguous name needs
            // (the longest head that is a name: "MS-Office-Kenntnisse" is MS-Office's)
            if text[w.start..<w.end].contains(UInt8(ascii: "-")), !text[w.start..<w.end].contains(UInt8(ascii: "/")) {
                for hyphen in (w.start + 1..<w.end).reversed() where text[hyphen] == UInt8(ascii: "-") {
                    let head = [SkillTokenizer.Word(start: w.start, end: hyphen, line: w.line)]
                    guard let (entry, _) = longestMatch(text, head, at: 0, &key) else { continue }
                    if counts(entry, joinedTo: UnsafeBufferPointer(rebasing: text[(hyphen + 1)..<w.end])) {
                        hits.append((entry, i, false, w.line, i + 1))
                    }
                    break
                }
                i += 1
                continue
            }
            // "Java/J2EE", "PLC/SCADA": the parts of a slashed word one by one.
            if text[w.start..<w.end].contains(UInt8(ascii: "/")) {
                var partStart = w.start
                for j in w.start...w.end where j == w.end || text[j] == UInt8(ascii: "/") {
                    if j > partStart {
                        let part = [SkillTokenizer.Word(start: partStart, end: j, line: w.line)]
                        if let (entry, _) = longestMatch(text, part, at: 0, &key) {
                            hits.append((entry, i, dictionary.entries[entry].ambiguous, w.line, i + 1))
                        }
                    }
                    partStart = j + 1
                }
            }
            i += 1
        }
        // An ambiguous hit counts next to an unambiguous one (within 8 words):
        // hits are in word order, so the nearest one on each side is known
        // from one pass each way.
        var unambiguousBefore = [Int](repeating: Int.min / 2, count: hits.count)
        var unambiguousAfter = [Int](repeating: Int.max / 2, count: hits.count)
        var last = Int.min / 2
        for (k, hit) in hits.enumerated() {
            if !hit.ambiguous { last = hit.word }
            unambiguousBefore[k] = last
        }
        last = Int.max / 2
        for (k, hit) in hits.enumerated().reversed() {
            if !hit.ambiguous { last = hit.word }
            unambiguousAfter[k] = last
        }
        let listed = listedPairs(text, words, hits)
        var found: [Found] = []
        var index: [String: Int] = [:]
        for (k, hit) in hits.enumerated() {
            if hit.ambiguous, hit.word - unambiguousBefore[k] > 8, unambiguousAfter[k] - hit.word > 8, !listed[k],
               !namedAsKnown(text, words, hit) { continue }
            if hit.ambiguous, !listed[k], usedAsVerb(text, words, after: hit.next) { continue }
            let name = dictionary.display(dictionary.entries[hit.entry])
            if Self.profileSites.contains(name), amongApplicationLinks(text, words, hit) { continue }
            let nice = optionalLines[hit.line]
            if let k = index[name] {
                found[k].niceToHave = found[k].niceToHave && nice
            } else {
                index[name] = found.count
                found.append(Found(name: name, niceToHave: nice))
            }
        }
        return found
    }

    /// Which ambiguous hits stand in a list with another ambiguous skill:
    /// two different ones, both capitalised as names are ("Go and Rust",
    /// "Swift, Go"), joined by a comma, a slash, an ampersand or a word for
    /// "and"/"or" in the six languages. A verb and a noun ("go and rust")
    /// are not written so; two technology names in a list are.
    private func listedPairs(_ text: UnsafeBufferPointer<UInt8>, _ words: [SkillTokenizer.Word], _ hits: [Hit]) -> [Bool] {
        var out = [Bool](repeating: false, count: hits.count)
        guard hits.count > 1 else { return out }
        // (a name may begin in lower case and capitalise later: "iOS", "macOS", "jQuery")
        func capitalised(_ w: Int) -> Bool {
            let word = text[words[w].start..<words[w].end]
            return word.first.map { $0 >= 0x41 && $0 <= 0x5A } == true || word.dropFirst().contains { $0 >= 0x41 && $0 <= 0x5A }
        }
        for k in 0..<(hits.count - 1) {
            let a = hits[k], b = hits[k + 1]
            guard a.ambiguous, b.ambiguous, a.entry != b.entry, a.line == b.line,
                  b.word - a.word <= 2, capitalised(a.word), capitalised(b.word) else { continue }
            // two names in one word ("Android/iOS"): a list of two
            if b.word <= a.word { out[k] = true; out[k + 1] = true; continue }
            // the bytes between the two words: only spaces and one joiner
            let gap = text[words[b.word - 1].end..<words[b.word].start]
            let between: ArraySlice<UInt8>
            if b.word - a.word == 2 {
                let w = words[a.word + 1]
                guard text[words[a.word].end..<w.start].allSatisfy({ $0 == 0x20 }),
                      gap.allSatisfy({ $0 == 0x20 }) else { continue }
                between = ArraySlice(text[w.start..<w.end].map(SkillTokenizer.lower))
            } else {
                between = ArraySlice(text[words[a.word].end..<words[b.word].start].filter { $0 != 0x20 })
            }
            if Self.joiners.contains(where: { $0.elementsEqual(between) }) { out[k] = true; out[k + 1] = true }
        }
        return out
    }

    /// Words joined to a technology's name by a hyphen that say it is used
    /// ("Oracle-Datenbanken", "Go-Entwicklung", "React-based"), in the six languages.
    private static let wordsOfUse = ByteNeedles(["datenbank", "kenntnis", "entwickl", "programmier", "umgebung",
                                                 "erfahrung", "framework", "technolog", "anwendung", "stack", "cluster",
                                                 "server", "service", "backend", "frontend", "based", "infrastru",
                                                 "plattform", "platform", "code", "skript", "script", "developer",
                                                 "engineer", "expert", "basiert", "applica", "développ", "desarroll",
                                                 "sviluppat", "ontwikkel", "omgeving", "entorno", "ambiente", "librar",
                                                 "bibliothe"])

    /// Words of knowing or using a thing, as a posting asks for one (lower case; only ASCII letters are folded):
    /// before a name ("Experience with React", "Kenntnisse in Excel", "Knowledge of Rust", "Use of Excel")
    /// or after it ("Advanced Excel skills", "Swift developer").
    private static let knowledgeBefore: Set<[UInt8]> = Set(["experience", "experienced", "knowledge", "proficiency",
        "proficient", "expertise", "familiarity", "familiar", "fluent", "fluency", "skills", "skilled", "use", "using",
        "kenntnisse", "erfahrung", "erfahrungen", "beherrschst", "beherrschen", "connaissance", "connaissances",
        "experiencia", "conocimientos", "conocimiento", "dominio", "esperienza", "conoscenza", "conoscenze",
        "ervaring", "kennis",
        // … or of writing a program in it ("written in Rust", "iOS apps in Swift", "programmiert in Go")
        "written", "coded", "programmed", "programming", "apps", "geschrieben", "programmiert", "codé", "escrito",
        "programado", "scritto", "programmato", "geschreven", "geprogrammeerd"].map { Array($0.utf8) })
    private static let knowledgeAfter: Set<[UInt8]> = Set(["skills", "knowledge", "experience", "expertise", "kenntnisse",
        "developer", "developers", "development", "programming", "scripting", "engineer", "engineers"].map { Array($0.utf8) })

    /// Whether an ambiguous name, capitalised as names are, stands right before a word of skill or work
    /// ("Shell scripting", "Advanced Excel skills"), or, not the first word of its line (where any word
    /// is capitalised), right after a word of knowing or using it, a small word between.
    private func namedAsKnown(_ text: UnsafeBufferPointer<UInt8>, _ words: [SkillTokenizer.Word], _ hit: Hit) -> Bool {
        let w = words[hit.word]
        guard text[w.start] >= 0x41 && text[w.start] <= 0x5A else { return false }
        func lowered(_ j: Int) -> [UInt8] { text[words[j].start..<words[j].end].map(SkillTokenizer.lower) }
        if hit.next < words.count, words[hit.next].line == w.line, Self.knowledgeAfter.contains(lowered(hit.next)) { return true }
        guard hit.word > 0, words[hit.word - 1].line == w.line else { return false }
        for j in stride(from: hit.word - 1, through: max(0, hit.word - 2), by: -1) where words[j].line == w.line {
            if Self.knowledgeBefore.contains(lowered(j)) { return true }
        }
        return false
    }

    /// Words that follow a verb, never a technology's name: "Contribute to",
    /// "React to the", "Go beyond", "Express your" (but "React and Vue",
    /// "Rust in production" are names).
    private static let verbFollowers: [[UInt8]] = ["to", "the", "a", "an", "our", "your", "their", "his", "her", "its",
                                                   "my", "into", "beyond", "through", "across", "yourself", "ourselves",
                                                   "themselves", "them", "us", "you", "it", "up", "out", "ahead"].map { Array($0.utf8) }

    /// Whether the word at `next` (on the same line as the one before it) is one
    /// that follows a verb.
    private func usedAsVerb(_ text: UnsafeBufferPointer<UInt8>, _ words: [SkillTokenizer.Word], after next: Int) -> Bool {
        guard next > 0, next < words.count, words[next].line == words[next - 1].line else { return false }
        let w = words[next]
        let gap = text[words[next - 1].end..<w.start]
        guard gap.count == 1, gap.first == 0x20 else { return false }
        return Self.verbFollowers.contains { $0.elementsEqual(text[w.start..<w.end]) }
    }

    /// Sites where people show their work: named beside a CV or a LinkedIn
    /// profile ("send us your LinkedIn, CV or GitHub", "45k stars on GitHub")
    /// they are where to look, not what to know.
    static let profileSites: Set<String> = ["GitHub", "GitLab", "Bitbucket", "Kaggle", "Behance", "Dribbble", "Hugging Face"]
    /// (words as the tokenizer reads them: ASCII letters only)
    private static let applicationWords: Set<[UInt8]> = Set(["linkedin", "cv", "cvs", "resume", "portfolio", "portfolios",
        "website", "websites", "profile", "profiles", "profil", "lebenslauf", "xing", "stars", "sterne", "curriculum",
        "portafolio"].map { Array($0.utf8) })

    /// Whether a word within five of the hit, on its line, names an applicant's papers or a project's fame.
    private func amongApplicationLinks(_ text: UnsafeBufferPointer<UInt8>, _ words: [SkillTokenizer.Word], _ hit: Hit) -> Bool {
        let lo = max(0, hit.word - 5), hi = min(words.count, hit.next + 5)
        for j in lo..<hi where j < hit.word || j >= hit.next {
            let w = words[j]
            guard w.line == words[hit.word].line else { continue }
            if Self.applicationWords.contains(text[w.start..<w.end].map(SkillTokenizer.lower)) { return true }
        }
        return false
    }

    private static let joiners: [[UInt8]] = [",", "/", "&", "and", "or", "und", "oder", "et", "ou", "y", "o",
                                             "en", "of", "e"].map { Array($0.utf8) }

    /// The entry of the longest form starting at word `i`, and its length in
    /// words: the key grows a word at a time while it begins some longer form.
    /// Whether a name joined by a hyphen to the rest of its word counts: an unambiguous one always, an ambiguous one
    /// where the rest is a word of its use ("React-Kenntnisse", not "Go-Live").
    private func counts(_ entry: Int, joinedTo rest: UnsafeBufferPointer<UInt8>) -> Bool {
        !dictionary.entries[entry].ambiguous || Self.wordsOfUse.matches(rest) != 0
    }

    private func longestMatch(_ text: UnsafeBufferPointer<UInt8>, _ words: [SkillTokenizer.Word], at i: Int,
                              _ key: inout [UInt8]) -> (Int, Int)? {
        var best: (Int, Int)?
        // the key's hash, carried on a word at a time; most words begin no
        // form, which the first word's hash tells
        let first = words[i]
        var state = SkillDictionary.fnvStart
        for b in text[first.start..<first.end] { SkillDictionary.fnv(&state, SkillTokenizer.lower(b)) }
        guard dictionary.mayBegin(hash: SkillDictionary.mixed(state)) else { return nil }
        key.removeAll(keepingCapacity: true)
        for b in text[first.start..<first.end] { key.append(SkillTokenizer.lower(b)) }
        var length = 1
        while true {
            let h = SkillDictionary.mixed(state)
            guard let (k, hasEntries, isPrefix) = key.withUnsafeBufferPointer({ dictionary.probe($0, hash: h) }) else { break }
            var e = hasEntries ? dictionary.keys[k].first : -1
            while e >= 0 {
                let entry = dictionary.entries[Int(e)]
                if !entry.exactCase || writtenAsForm(text, words[i..<(i + length)], entry)
                    // a name of four letters or more, or a three-letter name that is its own ("GIT", "LUA"), as postings shout it
                    || !entry.ambiguous && (entry.form.count >= 4 || isOwnThreeLetterName(entry))
                        && writtenAsForm(text, words[i..<(i + length)], entry, shouted: true) {
                    best = (Int(e), length)
                    break
                }
                e = entry.next
            }
            guard isPrefix, i + length < words.count, length < dictionary.maxWords else { break }
            let w = words[i + length]
            // a list in brackets after a name is its parts, not one longer name: "AWS (Lambda, S3)" is AWS, Lambda
            // and S3, not "AWS Lambda"; a short form alone in brackets goes on it ("AWS Elastic MapReduce (EMR)")
            guard Self.joinsName(text, from: words[i + length - 1].end, to: w) else { break }
            key.append(0x20)
            SkillDictionary.fnv(&state, 0x20)
            for b in text[w.start..<w.end] {
                let lower = SkillTokenizer.lower(b)
                key.append(lower)
                SkillDictionary.fnv(&state, lower)
            }
            length += 1
        }
        return best
    }

    /// Whether the bytes between a word and the next one may stand inside a name of several words: no comma
    /// or semicolon, and a bracket only around a last word alone ("(EMR)").
    private static func joinsName(_ text: UnsafeBufferPointer<UInt8>, from end: Int, to next: SkillTokenizer.Word) -> Bool {
        var bracket = false
        for b in text[end..<next.start] {
            if b == 0x2C || b == 0x3B { return false }
            if b == 0x28 || b == 0x29 || b == 0x5B || b == 0x5D { bracket = true }
        }
        return !bracket || next.end < text.count && text[next.end] == 0x29
    }

    /// Whether a form is a name of three letters in lower case after the first, and
    /// the skill's own name ("Git", "Lua", "npm"), not another's alias ("oas" for the
    /// OpenAPI Specification) nor an odd spelling ("eXe").
    private func isOwnThreeLetterName(_ entry: SkillDictionary.Entry) -> Bool {
        guard entry.form.count == 3, entry.display.count == 3 else { return false }
        let store = dictionary.store, names = dictionary.text
        return entry.form.allSatisfy { k in
            let b = store[k], d = names[entry.display.lowerBound + (k - entry.form.lowerBound)]
            let fits = b >= 0x61 && b <= 0x7A || k == entry.form.lowerBound && b >= 0x41 && b <= 0x5A
            return fits && SkillTokenizer.lower(d) == SkillTokenizer.lower(b)
        }
    }

    /// Whether the words, joined by one space, are the entry's form byte for
    /// byte, or with `shouted` the form in capitals ("NGINX", "SASS" for Nginx and Sass).
    private func writtenAsForm(_ text: UnsafeBufferPointer<UInt8>, _ words: ArraySlice<SkillTokenizer.Word>,
                               _ entry: SkillDictionary.Entry, shouted: Bool = false) -> Bool {
        var p = entry.form.lowerBound
        let store = dictionary.store
        for (n, w) in words.enumerated() {
            if n > 0 {
                guard p < entry.form.upperBound, store[p] == 0x20 else { return false }
                p += 1
            }
            for j in w.start..<w.end {
                guard p < entry.form.upperBound else { return false }
                let b = text[j], f = store[p]
                if shouted {
                    guard !(b >= 0x61 && b <= 0x7A), (f >= 0x61 && f <= 0x7A ? f - 0x20 : f) == b else { return false }
                } else {
                    guard f == b else { return false }
                }
                p += 1
            }
        }
        return p == entry.form.upperBound
    }

    /// An all-capitals form ("CASE") inside an all-capitals heading is a word, not a skill:
    /// a neighbour on the same line, joined by spaces only, is shouted too (a word of two
    /// capitals or more: "ENGINEER ON THE TEAM") and is no skill itself ("GCP, AWS" and
    /// "AWS GCP" are lists of skills).
    /// Whether the hit opens a line that is only a person's name: a given name and one or two
    /// capitalised words that are no skill ("Julia Christensen", a contact under the posting).
    private func isPersonsName(_ text: UnsafeBufferPointer<UInt8>, _ words: [SkillTokenizer.Word], at i: Int,
                               length: Int, _ scratch: inout [UInt8]) -> Bool {
        let line = words[i].line
        guard length == 1, i == 0 || words[i - 1].line != line else { return false }
        var end = i + 1
        while end < words.count, words[end].line == line { end += 1 }
        guard (2...3).contains(end - i),
              GivenNames.contains(String(decoding: UnsafeBufferPointer(rebasing: text[words[i].start..<words[i].end]), as: UTF8.self))
        else { return false }
        // ("Julia Developer" is a role's line)
        let rest = String(decoding: UnsafeBufferPointer(rebasing: text[words[i + 1].start..<words[end - 1].end]), as: UTF8.self)
        return !PostingLabels.readsAsRole(rest) && (i + 1..<end).allSatisfy { n in
            let b = text[words[n].start]
            return b >= 0x41 && b <= 0x5A && longestMatch(text, words, at: n, &scratch) == nil
        }
    }

    private func isShoutedHeading(_ text: UnsafeBufferPointer<UInt8>, _ words: [SkillTokenizer.Word], at i: Int,
                                  length: Int, entry: SkillDictionary.Entry) -> Bool {
        func shouted(_ bytes: some Collection<UInt8>, least: Int = 3) -> Bool {
            bytes.count >= least && bytes.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
        }
        let form = dictionary.store[entry.form]
        guard shouted(form) || form.allSatisfy({ !($0 >= 0x61 && $0 <= 0x7A) }) else { return false }
        var scratch: [UInt8] = []
        func headingWord(_ n: Int, after left: Int) -> Bool {
            let w = words[n], l = words[left]
            guard w.line == words[i].line, shouted(text[w.start..<w.end], least: 2),
                  text[l.end..<words[left + 1].start].allSatisfy({ $0 == 0x20 }) else { return false }
            return longestMatch(text, words, at: n, &scratch) == nil
        }
        let j = i + length
        return (i > 0 && headingWord(i - 1, after: i - 1)) || (j < words.count && headingWord(j, after: j - 1))
    }
}

/// Which lines of a description are in a "nice to have" part.
enum SectionKind {
    /// In English, German, French, Spanish, Dutch and Italian (lower case as
    /// the text writes it: only ASCII letters are folded). At most 64 marks in all.
    static let optionalMarks = ["nice to have", "nice-to-have", "preferred", "bonus", "a plus", "desirable",
                                "would be great", "not required", "extra credit", "good to have",
                                "wünschenswert", "von vorteil", "idealerweise", "ein plus", "un plus", "un atout",
                                "souhaité", "apprécié", "deseable", "se valorará", "valorable", "pluspunt", "een pré",
                                "gewenst", "costituisce", "gradit", "preferibil", "preferenziale"].map { Array($0.utf8) }
    static let requiredMarks = ["requirement", "required", "must have", "must-have", "minimum qualifications",
                                "what you", "you have", "you will", "responsibilities", "about you",
                                "qualifications", "who you are", "you bring", "what we",
                                "anforderungen", "ihr profil", "dein profil", "mitbringst", "mitbringen",
                                "profil recherché", "votre profil", "requis", "exigences", "requisitos",
                                "imprescindible", "tu perfil", "requisiti", "il tuo profilo", "functie-eisen",
                                "wat breng je mee", "jouw profiel", "aufgaben"].map { Array($0.utf8) }

    /// Every mark, optional ones first, back to back; where each starts and ends.
    private static let markBytes: [UInt8] = (optionalMarks + requiredMarks).flatMap { $0 }
    private static let markBounds: [(start: Int, end: Int)] = {
        var out: [(Int, Int)] = []
        var at = 0
        for m in optionalMarks + requiredMarks { out.append((at, at + m.count)); at += m.count }
        return out
    }()
    /// For each byte, a bit for every mark that begins with it (first 256
    /// entries) and for every mark whose second byte it is (next 256); an
    /// ASCII capital has its small letter's bits (the text is folded by the table).
    private static let marksBeginningWith: [UInt64] = {
        var t = [UInt64](repeating: 0, count: 512)
        precondition(optionalMarks.count + requiredMarks.count <= 64)
        for (i, m) in (optionalMarks + requiredMarks).enumerated() {
            for (base, byte) in [(0, m[0]), (256, m[1])] {
                t[base + Int(byte)] |= 1 << UInt64(i)
                if byte >= 0x61 && byte <= 0x7A { t[base + Int(byte - 0x20)] |= 1 << UInt64(i) }
            }
        }
        return t
    }()

    /// For each line of the text (split at every line feed), whether it is
    /// optional: one pass over each line, trying at each byte only the marks
    /// that begin with it and the byte after it, in lower case.
    static func optionalLines(_ text: UnsafeBufferPointer<UInt8>) -> [Bool] {
        var out: [Bool] = []
        let n = text.count
        guard let base = text.baseAddress else { return [false] }
        let optionalBits: UInt64 = (1 << UInt64(optionalMarks.count)) - 1
        var inOptional = false
        markBytes.withUnsafeBufferPointer { markBytes in
            marksBeginningWith.withUnsafeBufferPointer { table in
                markBounds.withUnsafeBufferPointer { bounds in
                    var start = 0
                    while true {
                        var end = n
                        if start < n, let lf = memchr(base + start, 0x0A, n - start) {
                            end = base.distance(to: lf.assumingMemoryBound(to: UInt8.self))
                        }
                        let short = end - start <= 80
                        let wanted: UInt64 = short ? ~0 : optionalBits
                        var found: UInt64 = 0
                        var j = start
                        var firsts = start < end ? table[Int(base[start])] : 0
                        while j + 1 < end, found & optionalBits == 0 {
                            let next = Int(base[j + 1])
                            var m = firsts & table[256 + next] & wanted & ~found
                            firsts = table[next]
                            if m == 0 { j += 1; continue }
                            while m != 0 {
                                let k = m.trailingZeroBitCount
                                m &= m - 1
                                let (a, b) = bounds[k]
                                if j + (b - a) <= end {
                                    var x = 2
                                    while x < b - a, SkillTokenizer.lower(base[j + x]) == markBytes[a + x] { x += 1 }
                                    if x == b - a { found |= 1 << UInt64(k) }
                                }
                            }
                            j += 1
                        }
                        let optional = found & optionalBits != 0
                        if short && optional {
                            inOptional = true
                        } else if short && found != 0 {
                            inOptional = false
                        }
                        out.append(inOptional || optional)
                        if end >= n { break }
                        start = end + 1
                    }
                }
            }
        }
        return out
    }
}
