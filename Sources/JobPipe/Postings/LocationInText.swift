/// A place the posting's own sentences name: a known town after a word of
/// place ("in our office in Utrecht", "en nuestras oficinas en Palermo",
/// "te Amsterdam", "à Lyon"), or the place of the employer's own office ("our
/// Portland, OR office"), for pages that state the location nowhere else.
extension Location {
    /// Words that put a place after them, in the languages read here.
    static let placeWords = ["in", "en", "à", "a", "au", "bei", "te", "i", "em", "near", "nahe", "nabij", "vicino", "nach", "from", "aus", "uit",
                             "raum", "hartje", "standort"]
    /// "the heart of", "the centre of" before a place, in the languages read here
    /// ("in the heart of Leeds", "im Herzen von Köln", "au cœur de Lyon", "nel cuore di Milano").
    static let heartWords: Set<String> = ["heart", "centre", "center", "herzen", "zentrum", "cœur", "coeur", "centre-ville",
                                          "corazón", "centro", "centrum", "cuore",
                                          // … or a part of it or its edge ("dans le 6ème arrondissement de Paris", "the outskirts
                                          // of Leeds", "nella periferia di Milano")
                                          "arrondissement", "quartier", "banlieue", "outskirts", "suburbs", "borough", "stadtteil",
                                          "barrio", "afueras", "quartiere", "periferia", "wijk",
                                          // … or the region around it ("na região de Setúbal", "nella zona di Verona")
                                          "region", "area", "região", "regione", "région", "región", "regio", "zona", "área",
                                          "omgeving", "umgebung", "environs", "alrededores", "dintorni"]
    private static let ofBytes = ["of", "von", "de", "du", "di", "van", "del"].map { Array($0.utf8) }
    /// "our": before the place of the employer's own office ("our Portland, OR office").
    static let ourWords = ["our", "unserem", "unseren", "unsere", "unser", "notre", "nuestra", "nuestras", "nuestro", "onze", "ons",
                           "nostro", "nostra", "nostri"]
    /// Words for the employer's office, in the languages read (after its place: "our Portland office";
    /// or the office a job may be done at instead of home: `WorkArrangement.choosesHomeOrOffice`).
    static let officeWords: Set<String> = ["office", "offices", "headquarters", "hq", "studio", "campus", "büro", "büros",
                                           "bureau", "bureaux", "locaux", "oficina", "oficinas", "escritório", "kantoor",
                                           "ufficio", "uffici", "sede", "standort", "niederlassung", "agence", "filiale",
                                           "vestiging", "sucursal"]
    /// Words for the employer's premises where the work is done, its offices' and those of a shop, a restaurant, a
    /// branch or a plant: the town after them ("a nossa loja de Coimbra", "il nostro negozio di Verona", "unsere
    /// Filiale in Graz") or before them ("our Leeds store") is the place.
    static let premisesWords: Set<String> = officeWords.union([
        "store", "stores", "shop", "shops", "branch", "restaurant", "restaurants", "plant", "factory", "warehouse",
        "geschäft", "laden", "werk", "lager", "magasin", "magasins", "boutique", "usine", "entrepôt", "tienda", "tiendas",
        "restaurante", "fábrica", "almacén", "negozio", "negozi", "ristorante", "stabilimento", "magazzino", "winkel",
        "fabriek", "magazijn", "loja", "lojas", "filial", "unidade", "armazém"])
    /// Labels of the place of work that a sentence may say before "is" ("Arbeitsort ist Köln").
    static let sentenceLabels: Set<String> = ["arbeitsort", "einsatzort", "dienstort", "standort", "location", "lieu",
                                              "sede", "standplaats", "werkplek", "ubicación", "ubicacion"]
    /// Words between a word of place and the town, of its part or in its praise ("in downtown Denver", "in
    /// central London", "in beautiful Boise"): the town after them is the place.
    static let townQualifiers: Set<String> = ["downtown", "central", "uptown", "midtown", "greater", "beautiful", "sunny",
                                              "historic", "vibrant", "lovely", "scenic"]
    /// Words that bound a town as the region around it ("in the Austin, TX area").
    static let areaWords: Set<String> = ["area", "region", "metro", "metropolitan"]
    private static let copulaBytes = LabelledLines.copulas.map { Array($0.trimmingSpaces.utf8) }
    private static let theBytes = Array("the".utf8)
    private static let placeBytes = placeWords.map { Array($0.utf8) }
    private static let basedBytes = Array("based".utf8)
    private static let ourBytes = ourWords.map { Array($0.utf8) }
    private static let qualifierBytes = townQualifiers.map { Array($0.utf8) }
    /// The bytes those words begin with, in either case.
    private static let firstBytes: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for w in placeBytes + ourBytes + ofBytes {
            table[Int(w[0])] = true
            if w[0] >= 0x61 && w[0] <= 0x7A { table[Int(w[0] - 0x20)] = true }
        }
        return table
    }()

    /// The known town the first university a text names holds, in the six languages: "Boston University",
    /// "University of Copenhagen", "Universität Leipzig", "Université de Lyon", "Universiteit Utrecht",
    /// "Università di Bologna", "Universidad de Sevilla"; or a university's short name before its town, as
    /// universities write it ("TU Dresden", "KU Leuven", "Hochschule München", "Politecnico di Milano").
    static func ofUniversity(in text: String) -> String? {
        guard text.containsBytes("niversit") || universityNeedles.matches(text) != 0 else { return nil }
        let words = text.prefix(20_000).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
            .map { String($0).trimmingCharacters(in: ".,;:!?()\"'") }
        for (i, w) in words.enumerated() where universityWords.contains(w) {
            // "Boston University": the town before it
            if w == "University", i > 0, Cities.contains(words[i - 1]) { return words[i - 1] }
            // "University of Copenhagen", "Université de Lyon", "Universität Leipzig": the town after it (and its article)
            var k = i + 1
            if k < words.count, ["of", "de", "di", "van", "du", "della"].contains(words[k]) { k += 1 }
            guard k < words.count, words[k].first?.isUppercase == true else { continue }
            if k + 1 < words.count, Cities.contains(words[k] + " " + words[k + 1]) { return words[k] + " " + words[k + 1] }
            if Cities.contains(words[k]) { return words[k] }
        }
        return nil
    }
    static let universityWords: Set<String> = ["University", "Universität", "Université", "Universiteit", "Università",
                                               "Universidad", "Universidade", "Uniwersytet", "Universitat",
                                               // the short names a town follows: a technical university's, a Catholic
                                               // one's, "Uni", a college of applied sciences', a polytechnic's
                                               "TU", "KU", "Uni", "Hochschule", "Fachhochschule", "Politecnico",
                                               "Polytechnique", "Politécnica"]
    /// (the short names, lower case as ByteNeedles takes them: a first look at the text)
    private static let universityNeedles = ByteNeedles(["tu ", "ku ", "uni ", "hochschule ", "politecnico ",
                                                        "polytechnique ", "politécnica "])

    /// Whether the words before "-based" name a place that bases a job, written as a name: a known town, a
    /// country, a US state, or one of `codes` ("US-based", "Berlin-based"; the text's towns take "US", "UK" and "EU"
    /// only, a title's all the regions boards write).
    static func basesJob(_ place: String, codes: Set<String>) -> Bool {
        place.first?.isUppercase == true
            && (Cities.contains(place) || isCountry(place) || usStates[place] != nil || codes.contains(place))
    }

    /// The known town the text names most often after a word of place, and
    /// how often; ties go to the first named. The text is read as bytes: only
    /// the words after a word of place become strings.
    /// A town the employer's own address gives (`favouring`, read only where the text names towns) wins over
    /// towns named as often.
    static func mentioned(in text: String, favouring address: (() -> String?)? = nil) -> (town: String, count: Int)? {
        var counts: [String: Int] = [:]
        var order: [String] = []
        var officeCountry: String?
        func count(_ place: String, _ weight: Int = 1) {
            if counts[place] == nil { order.append(place) }
            counts[place, default: 0] += weight
        }
        // the employer's town set off after its name in the sentence that seeks the role counts twice
        if let town = seekerTown(in: text) { count(town, 2) }
        var copy = text
        copy.withUTF8 { bytes in
            let n = bytes.count
            func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D }
            // the next `count` words after byte `i`, as strings (only after a word of place)
            func words(after i: Int, _ count: Int) -> [Substring] {
                var out: [Substring] = []
                var j = i
                while out.count < count {
                    while j < n, isSpace(bytes[j]) { j += 1 }
                    guard j < n else { break }
                    let start = j
                    while j < n, !isSpace(bytes[j]) { j += 1 }
                    out.append(Substring(decoding: UnsafeBufferPointer(rebasing: bytes[start..<j]), as: UTF8.self))
                }
                return out
            }
            var i = 0
            var previous = 0..<0
            while i < n {
                while i < n, isSpace(bytes[i]) { i += 1 }
                // (spaces that end the text end the reading: no word is left)
                guard i < n else { break }
                let start = i
                while i < n, !isSpace(bytes[i]) { i += 1 }
                defer { previous = start..<i }
                // "US-based", "Berlin-based": a place that bases the job ("an Experienced US-Based Project Manager")
                if i - start > 7, bytes[i - 6] == 0x2D, equalsLowered(UnsafeBufferPointer(rebasing: bytes[(i - 5)..<i]), basedBytes) {
                    let place = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<(i - 6)]), as: UTF8.self)
                    if basesJob(place, codes: ["US", "UK", "EU"]) { count(place) }
                    continue
                }
                // a known town alone in brackets: "in het midden van het land (Houten)", "our team (Leeds) builds …"
                if bytes[start] == 0x28, i - start >= 4 {
                    var close = start + 1
                    while close < i, bytes[close] != 0x29 { close += 1 }
                    var inside = String(decoding: UnsafeBufferPointer(rebasing: bytes[(start + 1)..<close]), as: UTF8.self)
                    // (a town of two words: "(Den Haag)"; a bracket that goes on past them holds more than a town:
                    // "(Berlin office opened in 2019)")
                    if close == i {
                        guard let next = words(after: i, 1).first, let end = next.firstIndex(of: ")") else { continue }
                        inside += " " + next[..<end]
                    }
                    // (a district in brackets after its town is no town of its own: "30171 Hannover (Südstadt)")
                    let townBefore = previous.count > 0 && Cities.contains(String(decoding: UnsafeBufferPointer(rebasing: bytes[previous]), as: UTF8.self))
                    if inside.first?.isUppercase == true, inside.contains(where: \.isLowercase), !townBefore, Cities.contains(inside) {
                        count(inside)
                    }
                    continue
                }
                // words of place are short and begin with few letters
                var end = i
                guard end - start <= 8, end > start, firstBytes[Int(bytes[start])] else { continue }
                // ("at the office in: Santiago")
                if bytes[end - 1] == 0x3A { end -= 1 }
                let w = UnsafeBufferPointer(rebasing: bytes[start..<end])
                // a place is a name: the next word begins with a capital (or a letter beyond ASCII), past a word
                // of the town's part or praise ("in downtown Denver", "in central London", "in beautiful Boise")
                var next = i
                while next < n, isSpace(bytes[next]) { next += 1 }
                // (two at most: "in beautiful downtown Boise")
                var nameAt = i
                for _ in 0..<2 where next < n && bytes[next] >= 0x61 && bytes[next] <= 0x7A {
                    var wordEnd = next
                    while wordEnd < n, !isSpace(bytes[wordEnd]) { wordEnd += 1 }
                    let word = UnsafeBufferPointer(rebasing: bytes[next..<wordEnd])
                    guard qualifierBytes.contains(where: { equalsLowered(word, $0) }) else { break }
                    nameAt = wordEnd
                    next = wordEnd
                    while next < n, isSpace(bytes[next]) { next += 1 }
                }
                guard next < n, bytes[next] >= 0x41 && bytes[next] <= 0x5A || bytes[next] >= 0xC3 else { continue }
                // the word before it, lower case, where it is short enough to be a word of the lists below
                let before = previous.count <= 16
                    ? String(decoding: UnsafeBufferPointer(rebasing: bytes[previous]), as: UTF8.self).lowercased() : ""
                // "the heart of Leeds"; the employer's office of a town, "notre agence de Lille", "la sede di Bologna"
                let of = ofBytes.contains(where: { equalsLowered(w, $0) }) && previous.count <= 16
                let heartOf = of && heartWords.contains(before)
                let officeOf = of && premisesWords.contains(before)
                // "Arbeitsort ist Köln Rodenkirchen", "The location is Leeds": a label's word said in a sentence
                if copulaBytes.contains(where: { equalsLowered(w, $0) }), sentenceLabels.contains(before) {
                    if let town = town(in: words(after: i, 5)) { count(town, 2) }
                    continue
                }
                // "in the Austin, TX area": a town the text bounds as an area
                if equalsLowered(w, theBytes), before == "in" {
                    let after = words(after: i, 5)
                    if after.prefix(4).contains(where: { areaWords.contains(Self.bare($0).lowercased()) }), let town = town(in: after) {
                        count(town)
                    }
                    continue
                }
                // (a capital "A" opens a Portuguese sentence with its article, no Italian place: "A Oliveira
                // Engenharia é uma empresa …")
                let article = end - start == 1 && bytes[start] == 0x41
                if heartOf || officeOf || !article && placeBytes.contains(where: { equalsLowered(w, $0) }) {
                    // (the employer's office named before it counts twice: "unseren Standort in München")
                    let office = premisesWords.contains(before)
                    // (a town that opens a list of towns names where the employer is, not the job: "présente à
                    // Lyon, Nantes, Marseille, …")
                    let after = words(after: nameAt, 5)
                    if let town = town(in: after), !Self.opensListOfTowns(after) {
                        // (a lower-case "a" is English's article too, before a name of more words than the town's: "You
                        // are a Mongo Hero", "as a Sales Manager"; Italian's "a Milano" names the town alone)
                        let n = town.spaceParts.count
                        // (a mark after the town ends the name: "è a Torino." / "Your role")
                        let englishArticle = end - start == 1 && bytes[start] == 0x61 && after.count > n
                            && after[n - 1].last?.isLetter == true && after[n].first?.isUppercase == true
                        if !englishArticle { count(town, office ? 2 : 1) }
                    }
                } else if ourBytes.contains(where: { equalsLowered(w, $0) }) {
                    // (the employer's own office counts twice, as "Standort in München" does)
                    // (a country's adjective, "our Belgian office", names the place only where no town is named)
                    if let office = officePlace(words(after: i, 5)) {
                        if let country = countryAdjectives[office] { officeCountry = officeCountry ?? country } else {
                            count(townOfAdjective(office) ?? office, 2)
                        }
                    }
                }
            }
        }
        // (the address decides only between towns named as often)
        var favoured: String?
        if !order.isEmpty, let address = address?().map(Words.normalized) {
            favoured = order.first(where: { address == Words.normalized($0) || address.hasSuffix(" " + Words.normalized($0)) })
        }
        var top: (town: String, count: Int)?
        for town in order {
            let c = counts[town, default: 0]
            if c > top?.count ?? 0 || (c == top?.count && town == favoured) { top = (town, c) }
        }
        return top ?? officeCountry.map { ($0, 1) }
    }

    /// A known town set off by commas after the employer's name, right before the verb that seeks the role:
    /// "The Computational Pathology Group of the Radboud University Medical Center, Nijmegen (The Netherlands),
    /// is seeking a Postdoctoral researcher", "Acme GmbH, München, sucht …". (Its country may follow it, in
    /// brackets or after a comma.)
    static func seekerTown(in text: String) -> String? {
        // (most texts hold none of the verbs: one pass over the bytes tells)
        let found = seekingNeedles.matches(text)
        guard found != 0 else { return nil }
        for (k, verb) in seekingVerbs.enumerated() where found & (1 << UInt64(k)) != 0 {
            var rest = text[...]
            while let r = rest.firstRange(of: verb) {
                defer { rest = rest[r.upperBound...] }
                let before = rest[..<r.lowerBound].suffix(80)
                var parts = before.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
                guard parts.count >= 2 else { continue }
                // ("Nijmegen, The Netherlands,": the country after the town)
                if parts.count >= 3, Location.isCountry(parts[parts.count - 1]) { parts.removeLast() }
                var town = parts[parts.count - 1]
                // ("Nijmegen (The Netherlands)": the country in brackets)
                if town.hasSuffix(")"), let open = town.byteRange(of: " (") { town = String(town[..<open.lowerBound]) }
                if town.first?.isUppercase == true, Cities.contains(town) { return town }
            }
        }
        return nil
    }
    /// The verbs that seek the role after the employer's name and its town, with the comma that closes them.
    static let seekingVerbs = [", is seeking ", ", is looking for ", ", seeks ", ", is hiring ", ", is recruiting ",
                               ", sucht ", ", recherche ", ", zoekt ", ", busca ", ", está buscando ", ", cerca ",
                               ", ricerca "]
    private static let seekingNeedles = ByteNeedles(seekingVerbs)

    /// Whether the words are a list of known towns: the first ends in a comma, and two of the next three
    /// are known towns ("Lyon, Nantes, Marseille, Toulouse").
    static func opensListOfTowns(_ words: [Substring]) -> Bool {
        guard let first = words.first, first.hasSuffix(",") else { return false }
        return words.dropFirst().prefix(3).filter { Cities.contains(bare($0)) }.count >= 2
    }

    /// Whether the bytes, ASCII letters lowered, are the word.
    private static func equalsLowered(_ w: UnsafeBufferPointer<UInt8>, _ word: [UInt8]) -> Bool {
        guard w.count == word.count else { return false }
        for (a, b) in zip(w, word) where (a >= 0x41 && a <= 0x5A ? a | 0x20 : a) != b { return false }
        return true
    }

    /// The longest run of up to three capitalised words that is a known town,
    /// written as a name is ("in APAC" names a region, not the town of Apac);
    /// or up to three capitalised words and a US state after a comma, known
    /// town or not ("in Troy, NY", "in Crystal Lake, Illinois").
    private static func town(in words: [Substring]) -> String? {
        var best: String?
        var phrase = ""
        // (a town of three words may join them with a small word: "Frankfurt am Main", "Alphen aan den Rijn")
        for (k, w) in words.prefix(4).enumerated() {
            if k > 0, k < 3, !phrase.isEmpty, LabelledLines.townParticles.contains(String(w)) {
                phrase += " " + w
                continue
            }
            guard let first = w.first, first.isUppercase else { break }
            // (an abbreviation that opens a town's name keeps its full stop, as the list writes it: "Ft. Lauderdale",
            // "St. Louis", "Mt. Vernon")
            let bare = k < 2 && townAbbreviations.contains(String(w)) ? w : Self.bare(w)
            // a town's district joined to it: "Frankfurt-Bornheim", "Berlin-Mitte", "Köln-Ehrenfeld"
            if k == 0, !Cities.contains(bare), let hyphen = bare.firstIndex(of: "-"), Cities.contains(bare[..<hyphen]),
               bare[bare.index(after: hyphen)...].first?.isUppercase == true {
                return String(bare)
            }
            // a town's German genitive before a noun: "im Team in Hannovers Südstadt", "in Berlins Mitte"
            // (not before a role: "a Sales Manager" names no Sale)
            if k == 0, bare.utf8.count == w.utf8.count, bare.hasSuffix("s"), !Cities.contains(bare),
               Cities.contains(bare.dropLast()), words.count > 1, words[1].first?.isUppercase == true,
               !PostingLabels.readsAsRole(String(words[1])) {
                return String(bare.dropLast())
            }
            phrase += phrase.isEmpty ? bare : " " + bare
            // a place the text bounds as one, known or not: "in Zernsdorf und Umgebung", "in Burdaard en omgeving"
            if k == 0, bare.utf8.count == w.utf8.count, words.count >= 3, let around = surroundings[words[1].lowercased()],
               Self.bare(words[2]).lowercased() == around {
                return String(bare)
            }
            if Cities.contains(phrase) { best = phrase }
            // a district and, in brackets, the town it is a part of: "in the heart of Fremont (Seattle, WA)",
            // "in Schwabing (München)": both, as written
            if best == phrase, bare.utf8.count == w.utf8.count, let town = bracketedTown(words.dropFirst(k + 1)) {
                return phrase + " (" + town + ")"
            }
            // a district and its town, the sentence ending there: "in Södermalm, Stockholm.", "in Kreuzberg, Berlin."
            if w.hasSuffix(","), best == phrase, let town = townEndingSentence(words.dropFirst(k + 1)) { return phrase + ", " + town }
            if w.hasSuffix(","), phrase.contains(where: \.isLowercase), let state = usState(words.dropFirst(k + 1)) {
                return phrase + ", " + state
            }
            // … or, a town unknown to the list, a country after it: "based in Herlev, Denmark", "in Wokingham, United
            // Kingdom" (not a list of countries: "in Spain, Italy"; a known town is read as itself)
            if w.hasSuffix(","), best == nil, phrase.contains(where: \.isLowercase), !Location.isCountry(phrase),
               let country = country(words.dropFirst(k + 1)) {
                return phrase + ", " + country
            }
            if bare.utf8.count != w.utf8.count { break }
        }
        guard let best, best.contains(where: \.isLowercase) else { return nil }
        return best
    }

    /// A known town, or a town and its US state, that the words open in brackets: "(Seattle, WA)", "(München)".
    private static func bracketedTown(_ words: ArraySlice<Substring>) -> String? {
        guard let first = words.first, first.hasPrefix("(") else { return nil }
        var inside: [Substring] = []
        for (k, w) in words.prefix(3).enumerated() {
            let word = k == 0 ? w.dropFirst() : w
            guard let close = word.firstIndex(of: ")") else { inside.append(word); continue }
            inside.append(word[..<close])
            let name = inside.joined(separator: " ")
            if Cities.contains(name) { return name }
            guard inside.count >= 2, inside[inside.count - 2].hasSuffix(","),
                  let state = usState(inside.suffix(1)), state.utf8.count == inside.last!.utf8.count else { return nil }
            let town = inside.dropLast().joined(separator: " ").dropLast()
            return town.first?.isUppercase == true ? town + ", " + state : nil
        }
        return nil
    }

    /// A known town of one or two words that ends its sentence ("Stockholm.", "Den Haag."), or nil.
    private static func townEndingSentence(_ words: ArraySlice<Substring>) -> String? {
        var name = ""
        for w in words.prefix(2) {
            guard w.first?.isUppercase == true else { return nil }
            let bare = Self.bare(w)
            name += name.isEmpty ? bare : " " + bare
            if bare.utf8.count != w.utf8.count {
                return w.dropFirst(bare.count).first.map { ".!;".contains($0) } == true && Cities.contains(name) ? name : nil
            }
        }
        return nil
    }

    /// The town a municipality's name names: "Stadt Leipzig", "Landeshauptstadt München", "City of Austin",
    /// "Ville de Lyon", "Gemeente Utrecht", "Comune di Bologna", "Ayuntamiento de Madrid".
    static func ofMunicipality(_ name: String) -> String? {
        for head in municipalityHeads where name.hasPrefix(head) {
            let town = String(name.dropFirst(head.count)).trimmingSpaces
            guard let first = town.first, first.isUppercase, town.spaceParts.count <= 3 else { continue }
            return town
        }
        return nil
    }
    /// The known town a name of several words ends in, failing a municipality's: "TU Chemnitz",
    /// "Universität Hamburg", "Brasserie Classen Arnhem".
    static func ofEmployer(_ name: String) -> String? {
        if let town = ofMunicipality(name) { return town }
        let words = name.spaceParts
        guard words.count >= 2, let last = words.last, last.first?.isUppercase == true, Cities.contains(last) else { return nil }
        return String(last)
    }
    static let municipalityHeads = ["Stadt ", "Stadtverwaltung ", "Landeshauptstadt ", "Hansestadt ", "Universitätsstadt ",
                                    "Gemeinde ", "Marktgemeinde ", "Markt ", "Landkreis ", "Kreis ", "Bezirksamt ",
                                    "City of ", "Town of ", "County of ", "Borough of ", "Municipality of ",
                                    "Ville de ", "Ville d'", "Commune de ", "Mairie de ", "Ayuntamiento de ", "Comune di ",
                                    "Città di ", "Gemeente ", "Stad "]

    /// "and surroundings" after a place, in the languages read here: the joining word, then the noun.
    static let surroundings: [String: String] = ["und": "umgebung", "&": "umgebung", "en": "omgeving", "e": "dintorni",
                                                 "and": "surroundings", "et": "environs", "y": "alrededores"]

    /// Abbreviations that open towns' names, with the full stop that the town list keeps.
    static let townAbbreviations: Set<String> = ["Ft.", "St.", "Mt.", "Pt.", "Ste."]
    /// A word without the punctuation that follows it ("Leeds," → "Leeds").
    static func bare(_ word: Substring) -> Substring {
        word.prefix { !".,;:!?)»\"'".contains($0) }
    }

    /// The country the words begin with, by its name of up to three words ("Denmark", "United Kingdom"), or nil.
    static func country(_ words: ArraySlice<Substring>) -> String? {
        var name = ""
        for w in words.prefix(3) {
            guard w.first?.isUppercase == true else { return nil }
            let bare = Self.bare(w)
            name += name.isEmpty ? bare : " " + bare
            if Location.isCountry(name) { return name }
            if bare.utf8.count != w.utf8.count { return nil }
        }
        return nil
    }

    /// The US state the words begin with, by its code or its name of one or
    /// two words, as written ("NY", "Illinois", "New York").
    private static func usState(_ words: ArraySlice<Substring>) -> String? {
        let bare = words.prefix(2).map(Self.bare)
        guard let first = bare.first else { return nil }
        if first.utf8.count == 2, usStateCodes.contains(String(first)) { return String(first) }
        if bare.count == 2, usStates[bare[0] + " " + bare[1]] != nil { return bare[0] + " " + bare[1] }
        return usStates[String(first)] != nil ? String(first) : nil
    }

    /// The town a German adjective of place names ("Hamburger Standort",
    /// "Münchner Büro", "Dresdner Niederlassung"), if it is a known town.
    static func townOfAdjective(_ word: String) -> String? {
        guard word.hasSuffix("er"), !word.contains(" "), !Cities.contains(word) else { return nil }
        let stem = word.dropLast(2)
        return [String(stem), stem + "en", stem.dropLast() + "en"].first { $0.count >= 3 && Cities.contains($0) }
    }

    /// Countries by the English adjective an office takes from them ("our Belgian office"), for the
    /// countries of the EU and EFTA, the UK and the job markets postings most often name.
    static let countryAdjectives = [
        "Austrian": "Austria", "Belgian": "Belgium", "Bulgarian": "Bulgaria", "Croatian": "Croatia", "Cypriot": "Cyprus",
        "Czech": "Czechia", "Danish": "Denmark", "Estonian": "Estonia", "Finnish": "Finland", "French": "France",
        "German": "Germany", "Greek": "Greece", "Hungarian": "Hungary", "Irish": "Ireland", "Italian": "Italy",
        "Latvian": "Latvia", "Lithuanian": "Lithuania", "Maltese": "Malta", "Dutch": "Netherlands", "Polish": "Poland",
        "Portuguese": "Portugal", "Romanian": "Romania", "Slovak": "Slovakia", "Slovenian": "Slovenia", "Spanish": "Spain",
        "Swedish": "Sweden", "Icelandic": "Iceland", "Norwegian": "Norway", "Swiss": "Switzerland", "British": "United Kingdom",
        "American": "United States", "Canadian": "Canada", "Mexican": "Mexico", "Brazilian": "Brazil", "Argentinian": "Argentina",
        "Chilean": "Chile", "Colombian": "Colombia", "Australian": "Australia", "Indian": "India", "Japanese": "Japan",
        "Chinese": "China", "Singaporean": "Singapore", "Israeli": "Israel", "Turkish": "Turkey", "Ukrainian": "Ukraine",
        "Serbian": "Serbia", "Egyptian": "Egypt", "Nigerian": "Nigeria", "Kenyan": "Kenya", "South African": "South Africa",
    ]

    /// The place in "our Portland, OR office", "our London offices": up to four
    /// capitalised words (a state code after a comma among them) right before
    /// a word for an office, any place, known town or not.
    private static func officePlace(_ words: [Substring]) -> String? {
        var parts: [Substring] = []
        for w in words {
            let bare = Self.bare(w)
            if !parts.isEmpty, premisesWords.contains(bare.lowercased()) {
                guard parts.count <= 4 else { return nil }
                // ("our Portland, OR, office": the comma that closes the region is no part of it)
                var place = parts.joined(separator: " ")
                if place.hasSuffix(",") { place.removeLast() }
                // a known town, a town and its region ("Portland, OR"), a town's adjective ("Hamburger") or a
                // country's ("Belgian"); not an office's kind ("our International Office", "our Head Office")
                return Cities.contains(place) || place.contains(",") || townOfAdjective(place) != nil
                    || countryAdjectives[place] != nil ? place : nil
            }
            guard let first = w.first, first.isUppercase, bare.contains(where: \.isLowercase) || bare.utf8.count == 2 else { return nil }
            parts.append(w.hasSuffix(",") ? w : bare)
            if bare.utf8.count != w.utf8.count, !w.hasSuffix(",") { return nil }
        }
        return nil
    }
}
