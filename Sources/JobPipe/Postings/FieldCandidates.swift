/// One reading of a field: the text, the place on the page it came from
/// (what `job.evidence` reports) and the weight of the evidence for it.
struct Candidate: Equatable {
    let text: String
    let place: String
    var score: Int
}

/// The candidates for one field; the best-supported wins, ties to the first added.
struct Ballot {
    private(set) var candidates: [Candidate] = []

    mutating func add(_ text: String?, _ place: String, _ score: Int) {
        guard let t = text?.trimmingSpaces, !t.isEmpty, t.utf8.count <= 200 else { return }
        candidates.append(Candidate(text: t, place: place, score: score))
    }

    /// Adds `delta` to every candidate the test holds for.
    mutating func adjust(_ delta: Int, where test: (Candidate) -> Bool) {
        for i in candidates.indices where test(candidates[i]) { candidates[i].score += delta }
    }

    var best: Candidate? {
        var winner: Candidate?
        for c in candidates where c.score > 0 && c.score > (winner?.score ?? Int.min) { winner = c }
        return winner
    }
}

/// Text compared as its lower-case letters and digits, one space between words:
/// "Senior Engineer (m/w/d)" and "senior-engineer-m-w-d" read the same. ASCII is
/// read from its code; only other characters look up their properties.
enum Words {
    static func normalized(_ s: String) -> String {
        var s = s
        if let ascii = s.withUTF8({ b -> String? in b.allSatisfy { $0 < 0x80 } ? asciiNormalized(b) : nil }) {
            return ascii
        }
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var space = false
        for u in s.unicodeScalars {
            let v = u.value
            let isWord: Bool
            if v < 0x80 {
                isWord = (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
            } else {
                // the property lookup only for the rare non-ASCII character
                isWord = u.properties.isAlphabetic || u.properties.numericType != nil
            }
            if isWord {
                if space, !out.isEmpty { out.append(0x20) }
                if v < 0x80 {
                    out.append(UInt8(v >= 0x41 && v <= 0x5A ? v | 0x20 : v))
                } else if u.properties.changesWhenLowercased {
                    out.append(contentsOf: u.properties.lowercaseMapping.utf8)
                } else {
                    out.append(contentsOf: UTF8.encode(u)!)
                }
                space = false
            } else {
                space = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `normalized` for ASCII text, on its bytes.
    private static func asciiNormalized(_ b: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var space = false
        for v in b {
            let isWord = (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
            if isWord {
                if space, !out.isEmpty { out.append(0x20) }
                out.append(v >= 0x41 && v <= 0x5A ? v | 0x20 : v)
                space = false
            } else {
                space = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `inner`'s words occur, in order and together, in `outer`.
    static func contains(_ outer: String, _ inner: String) -> Bool {
        guard !inner.isEmpty else { return false }
        return (" " + outer + " ").containsBytes(" " + inner + " ")
    }
}

/// Patterns job sites write their `<title>` in, in the languages read here:
/// "Developer jobs in Austin, TX", "Acme hiring Engineer in Berlin",
/// "Job Application for Engineer at Acme", "'Engineer' in Chicago, IL job posted by Acme",
/// "Entwickler (m/w/d) bei Acme in Köln", "Ingénieur chez Acme à Paris".
enum TitlePatterns {
    struct Reading { var title: String?; var company: String?; var location: String? }

    /// Words between an employer and the title it is hiring for, as networks write them.
    static let hiringWords = [" is hiring: ", " is hiring ", " hiring ", " sucht ", " stellt ein: ", " recrute ", " busca ", " contrata ",
                              " zoekt ", " sta assumendo ", " assume ", " cerca "]
    /// Words that end a page title's part that names only the employer that hires.
    static let hiringEnds = [" is hiring", " is hiring!", " is now hiring", " is recruiting", " recrute", " recrute !", " stellt ein"]
    /// Words between an employer and what it seeks, in a page title written as a sentence.
    static let seekingWords = [" is looking for ", " are looking for ", " is seeking ", " is searching for ",
                               " is on the hunt for ", " is recruiting for "]
    /// Words that open a subject that is no employer's name ("We are looking for", "Our team is seeking").
    static let pronouns: Set<String> = ["we", "our", "you", "they", "i", "he", "she", "it", "this", "who", "everyone", "nobody"]
    /// Words that join a title to its employer ("at", "bei", "chez"…).
    static let employerWords = [" at ", " @ ", " bei ", " chez ", " en la empresa ", " presso ", " bij ", " na ", " no "]
    /// Of those, the words that are prepositions of many uses ("Analista na área de dados"): they join
    /// a title to its employer only before a capitalised name ("Back-End: Node JS na Riderize").
    static let employerWordsBeforeNames: Set<String> = [" na ", " no "]

    /// A board's words that open a job and its place, and the word before the place, in the languages read.
    static let placedJobOpenings: [(String, String)] = [
        ("Trabajo de ", " en "), ("Empleo de ", " en "), ("Oferta de empleo de ", " en "), ("Oferta de trabajo de ", " en "),
        ("Vaga de ", " em "), ("Vaga para ", " em "), ("Emprego de ", " em "), ("Job als ", " in "), ("Stellenangebot als ", " in "),
        ("Lavoro come ", " a "), ("Offerta di lavoro come ", " a "), ("Vacature ", " in "), ("Offre d'emploi ", " à "), ("Offre d’emploi ", " à "),
    ]

    static func read(_ raw: String) -> Reading? {
        var t = raw.trimmingSpaces
        for prefix in ["Job Application for ", "Apply for ", "Bewerbung als ", "Candidature pour "] where t.hasPrefix(prefix) {
            t.removeFirst(prefix.count)
        }
        // "We're Hiring! - Grove Technologies is hiring", "Acme recrute !": the employer that hires, no job named
        for end in hiringEnds where t.hasSuffix(end) {
            var name = String(t.dropLast(end.count))
            if let dash = name.lastByteRange(of: " - ") ?? name.lastByteRange(of: " – ") { name = String(name[dash.upperBound...]) }
            name = name.trimmingSpaces
            guard let first = name.first, first.isUppercase, name.spaceParts.count <= 5 else { break }
            return Reading(title: nil, company: name, location: nil)
        }
        // "MAD Agency is looking for talent", "Acme is on the hunt for new colleagues": the employer that seeks, and
        // what it seeks only where that is a role ("Acme is looking for a Data Engineer")
        if let seeks = seekingWords.lazy.compactMap({ t.byteRange(of: $0) }).first, seeks.lowerBound > t.startIndex {
            let name = String(t[..<seeks.lowerBound]).trimmingSpaces
            var sought = String(t[seeks.upperBound...]).trimmingCharacters(in: " !.").spaceParts
            if let first = sought.first, sought.count > 1, LabelledLines.soughtArticles.contains(first.lowercased()) { sought.removeFirst() }
            if let c = name.first, c.isUppercase || c.isNumber, name.spaceParts.count <= 5,
               let head = name.spaceParts.first.map(String.init), !LabelledLines.articles.contains(head),
               !Self.pronouns.contains(head.lowercased()) {
                let role = sought.joined(separator: " ")
                return Reading(title: PostingLabels.readsAsRole(role) ? role : nil, company: name, location: nil)
            }
        }
        var r = Reading()
        var hired = false
        if let hiring = hiringWords.lazy.compactMap({ t.byteRange(of: $0) }).first {
            r.company = String(t[..<hiring.lowerBound])
            t = String(t[hiring.upperBound...])
            hired = true
            // ("Acme is hiring a Backend Engineer", "Acme recrute un développeur": the role without its article;
            // "EFF is hiring for a designer": nor its "for")
            if t.startsWithBytes("for ") { t.removeFirst(4) }
            if let article = ["a ", "an ", "un ", "une ", "un.e ", "un·e ", "ein ", "eine ", "einen ", "een ", "uno ", "una "]
                .first(where: { t.startsWithBytes($0) }) {
                t = String(t.dropFirst(article.count))
            }
        }
        if let posted = [" job posted by ", " Job Posted By ", " posted by ", " Posted By "].lazy.compactMap({ t.byteRange(of: $0) }).first {
            r.company = r.company ?? String(t[posted.upperBound...])
            t = String(t[..<posted.lowerBound])
        }
        // "… Jobs in Mountain View, California", "… job in Normal, IL"
        for word in [" Jobs in ", " jobs in ", " Job in ", " job in ", " Jobs In ", " Job In "] {
            if let at = t.byteRange(of: word) {
                r.title = String(t[..<at.lowerBound])
                var place = String(t[at.upperBound...])
                // "… jobs in Buenos Aires at Verizon": the employer after the place
                if let by = place.byteRange(of: " at ") {
                    r.company = r.company ?? String(place[by.upperBound...])
                    place = String(place[..<by.lowerBound])
                }
                r.location = place
                break
            }
        }
        // "Electrician Jobs Perth": a role, a board's word for its jobs, then a known place, without "in"
        if r.title == nil, let at = t.lastByteRange(of: " Jobs "), at.lowerBound > t.startIndex,
           case let place = String(t[at.upperBound...]).trimmingSpaces, LabelledLines.isPlaceName(place),
           case let role = String(t[..<at.lowerBound]).trimmingSpaces, PostingLabels.readsAsRole(role) {
            r.title = role
            r.location = place
        }
        // "Trabajo de Analista en Las Condes", "Vaga de Desenvolvedor em Recife", "Job als Koch in Berlin": a board's words
        // for a job, the job, then its place (a known one: "en" and "in" may name the employer too, "Empleo de Enfermera
        // en Sumimedical")
        if r.title == nil, let (opening, word) = placedJobOpenings.first(where: { t.startsWithBytes($0.0) }),
           case let rest = String(t.dropFirst(opening.count)), let at = rest.lastByteRange(of: word), at.lowerBound > rest.startIndex,
           case let place = String(rest[at.upperBound...]).trimmingSpaces, LabelledLines.isPlaceName(place) {
            r.title = String(rest[..<at.lowerBound]).trimmingSpaces.nilIfEmpty
            r.location = place
        }
        // "Plattenleger gesucht in Malters bei Luzern", "Kok gezocht in Arnhem"
        if r.title == nil, let at = [" gesucht in ", " gezocht in ", " recherché à ", " recherchée à ", " cercasi a "]
            .lazy.compactMap({ t.byteRange(of: $0) }).first {
            r.title = String(t[..<at.lowerBound])
            r.location = String(t[at.upperBound...])
        }
        if r.title == nil {
            for word in employerWords {
                if let at = t.byteRange(of: word),
                   !employerWordsBeforeNames.contains(word) || t[at.upperBound...].first?.isUppercase == true {
                    r.title = String(t[..<at.lowerBound])
                    var rest = String(t[at.upperBound...])
                    // "Riderize - Vaga de Emprego": the site's part after the employer is no part of its name
                    if let site = [" | ", " - ", " – ", " — "].lazy.compactMap({ rest.byteRange(of: $0) }).first {
                        rest = String(rest[..<site.lowerBound])
                    }
                    if let place = [" in ", " à ", " en "].lazy.compactMap({ rest.byteRange(of: $0) }).first {
                        r.location = String(rest[place.upperBound...])
                        rest = String(rest[..<place.lowerBound])
                    } else if let (name, town) = Location.nameAndTown(rest) {
                        // "Werken bij Acme, Eindhoven": the employer, then its town
                        r.location = town
                        rest = name
                    } else if LabelledLines.isPlaceName(rest) {
                        // "Functional Analyst @ Brussels / Mechelen": the job, then its place, no employer
                        r.location = rest
                        break
                    }
                    r.company = r.company ?? rest
                    break
                }
            }
        }
        // "Auxiliaires de vie : Ange Gardien recrute trois CDD à partir du 1er avril !": a role before a colon heads the
        // headline, the employer after it, and what it hires for, where that names no role, is the role before
        if hired, let name = r.company, let colon = name.byteRange(of: " : ") ?? name.byteRange(of: ": "),
           case let role = String(name[..<colon.lowerBound]).trimmingSpaces, PostingLabels.readsAsSoughtRole(role) {
            r.company = String(name[colon.upperBound...]).trimmingSpaces
            if !PostingLabels.readsAsSoughtRole(t) { r.title = role }
        }
        if r.title == nil, r.company != nil || t.hasPrefix("'") || t.hasPrefix("\"") {
            // "Acme hiring Engineer in Berlin", "Acme recrute Développeur à Lyon", "'Engineer' in Mettawa, IL"
            // (a place is a name: "Acme recrute Développeur à Lyon", not "… for a designer.")
            let places = hired ? [" in ", " à ", " en ", " a ", " te "] : [" in "]
            if let at = places.lazy.compactMap({ t.lastByteRange(of: $0) }).first,
               t[at.upperBound...].first.map({ $0.isUppercase || $0.isNumber }) == true {
                r.title = String(t[..<at.lowerBound])
                r.location = String(t[at.upperBound...])
            } else {
                r.title = t
            }
        }
        guard r.title != nil || r.company != nil else { return nil }
        r.title = r.title.map { $0.trimmingCharacters(in: "'\"“”‘’ ") }.flatMap { $0.nilIfEmpty }
        return r
    }
}
