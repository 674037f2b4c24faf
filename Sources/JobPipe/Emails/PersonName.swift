/// People's names in a page's text. A name is two to five words: titles
/// (`Dr.`, `Frau`) left out, a given name from the shipped list
/// (`GivenNames`) or one that the address itself spells, perhaps a second
/// given name or an initial, particles (`von`, `de`, `van der`), and one or two
/// capitalised family names that are not words of a heading, a position or an
/// address. Precision first: a phrase that is not surely a name is none.
enum PersonName {
    static let particles: Set<String> = ["von", "van", "de", "der", "den", "da", "di", "del", "della", "la", "le", "du",
                                         "dos", "das", "zu", "zur", "vom", "y", "ten", "ter", "bin", "al", "el", "st."]
    /// Words before a name that are not part of it.
    static let titles: Set<String> = [
        "dr.", "dr", "prof.", "prof", "herr", "frau", "hr.", "fr.", "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "mme", "mme.",
        "m.", "monsieur", "madame", "mlle", "sr.", "sra.", "srta.", "don", "doña", "dipl.-ing.", "dipl.-kfm.", "mag.",
        "ing.", "dr.-ing.", "med.", "rer.", "nat.", "phil.", "jur.", "h.c.", "ra", "mba", "sir", "dame",
    ]
    /// Link texts and labels that are never a name.
    static let notNames: Set<String> = [
        "e-mail", "email", "mail", "kontakt", "contact", "us", "uns", "send", "schreiben", "schreib", "write",
        "redaktion", "team", "support", "office", "info", "here", "hier", "click", "klicken", "press", "presse",
        "newsletter", "feedback", "sales", "jobs", "careers", "karriere", "bewerbung", "service", "editor",
        "the", "our", "unser", "unsere", "an", "to", "mit", "with", "for", "für", "and", "und", "now", "jetzt",
        "abonnieren", "subscribe", "impressum", "datenschutz", "privacy", "tips", "tipps", "hinweise",
    ]
    /// Capitalised words that are not family names: places, organisations,
    /// parts of an address or a page, and sentence starts.
    static let notFamilyNames: Set<String> = [
        "gmbh", "ag", "kg", "ug", "ev", "e.v.", "inc", "inc.", "ltd", "ltd.", "llc", "sa", "sarl", "sl", "bv", "nv", "co", "co.",
        "verlag", "straße", "strasse", "str.", "platz", "weg", "allee", "gasse", "ring", "damm", "street", "road", "avenue",
        "telefon", "tel", "tel.", "fax", "mobil", "handy", "phone", "web", "internet", "www", "website", "homepage",
        "impressum", "kontakt", "contact", "team", "redaktion", "presse", "press", "news", "blog", "online", "home",
        "university", "universität", "universitaet", "hochschule", "institut", "institute", "stiftung", "verein",
        "verband", "group", "gruppe", "kirche", "church", "city", "stadt", "park", "hotel", "restaurant", "club",
        "foundation", "center", "centre", "zentrum", "bank", "company", "magazin", "magazine", "zeitung", "radio",
        "tv", "film", "music", "musik", "shop", "store", "services", "service", "consulting", "partner", "partners",
        "die", "der", "das", "den", "dem", "des", "ein", "eine", "sie", "wir", "ihr", "ihre", "ich", "er", "es",
        "und", "oder", "the", "and", "or", "for", "with", "from", "von", "bei", "auf", "im", "in", "am", "an", "zum",
        "le", "la", "les", "et", "el", "los", "las", "y", "del", "und", "is", "was", "has", "says", "said", "wrote",
        "schreibt", "sagt", "meint", "email", "e-mail", "mail", "mailto", "e-mail:", "linkedin", "twitter", "xing",
        "facebook", "instagram", "youtube", "github", "english", "deutsch", "français", "español", "mehr", "more",
        "weiterlesen", "profil", "profile", "vita", "about", "über", "ueber", "jobs", "karriere", "careers",
        "times", "post", "daily", "herald", "journal", "tribune", "review", "today", "weekly", "gazette", "express",
        "st", "rd", "ave", "blvd", "dr", "ln", "hwy", "pl", "sq",
    ]

    /// A name a link's text (or title) gives, by shape alone: two to four
    /// capitalised words of letters (with particles), not an address, not a
    /// call to action such as "E-Mail" or "Contact us". `name(from:address:)`
    /// asks for evidence too.
    static func shapedName(from text: String) -> String? {
        let t = text.trimmingSpaces
        guard t.count >= 3, t.count <= 60, !t.contains("@") else { return nil }
        let words = t.split(separator: " ")
        guard words.count >= 2, words.count <= 4 else { return nil }
        var capitalised = 0
        for w in words {
            let lower = w.lowercased()
            if notNames.contains(lower) { return nil }
            if particles.contains(lower) { continue }
            guard let f = w.first, f.isUppercase,
                  w.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "." || $0 == "'" || $0 == "’" }) else { return nil }
            // Not all capitals (`ACME GMBH`) unless an initial (`J.`).
            if w.count > 2, w.allSatisfy({ !$0.isLetter || $0.isUppercase }) { return nil }
            capitalised += 1
        }
        return capitalised >= 2 ? t : nil
    }

    /// A name from a link's text or title, a JSON-LD `Person`…: its shape,
    /// titles left out, and evidence that it is a person's: its given name is
    /// a known one, or the address spells the name.
    static func name(from text: String, address: String?) -> String? {
        guard shapedName(from: text) != nil else { return nil }
        let found = candidates(in: Substring(text.trimmingSpaces), address: address)
        guard found.count == 1, found[0].count >= text.trimmingSpaces.count - 16 else { return nil }
        return found[0]
    }

    /// A name a card's name property (`fn`, `p-name`, given and family name)
    /// gives: as `name(from:address:)`, or else, the property being explicit,
    /// by shape alone when its given name is not in the list: two to four
    /// capitalised words (titles left out), none of them a word of an
    /// organisation, a place or a position.
    static func cardName(_ text: String, address: String?) -> String? {
        let t = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if let n = name(from: t, address: address) { return n }
        var words = t.split(separator: " ")
        while let w = words.first, titles.contains(w.lowercased()), words.count > 2 { words.removeFirst() }
        let n = words.joined(separator: " ")
        guard shapedName(from: n) != nil, let first = words.first, isNameWord(first), !particles.contains(first.lowercased()),
              !leadWords.contains(first.lowercased()) else { return nil }
        for w in words {
            let l = w.lowercased()
            if notFamilyNames.contains(l) && !particles.contains(l) || notNames.contains(l) || Positions.isPositionWord(w)
                || notCardNames.contains(l) || Positions.fields.contains(l) { return nil }
        }
        return n
    }

    /// Words of a department's or an organisation's name that a card's name by
    /// shape must not hold (`Human Resources`, `Customer Care`, `Acme Corporation`).
    static let notCardNames: Set<String> = [
        "human", "resources", "customer", "customers", "care", "department", "dept", "dept.", "division", "unit", "desk",
        "corporation", "corp", "corp.", "firm", "agency", "studio", "studios", "associates", "solutions", "systems",
        "technologies", "technology", "tech", "labs", "lab", "media", "design", "digital", "software", "group", "holding",
        "international", "global", "network", "union", "council", "committee", "board", "society", "association",
        "school", "college", "academy", "library", "museum", "hospital", "clinic", "praxis", "kanzlei", "büro", "buero",
        "abteilung", "personalabteilung", "verwaltung", "kundenservice", "empresa", "equipo", "departamento", "recursos",
        "humanos", "société", "equipe", "équipe", "service", "ressources", "humaines", "recrutement", "careers", "jobs",
    ]

    /// Old entry point (the fuzz harness): the shape alone.
    static func name(from text: String) -> String? { shapedName(from: text) }

    // MARK: names in running text

    private static func isNameWord(_ w: Substring) -> Bool {
        guard let f = w.first, f.isUppercase, w.count >= 2 else { return false }
        guard w.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" }) else { return false }
        guard w.last != "-", !w.contains("--") else { return false }
        // Not all capitals (`ST. LUCIA TIMES`, `ACME`): a heading, a logo, an acronym.
        if w.allSatisfy({ !$0.isLetter || $0.isUppercase }) { return false }
        // No capital inside after more than three letters (`RassPR`, `WinterJournal`: words glued
        // across elements); `McDonald`, `DiStefano`, `LeBlanc` are names.
        var lowerRun = 0
        for c in w.dropFirst() {
            if c.isUppercase, lowerRun > 2 { return false }
            lowerRun = c.isLowercase ? lowerRun + 1 : 0
        }
        return true
    }

    private static func isGiven(_ w: Substring) -> Bool {
        if GivenNames.contains(w) { return true }
        // Hans-Peter, Marie-Claire: each part a given name.
        let parts = w.split(separator: "-")
        return parts.count == 2 && parts.allSatisfy { GivenNames.contains($0) }
    }

    private static func isInitial(_ w: Substring) -> Bool {
        w.count == 2 && w.last == "." && (w.first?.isUppercase ?? false) && (w.first?.isLetter ?? false)
    }

    /// The words of a line, with whether punctuation ended each (`,` `:` `|` `(`…).
    private static func words(_ line: Substring) -> [(word: Substring, stop: Bool)] {
        var out: [(Substring, Bool)] = []
        let separators: Set<Character> = [",", ";", ":", "|", "(", ")", "[", "]", "·", "•", "–", "—", "/", "\"", "“", "”", "„", "«", "»", "<", ">", "!", "?"]
        var start: Substring.Index? = nil
        var i = line.startIndex
        func flush(_ end: Substring.Index, stop: Bool) {
            if let s = start {
                var w = line[s..<end]
                var st = stop
                // A final period ends a sentence unless the word is an initial or a title.
                if w.last == ".", !isInitial(w), !titles.contains(w.lowercased()), !particles.contains(w.lowercased()) {
                    w = w.dropLast()
                    st = true
                }
                if !w.isEmpty { out.append((w, st)) }
                start = nil
            } else if stop, !out.isEmpty {
                out[out.count - 1].1 = true
            }
        }
        while i < line.endIndex {
            let c = line[i]
            if c.isWhitespace {
                flush(i, stop: false)
            } else if separators.contains(c) {
                flush(i, stop: true)
            } else if start == nil {
                start = i
            }
            i = line.index(after: i)
        }
        flush(line.endIndex, stop: true)
        return out
    }

    /// The names in one line of text, in order. With an address, a name whose
    /// given name is not in the list still counts when the address spells it.
    static func candidates(in line: Substring, address: String? = nil) -> [String] {
        let ws = words(line)
        var out: [String] = []
        var i = 0
        while i < ws.count {
            if let (name, next) = match(ws, at: i, address: address) {
                out.append(name)
                i = next
            } else {
                i += 1
            }
        }
        return out
    }

    /// A name starting at word `i` (after any titles): the name and the index after it.
    private static func match(_ ws: [(word: Substring, stop: Bool)], at start: Int, address: String?) -> (String, Int)? {
        var i = start
        while i < ws.count, titles.contains(ws[i].word.lowercased()), !ws[i].stop { i += 1 }
        guard i < ws.count, isNameWord(ws[i].word), !ws[i].stop else { return nil }
        // The word before must not run into this one (`Müller GmbH Anna …` is fine; `Deutsche Anna` not a start).
        if start > 0, i == start, !ws[start - 1].stop, isNameWord(ws[start - 1].word),
           !titles.contains(ws[start - 1].word.lowercased()), !leadWords.contains(ws[start - 1].word.lowercased()) { return nil }
        let first = ws[i].word
        var parts: [Substring] = [first]
        var j = i + 1
        // A second given name or an initial.
        if j < ws.count, !ws[j - 1].stop, (isInitial(ws[j].word) || (isGiven(ws[j].word) && j + 1 < ws.count && !ws[j].stop
                                                                       && isNameWord(ws[j + 1].word))) {
            parts.append(ws[j].word)
            j += 1
        }
        // Particles.
        while j < ws.count, !ws[j - 1].stop, particles.contains(ws[j].word.lowercased()) || isCapitalParticle(ws[j].word, next: j + 1 < ws.count ? ws[j + 1].word : nil) {
            parts.append(ws[j].word)
            j += 1
        }
        // One or two family names.
        var family = 0
        while family < 2, j < ws.count, !ws[j - 1].stop, isNameWord(ws[j].word),
              !notFamilyNames.contains(ws[j].word.lowercased()), !Positions.isPositionWord(ws[j].word) {
            // A second family name only where the name ends (`Otto Velarde Taramona`, then punctuation or the line's end).
            if family == 1, !(ws[j].stop || j + 1 == ws.count) { break }
            parts.append(ws[j].word)
            j += 1
            family += 1
        }
        guard family >= 1 else { return nil }
        let name = parts.joined(separator: " ")
        if notNames.contains(first.lowercased()) || notFamilyNames.contains(first.lowercased()) || leadWords.contains(first.lowercased())
            || Positions.isPositionWord(first) { return nil }
        guard isGiven(first) || (address.map { spellsBoth($0, name) } ?? false) else { return nil }
        return (name, j)
    }

    /// `Di Stefano`, `De Luca`, `Van Dyke`, `O'Brien` is one word already.
    private static func isCapitalParticle(_ w: Substring, next: Substring?) -> Bool {
        guard ["Di", "De", "Da", "Van", "Von", "Del", "Della", "La", "Le", "Du", "Ten", "Ter", "Mc", "Mac"].contains(w) else { return false }
        return next.map(isNameWord) ?? false
    }

    /// Words that start a byline or a caption, never a name (`By Erin Cunningham`).
    static let leadWords: Set<String> = ["by", "par", "por", "per", "photo", "foto", "fotos", "bild", "text", "von", "mit", "via"]

    // MARK: agreement with an address

    /// Whether the address is made from the name by one of the patterns companies use (`AddressPattern`).
    static func spells(_ email: String, _ name: String) -> Bool {
        guard let at = email.lastIndex(of: "@") else { return false }
        return !AddressPattern.patterns(name: name, local: email[..<at].lowercased()).isEmpty
    }

    /// Whether the address spells both parts of the name (not `{first}` or `{last}` alone): the
    /// evidence that makes a first word outside the list of given names a name
    /// (`Vaubel Medienberatung` is no name because of `medienberatung@`).
    static func spellsBoth(_ email: String, _ name: String) -> Bool {
        guard let at = email.lastIndex(of: "@") else { return false }
        return AddressPattern.patterns(name: name, local: email[..<at].lowercased()).contains { $0.base != .first && $0.base != .last }
    }

    /// Whether an address's local part spells a name: a family name of three
    /// letters or more in it (`nroeber`, `mark.distefano`), the given and
    /// family name's parts (`katrin.vogel`, `kvogel`), in the forms addresses
    /// write them (`AddressForm`).
    static func agrees(_ name: String, withAddress email: String) -> Bool {
        guard let at = email.lastIndex(of: "@") else { return false }
        let local = email[..<at].lowercased()
        let compact = local.filter { $0.isLetter }
        guard compact.count >= 2 else { return false }
        let parts = NameParts(name)
        guard let given = parts.given.first, !parts.family.isEmpty else { return false }
        let pieces = [parts.family.joined()] + parts.family.filter { !PersonName.particles.contains($0.lowercased()) }
        for piece in pieces {
            for family in AddressForm.variants(piece) {
                let letters = family.filter { $0.isLetter }
                if letters.count >= 3, compact.contains(letters) { return true }
            }
        }
        for g in AddressForm.variants(given) where g.count >= 3 {
            // `anna@` alone is too weak unless the local part is the given name exactly.
            if compact == g { return true }
        }
        return false
    }
}

/// A name's parts: given names and family names (particles with the family name).
struct NameParts: Equatable {
    var given: [String]
    var family: [String]

    init(_ name: String) {
        var words = name.split(separator: " ").map(String.init)
        while let w = words.first, PersonName.titles.contains(w.lowercased()), words.count > 2 { words.removeFirst() }
        guard words.count >= 2 else {
            given = words
            family = []
            return
        }
        var g = [words[0]]
        var k = 1
        // A second given name: known as one, and more words follow.
        while k < words.count - 1, GivenNames.contains(words[k]) || (words[k].count == 2 && words[k].hasSuffix(".")) {
            if words[k].count == 2 { k += 1; continue }  // an initial is left out
            g.append(words[k])
            k += 1
        }
        given = g
        family = Array(words[k...])
    }
}
