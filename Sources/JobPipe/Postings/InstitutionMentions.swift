/// The institution a posting's sentences place the work at: a university,
/// an institute, a hospital or a research centre named after "at", "bei",
/// "à", "presso" or "bij", or followed by its short form in brackets:
/// "in the Clinical Brain Lab at Nanyang Technological University (NTU)",
/// "am Helmholtz-Zentrum Dresden-Rossendorf (HZDR)", "join our team at the
/// Leibniz Institute of Atmospheric Physics (IAP)". A lab's or a project's
/// own site names itself; its employer is the institution its text names.
enum InstitutionMentions {
    /// Words that make a name an institution's, in the six languages.
    static let institutionWords: Set<String> = [
        "University", "Universität", "Universitat", "Universiteit", "Université", "Universidad", "Università",
        "Universidade", "Institute", "Institut", "Instituto", "Istituto", "Center", "Centre", "Centrum", "Zentrum",
        "Hospital", "Klinikum", "Universitätsklinikum", "Laboratory", "Laboratoire", "Hochschule", "College", "École",
        "Ecole", "Academy", "Akademie", "Forschungszentrum", "Max-Planck-Institut", "Fraunhofer-Institut",
        // their short forms before a town: "an der TU Chemnitz", "an der Uni Köln"
        "TU", "Uni", "FH", "TH",
    ]
    /// The words of a university, which its units' names are followed by: `Location.universityWords`, and the
    /// Catalan, the Nordic and the German universities of applied sciences'.
    static let universityWords = Location.universityWords.union(["Universitat", "Universitet", "Hochschule"])
    static let centreWords: Set<String> = ["Center", "Centre", "Centrum", "Zentrum"]
    /// Words before a centre's word that make it an institution's.
    static let centreKinds: Set<String> = ["Medical", "Research", "Cancer", "Health", "Science", "Computing",
                                           "Supercomputing", "National", "European", "Academic", "University"]
    /// Words before the name that place the work at it.
    static let atWords: Set<String> = ["at", "bei", "am", "an", "à", "chez", "presso", "bij", "aan", "en", "in"]
    static let ofWords: Set<String> = ["of", "der", "des", "de", "du", "van", "di", "del", "della"]
    /// Words for a unit of an institution, in the six languages (lower case).
    static let unitWords: Set<String> = ["department", "faculty", "school", "chair", "group", "lab", "laboratory", "division",
                                         "abteilung", "fakultät", "lehrstuhl", "arbeitsgruppe", "département", "faculté",
                                         "laboratoire", "équipe", "departamento", "facultad", "grupo", "vakgroep", "faculteit",
                                         "afdeling", "dipartimento", "facoltà", "gruppo"]
    static let articles: Set<String> = ["the", "der", "die", "das", "dem", "la", "l'", "le", "el", "il", "de", "het"]
    static let joiners: Set<String> = ["of", "for", "and", "&", "de", "des", "du", "der", "für", "di", "del", "della",
                                       "van", "voor", "y", "e", "et", "und", "la", "le"]

    /// The beginnings of those words, lower case: a line without any names no institution
    /// (most do not, and are passed over by their bytes).
    private static let needles = ByteNeedles(["universit", "institut", "istituto", "center", "centre", "centrum", "zentrum",
                                              "hospital", "klinikum", "laborator", "hochschule", "college", "école", "ecole",
                                              "academy", "akademie"])
    /// A line that says its subject is a part of a greater one, in the six languages (folded).
    private static let partNeedles = ByteNeedles([" is part of ", " is a part of ", " is a division of ", " ist teil der ",
                                                  " ist teil des ", " ist eine einrichtung der ", " fait partie de",
                                                  " forma parte de", " maakt deel uit van", " is onderdeel van", " fa parte d"])
    /// The short forms, as written and as words of their own (folded, "th " would be in most lines).
    private static let shortForms: [[UInt8]] = [" TU ", " Uni ", " FH ", " TH "].map { Array($0.utf8) }

    private static func holdsShortForm(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line.count >= 4 else { return false }
        for i in 0..<(line.count - 3) where line[i] == 0x20 && line[i + 1] >= 0x46 && line[i + 1] <= 0x55 {
            for form in shortForms where i + form.count <= line.count
                && zip(form, line[i..<(i + form.count)]).allSatisfy({ $0 == $1 }) {
                return true
            }
        }
        return false
    }

    /// The lines of the text that hold one of the needles.
    private static func candidateLines(_ text: String) -> [Substring] {
        var copy = text
        var out: [Substring] = []
        copy.withUTF8 { bytes in
            var start = 0
            for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x0A {
                let line = UnsafeBufferPointer(rebasing: bytes[start..<i])
                // ("an der TU Chemnitz": a short form, as written)
                if line.count >= 20, needles.matches(line) != 0 || holdsShortForm(line) {
                    out.append(Substring(String(decoding: line, as: UTF8.self)))
                }
                start = i + 1
            }
        }
        return out
    }

    /// The institution named most often so, how often, and whether the site's own group is said to be
    /// a part of it.
    static func mentioned(in text: String) -> (name: String, count: Int, greater: Bool)? {
        var counts: [String: Int] = [:]
        var greater: Set<String> = []
        var order: [String] = []
        for line in candidateLines(text) {
            let words = line.spaceParts
            // (the university a unit's name is followed by after a comma: "at Center for Permafrost, University of
            // Copenhagen" is placed at the university)
            var universityAt = -1
            for (i, w) in words.enumerated() where institutionWords.contains(bare(w)) || isInstitutionCompound(bare(w)) {
                guard let (name, start, end) = run(around: i, in: words) else { continue }
                // placed at it ("at the …"), or named with its short form ("… (HZDR)")
                var before = start - 1
                if before >= 0, articles.contains(words[before].lowercased()) { before -= 1 }
                // … or the subject of the sentence that opens the line, before its verb of being
                // ("Das Leibniz-Institut für Troposphärenforschung ist ein Forschungsinstitut …")
                let subject = before < 0 && end < words.count && LabelledLines.copulas.contains(" \(words[end]) ")
                // … or the one the site's own group is a part of ("The A-eye Research Group is part of … of the
                // Radboud University Medical Center")
                let partOf = before >= 0 && ["of", "der", "des", "de", "du", "van", "di", "del"].contains(words[before].lowercased())
                    && partNeedles.matches(String(line)) != 0
                // … or the one a unit of it is of ("The department ELEC of the Vrije Universiteit Brussel offers …";
                // not "the papers of the …")
                let unitOf = before >= 1 && ofWords.contains(words[before].lowercased())
                    && words[max(0, before - 3)..<before].contains { unitWords.contains(bare($0).lowercased()) }
                let placed = subject || partOf || unitOf || before >= 0 && atWords.contains(words[before].lowercased())
                    || start == universityAt
                // (a country in brackets is no short form: "Brown University (USA)")
                let short = end < words.count && words[end].hasPrefix("(") ? String(words[end].dropFirst().prefix { $0 != ")" }) : ""
                let abbreviated = short.first?.isUppercase == true
                    && short.allSatisfy { $0.isUppercase || $0.isNumber || $0 == "-" }
                    && Location.countries[short] == nil && !Location.isCountry(short) && !["USA", "UK", "EU", "US"].contains(short)
                guard placed || abbreviated else { continue }
                // a centre is a research centre only as one is named: "Center for …", "Medical Center", not
                // "Contact Center" or "Microsoft System Center"
                if centreWords.contains(bare(w)) {
                    let after = i + 1 < words.count ? words[i + 1].lowercased() : ""
                    let prior = i > 0 ? bare(words[i - 1]) : ""
                    guard ["for", "of", "für", "de", "voor", "per", "di"].contains(after) || centreKinds.contains(prior) else { continue }
                }
                // a part of a greater one ("… (CASUS) of the Helmholtz-Zentrum …"): the greater counts
                var next = end
                if next < words.count, words[next].hasPrefix("(") { next += 1 }
                if next + 1 < words.count, ["of", "at", "der", "des", "de", "du", "di", "van"].contains(words[next].lowercased()),
                   words[(next + 1)...].prefix(3).contains(where: { institutionWords.contains(bare($0)) || isInstitutionCompound(bare($0)) }) {
                    continue
                }
                // (… or a university after a comma: "Center for Permafrost, University of Copenhagen")
                if end < words.count, words[end - 1].hasSuffix(","), let k = words[end...].prefix(3).firstIndex(where: { universityWords.contains(bare($0)) }),
                   words[end...k].allSatisfy({ $0.first?.isUppercase == true || LabelledLines.articles.contains(String($0)) }) {
                    universityAt = LabelledLines.articles.contains(String(words[end])) ? end + 1 : end
                    continue
                }
                if counts[name] == nil { order.append(name) }
                counts[name, default: 0] += 1
                if partOf { greater.insert(name) }
            }
        }
        guard let best = order.max(by: { counts[$0]! < counts[$1]! }) else { return nil }
        return (best, counts[best]!, greater.contains(best))
    }

    /// "Universitätsklinikum", "Forschungszentrum": a German compound that ends in an institution's word.
    private static func isInstitutionCompound(_ w: String) -> Bool {
        guard w.utf8.count > 9, w.first?.isUppercase == true else { return false }
        let lower = w.lowercased()
        return ["zentrum", "institut", "klinikum", "universität", "hochschule"].contains { lower.hasSuffix($0) }
    }

    /// The run of capitalised words (and joining words inside it) around word `i`, at most eight,
    /// the index of its first word and of the word after it; nil when it is the institution's word alone.
    private static func run(around i: Int, in words: [Substring]) -> (String, Int, Int)? {
        func capital(_ k: Int) -> Bool { words[k].first?.isUppercase == true }
        var start = i
        while start > 0, i - start < 5 {
            let prev = words[start - 1]
            // (a sentence's first word that places the work is no part of the name: "Am Leibniz-Institut …")
            if capital(start - 1), !prev.hasSuffix(","), !prev.hasSuffix("."), !prev.hasSuffix(")"),
               !atWords.contains(prev.lowercased()) {
                start -= 1
                continue
            }
            if start >= 2, joiners.contains(String(prev)), capital(start - 2), !words[start - 2].hasSuffix(",") { start -= 2; continue }
            break
        }
        var end = i
        // (the word itself may end the run: "Nanyang Technological University (NTU)", "… University, Ithaca")
        if words[i].utf8.count == bare(words[i]).utf8.count {
            while end + 1 < words.count, end - start < 8 {
                let next = words[end + 1]
                if capital(end + 1), !next.hasPrefix("(") {
                    end += 1
                    if bare(next).utf8.count != next.utf8.count { break }
                    continue
                }
                if end + 2 < words.count, joiners.contains(String(next)), capital(end + 2) { end += 1; continue }
                break
            }
        }
        // "The University of Leeds" keeps no article; the last word without its punctuation
        var parts = words[start...end].map(String.init)
        var first = start
        if let article = parts.first, LabelledLines.articles.contains(article) {
            parts.removeFirst()
            first += 1
        }
        if let last = parts.last { parts[parts.count - 1] = bare(Substring(last)) }
        guard parts.count >= 2 else { return nil }
        return (parts.joined(separator: " "), first, end + 1)
    }

    /// A word without the punctuation after it, or a bracket written on to it ("Iowa(during" is "Iowa").
    private static func bare(_ w: Substring) -> String {
        String(w.prefix { !",;:.()»\"'’".contains($0) })
    }
}
