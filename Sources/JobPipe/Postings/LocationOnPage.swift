/// A posting's location as the page itself shows it. Structured data is a
/// machine's form of the address ("New York", "New York", "USA"); the page
/// header is how the employer wants it read ("New York, NY"). When a page line
/// says the same place in no more words than the structured address, the
/// page's way of writing it wins.
extension Location {
    /// US states and DC by name, to their USPS codes.
    static let usStates: [String: String] = [
        "Alabama": "AL", "Alaska": "AK", "Arizona": "AZ", "Arkansas": "AR", "California": "CA", "Colorado": "CO",
        "Connecticut": "CT", "Delaware": "DE", "District of Columbia": "DC", "Florida": "FL", "Georgia": "GA",
        "Hawaii": "HI", "Idaho": "ID", "Illinois": "IL", "Indiana": "IN", "Iowa": "IA", "Kansas": "KS",
        "Kentucky": "KY", "Louisiana": "LA", "Maine": "ME", "Maryland": "MD", "Massachusetts": "MA",
        "Michigan": "MI", "Minnesota": "MN", "Mississippi": "MS", "Missouri": "MO", "Montana": "MT",
        "Nebraska": "NE", "Nevada": "NV", "New Hampshire": "NH", "New Jersey": "NJ", "New Mexico": "NM",
        "New York": "NY", "North Carolina": "NC", "North Dakota": "ND", "Ohio": "OH", "Oklahoma": "OK",
        "Oregon": "OR", "Pennsylvania": "PA", "Rhode Island": "RI", "South Carolina": "SC", "South Dakota": "SD",
        "Tennessee": "TN", "Texas": "TX", "Utah": "UT", "Vermont": "VT", "Virginia": "VA", "Washington": "WA",
        "West Virginia": "WV", "Wisconsin": "WI", "Wyoming": "WY",
    ]
    static let usStateCodes = Set(usStates.values)
    /// The codes of Brazil's states (unidades federativas), as addresses write them after the town: "Campinas/SP".
    static let brazilianStateCodes: Set<String> = ["AC", "AL", "AP", "AM", "BA", "CE", "DF", "ES", "GO", "MA", "MT", "MS", "MG",
                                                   "PA", "PB", "PR", "PE", "PI", "RJ", "RN", "RS", "RO", "RR", "SC", "SP",
                                                   "SE", "TO"]

    /// The page's form of a single structured location: the labelled
    /// location first, then the first short text line, that names the
    /// structured locality, says something beside it, and uses no word the
    /// structured address (with state and country names and codes as
    /// equivalents) does not.
    static func asWrittenOnPage(_ structured: String, labelled: String?, lines: [String]) -> String? {
        guard !structured.contains(";"), let locality = structured.split(separator: ",").first else { return nil }
        let known = equivalentWords(structured)
        let localityWords = words(String(locality))
        // (a French town's département by its number, as France writes it after the town: "Toulouse - 31", "Lyon (69)")
        let french = structured.hasSuffix("France") || structured.hasSuffix(", FR")
        let isCode = { (w: String) in
            Self.isPostcodeWord(w) || french && w.utf8.count == 2 && w.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        }
        // A line qualifies only if it holds a word of the locality: a byte
        // search rules most lines out before they are split into words.
        let needles = localityWords.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } } ? localityWords.map { Array($0.utf8) } : nil
        var lower: [UInt8] = []
        // the page's labelled place that names the markup's town is the place as the page writes it, street and all
        // ("Work Location: Finch Yard, 1026 Finch Avenue West, Toronto, M3J 2E1")
        if let labelled, labelled.utf8.count <= 100 {
            let shown = tidied(labelled)
            if !shown.contains(";"), !words(shown).isDisjoint(with: localityWords), words(shown).count > localityWords.count { return shown }
        }
        for candidate in [labelled].compactMap({ $0 }) + lines.prefix(200).filter({ $0.utf8.count <= 60 }) {
            if let needles {
                lower.removeAll(keepingCapacity: true)
                lower.append(contentsOf: candidate.utf8.lazy.map(lowerASCII))
                if !lower.withUnsafeBufferPointer({ l in needles.contains { bytesFind(l, $0) != nil } }) { continue }
            }
            let shown = tidied(candidate)
            // each fact of the line ("San Francisco, CA · Full-time · Engineering", "Berlin, Deutschland | Vollzeit")
            let facts = Self.facts(of: shown)
            for fact in facts {
                // the fact, or its end past other facts ("NVIDIA, Courbevoie, FR": a list of spans; "QUAJOO GmbH –
                // Leipzig, Deutschland": the employer, a dash, the place)
                var part = fact
                while true {
                    let w = words(String(part))
                    // (a postcode the page writes with the town is the page's, though the markup's place leaves it out:
                    // "47169 Duisburg", "Toulouse - 31")
                    if !w.isEmpty, w.allSatisfy({ known.contains($0) || isCode($0) }), !w.isDisjoint(with: localityWords),
                       !w.isSubset(of: localityWords) {
                        // (a list of places is the page's place, all of it: "New York, NY; San Francisco, CA")
                        let others = facts.filter { $0 != fact }
                        if part == fact, !others.isEmpty, others.allSatisfy({ Cities.contains(String($0)) || LabelledLines.place(String($0)) != nil }) {
                            return shown
                        }
                        return String(part).trimmingSpaces
                    }
                    guard let cut = part.indices.first(where: { k in
                        part[k] == "," || "–—-/·".contains(part[k]) && k > part.startIndex && part[part.index(before: k)] == " "
                    }) else { break }
                    part = part[part.index(after: cut)...].drop(while: { $0 == " " })
                }
            }
        }
        // (the markup's own words again are no other form: "Austin, TX" in "Austin, TX, Round Rock")
        return withRegionInLine(String(locality).trimmingSpaces, known: known, lines: lines).flatMap { $0 == structured ? nil : $0 }
    }

    /// The markup's place without the region codes the page never writes, which are the markup's shorthand for
    /// a name the page spells out ("Amsterdam, NH" where the page writes "Amsterdam, Noord-Holland"): a part of
    /// two or three capitals that is no country's code, in a country whose readers do not write its states' codes
    /// (`stateCodeCountries`; a town and a code alone, "Austin, TX", is of those). Nil when there is none to drop.
    static func withoutUnwrittenCodes(_ structured: String, lines: [String]) -> String? {
        guard !structured.contains(";") else { return nil }
        let parts = structured.split(separator: ",").map { String($0).trimmingSpaces }
        guard parts.count >= 3, let country = parts.last,
              !stateCodeCountries.contains(where: { countries[$0] == country || $0 == country }) else { return nil }
        let isCode = { (p: String) in
            (2...3).contains(p.utf8.count) && p.utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A } && countries[p] == nil
        }
        guard parts.dropFirst().dropLast().contains(where: isCode) else { return nil }
        let kept = parts.enumerated().filter { i, p in
            i == 0 || !isCode(p) || lines.contains { line in line.spaceParts.contains { String($0).trimmingCharacters(in: ",.()") == p } }
        }.map(\.element)
        return kept.count == parts.count ? nil : kept.joined(separator: ", ")
    }

    /// The markup's town as a longer line of the page writes it, with the region or country the page puts right
    /// after it: "Join our team in San Francisco, CA 94105 today" gives "San Francisco, CA" for the markup's
    /// "San Francisco, California, United States". Only words the markup's address knows (with its codes and
    /// other names) are taken, up to the first other one.
    static func withRegionInLine(_ town: String, known: Set<String>, lines: [String]) -> String? {
        let townWords = words(town)
        for line in lines.prefix(400) where line.utf8.count <= 400 {
            guard let r = line.byteRange(of: town + ", ") else { continue }
            var end = r.lowerBound
            var tail = line[r.upperBound...]
            // the known words after it, one by one, each past its comma or space
            while let word = tail.split(separator: " ", maxSplits: 1).first {
                let trailing = word.reversed().prefix { ",.;:)".contains($0) }.count
                let bare = word.dropLast(trailing)
                guard !bare.isEmpty, known.contains(bare.lowercased()), !townWords.contains(bare.lowercased()) else { break }
                end = line.index(tail.startIndex, offsetBy: bare.count)
                if trailing > 0, word.last != "," { break }
                tail = tail.dropFirst(word.count).drop(while: { $0 == " " })
            }
            if end > r.lowerBound { return String(line[r.lowerBound..<end]).trimmingSpaces }
        }
        return nil
    }

    /// The facts of a line between the marks of a header's facts (`LabelledLines.isFactSeparator`: bars, dots,
    /// bullets) and semicolons: "San Francisco, CA · Full-time" is "San Francisco, CA" and "Full-time".
    static func facts(of line: String) -> [Substring] {
        line.splitScalars(whereSeparator: { $0 == ";" || LabelledLines.isFactSeparator($0) })
            .map { Substring($0.trimmingSpaces) }.filter { !$0.isEmpty }
    }

    /// A location as written on a page, tidied: parenthetical notes dropped
    /// ("New York, NY (HQ)"), but not a country in brackets ("Vienna (AT)") nor a place after the way of
    /// working ("Hybrid (Boston, MA)"), and a
    /// comma before a trailing US state code ("Kirkland WA").
    /// Words that bound a country or a region in a place's brackets: "(within Europe)", "(anywhere in the US)".
    static let areaBounds = ["within ", "anywhere in the ", "anywhere in ", "in the ", "in ", "only ", "innerhalb ", "dans toute l'",
                             "en ", "dentro de ", "binnen "]

    static func tidied(_ s: String) -> String {
        var out = ""
        var depth = 0
        var note = ""
        for c in s {
            if c == "(" {
                depth += 1
            } else if c == ")", depth > 0 {
                depth -= 1
                // a country or its code in brackets is part of the place: "Vienna (AT)", "Porto (Portugal)"
                // (alone, it is the place itself: "(United States)")
                // (and a known town in brackets, the part of the place it is: "Brussel (Schaarbeek)")
                // (and a place after the way of working, where it is done: "Hybrid (Boston, MA)", "Home Office (Temple, TX)")
                // (a country or a region after a word that bounds it, as written: "Remote (within Europe)")
                let bounded = areaBounds.first { note.lowercased().startsWithBytes($0) }.map { String(note.dropFirst($0.count)) }
                if depth == 0, isCountry(note) || countries[note] != nil || usStateCodes.contains(note) || isRegion(note)
                    || Cities.contains(note) || WorkArrangement.stated(out.trimmingSpaces) != nil && LabelledLines.isPlaceName(note)
                    || bounded.map({ isCountry($0) || countries[$0] != nil || isRegion($0) }) == true {
                    out += out.contains(where: \.isLetter) ? "(" + note + ")" : note
                }
                note = ""
            } else if depth == 0 {
                out.append(c)
            } else {
                note.append(c)
            }
        }
        var parts = out.split(separator: ";").map { String($0).spaceParts.joined(separator: " ") }
        for (i, part) in parts.enumerated() {
            // a place's parts are names: "Remote, United States, preferably EST or CST time zones" ends at the comment
            let commas = part.split(separator: ",", omittingEmptySubsequences: false)
            if commas.count > 1, let cut = commas.dropFirst().firstIndex(where: { c in
                c.trimmingSpaces.first?.isLowercase == true && c.spaceParts.count >= 3
            }) {
                parts[i] = commas[..<cut].joined(separator: ",")
            }
            parts[i] = withoutArrangement(parts[i])
            var tokens = parts[i].spaceParts
            // (after a word only: "Austin – TX" stays as written)
            // (nor after a word of the arrangement: "Remote OK" says remote is fine, not Oklahoma)
            guard tokens.count >= 2, let last = tokens.last, usStateCodes.contains(String(last)),
                  tokens[tokens.count - 2].last.map({ $0.isLetter || $0.isNumber || $0 == "." }) == true,
                  WorkArrangement.stated(tokens.dropLast().joined(separator: " ")) == nil else { continue }
            tokens[tokens.count - 2] += ","
            parts[i] = tokens.joined(separator: " ")
        }
        return parts.filter { !$0.isEmpty }.joined(separator: "; ")
    }

    /// A place without the arrangement written after it, or hybrid or on-site work before it, and without a
    /// separator or full stop left at either end: "Hyderabad / Remote", "California · On-site", "Stuttgart oder remote",
    /// "Hybrid - Berlin", ", Fribourg".
    static func withoutArrangement(_ place: String) -> String {
        var p = place.trimmingCharacters(in: separators)
        // (nor the full stop of a sentence: "Place of work: Rotterdam." but "Washington, D.C.", "Mt.")
        if p.utf8.last == 0x2E, let word = p.spaceParts.last, word.utf8.count >= 4, word.dropLast().allSatisfy({ $0 != "." }) {
            p = String(p.dropLast()).trimmingCharacters(in: separators)
        }
        // (or before it, hybrid or on-site: "Hybrid - Berlin", "On-site · Paris"; remote work before a place says
        // where it is done from, "Remote - US", and stays)
        // (… the place in brackets: "Hybrid (Boston, MA)", "On-site (Paris)")
        if p.utf8.last == 0x29, let open = p.byteRange(of: " ("), open.lowerBound > p.startIndex,
           let w = WorkArrangement.stated(String(p[..<open.lowerBound]).trimmingSpaces), w != .remote,
           case let inside = String(p[open.upperBound..<p.index(before: p.endIndex)]).trimmingSpaces,
           LabelledLines.isPlaceName(inside) {
            return inside
        }
        if let r = arrangementSeparators.compactMap({ p.byteRange(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }),
           r.lowerBound > p.startIndex, r.upperBound < p.endIndex,
           let w = WorkArrangement.stated(String(p[..<r.lowerBound]).trimmingSpaces), w != .remote,
           WorkArrangement.stated(String(p[r.upperBound...]).trimmingSpaces) == nil {
            p = String(p[r.upperBound...]).trimmingCharacters(in: separators)
        }
        // (behind its mark too: "München · 🏠 Hybrid")
        while let r = arrangementSeparators.compactMap({ p.lastByteRange(of: $0) }).max(by: { $0.lowerBound < $1.lowerBound }),
              r.lowerBound > p.startIndex, WorkArrangement.stated(unmarked(p[r.upperBound...])) != nil {
            p = String(p[..<r.lowerBound]).trimmingCharacters(in: separators)
        }
        // (or its word and the region it is done from, in brackets: "Dublin or Remote (Ireland)")
        if let r = arrangementJoiners.compactMap({ p.lastByteRange(of: $0) }).max(by: { $0.lowerBound < $1.lowerBound }),
           r.lowerBound > p.startIndex, case let tail = p[r.upperBound...].trimmingSpaces,
           !tail.contains(" ") || tail.hasSuffix(")") && tail.spaceParts.count <= 3,
           WorkArrangement.stated(tail) != nil {
            p = String(p[..<r.lowerBound]).trimmingCharacters(in: separators)
        }
        // a known place, a dash, and a phrase of where the work is done ("Westerstede – Büro, Außendienst und bis
        // zu 70 % Remote.", "Lyon - 2 jours de télétravail par semaine")
        if let r = [" – ", " — ", " - "].lazy.compactMap({ p.byteRange(of: $0) }).first, r.lowerBound > p.startIndex,
           case let head = String(p[..<r.lowerBound]).trimmingSpaces, Cities.contains(head) || LabelledLines.place(head) != nil,
           WorkArrangement.inText(String(p[r.upperBound...])) != nil {
            p = head
        }
        return p
    }

    static let arrangementSeparators = [" / ", " · ", " | ", " - ", " – ", ", "]
    /// A fact without the mark before it ("🏠 Hybrid", "• Remote"), trimmed.
    static func unmarked(_ fact: Substring) -> String {
        String(fact.dropFirst(LabelledLines.leadingMark(fact).count)).trimmingSpaces
    }
    /// Whether a name is a continent's or a region's that remote work is done from ("Europe", "EMEA", "LATAM").
    static func isRegion(_ name: String) -> Bool { regions.contains(name) || LabelledLines.regionCodes.contains(name) }
    static let regions: Set<String> = ["Europe", "Asia", "Africa", "Oceania", "North America", "South America", "Latin America",
                                       "Central America", "Americas", "the Americas", "Middle East", "Asia Pacific", "Nordics",
                                       "Scandinavia", "Europa", "Amérique du Nord", "América Latina", "Lateinamerika", "Nordamerika"]
    /// The words for "or" and "and" of the six languages, before an arrangement's one word ("Stuttgart oder
    /// remote", "London and Remote"; "Boston (hybrid) or remote US" names a region after it, and stays).
    static let arrangementJoiners = [" or ", " oder ", " ou ", " o ", " of ", " and ", " und ", " et ", " y ", " en ", " & "]
    static let separators = ",;/·|-–— "

    /// Whether the page's lines name the address's town (its first part) anywhere.
    static func named(_ address: String, in lines: [String]) -> Bool {
        guard let town = address.split(separator: ",").first?.trimmingSpaces, !town.isEmpty else { return false }
        let n = Words.normalized(town)
        return lines.contains { $0.contains(town) || Words.contains(Words.normalized($0), n) }
    }

    /// Whether every part of an address is a country, a US state or a region: a place with no town
    /// ("Germany", "California, United States", "Europe").
    static func isOnlyCountryOrRegion(_ address: String) -> Bool {
        let parts = address.split(separator: ",").map { String($0).trimmingSpaces }
        return !parts.isEmpty && parts.allSatisfy { part in
            isCountry(part) || countries[part] != nil || usStates[part] != nil || usStateCodes.contains(part) || isRegion(part)
                || Regions.isEnd(part)
        }
    }

    /// Lower-case words of the address, with each state's and country's other name added.
    static func equivalentWords(_ address: String) -> Set<String> {
        var out = words(address)
        for part in address.split(separator: ",").map({ String($0).trimmingSpaces }) {
            if let code = usStates[part] { out.formUnion(words(code)) }
            if let name = usStates.first(where: { $0.value == part })?.key { out.formUnion(words(name)) }
            if let name = countries[part] { out.formUnion(words(name)) }
            for (code, name) in countries where name == part { out.formUnion(words(code)) }
            for name in countryNames[countries[part] ?? part] ?? [] { out.formUnion(words(name)) }
        }
        return out
    }

    /// Four or five digits: a postcode's word.
    static func isPostcodeWord(_ w: String) -> Bool { (4...5).contains(w.utf8.count) && w.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }

    /// Lower-case runs of letters and digits.
    static func words(_ s: String) -> Set<String> {
        Set(s.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init))
    }
}
