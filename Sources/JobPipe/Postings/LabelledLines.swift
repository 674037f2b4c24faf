/// "Label: value" and "Label" / "value" pairs in a page's text lines.
struct LabelledLines {
    let lines: [String]
    /// For each line that could be a label ("Location", "Location:") or a
    /// "Label: value" line: its lower-cased text before the first ":", and
    /// whether anything follows the label. Lines over 200 bytes, and lines
    /// whose first 32 bytes hold no ":", are not labels (no label is that long).
    private let heads: [(label: String, valueFollows: Bool)?]

    init(lines: [String]) {
        // (most pages have no line of several facts: their lines are kept as they are)
        var facts = lines.contains(where: { Self.facts($0).count > 1 }) ? lines.flatMap(Self.facts) : lines
        for i in facts.indices {
            if let bare = Self.unmarked(facts[i]) ?? Self.dashedLabel(facts[i]) ?? Self.spacedPlaceLabel(facts[i]) { facts[i] = bare }
        }
        self.lines = facts
        heads = facts.map(Self.head)
        workplaceLine = Self.statement(in: facts)
    }

    /// A line of facts, each labelled, read as one line each:
    /// "Beginn: nach Absprache | Arbeitsort: Landkreis Meißen".
    private static func facts(_ line: String) -> [String] {
        guard line.utf8.count <= 400, line.firstByteOffset(where: { $0 == 0x3A }) != nil else { return [line] }
        // (a paragraph's last sentence may be a place's label: "… aber keine Pflicht. Einsatzgebiet: Köln, Bonn")
        guard line.utf8.count <= 200 else { return labelledTail(line) ?? [line] }
        if line.firstByteOffset(where: { $0 == 0x7C || $0 == 0xC2 || $0 == 0xE2 }) != nil {
            for sep in [" | ", " · ", " • "] where line.containsBytes(sep) {
                let parts = line.splitBytes(sep).map(\.trimmingSpaces)
                if parts.count >= 2, parts.allSatisfy({ p in p.utf8.prefix(33).contains(0x3A) && !p.hasSuffix(":") }) { return parts }
            }
        }
        return labelsInARow(line) ?? labelledTail(line) ?? [line]
    }

    /// A label of the place, the employer or the title after a dash or a bar that ends the line's other words, and
    /// its value to the line's end: "for Acme Foundation - Location: Boston / Remote" is "for Acme Foundation" and
    /// "Location: Boston / Remote".
    private static func labelledTail(_ line: String) -> [String]? {
        // (a label's colon has a space after it, not a gender form's: "Physiotherapeut:innen … Einsatzgebiet: Köln")
        guard let colon = line.byteRange(of: ": ")?.lowerBound else { return nil }
        let before = String(line[..<colon])
        guard let sep = [" - ", " – ", " — ", " | ", ". "].compactMap({ before.lastByteRange(of: $0) }).max(by: { $0.lowerBound < $1.lowerBound }),
              sep.lowerBound > before.startIndex else { return nil }
        let label = before[sep.upperBound...].trimmingSpaces.lowercased()
        // (after a sentence's full stop, only a place's label: "… keine Pflicht. Einsatzgebiet: Köln, Bonn")
        let afterSentence = before[sep].hasPrefix(".")
        guard PostingLabels.location.contains(label)
                || !afterSentence && (PostingLabels.company.contains(label) || PostingLabels.title.contains(label)),
              case let value = line[line.index(after: colon)...].trimmingSpaces, !value.isEmpty else { return nil }
        return [before[..<sep.lowerBound].trimmingSpaces, String(line[sep.upperBound...]).trimmingSpaces]
    }

    /// Labels one after another with only spaces between, as old boards set their facts
    /// ("Posted: 03/14/2011  Location: Atlanta, GA", "City: Phoenix State: AZ"): the line cut before each
    /// known label of one to three words (the longest) that a colon and a space follow, past the first.
    private static func labelsInARow(_ line: String) -> [String]? {
        let b = Array(line.utf8)
        guard let first = b.prefix(33).firstIndex(of: 0x3A), first + 1 < b.count, b[first + 1] == 0x20 else { return nil }
        var cuts: [Int] = []
        var lastColon = first
        var i = first + 2
        while i + 1 < b.count {
            defer { i += 1 }
            guard b[i] == 0x3A, b[i + 1] == 0x20 else { continue }
            // the starts of the one, two and three words before the colon, all after the last label's value began
            var starts: [Int] = []
            var s = i
            while starts.count < 3 {
                while s > 0, b[s - 1] != 0x20 { s -= 1 }
                guard s > lastColon + 2, s < i else { break }
                starts.append(s)
                while s > 0, b[s - 1] == 0x20 { s -= 1 }
            }
            if let cut = starts.reversed().first(where: { start in
                let label = String(decoding: b[start..<i], as: UTF8.self).lowercased()
                return PostingLabels.isLabel(label) || PostingLabels.factWords.contains(label) || PostingLabels.rowLabels.contains(label)
            }) {
                cuts.append(cut)
                lastColon = i
            }
        }
        guard !cuts.isEmpty else { return nil }
        var parts: [String] = []
        var from = 0
        for cut in cuts + [b.count] {
            let part = String(decoding: b[from..<cut], as: UTF8.self).trimmingSpaces
            guard !part.isEmpty, !part.hasSuffix(":") || cut == b.count else { return nil }
            parts.append(part)
            from = cut
        }
        return parts
    }

    /// A label and its value with a dash between, as lists of facts write them ("Location - Leeds",
    /// "Company – Acme Ltd"): the line as "Label: value". Only a label of a title, an employer or a place is
    /// changed.
    static func dashedLabel(_ line: String) -> String? {
        // (a dash that ends a label stands in the first 35 bytes, after a space: most lines have none there)
        let dashNear = line.utf8.withContiguousStorageIfAvailable { b in
            (0..<max(0, min(b.count, 35) - 1)).contains { b[$0] == 0x20 && (b[$0 + 1] == 0x2D || b[$0 + 1] == 0xE2) }
        } ?? true
        guard line.utf8.count <= 200, dashNear,
              let dash = [" - ", " – ", " — "].lazy.compactMap({ line.byteRange(of: $0) }).first,
              line.utf8.distance(from: line.startIndex, to: dash.lowerBound) <= 32 else { return nil }
        let label = String(line[..<dash.lowerBound]), value = String(line[dash.upperBound...]).trimmingSpaces
        // (a label is capitalised, its value short: "organization — and began a crackdown. But …" is a sentence's rest)
        // (not a word of the arrangement, which is a value of its own: "Remote - United States")
        let key = label.lowercased().trimmingSpaces
        guard label.first?.isUppercase == true, !value.isEmpty, value.utf8.count <= 80, !value.containsBytes(". "),
              PostingLabels.title.contains(key) || PostingLabels.company.contains(key) || PostingLabels.location.contains(key),
              WorkArrangement.stated(label) == nil else { return nil }
        return label + ": " + value
    }

    /// A place label with no colon, a space between it and its place, as a label set in bold reads
    /// ("Standort München · Vollzeit", "Location London, UK", "Standplaats Doetinchem | 32 uur"), or a comma
    /// ("Location, Bangalore"): the line with the colon. Only a label that is no ordinary word (not "Office",
    /// "Site") and a value whose first part is a known town or reads as a place.
    static func spacedPlaceLabel(_ line: String) -> String? {
        guard line.utf8.count <= 120, let f = line.utf8.first, f >= 0x41 && f <= 0x5A,
              !line.utf8.prefix(30).contains(0x3A) else { return nil }
        // (most lines begin with no label's first word: it tells, before the line is split into words)
        guard let space = line.utf8.prefix(20).firstIndex(of: 0x20),
              case let start = line[..<space], spacedLabelStarts.contains(String(start.hasSuffix(",") ? start.dropLast() : start).lowercased())
        else { return nil }
        let words = line.spaceParts
        guard words.count >= 2 else { return nil }
        for n in stride(from: min(3, words.count - 1), through: 1, by: -1) {
            // (a comma may end the label: "Location, Bangalore"; one inside it ends none)
            guard !words.prefix(n - 1).contains(where: { $0.hasSuffix(",") }) else { continue }
            let label = words.prefix(n).joined(separator: " ").lowercased().trimmingCharacters(in: ",")
            guard PostingLabels.location.contains(label), !colonOnly.contains(label) else { continue }
            let value = words.dropFirst(n).joined(separator: " ")
            let first = value.split(whereSeparator: { ",|·".contains($0) }).first.map { String($0).trimmingSpaces } ?? value
            // (a label that names nothing else, "Werklocatie", "Place of work", may stand before a town the lists lack:
            // a name of one to three capitalised words)
            let unambiguous = placeCompounds.contains(label) || label.contains(" ")
            let name = first.spaceParts
            guard let c = first.first, c.isUppercase || c.isNumber,
                  Cities.contains(first) || place(first) != nil
                    || unambiguous && name.count <= 3 && name.allSatisfy({ $0.first?.isUppercase == true && !$0.contains(where: \.isNumber) })
            else { return nil }
            return words.prefix(n).joined(separator: " ").trimmingCharacters(in: ",") + ": " + value
        }
        return nil
    }

    /// The first words of the place labels `spacedPlaceLabel` reads.
    private static let spacedLabelStarts: Set<String> = Set(PostingLabels.location.filter { !colonOnly.contains($0) }
        .compactMap { $0.split(separator: " ").first.map(String.init) })

    /// The mark a line or a fact opens with: what stands before its first letter, digit, bracket or quotation
    /// mark ("📍 ", "• ", "⚓ ").
    static func leadingMark<S: StringProtocol>(_ text: S) -> S.SubSequence {
        text.prefix { !$0.isLetter && !$0.isNumber && !"(\"'„“«¿¡".contains($0) }
    }

    /// A label line behind a mark ("⚓ Location: Karachi", "• Standort: Köln", "📍 Location:"): the line
    /// without its mark. Only lines whose label is one read are changed.
    static func unmarked(_ line: String) -> String? {
        guard let first = line.utf8.first, first >= 0x80 || first == 0x2A || first == 0x2D || first == 0x3E,
              line.utf8.count <= 200 else { return nil }
        let mark = leadingMark(line)
        guard !mark.isEmpty, mark.utf8.count <= 12 else { return nil }
        let rest = String(line.dropFirst(mark.count))
        guard let colon = rest.utf8.prefix(33).firstIndex(of: 0x3A) else { return nil }
        return PostingLabels.isLabel(rest[..<colon].lowercased().trimmingSpaces) ? rest : nil
    }

    private static func head(_ line: String) -> (label: String, valueFollows: Bool)? {
        let u = line.utf8
        guard u.count <= 200 else { return nil }
        var colon = line.firstByteOffset(within: 33) { $0 == 0x3A }.map { u.index(u.startIndex, offsetBy: $0) }
        // "Arbeitgeber:innen", "Mitarbeiter:innen": a colon inside a word writes both genders, it ends no label
        if let c = colon, let next = u[u.index(after: c)...].first, next >= 0x61 && next <= 0x7A { colon = nil }
        guard colon != nil || u.count <= 32 else { return nil }
        let label = colon.map { String(line[..<$0]) } ?? line
        let follows = colon.map { u.index(after: $0) != u.endIndex } ?? false
        return (label.lowercased(), follows)
    }

    func value(for labels: [String]) -> String? {
        for (i, line) in lines.enumerated() {
            guard let head = heads[i], labels.contains(head.label) else { continue }
            if !head.valueFollows {
                // "Label" or "Label:" alone: the value is the next line
                if i + 1 < lines.count, lines[i + 1].utf8.count <= 100, !Self.isHeading(lines[i + 1]) { return unquoted(lines[i + 1]) }
            } else {
                let v = String(line.dropFirst(head.label.count + 1)).trimmingSpaces
                if !v.isEmpty, v.utf8.count <= 100 { return unquoted(v) }
            }
        }
        return nil
    }

    /// A section heading or a label of its own, which is never a label's value; nor is a menu's
    /// line of links ("Kontakt · Karriere · Presse · Über uns").
    static func isHeading(_ line: String) -> Bool {
        let label = line.lowercased().trimmingCharacters(in: ": ")
        return PostingLabels.isGeneric(line) || PostingLabels.isLabel(label) || PostingLabels.isLabel(withoutArticle(label))
            || columnHeadings.contains(label) || PostingLabels.headsFacts(line) || isMenuLine(line)
    }

    /// A label without the article before it, in the six languages: "l'entreprise" is "entreprise",
    /// "the company" "company", "het bedrijf" "bedrijf".
    static func withoutArticle(_ label: String) -> String {
        for article in lowerArticles where label.startsWithBytes(article) {
            return String(label.dropFirst(article.count))
        }
        return label
    }

    /// Three or more items of a word or two, joined by dots or bars: a menu.
    static func isMenuLine(_ line: String) -> Bool {
        guard line.utf8.contains(0xC2) || line.utf8.contains(0x7C) || line.utf8.contains(0xE2) else { return false }
        for sep in [" · ", " | ", " • "] where line.containsBytes(sep) {
            let items = line.splitBytes(sep)
            if items.count >= 3, items.allSatisfy({ $0.spaceParts.count <= 2 }) { return true }
        }
        return false
    }

    /// Headings of the other columns of a table of postings ("Name", "Type", "Location", "Date").
    static let columnHeadings: Set<String> = ["name", "type", "date", "date posted", "posted", "status", "category",
                                              "department", "salary", "reference", "job id", "req id", "hours", "schedule",
                                              "city", "state", "country", "zip", "region", "address"]

    /// The value of a "Location" label (in any of the languages read).
    var location: String? { placeLabelled?.0 }

    /// The label a value found by `labelled` was read under: on its own line
    /// ("Role: Developer") or on the line before ("Role:" / "Developer").
    func label(ofValueAt line: Int) -> String? {
        if let head = heads[line], head.valueFollows { return head.label.trimmingSpaces }
        // (over a colon of its own: "job location" / ":" / "CEA, Saclay")
        if line > 1, lines[line - 1].trimmingSpaces == ":" { return heads[line - 2]?.label.trimmingSpaces }
        return line > 0 ? heads[line - 1]?.label.trimmingSpaces : nil
    }

    /// Labels that are ordinary words too ("Role", "Site", "Ort"): a label only with a colon.
    static let colonOnly: Set<String> = ["title", "position", "role", "job", "office", "site", "ort", "stelle", "poste",
                                         "cargo", "client", "agency", "city", "ville", "plaats", "sede", "ente",
                                         "structure", "figura", "titolo", "vacante", "vacancy", "workplace", "based in",
                                         "remote", "vacature", "functie", "firma", "organisation", "organization",
                                         "recruiter", "advertiser", "lieu", "ciudad", "città", "citta", "werkplek",
                                         "arbeitsplatz", "homeoffice", "home office", "smart working", "télétravail",
                                         "teletrabajo", "thuiswerken", "posted by", "intitulé", "puesto", "posizione", "ruolo",
                                         "local", "where", "wo", "où", "dónde", "waar", "dove", "onde"]

    /// The kinds of place a label's part after its colon names, its value on the next line ("Location: City" /
    /// "New York").
    static let valueKinds: Set<String> = ["city", "town", "state", "country", "region", "name", "stadt", "ort", "land",
                                          "ville", "pays", "ciudad", "país", "città", "paese", "plaats", "stad"]

    /// The known place on the line after one of the two lines under the title's (`at`) that ends on a
    /// preposition of place, alone or opening it: "in unserer Einrichtung in" / "Bad Wurzach in Vollzeit",
    /// "Poste basé à" / "Lyon".
    func placeOnLineAfterPreposition(under at: Int) -> String? {
        for i in stride(from: at + 1, to: min(lines.count - 1, at + 3), by: 1) {
            let words = lines[i].spaceParts
            // (not "at", which an employer follows as often: "Join our team at" / "Boston Dynamics")
            guard words.count >= 2, words.count <= 8, let last = words.last?.lowercased(), last != "at",
                  Self.placePrepositions.contains(last) else { continue }
            // (the next line may go on past the town in lower case: "Bad Wurzach in Vollzeit oder Teilzeit"; a name
            // that goes on in capitals is another's, "Boston Dynamics")
            let next = lines[i + 1].trimmingSpaces
            if next.utf8.count <= 40, Self.isKnownPlace(next) { return next }
            let parts = next.spaceParts
            let opening = parts.prefix(3)
            guard !opening.isEmpty else { return nil }
            return (1...opening.count).reversed().lazy.filter { n in
                n == parts.count || parts[n].first.map { $0.isLowercase || !$0.isLetter } == true
            }.map { opening.prefix($0).joined(separator: " ") }
                .first { $0.first?.isUppercase == true && Cities.contains($0) }
        }
        return nil
    }

    /// Whether a short line is a known town (before or after a comma: "Lyon, France", "Casablanca business center,
    /// Casablanca") or a country, capitalised.
    static func isKnownPlace(_ line: String) -> Bool {
        let t = line.trimmingSpaces
        guard t.utf8.count <= 60, t.first?.isUppercase == true else { return false }
        let parts = t.split(separator: ",").map { String($0).trimmingSpaces }
        return [parts.first, parts.last].contains { $0.map { Cities.contains($0) } ?? false } || Location.isCountry(t)
    }

    /// The first value of any of the labels, and the line it is on.
    func labelled(_ labels: Set<String>, at position: ((Int) -> Bool)? = nil,
                  accepting accept: (String) -> Bool = { _ in true }) -> (String, Int)? {
        for (i, line) in lines.enumerated() {
            guard let head = heads[i] else { continue }
            let label = Self.unqualified(head.label.trimmingSpaces, in: labels)
            guard labels.contains(label), position?(i) != false else { continue }
            // (a colon of its own after the label: "job location" / ":" / "CEA, Saclay")
            let colonLine = !head.valueFollows && i + 2 < lines.count && lines[i + 1].trimmingSpaces == ":"
            let hasColon = line.utf8.count > head.label.utf8.count || colonLine
            // (a place label that is an ordinary word, or set in lower case, over a known town or country is a label:
            // "Lieu" / "Lyon", "lieu" / "France", "City" / "Leeds")
            let placeFollows = !hasColon && !head.valueFollows && i + 1 < lines.count && PostingLabels.location.contains(label)
                && Self.isKnownPlace(lines[i + 1])
            if Self.colonOnly.contains(label), !hasColon, !placeFollows { continue }
            // "Location: City" / "New York": the label's part after its colon names the value's kind, the value is
            // the next line
            if head.valueFollows, i + 1 < lines.count, Self.valueKinds.contains(line.dropFirst(head.label.count + 1).trimmingSpaces.lowercased()) {
                let next = lines[i + 1].trimmingSpaces
                if next.utf8.count <= 100, !next.isEmpty, !Self.isHeading(next), accept(next) { return (unquoted(next), i + 1) }
                continue
            }
            if colonLine {
                let v = lines[i + 2].trimmingSpaces
                if v.utf8.count <= 100, !v.isEmpty, !Self.isHeading(v), accept(v) { return (unquoted(v), i + 2) }
                continue
            }
            if !head.valueFollows {
                // a menu's heading in lower case ("company" over "about", "Our team", "jobs") is no label
                // (with its colon it is: "job location:" / "CEA, Saclay")
                if line.trimmingSpaces.first?.isLowercase == true, !hasColon, !placeFollows { continue }
                // a heading over the lines of many places ("Locations" / "Berlin" / "Frankfurt" / "Hamburg")
                // is the site's list of offices, not a value
                if i + 3 < lines.count, lines[(i + 1)...(i + 3)].allSatisfy({ $0.utf8.count <= 40 && Cities.contains($0) }) {
                    continue
                }
                // a table of contents ("Location", "About the job", "Benefits") holds headings, not values
                // (nor does a grid of facts that puts its labels in a row: "Standort" / "Starttermin")
                // a label's colon may open the value's line ("Company Name" / ": Acme Inc. (Headquarters: …)"):
                // the value is the name, without its bracketed remark
                var next = Self.afterColon(lines[min(i + 1, lines.count - 1)])
                // ("Company details" / "Name: Acme Ltd": the value is the name's)
                if i + 1 < lines.count, let h = heads[i + 1], h.valueFollows, PostingLabels.nameLabels.contains(h.label.trimmingSpaces) {
                    next = String(lines[i + 1].dropFirst(h.label.count + 1)).trimmingSpaces
                }
                if i + 1 < lines.count, next.utf8.count <= 100, !Self.isHeading(lines[i + 1]),
                   !PostingLabels.factWords.contains(next.lowercased()),
                   heads[i + 1].map({ !$0.valueFollows && labels.contains($0.label.trimmingSpaces) }) != true {
                    var v = unquoted(next)
                    // "Portugal -" / "Coimbra": a value that ends on a separator goes on on the next line
                    if let end = v.last, "-,/·|".contains(end), i + 2 < lines.count, lines[i + 2].utf8.count <= 60,
                       !Self.isHeading(lines[i + 2]) {
                        v += " " + lines[i + 2].trimmingSpaces
                    }
                    // ("Company:" / "Wm. Wrigley Jr. Company": a name with its legal form says the label's word)
                    if !v.isEmpty, !Self.repeatsLabel(v, label) || PostingLabels.readsAsCompany(v), accept(v) { return (v, i + 1) }
                }
            } else {
                // (a dash after the colon is the colon's: "Job Title:- Infrastructure Support Engineer")
                let v = Self.withoutLongRemark(String(line.dropFirst(head.label.count + 1).trimmingSpaces
                    .drop { $0 == "-" || $0 == "–" || $0 == "—" }).trimmingSpaces)
                if !v.isEmpty, v.utf8.count <= 100, accept(v) { return (unquoted(v), i) }
            }
        }
        return nil
    }

    /// A town and its surroundings that end a header line, known town or not, whatever stands before
    /// it: "€ 19 – 25 / Stunde Kühbach & Umgebung" gives "Kühbach & Umgebung" (a sentence's is read as text).
    var surroundedPlace: String? {
        for line in lines.prefix(60) where line.utf8.count <= 120 && Self.surroundingNouns.matches(line) != 0 {
            let words = line.spaceParts
            guard words.count >= 3 else { continue }
            let k = words.count - 2
            if let noun = Location.surroundings[words[k].lowercased()], words[k + 1].lowercased() == noun,
               words[k - 1].first?.isUppercase == true, words[k - 1].allSatisfy({ $0.isLetter || $0 == "-" }) {
                return words[(k - 1)...(k + 1)].joined(separator: " ")
            }
        }
        return nil
    }

    /// The nouns of `Location.surroundings`: a line without one speaks of no surroundings.
    static let surroundingNouns = ByteNeedles(Array(Set(Location.surroundings.values)).sorted())

    /// A line that opens with the colon of the label over it, as the value alone (see `withoutLongRemark`).
    /// Any other line as it is.
    static func afterColon(_ line: String) -> String {
        guard line.utf8.first == 0x3A else { return line }
        return withoutLongRemark(String(line.dropFirst()).trimmingSpaces)
    }

    /// A value of over 100 bytes cut at its bracketed remark: "Acme Inc. (Headquarters: 2F Central Building,
    /// 4-4-19 Central, Aoba-ku, Sendai-shi, Miyagi Prefecture)" is "Acme Inc.". A shorter value as it is.
    static func withoutLongRemark(_ v: String) -> String {
        guard v.utf8.count > 100, let open = v.byteRange(of: " (") else { return v }
        return String(v[..<open.lowerBound]).trimmingSpaces
    }

    /// A label with a qualifier in brackets, as one of `labels` without it: "Télétravail (2j max/semaine)",
    /// "Location (city)". Otherwise the label as it is.
    /// A plural's ending in brackets is the plural: "Location(s)", "Standort(e)", "Lieu(x)". A label of
    /// alternatives between slashes is the one of them that is among `labels`: "Client Company / Hiring Company".
    static func unqualified(_ label: String, in labels: Set<String>) -> String {
        guard !labels.contains(label) else { return label }
        // (a label of alternatives, one of them the label's: "Client Company / Hiring Company", "Organisation/Company";
        // the one that is a label without a colon, if any: "company" over "organisation")
        if label.utf8.contains(0x2F) {
            let ones = label.split(separator: "/").map(\.trimmingSpaces).filter(labels.contains)
            if let one = ones.first(where: { !colonOnly.contains($0) }) ?? ones.first { return one }
        }
        guard label.utf8.last == 0x29 else { return label }
        if let open = label.byteRange(of: " (") {
            let bare = String(label[..<open.lowerBound]).trimmingSpaces
            return labels.contains(bare) ? bare : label
        }
        guard let open = label.utf8.lastIndex(of: 0x28), label.utf8.distance(from: open, to: label.utf8.endIndex) <= 5 else { return label }
        let ending = label[label.index(after: open)..<label.index(before: label.endIndex)]
        let plural = String(label[..<open]) + ending
        return labels.contains(plural) ? plural : labels.contains(String(label[..<open])) ? String(label[..<open]) : label
    }

    /// The arrangement a workplace label gives ("Remote: yes", "Arbeitsmodell: Hybrid"); a yes to some
    /// days at home is hybrid ("Télétravail (2j max/semaine): Oui").
    var labelledArrangement: WorkArrangement? {
        labelled(PostingLabels.workplace).flatMap { v, i in
            WorkArrangement.labelled(v).map { $0 == .remote && labelCountsDays(valueAt: i) ? .hybrid : $0 }
        } ?? valueArrangement ?? answeredArrangement
    }

    /// The arrangement an answer opens with, on the line under a question about it, as the questions a careers page
    /// answers put it ("Is this remote or on site?" / "On site - although many of us work from home now and then.").
    var answeredArrangement: WorkArrangement? {
        for (i, question) in lines.prefix(300).enumerated() where i + 1 < lines.count {
            guard question.utf8.last == 0x3F, question.utf8.count <= 80, WorkArrangement.inText(question) != nil else { continue }
            let answer = lines[i + 1]
            let clause = answer.prefix { !",.;:!–—(".contains($0) }.split(separator: " - ").first.map(String.init) ?? ""
            guard clause.utf8.count <= 30, let w = WorkArrangement.stated(clause.trimmingSpaces) else { continue }
            return w
        }
        return nil
    }

    /// The arrangement a short label's value is, word for word, whatever the label: "Position type: Remote",
    /// "Job type: Hybrid", "Werkplek: Thuis". (A value of more words, "Team: Remote Operations", is no such.)
    /// A bracket after the value qualifies it: "Werken: hybride (2 dagen kantoor)" is hybrid, and so is remote work
    /// whose bracket counts days, "Work: Remote (2 days in the office)".
    var valueArrangement: WorkArrangement? {
        for (i, line) in lines.prefix(80).enumerated() {
            guard let head = heads[i], head.valueFollows, head.label.utf8.count <= 24 else { continue }
            let value = String(line.dropFirst(head.label.count + 1)).trimmingSpaces.lowercased()
            if let w = Self.arrangementValues[value] { return w }
            guard value.hasSuffix(")"), let open = value.byteRange(of: " (") else { continue }
            let bracket = String(value[open.upperBound...])
            guard !bracket.dropLast().contains("("), let w = Self.arrangementValues[String(value[..<open.lowerBound])] else { continue }
            return w == .remote && WorkArrangement.countsDays(bracket) ? .hybrid : w
        }
        return nil
    }
    static let arrangementValues: [String: WorkArrangement] = [
        "remote": .remote, "fully remote": .remote, "full remote": .remote, "100% remote": .remote, "remoto": .remote,
        "en remoto": .remote, "da remoto": .remote, "thuis": .remote, "home-based": .remote, "hybrid": .hybrid,
        "hybride": .hybrid, "híbrido": .hybrid, "ibrido": .hybrid, "ibrida": .hybrid, "on-site": .onSite, "onsite": .onSite,
        "on site": .onSite, "in-office": .onSite, "in office": .onSite, "presencial": .onSite, "présentiel": .onSite,
        "in presenza": .onSite, "vor ort": .onSite, "op kantoor": .onSite,
    ]

    /// Whether the label of the value on line `i` (on that line or the one before) counts days in its qualifier.
    private func labelCountsDays(valueAt i: Int) -> Bool {
        [i, i - 1].contains { j in
            j >= 0 && j < heads.count && heads[j].map { $0.label.contains("(") && WorkArrangement.countsDays($0.label) } == true
        }
    }

    /// A place label's value said in a sentence: "Arbeitsort ist Köln Rodenkirchen.", "The work location
    /// is Leeds.", "Le lieu de travail est Lyon." The value runs to the sentence's end or a comma, and
    /// is a place.
    func placeStated(_ labels: Set<String>, accepting accept: (String) -> Bool) -> (String, Int)? {
        for (i, line) in lines.prefix(400).enumerated() where line.utf8.count <= 160 && Self.copulaNeedles.matches(line) != 0 {
            for verb in Self.copulas {
                guard let r = line.byteRange(of: verb) else { continue }
                var subject = line[..<r.lowerBound].lowercased().spaceParts.map(String.init)
                while let first = subject.first, Self.subjectOpeners.contains(first) { subject.removeFirst() }
                guard !subject.isEmpty, subject.count <= 3, labels.contains(subject.joined(separator: " ")) else { continue }
                var rest = line[r.upperBound...]
                // ("The place of work will be in Copenhagen.", "Le lieu de travail est à Lyon.")
                if let word = rest.split(separator: " ", maxSplits: 1).first, Self.placePrepositions.contains(String(word)),
                   rest.dropFirst(word.count + 1).first?.isUppercase == true {
                    rest = rest.dropFirst(word.count + 1)
                }
                let v = String(rest.prefix { $0 != "." && $0 != "," && $0 != ";" && $0 != "!" }).trimmingSpaces
                guard let c = v.first, c.isUppercase, v.utf8.count <= 60, accept(v) else { continue }
                // (a place: a known town first, "Köln Rodenkirchen", or a line that reads as one)
                if let town = v.spaceParts.first, Cities.contains(town) || Self.place(v) != nil { return (v, i) }
                // a label no other field shares, of several words or a compound ("Place of work is Ny Munkegade 120,
                // Aarhus C.", "Der Dienstort ist Herlev."): its value to the sentence's end, a few words
                let whole = String(rest.prefix { $0 != ";" && $0 != "!" }).trimmingSpaces.trimmingCharacters(in: ". ")
                if subject.count > 1 || Self.placeCompounds.contains(subject[0]), whole.utf8.count <= 60,
                   whole.spaceParts.count <= 6, !whole.containsBytes(". "), accept(whole) {
                    return (whole, i)
                }
            }
        }
        return nil
    }

    /// The place a sentence says the job itself is in, as a label would: "This position is based in Belgium.",
    /// "The role is located in Aalborg.", "Le poste est basé à Lyon.", "De functie is gevestigd in Utrecht.";
    /// of an office's words, the town they name ("This role is based in our San Francisco HQ").
    var jobPlaced: (String, Int)? {
        for (i, line) in lines.prefix(400).enumerated() where line.utf8.count <= 240 && Self.jobPlaceNeedles.matches(line) != 0 {
            // (the verb's place in the lower-cased line is its place in the line: the few letters whose lower case is
            // of another length, "İ", leave the line unread)
            let lower = line.lowercased()
            guard lower.utf8.count == line.utf8.count else { continue }
            for verb in Self.jobPlaceVerbs {
                guard let r = lower.byteRange(of: verb) else { continue }
                let preceding = lower[..<r.lowerBound].spaceParts
                let before = preceding.suffix(2).joined(separator: " ")
                // (or the job's noun alone, opening the line or a sentence, before a participle: "Poste basé à Brest",
                // "Position based in Leeds")
                let bare = preceding.last.map { WorkArrangement.jobNouns.contains(String($0)) } == true
                    && (preceding.count == 1 || preceding[preceding.count - 2].last.map { ".:;!".contains($0) } == true)
                guard Self.jobSubjects.contains(before) || bare && Self.participles.contains(verb) else { continue }
                let start = line.utf8.index(line.utf8.startIndex, offsetBy: lower.utf8.distance(from: lower.utf8.startIndex, to: r.upperBound))
                let v = String(line[start...].prefix { !".,;!(".contains($0) }).trimmingSpaces
                guard let c = v.first, c.isUppercase, v.utf8.count <= 60 else {
                    // (up to a comma: "… based in our office, and we have teams in Berlin" puts the job in no town)
                    if let town = Self.townNamed(in: String(line[start...].prefix { !".,;!".contains($0) })) { return (town, i) }
                    continue
                }
                if Cities.contains(v) || Location.isCountry(v) || Self.place(v) != nil { return (v, i) }
                if let town = Self.townNamed(in: v) { return (town, i) }
            }
        }
        return nil
    }

    /// The job as a sentence's subject, in the six languages.
    static let jobSubjects: Set<String> = ["this position", "the position", "this role", "the role", "this job", "the job",
                                           "this vacancy", "the vacancy", "die stelle", "diese stelle", "die position",
                                           "diese position", "le poste", "ce poste", "el puesto", "este puesto",
                                           "la posición", "la vacante", "de functie", "deze functie", "de vacature",
                                           "deze vacature", "la posizione", "questa posizione", "il ruolo", "questo ruolo"]
    /// Verbs that put a job in a place, with the preposition after them.
    static let jobPlaceVerbs = [" is based in ", " is located in ", " will be based in ", " is based at ", " is located at ",
                                " befindet sich in ", " ist angesiedelt in ", " ist in ", " est basé à ", " est basé au ",
                                " est situé à ", " est localisé à ", " se situe à ", " está ubicado en ", " se ubica en ",
                                " está basado en ", " is gevestigd in ", " bevindt zich in ", " is gebaseerd in ",
                                " è basato a ", " è basata a ", " si trova a ", " ha sede a ", " è situata a "] + participles
    /// The verbs' participles alone, after the job's noun (`WorkArrangement.jobNouns`): "Poste basé à Brest",
    /// "Position based in Leeds".
    static let participles = [" based in ", " located in ", " basé à ", " basée à ", " situé à ", " située à ", " basiert in ",
                              " ubicado en ", " basado en ", " gevestigd in ", " basata a ", " basato a ", " con sede a ",
                              " con sede en "]
    private static let jobPlaceNeedles = ByteNeedles(jobPlaceVerbs)

    /// One-word labels of the place of work that name nothing else ("Arbeitsort", not "Office").
    static let placeCompounds: Set<String> = ["arbeitsort", "einsatzort", "dienstort", "standplaats", "werklocatie"]

    /// "is" in the six languages, between a label's word and its value, and "will be" ("Der Arbeitsort ist Köln", "The
    /// place of work will be in Copenhagen").
    static let copulas = [" ist ", " is ", " est ", " es ", " è ", " é ", " will be ", " sera ", " será ", " sarà "]
    /// Words of place between the verb and the place, in the six languages ("est à Lyon", "is in Leeds").
    static let placePrepositions: Set<String> = ["in", "at", "à", "en", "a", "te", "im"]
    /// Words before the town a remote team meets in ("… in Utrecht", "… sur Lyon", "… bei München").
    static let meetingPrepositions = placePrepositions.union(["sur", "near", "bei", "nahe", "près", "vicino", "cerca", "bij"])
    private static let copulaNeedles = ByteNeedles(copulas)
    /// Words before a label's word in a sentence ("Der Arbeitsort", "Our office", "Le lieu").
    static let subjectOpeners: Set<String> = ["der", "die", "das", "unser", "unsere", "ihr", "dein", "the", "our", "your",
                                              "le", "la", "l", "notre", "votre", "el", "nuestro", "nuestra", "de", "onze",
                                              "il", "lo", "nostro", "nostra"]

    /// The value of a location label that names a place: not "Flexible, but …", "Various", "TBD".
    var placeLabelled: (String, Int)? {
        let names = { (v: String) -> Bool in
            // a telephone number ("515-729-7604") is no place, nor a section's heading after a label left empty (a map
            // stood there: "Job Location" / "Über das Unternehmen")
            guard v.contains(where: \.isLetter), !PostingLabels.isGeneric(v.trimmingSpaces) else { return false }
            // nor is hybrid or on-site work, said alone ("Location: Hybrid"): it names no office (remote work, said
            // alone, is where the job is done: "Location: Remote")
            if let w = WorkArrangement.stated(v.trimmingSpaces), w != .remote, v.spaceParts.count <= 2 { return false }
            let first = v.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "/" }).first ?? ""
            return !Self.placeless.contains(String(first))
        }
        guard let (v, at) = labelled(PostingLabels.location, accepting: names) ?? placeStated(PostingLabels.location, accepting: names)
                ?? jobPlaced ?? pinned(accepting: names) ?? placeInSentenceUnderLabel
        else { return nil }
        // remote work, with the offices it may be done from listed under it ("Location:" / "Remote (Timezone range:
        // UTC - UTC+4)" / "Athens (GR)" / "Patras (GR)"): the first office's town
        if WorkArrangement.stated(v.trimmingSpaces) == .remote, at + 1 < lines.count, !lines[at + 1].utf8.contains(0x3A),
           case let next = lines[at + 1].trimmingSpaces, next.utf8.count <= 40, WorkArrangement.stated(next) == nil,
           Self.isKnownPlace(next) || Self.place(next) != nil {
            return (Self.withoutFacts(next), at + 1)
        }
        // (or with the town it meets in, later in the value: "télétravail exclusivement, avec rencontres physiques
        // régulières, généralement sur Lyon", "Remote, with monthly team days in Utrecht"; not a town it travels to,
        // "Remote, occasional travel to London")
        // (the value's line, whole: the value stops at a bracket)
        if let comma = v.firstIndex(of: ","), WorkArrangement.stated(String(v[..<comma]).trimmingSpaces) == .remote,
           let written = lines[at].firstRange(of: v[..<comma]), case let rest = String(lines[at][written.upperBound...]),
           let town = Self.townNamed(in: rest), let named = rest.firstRange(of: " " + town),
           let before = rest[..<named.lowerBound].spaceParts.last, Self.meetingPrepositions.contains(before.lowercased()) {
            return (town, at)
        }
        // an address block that begins with the employer's name or a street ("Standort" / "Acme GmbH" /
        // "Hauptstr. 1" / "6710 Nenzing", "Arbeitsort" / "Im Dreieck 4" / "23758 Oldenburg in Holstein"):
        // its place is the line with the postcode, or the first place
        let street = v.utf8.count <= 60 && v.contains(where: \.isNumber) && v.contains(where: \.isLetter) && !v.contains(":")
            && !Self.postcodeFirst(v) && Self.place(v) == nil
        // a sentence under the label ("Our office is in central Amsterdam, close to the station."):
        // the known town it names (failing one, the sentence is what the page says)
        // (or the country or region it puts the work in: "Location: This role will be based remotely in the EMEA region.")
        if Self.isSentence(v), let town = Self.townNamed(in: v) ?? Self.countryNamed(in: v) { return (town, at) }
        // (or that begins with any other name than a place's: "Job location" / "Laboratoire APC" / "Université de
        // Paris" / "10 rue Alice Domon" / "75013 Paris, France")
        let named = Self.namesPlace(v), blockOpener = PostingLabels.readsAsCompany(v) || street
        if blockOpener || !named {
            let block = lines[(at + 1)...].prefix(3)
            // (under a name that is no place, only a line that opens with its postcode: a place line under "Kleindorp"
            // is another fact's)
            if let k = block.indices.first(where: { Self.postcodeFirst(lines[$0].trimmingSpaces) })
                ?? block.indices.first(where: { k in
                    (blockOpener || lines[k].utf8.first.map { $0 >= 0x30 && $0 <= 0x39 } == true) && Self.place(lines[k]) != nil
                }) {
                return (lines[k].trimmingSpaces, k)
            }
        }
        // a name of some words, none a town ("Location Name" / "Archstone Midtown West"), gives way to a later
        // place label's town ("Location: City" / "New York")
        if !named, v.spaceParts.count >= 2, !v.spaceParts.contains(where: { Cities.contains($0) }),
           let later = labelled(PostingLabels.location, at: { $0 > at }, accepting: { names($0) && Self.namesPlace($0) }) {
            return (Self.withoutFacts(later.0), later.1)
        }
        return (Self.withoutFacts(v), at)
    }

    /// Whether a value names a place: a known town first, a line that reads as a place, a country or a region.
    static func namesPlace(_ v: String) -> Bool {
        let first = v.split(separator: ",").first.map { String($0).trimmingSpaces } ?? v
        return Cities.contains(first) || place(v) != nil || Location.isCountry(first) || Location.isRegion(first)
    }

    /// A place label's value without the other facts written after it between dots or bars: "Augsburg ·
    /// Vollzeit · unbefristet" is "Augsburg" (a kind of contract, a fact's word or an arrangement is no place).
    /// A list of places, "Berlin | München", stays as it is.
    static func withoutFacts(_ v: String) -> String {
        guard v.unicodeScalars.contains(where: isFactSeparator) else { return v }
        let segments = v.splitScalars(whereSeparator: isFactSeparator).map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
        let kept = segments.filter { s in
            !EmploymentType.names(s) && !PostingLabels.factWords.contains(s.lowercased()) && WorkArrangement.stated(s) == nil
                // (nor a number that no town stands with: hours, a salary, "32–40 uur")
                && !(s.contains(where: \.isNumber) && !postcodeFirst(s) && !s.spaceParts.contains { Cities.contains($0) })
        }
        return kept.isEmpty || kept.count == segments.count ? v : kept.joined(separator: " · ")
    }

    /// Whether a value is a sentence, not a name or an address: six words or more, four of them in lower case.
    static func isSentence(_ v: String) -> Bool {
        let words = v.spaceParts
        return words.count >= 6 && words.filter { $0.first?.isLowercase == true }.count >= 4
    }

    /// The place a long sentence under a place label alone names, a known town or else a country after "in"
    /// ("Location" / "Although we're technically based in the UK, we all work remotely. …"): the labels'
    /// values are read up to 100 characters, a sentence may be longer.
    var placeInSentenceUnderLabel: (String, Int)? {
        for (i, line) in lines.prefix(400).enumerated() where i + 1 < lines.count && line.utf8.count <= 32 {
            let next = lines[i + 1]
            guard next.utf8.count > 100, next.utf8.count <= 400, let head = heads[i], !head.valueFollows else { continue }
            var label = head.label.trimmingSpaces
            if label.hasSuffix(":") { label = String(label.dropLast()).trimmingSpaces }
            guard PostingLabels.location.contains(label), Self.isSentence(next) else { continue }
            if let place = Self.townNamed(in: next) ?? Self.countryNamed(in: next) { return (place, i + 1) }
        }
        return nil
    }

    /// The first country a sentence names after "in" or "in the", in one to three capitalised words, or as
    /// "UK", "US", "USA" ("based in the UK", "in Germany"), or the region ("in the EMEA region", "in Europe").
    static func countryNamed(in sentence: String) -> String? {
        let words = sentence.spaceParts
        for (k, w) in words.enumerated() where Location.bare(w).lowercased() == "in" {
            var start = k + 1
            if start < words.count, Location.bare(words[start]).lowercased() == "the" { start += 1 }
            guard start < words.count else { continue }
            let code = Location.bare(words[start])
            if ["UK", "US", "USA"].contains(code) || Location.isRegion(String(code)) { return String(code) }
            if let country = Location.country(words[start...]) { return country }
        }
        return nil
    }

    /// The first known town a sentence names, in one to three capitalised words ("… in central Amsterdam, …").
    static func townNamed(in sentence: String) -> String? {
        let words = sentence.spaceParts.map { String($0).trimmingCharacters(in: ".,;:!?()\"'") }
        for i in words.indices where words[i].first?.isUppercase == true {
            for n in stride(from: min(3, words.count - i), through: 1, by: -1) {
                let name = words[i..<(i + n)].joined(separator: " ")
                if Cities.contains(name) { return name }
            }
        }
        return nil
    }

    /// A short line behind a map pin, the mark pages put before a place ("📍 Burdaard"): the place.
    func pinned(accepting accept: (String) -> Bool) -> (String, Int)? {
        for (i, line) in lines.prefix(200).enumerated() where line.startsWithBytes("📍") && line.utf8.count <= 80 {
            let v = String(line.dropFirst()).trimmingCharacters(in: " :\u{FE0F}")
            if !v.isEmpty, !v.contains(":"), accept(v) { return (v, i) }
        }
        return nil
    }

    static let placeless: Set<String> = ["flexible", "flexibel", "negotiable", "various", "multiple", "tbd", "tba", "n/a",
                                         "see", "depends", "variable", "divers", "diverse", "verschiedene", "plusieurs",
                                         "varios", "vari", "meerdere", "à", "to"]

    /// Whether a label's value says the label again ("Locations" / "Verizon Locations Map"): a link, not a value.
    static func repeatsLabel(_ value: String, _ label: String) -> Bool {
        Words.contains(Words.normalized(value), Words.normalized(label))
    }

    /// Country and region names a place line ends in ("Berlin, Deutschland", "Austin, TX").
    static let placeEnds: Set<String> = {
        var s = Set(Location.usStates.keys).union(Location.usStateCodes).union(Location.countries.values)
            .union(Location.brazilianStateCodes)
        s.formUnion(["Deutschland", "Österreich", "Schweiz", "Suisse", "Svizzera", "España", "Italia", "Nederland",
                     "België", "Belgique", "Luxembourg", "Polska", "Sverige", "Danmark", "Norge", "Suomi", "Éire",
                     "UK", "USA", "U.S.", "England", "Scotland", "Wales", "Germany", "France", "Spain", "Italy",
                     "Netherlands", "The Netherlands", "Ontario", "Quebec", "British Columbia", "Alberta"])
        return s
    }()

    /// The marks between the facts of a header line ("Leeds · 1 week ago | 48 applicants").
    static func isFactSeparator(_ s: Unicode.Scalar) -> Bool { s == "|" || s == "·" || s == "•" }

    /// A short line near the top that is a place: "Berlin, Germany", "Austin, TX 78701".
    var placeLine: String? {
        let postcodeFirst = { (line: String) in
            line.utf8.first.map { $0 >= 0x30 && $0 <= 0x39 || $0 == 0x20 } == true && Self.postcodeFirst(line.trimmingSpaces)
        }
        // a postcode line under a street and its number ends a postal address ("Völckersstr. 38" / "22765 Hamburg");
        // the addresses of several offices are the employer's directory, and none is the posting's place
        let head = Array(lines.prefix(80))
        let street = { (i: Int) in
            i > 0 && head[i - 1].utf8.count <= 60 && head[i - 1].contains(where: \.isNumber) && head[i - 1].contains(where: \.isLetter)
                && !head[i - 1].contains(":")
        }
        let addresses = Set(head.indices.filter { head[$0].utf8.count <= 160 && postcodeFirst(head[$0]) && street($0) }
                                .map { head[$0].trimmingSpaces })
        for (i, line) in head.enumerated() where line.utf8.count <= 160 {
            if postcodeFirst(line) {
                if !street(i) || addresses.count == 1 { return line.trimmingSpaces }
                continue
            }
            // "London / Full-time": a known town and a kind of contract between slashes
            if line.containsBytes(" / ") {
                let parts = line.splitBytes(" / ")
                if parts.contains(where: EmploymentType.names), let town = parts.first(where: { Cities.contains($0) }) {
                    return town.trimmingSpaces
                }
            }
            // "CDI - Bordeaux (33) - Télétravail partiel": a known town, its département or region in brackets
            // as well, among a kind of contract and other facts between dashes
            for sep in [" - ", " – "] where line.containsBytes(sep) {
                let parts = line.splitBytes(sep).map(\.trimmingSpaces)
                if parts.count >= 2, parts.contains(where: EmploymentType.names), let town = parts.first(where: { p in
                    Cities.contains(p) || p.byteRange(of: " (").map { Cities.contains(String(p[..<$0.lowerBound])) } == true
                }) {
                    return town
                }
            }
            // facts set out a line each, a known town beside the kind of contract: "Brussel" / "Full-time" /
            // "Competitief", "Full time" / "Zwolle" / "Woonbegeleiding"
            if line.utf8.count <= 30, EmploymentType.names(line.trimmingSpaces),
               let town = [i - 1, i + 1].lazy.filter({ head.indices.contains($0) }).map({ head[$0].trimmingSpaces })
                .first(where: { Cities.contains($0) }) {
                return town
            }
            guard line.utf8.contains(where: { $0 == 0x2C || $0 == 0x7C || $0 == 0xC2 || $0 == 0xE2 }) else { continue }  // , | · or •
            // a header line of facts between dots or bars: "Leeds, England, United Kingdom · 1 week ago · 48 applicants"
            let segments = line.splitScalars(whereSeparator: Self.isFactSeparator).filter { $0.utf8.count <= 60 }
            // "Amsterdam  |  Full-time": a known town between bars, or its area ("Acme · Greater Boston Area")
            if segments.count > 1, let town = segments.first(where: { Cities.contains($0) || Self.townOfArea(String($0).trimmingSpaces) != nil }) {
                return town.trimmingSpaces
            }
            // … or with its arrangement: "Careers · Full-time · Boston (hybrid) or remote US"
            if segments.count > 1, line.utf8.contains(0x28), let placed = segments.first(where: { s in
                s.firstRange(of: " (").map { Cities.contains(s[..<$0.lowerBound]) } == true
            }) { return placed.trimmingSpaces }
            for segment in segments where segment.contains(",") {
                if let shown = Self.place(String(segment.trimmingSpaces)) { return shown }
                // an address on one line ends in the postcode and the town, and may name the town's region after it:
                // "Acme, Località Cerrani snc, 66010 Pretoro, Abruzzo" gives "66010 Pretoro, Abruzzo"
                let commaParts = segment.split(separator: ",").map { String($0).trimmingSpaces }
                if let p = commaParts.dropFirst().firstIndex(where: postcodeFirst), commaParts.count - p <= 2,
                   commaParts[p...].allSatisfy({ $0.utf8.count <= 40 && !$0.contains(where: \.isNumber) || postcodeFirst($0) }) {
                    return commaParts[p...].joined(separator: ", ")
                }
                // "Full time, Pune": the kind of contract or the arrangement before the place
                let parts = segment.split(separator: ",").map { String($0).trimmingSpaces }
                let facts = parts.prefix { EmploymentType.names($0) || WorkArrangement.stated($0) != nil }
                if !facts.isEmpty, facts.count < parts.count, Cities.contains(parts[facts.count]),
                   let shown = Self.place(parts[facts.count...].joined(separator: ", ")) {
                    return shown
                }
            }
        }
        return nil
    }

    /// The line as a place when it ends with a country or a region the
    /// project knows ("Austin, TX", "Lyon, France") and has no label.
    static func place(_ line: String) -> String? {
        let n = line.utf8.count
        guard n >= 3, n <= 160 else { return nil }
        // a postcode before the town, as Europe writes it: "2880 Bagsværd", "75001 Paris", "1012 AB Amsterdam"
        if postcodeFirst(line) { return Location.tidied(line) }
        // a place, or remote work instead: "London or Remote (UK)", "Berlin oder remote", "Pune / Remote"
        if line.containsBytes("emot") || line.containsBytes("télétravail"),
           let or = [" or remote", " or Remote", " oder remote", " oder Remote", " ou télétravail", " o remoto", " of remote",
                     " eller remote", " ou remoto", " / Remote", " / remote"]
            .lazy.compactMap({ line.byteRange(of: $0) }).first {
            return place(String(line[..<or.lowerBound]))
        }
        let commas = line.utf8.reduce(0) { $0 + ($1 == 0x2C ? 1 : 0) }
        // known towns in a list, and perhaps their surroundings: "Köln, Düsseldorf, Bonn, Leverkusen und Umgebung"
        if commas >= 1, commas <= 7, let list = townList(line) { return list }
        guard commas <= 3, !line.utf8.contains(0x3A) else { return nil }
        // a known town, alone or before its region and country: "Arnhem", "Palermo, Buenos Aires"
        let parts = line.utf8.split(separator: 0x2C).map(Substring.init)
        // a board's department after the place is no part of it: "Singapore, Security", "Jakarta, Product Engineering"
        if parts.count >= 2, let last = parts.last?.spaceParts.last?.lowercased(),
           PostingLabels.departmentEnds.contains(last), Cities.contains(parts[0]) {
            return place(parts.dropLast().joined(separator: ","))
        }
        // (a town's name ends on a name, not on a word in lower case after a capital: "Três passos, sem enrolação" is a
        // heading's phrase, not "Três Passos")
        if let town = parts.first, parts.count <= 3, parts.allSatisfy({ $0.utf8.count <= 40 }), Cities.contains(town),
           !Self.endsOnCommonWord(town) {
            return Location.tidied(line)
        }
        // a known town and its code or district, as written: "Berlin (DE)", "Milano (MI)", "Lyon (69)", "Paris 8e", "Praha 4"
        if parts.count == 1, n <= 40, let town = townBeforeQualifier(line.trimmingSpaces), Cities.contains(town) {
            return line.trimmingSpaces
        }
        // a known town bounded as the area around it: "Greater Seattle Area", "New York City Metropolitan Area",
        // "Großraum München", "Boston Metro Area, MA"
        if parts.count <= 2, n <= 60, let first = parts.first, townOfArea(first.trimmingSpaces) != nil {
            return line.trimmingSpaces
        }
        // a country's code and a dash before a known town, as applicant-tracking systems write it: "DE-Leipzig",
        // "CH-Zürich" (the code one that Europe writes before its postcodes)
        if parts.count == 1, n <= 40, let dash = line.utf8.firstIndex(of: 0x2D), case let code = String(line[..<dash]),
           Location.postalCountryCodes.contains(code), code.utf8.count == 2, Cities.contains(String(line[line.index(after: dash)...])) {
            return line.trimmingSpaces
        }
        // the country before its town, as Latin America writes it: "Chile, Santiago de Chile"
        if parts.count == 2, Location.isCountry(parts[0].trimmingSpaces),
           let town = parts[1].trimmingSpaces.spaceParts.first, Cities.contains(town) {
            return line.trimmingSpaces
        }
        // … or before a dash: "México - Guadalajara", "Brasil – São Paulo"
        if parts.count == 1, n <= 60, let dash = line.byteRange(of: " - ") ?? line.byteRange(of: " – "),
           Location.isCountry(String(line[..<dash.lowerBound]).trimmingSpaces),
           case let town = String(line[dash.upperBound...]).trimmingSpaces, Cities.contains(town) {
            return line.trimmingSpaces
        }
        // a street address before its town and district: "Vlněna 526/1, Brno – Trnitá"
        if parts.count == 2, n <= 80, parts[0].contains(where: \.isNumber),
           let town = parts[1].trimmingSpaces.splitBytes(" – ").first?.splitBytes(" - ").first,
           Cities.contains(town) {
            return line.trimmingSpaces
        }
        // a known town and its country or region after a dash: "Lyon - France", "Austin – TX"
        if parts.count == 1, let dash = line.byteRange(of: " - ") ?? line.byteRange(of: " – ") {
            let town = String(line[..<dash.lowerBound]).trimmingSpaces, region = String(line[dash.upperBound...]).trimmingSpaces
            if Cities.contains(town), Location.isCountry(region) || placeEnds.contains(region) { return line.trimmingSpaces }
        }
        // known towns between slashes, each a place of the job: "Delhi/ Agra", "Berlin / München"
        if parts.count == 1, n <= 80, line.utf8.contains(0x2F) {
            let towns = line.split(separator: "/", omittingEmptySubsequences: false).map(\.trimmingSpaces)
            if (2...6).contains(towns.count), towns.allSatisfy(Cities.contains) { return line.trimmingSpaces }
            // (or a known town and its state's code, as Brazil writes it: "Indaiatuba/SP")
            if towns.count == 2, Cities.contains(towns[0]), Location.brazilianStateCodes.contains(towns[1]) { return line.trimmingSpaces }
        }
        // most lines end in no country or region: their last words tell, before the line is tidied
        guard Self.mayEndInPlace(line) else { return nil }
        let shown = Location.tidied(line)
        guard let last = shown.split(separator: ",").last?.trimmingSpaces else { return nil }
        let words = last.spaceParts
        let end = words.count == 2 && words[1].allSatisfy(\.isNumber) ? String(words[0]) : last
        // (another country's region ends a town's line of two or three parts, its first no address's:
        // "Kleindorp, Gelderland", "Pueblito, Jalisco, México")
        let shownParts = shown.split(separator: ",")
        let regionEnd = (Regions.isEnd(end) || shownParts.count == 3 && Location.isCountry(end)
                         && Regions.isEnd(shownParts[1].trimmingSpaces))
            && shownParts.count <= 3 && !shownParts[0].contains(where: { $0.isNumber }) && shownParts[0] != shownParts[0].uppercased()
        guard placeEnds.contains(end) || regionEnd, shownParts.count <= 4 else { return nil }
        // the words before the region are a name's, not a sentence's ("Made with love in Tirana, Albania")
        let lowered = shown.split(separator: ",").first?.spaceParts
            .filter { w in w.first?.isLowercase == true && !Self.nameParticles.contains(String(w)) } ?? []
        guard lowered.isEmpty else { return nil }
        return shown
    }

    /// A list of two to eight known towns, between commas and a last "and", as written without a closing full
    /// stop: "Köln, Düsseldorf, Bonn, Leverkusen und Umgebung", "Lyon, Grenoble et Annecy"; nil for anything else.
    static func townList(_ line: String) -> String? {
        townsListed(line) == nil ? nil : line.trimmingCharacters(in: " .")
    }

    /// The towns of such a list, each as written ("Köln", "Düsseldorf", "Bonn", "Leverkusen"), or nil.
    static func townsListed(_ line: String) -> [String]? {
        var t = Substring(line.trimmingCharacters(in: " ."))
        for tail in surroundingsTails where t.hasSuffix(tail) { t = t.dropLast(tail.count); break }
        var parts = t.split(separator: ",").map(\.trimmingSpaces)
        if let last = parts.last, let and = [" und ", " and ", " & ", " et ", " en ", " e ", " y "].lazy
            .compactMap({ last.byteRange(of: $0) }).first {
            parts[parts.count - 1] = String(last[..<and.lowerBound]).trimmingSpaces
            parts.append(String(last[and.upperBound...]).trimmingSpaces)
        }
        guard (2...8).contains(parts.count), parts.allSatisfy(Cities.contains) else { return nil }
        return parts
    }
    private static let surroundingsTails = [" und Umgebung", " and surrounding areas", " and surroundings", " and the surrounding area",
                                            " en omgeving", " et environs", " e dintorni", " e provincia", " y alrededores"]

    /// The known town of an area named after it, as networks and boards write one: "Greater Seattle Area",
    /// "San Francisco Bay Area", "Boston Metro Area", "New York City Metropolitan Area", "Großraum München",
    /// "Région de Lyon". Nil for a town alone, or an area of no known town.
    static func townOfArea(_ text: String) -> String? {
        var t = Substring(text)
        var bounded = false
        for head in areaHeads where t.startsWithBytes(head) { t = t.dropFirst(head.count); bounded = true; break }
        for tail in areaTails where t.endsWithBytes(tail) { t = t.dropLast(tail.count); bounded = true; break }
        guard bounded, let first = t.first, first.isUppercase, t.utf8.count >= 3 else { return nil }
        return Cities.contains(t) ? String(t) : nil
    }
    private static let areaHeads = ["Greater ", "Großraum ", "Grossraum ", "Raum ", "Metropolregion ", "Région de ",
                                    "Région d'", "Grand ", "Gran ", "Regio ", "Area di ", "Zona de ",
                                    // (as networks name them in the other languages: "Área metropolitana de Madrid")
                                    "Área metropolitana de ", "Area metropolitana di ", "Região Metropolitana de ",
                                    "Metropoolregio ", "Agglomération de "]
    /// (a town and its surroundings, "Kühbach & Umgebung", is `Location.surroundings`'; as networks write it after a
    /// town alone on its line, it is here too: "Paris et périphérie", "Utrecht en omgeving")
    private static let areaTails = [" Metropolitan Area", " Metro Area", " Bay Area", " Area", " Metro", " Region",
                                    " Metropolregion", " et périphérie", " und Umgebung", " en omgeving", " e dintorni",
                                    " y alrededores", " e região", " e Região", " and surrounding area", " och omnejd",
                                    " og omegn"]

    /// Whether a text is a known town, or a place as `place` reads one ("Berlin", "Lyon - France").
    static func isPlaceName(_ text: String) -> Bool { Cities.contains(text) || place(text) != nil }

    /// The words before a short code in brackets ("Berlin (DE)", "Lyon (69)") or before a district's number
    /// ("Paris 8e", "Praha 4", "Lyon 3ème"), or nil.
    static func townBeforeQualifier(_ line: String) -> String? {
        if line.hasSuffix(")"), let open = line.lastByteRange(of: " (") {
            let inside = line[open.upperBound...].dropLast()
            // (or its postcode: "Paris (75008)")
            guard (1...3).contains(inside.count) && inside.allSatisfy({ $0.isUppercase || $0.isNumber })
                    || (4...5).contains(inside.count) && inside.allSatisfy(\.isNumber) else { return nil }
            return String(line[..<open.lowerBound])
        }
        guard let space = line.lastIndex(of: " ") else { return nil }
        let last = line[line.index(after: space)...]
        // a British postcode's outward part: "London EC2A", "Leeds LS1"
        if isOutwardCode(last) { return String(line[..<space]) }
        let digits = last.prefix { $0.isNumber }
        guard (1...2).contains(digits.count), ["", "e", "er", "ème", "eme", "."].contains(String(last.dropFirst(digits.count))) else {
            return nil
        }
        return String(line[..<space])
    }

    /// Whether a word is the outward part of a British postcode: one or two capitals, a digit, and a digit or a
    /// capital, or none ("EC2A", "LS1", "M1", "SW19").
    static func isOutwardCode(_ w: Substring) -> Bool {
        let u = Array(w.utf8)
        let letters = u.prefix { $0 >= 0x41 && $0 <= 0x5A }.count
        guard (1...2).contains(letters), (letters + 1...letters + 2).contains(u.count), u[letters] >= 0x30 && u[letters] <= 0x39 else { return false }
        return u.count == letters + 1 || u[letters + 1] >= 0x30 && u[letters + 1] <= 0x39 || u[letters + 1] >= 0x41 && u[letters + 1] <= 0x5A
    }

    /// A known town and its district as one word or two ("Berlin-Zentrum", "Gdańsk Wrzeszcz"), as written.
    static func townOfCompound(_ text: String) -> String? {
        let t = text.trimmingSpaces
        guard t.utf8.count <= 40, let cut = t.firstIndex(where: { $0 == "-" || $0 == " " }), Cities.contains(t[..<cut]),
              t[t.index(after: cut)...].first?.isUppercase == true, !t.contains(",") else { return nil }
        return t
    }

    /// Small words inside the names of places ("Frankfurt am Main", "Saint-Denis-de-la-Réunion", "Stratford-upon-Avon").
    static let nameParticles: Set<String> = ["de", "du", "des", "la", "le", "les", "am", "an", "der", "die", "im", "di",
                                             "da", "del", "della", "do", "dos", "das", "upon", "on", "sur", "en", "y",
                                             "e", "i", "van", "von", "zu", "aan", "den", "het", "of", "and", "the"]

    /// Whether the line's last words (a region, a country, a state code, one
    /// of them before a postcode) could be one of `placeEnds`.
    static func mayEndInPlace(_ line: String) -> Bool {
        // (on the bytes: a split of Characters costs thousands of instructions a line)
        let core = line.utf8.firstIndex(of: 0x28).map { line[..<$0] } ?? Substring(line)
        guard let lastPart = core.utf8.split(whereSeparator: { $0 == 0x2C || $0 == 0x3B }).last.map({ Substring($0).trimmingSpaces })
        else { return false }
        let words = lastPart.spaceParts
        guard let lastWord = words.last.map(String.init) else { return false }
        if placeEnds.contains(lastPart) || placeEnds.contains(lastWord) || Regions.isEnd(lastPart) { return true }
        // (a country in another language after a region: "Pueblito, Jalisco, México")
        if core.utf8.reduce(0, { $0 + ($1 == 0x2C ? 1 : 0) }) == 2, Location.isCountry(String(lastPart)) { return true }
        if words.count >= 2 {
            let before = String(words[words.count - 2])
            if lastWord.allSatisfy(\.isNumber), placeEnds.contains(before) { return true }
            if placeEnds.contains(before + " " + lastWord) { return true }
            if words.count >= 3, placeEnds.contains(words.suffix(3).joined(separator: " ")) { return true }
        }
        return false
    }

    /// Whether a text is a Dutch postcode and nothing else: four digits, a space and two capitals ("1096 DV").
    static func isDutchPostcode(_ s: some StringProtocol) -> Bool {
        let u = Array(s.utf8)
        return u.count == 7 && u[..<4].allSatisfy { $0 >= 0x30 && $0 <= 0x39 } && u[4] == 0x20
            && u[5...].allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
    }

    /// "2880 Bagsværd", "10115 Berlin", "1012 AB Amsterdam": four or five digits, an optional
    /// two-letter Dutch suffix, then one to three capitalised words.
    static func postcodeFirst(_ line: String) -> Bool {
        // most lines begin with no digit: their first byte tells
        guard let b = line.utf8.first, b >= 0x30 && b <= 0x39, line.utf8.count <= 80 else { return false }
        var words = line.spaceParts
        // (a French postcode with a space after its département's two digits: "35 000 RENNES"; a Swedish, Czech or
        // Slovak one after its first three: "212 25 Malmö", "110 00 Praha 1")
        let spaced = words.count >= 3 && (words[0].utf8.count == 2 && words[1].utf8.count == 3
                                          || words[0].utf8.count == 3 && words[1].utf8.count == 2)
            && (words[0] + words[1]).allSatisfy { $0.isASCII && $0.isNumber }
        if spaced { words.removeFirst() }
        guard words.count >= 2, words.count <= 5, let first = words.first,
              spaced || isPostcode(first.hasSuffix(",") ? first.dropLast() : first) else { return false }
        words.removeFirst()
        // (a French business address's "CEDEX" after the town, and its office's number: "35 042 RENNES cedex",
        // "75008 Paris Cedex 08")
        if let k = words.lastIndex(where: { $0.lowercased() == "cedex" }), k > 0,
           words[(k + 1)...].allSatisfy({ $0.allSatisfy(\.isNumber) }) {
            words.removeSubrange(k...)
        }
        // (two numbers read as a count too, "12 345 Mitarbeiter": the town must be known, or written in capitals as
        // French addresses write it)
        if spaced {
            let town = words.joined(separator: " ")
            guard Cities.contains(town) || town.allSatisfy({ !$0.isLowercase }) else { return false }
        }
        // (a code with a hyphen reads as a span too, "50-100 Mitarbeiter": its town must be known)
        if first.contains("-") { return Cities.contains(words.joined(separator: " ")) }
        if words.count >= 2, words[0].count == 2, words[0].allSatisfy({ $0.isUppercase }) { words.removeFirst() }
        // (a Dutch postcode's letters alone are no town: "1096 DV", its town in the next part of the address)
        if Self.isDutchPostcode(first + " " + words.joined(separator: " ")) { return false }
        // (an Italian province's code in brackets after the town: "22100 Como (CO)")
        if words.count >= 2, let last = words.last, last.count == 4, last.first == "(", last.last == ")",
           last.dropFirst().dropLast().allSatisfy({ $0.isUppercase && $0.isASCII }) {
            words.removeLast()
        }
        // "15508 Wright Brothers Dr" is a street number and a street, not a postcode and a town
        if let last = words.last?.lowercased().trimmingCharacters(in: ".,"),
           streetTypes.contains(last) || streetEndings.contains(where: { last.hasSuffix($0) }) { return false }
        // (a town's name may join its words with particles: "Oldenburg in Holstein", "Frankfurt am Main"; but it
        // begins with none: "2014 in Culture" is a year and a blog's category)
        let named = words.filter { !townParticles.contains(String($0)) }
        return (1...3).contains(named.count) && words.count <= named.count * 2
            && !townParticles.contains(String(words.first!)) && !townParticles.contains(String(words.last!)) && named.allSatisfy { w in
            guard let c = w.first else { return false }
            return c.isUppercase && w.dropFirst().allSatisfy { $0.isLetter || $0 == "-" }
        }
    }

    /// The small words inside towns' names after a postcode: those of place names, and the prepositions
    /// of German and Dutch towns ("Oldenburg in Holstein", "Bergen op Zoom").
    static let townParticles = nameParticles.union(["in", "ob", "bei", "auf", "op", "sous"])

    /// Whether words that open with a capital end on a word in lower case of four letters or more, no particle of a
    /// town's name: a phrase, "Três passos" (not "Newcastle upon Tyne", "Frankfurt am Main", "berlin").
    static func endsOnCommonWord(_ text: Substring) -> Bool {
        let words = text.spaceParts
        guard words.count >= 2, words[0].first?.isUppercase == true, let last = words.last,
              last.utf8.count >= 4, last.allSatisfy({ $0.isLetter && $0.isLowercase }) else { return false }
        return !townParticles.contains(String(last))
    }

    /// Four or five digits, a postcode with a hyphen as Poland and Portugal write it ("90-613", "1000-001"), or a Dutch
    /// one with its letters joined to its digits ("1026CH").
    static func isPostcode(_ code: Substring) -> Bool {
        let bytes = Array(code.utf8)
        let isDigit = { (b: UInt8) in b >= 0x30 && b <= 0x39 }
        if (4...5).contains(bytes.count), bytes.allSatisfy(isDigit) { return true }
        // (a Dutch postcode written with its letters joined to its digits: "1026CH Amsterdam")
        if bytes.count == 6, bytes[..<4].allSatisfy(isDigit), bytes[4...].allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) { return true }
        for dash in [2, 4] where bytes.count == dash + 4 && bytes[dash] == 0x2D {
            if bytes[..<dash].allSatisfy(isDigit), bytes[(dash + 1)...].allSatisfy(isDigit) { return true }
        }
        return false
    }

    /// The last words of street names in English, German, French, Spanish, Dutch and Italian.
    static let streetTypes: Set<String> = ["dr", "drive", "st", "street", "ave", "avenue", "rd", "road", "blvd",
                                           "boulevard", "ln", "lane", "way", "pkwy", "parkway", "ct", "court", "pl",
                                           "place", "hwy", "highway", "suite", "ste", "cir", "circle", "ter", "sq",
                                           "square", "straße", "strasse", "str", "weg", "gasse", "platz", "allee",
                                           "rue", "avenida", "calle", "straat", "laan", "plein", "via", "piazza"]

    /// How street names end where the language writes them as one word ("Hauptstraße", "Kerkstraat").
    static let streetEndings = ["straße", "strasse", "weg", "gasse", "platz", "allee", "straat", "laan", "plein", "gracht"]

    private func unquoted(_ s: String) -> String { s.filter { $0 != "\"" }.trimmingSpaces }

    /// The name on the line under the title's first line near the top (or
    /// the one after it, past a date or a kind of contract): boards set the
    /// employer there. Not a place, a label, a heading, a role or a date.
    /// `i` is the title's line (`lineIndex(of:)`).
    func line(under title: String, at i: Int) -> String? {
        let t = Words.normalized(title)
        let after = Array(lines[(i + 1)...].prefix(3))
        for (k, line) in after.prefix(2).enumerated() {
            let name = line.trimmingSpaces
            // a place or a button under the title ("Engineer" / "Arnhem" / "Café Classen") is passed over
            if name.utf8.count <= 60, Self.place(name) != nil || Self.buttons.contains(name.lowercased()), k == 0 { continue }
            if EmploymentType.names(name) || name.filter(\.isNumber).count >= 3 { continue }
            // "Acme Corp · Berlin · Full-time": the employer first among the header's facts (not a department:
            // "Engineering · Berlin · Full-time")
            if name.unicodeScalars.contains(where: Self.isFactSeparator) {
                let facts = name.splitScalars(whereSeparator: Self.isFactSeparator).map { String($0).trimmingSpaces }
                if facts.count >= 2, Self.couldNameEmployer(facts[0]), Words.normalized(facts[0]) != t,
                   !PostingLabels.departmentEnds.contains(facts[0].lowercased()),
                   facts.dropFirst().contains(where: { Self.isPlaceName($0) || EmploymentType.names($0) }) {
                    return facts[0]
                }
            }
            guard Self.couldNameEmployer(name), Words.normalized(name) != t else { return nil }
            // a list of names ("Firm 1", "Firm 2", …) is a directory, not a header
            // (a role under the name is the header's repeated title, not another name)
            if k + 1 < after.count, Self.writtenAsName(after[k + 1].trimmingSpaces), Self.place(after[k + 1]) == nil,
               !PostingLabels.readsAsRole(after[k + 1]),
               !after[k + 1].unicodeScalars.contains(where: Self.isFactSeparator),
               after[k + 1].filter(\.isNumber).count < 3, !Self.isHeading(after[k + 1]) { return nil }
            return name
        }
        return nil
    }

    /// The line just over the first line that labels a title, an employer or a
    /// place, when it could be a title: old boards and applicant-tracking
    /// systems set the title over a block of "Location:", "Job Code:" facts.
    var lineOverFacts: String? {
        for (i, head) in heads.enumerated().prefix(400) where i > 0 {
            guard let head, PostingLabels.isLabel(head.label.trimmingSpaces) else { continue }
            // (over a line of the job's reference, "Job ID 117530")
            var above = i - 1
            if above > 0, PostingLabels.isMadeOfPageWords(lines[above]) { above -= 1 }
            let line = lines[above].trimmingSpaces
            guard line.utf8.count <= 100, line.filter(\.isLetter).count >= 3, !Self.isHeading(line), !line.contains(":"),
                  !line.hasSuffix("."), Self.place(line) == nil, WorkArrangement.labelled(line) == nil,
                  // (nor a button to share the page: "LinkedIn" / "Dieses Stellenangebot teilen" / "Locations")
                  !SiteOwner.socialNames.contains(line.lowercased()),
                  // (nor a fact over the next: "Gehalt, 2.500 – 4.000 €" / "Standort" / "Osnabrück")
                  !line.contains(where: \.isNumber) || SalaryReader.text(line) == nil else { return nil }
            return line
        }
        return nil
    }

    /// The name a sentence says the writers are, set apart by a comma or a dash: "We are Ferrovia Systems, a
    /// team of 30 …", "Wir sind die Nordlicht GmbH – …", "Nous sommes Dupont Conseil, …", "Somos Globex, …",
    /// "Wij zijn Zonnig BV, …", "Siamo Rossi Software, …"; or that stands beside "we" between commas:
    /// "Wir, das Gasthaus Zur Linde, suchen …", "We, Acme Ltd, are …". ("We are looking for …": no name.)
    static func weAre(_ line: String) -> String? {
        guard let b = line.utf8.first, b == 0x57 || b == 0x4E || b == 0x53 || b == 0x56,
              let opening = ["We are ", "We’re ", "We're ", "Wir sind ", "Nous sommes ", "Somos ", "Wij zijn ", "Siamo ",
                             "We, ", "Wir, ", "Wij, ", "Nous, ", "Nosotros, ", "Noi, ", "Vi, "]
                .first(where: { line.utf8.starts(with: $0.utf8) })
        else { return nil }
        var words = String(line.dropFirst(opening.count).prefix(100)).spaceParts
        if let w = words.first, words.count > 1, articles.contains(String(w)) || ["die", "der", "das", "the"].contains(String(w)) {
            words.removeFirst()
        }
        var name: [Substring] = []
        for word in words.prefix(6) {
            let bare = String(word).trimmingCharacters(in: ",;:–—")
            guard let c = bare.first, c.isUppercase || c.isNumber || (!name.isEmpty && nameJoiners.contains(bare)) else { return nil }
            name.append(Substring(bare))
            // (the name ends at its comma, or before a dash)
            if bare.utf8.count != word.utf8.count { break }
            if let next = words.dropFirst(name.count).first, next == "–" || next == "—" || next == "-" { break }
        }
        while let last = name.last, nameJoiners.contains(String(last)) { name.removeLast() }
        guard !name.isEmpty, name.count <= 5, name.count < words.count,
              words[name.count - 1].hasSuffix(",") || ["–", "—", "-"].contains(String(words[name.count])) else { return nil }
        return name.joined(separator: " ")
    }

    /// The employer of a sentence that opens with the role at it, in six languages:
    /// "As a DevOps engineer at Acme, …", "Als Entwickler bei Müller GmbH …",
    /// "En tant que développeur chez Dupont, …", "Como analista en Globex …".
    static func roleAtEmployer(_ line: String) -> String? {
        guard let opened = afterRoleOpening(line) else { return nil }
        let rest = String(opened.prefix(120))
        guard let at = [" at ", " bij ", " bei ", " chez ", " en ", " presso "].lazy.compactMap({ rest.byteRange(of: $0) }).first,
              rest.distance(from: rest.startIndex, to: at.lowerBound) <= 60 else { return nil }
        var name: [Substring] = []
        for word in rest[at.upperBound...].spaceParts.prefix(5) {
            let bare = String(word).trimmingCharacters(in: ",.;:!?")
            guard let c = bare.first, c.isUppercase || c.isNumber || (!name.isEmpty && nameJoiners.contains(bare)) else { break }
            name.append(Substring(bare))
            if bare.utf8.count != word.utf8.count { break }
        }
        while let last = name.last, nameJoiners.contains(String(last)) { name.removeLast() }
        return name.isEmpty ? nil : name.joined(separator: " ")
    }

    /// The role a sentence opens with, as `roleAtEmployer` reads it, up to its first small word or comma and where
    /// it reads as a role: "Als Pflegekraft im Pflegeteam Braunschweig sind Sie …" gives "Pflegekraft", "As a
    /// DevOps engineer at Acme, …" gives "DevOps engineer".
    static func roleOpening(_ line: String) -> String? {
        guard let opened = afterRoleOpening(line) else { return nil }
        var role: [Substring] = []
        for word in opened.spaceParts.prefix(6) {
            // (a small word ends it: "at", "im", "chez", "en", "bij", "presso"; so does a comma)
            let bare = String(word).trimmingCharacters(in: ",;:")
            if roleEndWords.contains(bare.lowercased()) { break }
            // (so does the verb before its subject, as Dutch and German put them after an opening: "Als lasser maak je …")
            if let next = opened.spaceParts.dropFirst(role.count + 1).first, subjectsAfterVerb.contains(String(next)) { break }
            role.append(Substring(bare))
            if bare.utf8.count != word.utf8.count { break }
        }
        let text = role.joined(separator: " ")
        return !role.isEmpty && role.count <= 4 && PostingLabels.readsAsRole(text) ? text : nil
    }
    /// A line's words after the opening that puts a role first, in six languages ("As a ", "Als ", "En tant que ",
    /// "Como ", "Come "), or nil.
    static func afterRoleOpening(_ line: String) -> Substring? {
        guard let b = line.utf8.first, b == 0x41 || b == 0x43 || b == 0x45,
              let opening = roleOpenings.first(where: { line.utf8.starts(with: $0.utf8) }) else { return nil }
        return line.dropFirst(opening.count)
    }
    static let roleOpenings = ["As a ", "As an ", "Als ", "En tant que ", "Como ", "Come "]

    /// Subjects a Dutch or German sentence puts after its verb when a role opens it ("Als lasser maak je …").
    static let subjectsAfterVerb: Set<String> = ["je", "jij", "u", "du", "Sie", "ihr"]

    /// Small words that end the role a sentence opens with.
    static let roleEndWords: Set<String> = ["at", "in", "for", "with", "on", "you", "you'll", "you’ll", "im", "bei", "beim", "für",
                                            "bist", "sind", "wirst", "chez", "à", "au", "dans", "pour", "vous", "tu", "en", "de",
                                            "para", "con", "bij", "voor", "ben", "presso", "per", "sarai", "ti"]

    /// Whether every word of a short text is capitalised, a number or a word
    /// that joins a name ("House of Lords", "NeoTreks, Inc."), not a sentence.
    static func writtenAsName(_ text: String) -> Bool {
        let words = text.spaceParts
        guard (1...7).contains(words.count), !text.hasSuffix("!"), !text.hasSuffix("?"), text.contains(where: \.isLetter) else { return false }
        return words.allSatisfy { w in
            guard let c = w.first else { return false }
            return c.isUppercase || c.isNumber || !c.isLetter || nameJoiners.contains(String(w))
        }
    }

    /// The first of the first 300 lines that reads as the title (the same
    /// words; lines of a very different length are not normalized to see).
    func lineIndex(of title: String) -> Int? {
        guard let isTitle = Self.matcher(title) else { return nil }
        // (failing the title's own line, the heading's it was cleaned from: "Analista de Contact Center | Lisboa | Hibrido",
        // "We're hiring a Data Engineer!")
        return lines.prefix(300).firstIndex(where: isTitle)
            ?? Self.matcher(title, within: true).flatMap { lines.prefix(300).firstIndex(where: $0) }
    }

    /// The lines in the range that are the title (a breadcrumb's last item,
    /// then the heading).
    func lineIndices(of title: String, in range: Range<Int>) -> [Int] {
        guard let isTitle = Self.matcher(title), let holdsTitle = Self.matcher(title, within: true) else { return [] }
        let found = range.clamped(to: lines.indices).filter { isTitle(lines[$0]) }
        return found.isEmpty ? range.clamped(to: lines.indices).filter { holdsTitle(lines[$0]) } : found
    }

    /// Whether a line says the title: about its length (a cheap test first), the same words.
    /// A line that is the title; `within`: a line that opens or ends with it, up to three times as long.
    private static func matcher(_ title: String, within: Bool = false) -> ((String) -> Bool)? {
        let t = Words.normalized(title)
        let n = title.utf8.count
        guard !t.isEmpty else { return nil }
        if within {
            return { line in
                let m = line.utf8.count
                guard m > n, m <= n * 3 + 16 else { return false }
                let l = Words.normalized(line)
                return l.startsWithBytes(t + " ") || l.hasSuffix(" " + t)
            }
        }
        return { line in
            let m = line.utf8.count
            return m * 2 >= n && m <= n * 2 + 16 && Words.normalized(line) == t
        }
    }

    /// A place on one of the lines around the title's first line (four over,
    /// three under): a known town alone ("Arnhem"), a postcode and its town, or
    /// a town before its region.
    func place(near i: Int) -> String? {
        let around = lines[max(0, i - 4)..<i].reversed() + lines[(i + 1)..<min(lines.count, i + 4)]
        // (a country alone on the line right under the title is the place too: "Engenheiro IP" / "México"; or
        // under the kind of contract and the marks between the facts: "Full Time" / "◦" / "United States")
        for line in lines[(i + 1)..<min(lines.count, i + 5)] {
            let v = line.trimmingSpaces
            if Location.isCountry(v) { return v }
            guard EmploymentType.names(v) || !v.contains(where: \.isLetter) else { break }
        }
        return around.lazy.filter { $0.utf8.count <= 60 }.compactMap { Self.place($0.trimmingSpaces) }.first
    }

    /// Whether a header line next to the title could be the employer's name:
    /// short, written as a name is, and no place, label, heading, sentence,
    /// line of facts ("Amsterdam | Full-time"), arrangement or role.
    static func couldNameEmployer(_ name: String) -> Bool {
        guard name.utf8.count <= 60, let first = name.first, first.isUppercase || first.isNumber, !pronouns.contains(name.lowercased()),
              name.filter(\.isLetter).count >= 2, place(name) == nil, !placeEnds.contains(name),
              // "Requirements: SQL and Tableau." is a label and a sentence, not a name
              !name.contains(":"), !name.unicodeScalars.contains(where: isFactSeparator),
              // (nor an author's byline: "By John Doe", "Von Anna Schmidt", "Par Jean Dupont"; "Von Ardenne GmbH" is a name)
              !Self.isByline(name),
              // (nor a trail of links: "Home » Offres", "Careers › Engineering")
              !name.unicodeScalars.contains(where: { $0 == "»" || $0 == "›" }), !name.containsBytes(" > "), !Self.isHomeTrail(name),
              !name.hasSuffix(".") || PostingLabels.readsAsCompany(name), !isHeading(name),
              WorkArrangement.labelled(name) == nil, PageHeuristics.looksLikeName(name),
              !PostingLabels.opensWithFact(name),
              !PostingLabels.sectionEnds.contains(name.lowercased().spaceParts.last.map(String.init) ?? ""),
              !PostingLabels.readsAsRole(name) || PostingLabels.readsAsCompany(name) else { return false }
        return writtenAsName(name)
    }

    /// Whether a line is a trail of links from the site's home, its parts parted by slashes ("Home / Vacatures /
    /// Werfleider", "Startseite/Karriere/Elektriker").
    static func isHomeTrail(_ line: String) -> Bool {
        let parts = line.split(separator: "/").map { $0.trimmingSpaces.lowercased() }
        return parts.count >= 3 && PageHeuristics.trailStarts.contains(parts[0])
    }

    /// Whether a line is an author's byline: a word for "by" in the six languages, then a person's name.
    static func isByline(_ line: String) -> Bool {
        let parts = line.split(separator: " ", maxSplits: 1)
        return parts.count == 2 && bylineWords.contains(String(parts[0])) && PostingLabels.readsAsPerson(String(parts[1]))
    }
    static let bylineWords: Set<String> = ["By", "Von", "Par", "Por", "Door", "Da"]

    /// Pronouns a careers page heads its sections with ("Us" / "You"), in the six languages, or that a sentence
    /// opens with ("Vi söker …"): no one's name.
    static let pronouns: Set<String> = ["us", "we", "you", "me", "them", "wir", "uns", "du", "ihr", "sie", "nous", "vous",
                                        "moi", "toi", "nosotros", "vosotros", "ustedes", "wij", "ons", "jij", "jou", "jullie",
                                        "noi", "voi", "tu",
                                        // … and the first persons that open a sentence in the EU's other languages ("Vi söker …")
                                        "vi", "jag", "jeg", "ni", "dere", "my", "nós"]

    /// Words of the reader and of the employer's own ("Sie", "dich", "unser", "your"), in the languages read: no role
    /// holds one ("Kommen Sie in unser Team"). (Not Spanish "te", Dutch "te" is a preposition of place: "Medewerker te
    /// Utrecht".)
    static let readerWords: Set<String> = pronouns.union(["dich", "dir", "euch", "dein", "deine", "unser", "unsere", "unserem",
                                                          "unseren", "our", "your", "onze", "jouw", "uw", "notre", "nos",
                                                          "votre", "vos", "nuestro", "nuestra", "tu",
                                                          "nostro", "nostra", "vår", "vårt", "din", "ditt", "nasz", "nasza",
                                                          "nosso", "nossa"])

    /// The name on one of the three lines over the title's first line, past
    /// buttons ("Share", "Save", "Apply"), when it passes `line(under:)`'s tests.
    func line(over i: Int) -> String? {
        guard i > 0 else { return nil }
        for (k, line) in zip(lines[max(0, i - 4)..<i].indices, lines[max(0, i - 4)..<i]).reversed() {
            let name = line.trimmingSpaces
            guard name.utf8.count <= 60 else { return nil }
            // (a department's name alone, the tag over a career page's heading, names no employer: "Technology" /
            // "Front-End Developer")
            if Self.place(name) != nil || PostingLabels.isGeneric(name) || Self.buttons.contains(name.lowercased())
                || PostingLabels.departmentEnds.contains(name.lowercased()) { continue }
            guard Self.couldNameEmployer(name), !endsMenu(k) else { return nil }
            return name
        }
        return nil
    }

    /// Whether a line is the last item of a menu: it and the three lines over it are each a word or
    /// two, capitalised ("Blog" / "Services" / "Team" / "Jobs" / "Blockchain").
    func endsMenu(_ i: Int) -> Bool {
        guard i >= 3 else { return false }
        return lines[(i - 3)...i].allSatisfy { line in
            line.utf8.count <= 24 && line.first?.isUppercase == true && line.spaceParts.count <= 2
                && !line.contains(where: { $0.isNumber || $0 == ":" || $0 == "," })
        }
    }
    static let buttons: Set<String> = ["share", "save", "apply", "print", "back", "like", "follow", "following", "saved",
                                       "shared", "gem", "teilen",
                                       "speichern", "partager", "compartir", "delen", "condividi", "bewerben", "postuler"]

    /// The job a sentence of the posting hires for, written as a title is
    /// (its first word capitalised): "We are looking for a Course Instructor to
    /// support …", "… is searching for an Office Manager." Up to eight words,
    /// to the first word that ends the noun phrase.
    var soughtTitle: String? {
        for (i, raw) in lines.prefix(400).enumerated() {
            let line = Self.withoutAsides(raw)
            // a headline that ends on its verb goes on on the next line ("PIX recrute" / "un.e développeur.e
            // fullstack JS", "5 chargé·e·s de …"): what it hires for is the title there, as it is written
            if i + 1 < lines.count, Self.hiringHeadline(raw) != nil {
                var next = lines[i + 1].spaceParts
                if let first = next.first, Self.indefiniteArticles.contains(first.lowercased()) || first.allSatisfy(\.isNumber) {
                    next.removeFirst()
                }
                let words = Self.phrase(next)
                if (1...8).contains(words.count) { return words.joined(separator: " ") }
                continue
            }
            guard line.utf8.count >= 20 else { continue }
            // "Poszukujemy osób na stanowisko Doradca Energetyczny.", "… for the position of Office Manager": the
            // position a sentence names, written as a title is or read as a role
            // (the phrases looked for at once: most lines hold none)
            if Self.positionNeedles.matches(line) != 0,
               let words = Self.positionPhrases.lazy.compactMap({ Self.phrase(after: $0, in: line) }).first {
                let phrase = words.joined(separator: " ")
                if let first = phrase.first, (1...6).contains(words.count),
                   first.isUppercase || PostingLabels.readsAsSoughtRole(phrase) {
                    return phrase
                }
            }
            // "Wir suchen Ergotherapeut*innen, die …": a verb with no article before roles, not "Verstärkung"
            let seeking = Self.seekingNeedles.matches(line)
            let found = seeking & Self.articleSeeking
            if found == 0, seeking != 0 {
                guard let (verb, words) = Self.pluralSeekingVerbs.lazy
                    .compactMap({ verb in Self.phrase(after: verb, in: line).map { (verb, $0) } }).first else { continue }
                let phrase = words.joined(separator: " ")
                // (the reader sought is no role: "Wir suchen Sie (m/w/d) als" / "Fachärztin für Allgemeinmedizin")
                if let first = words.first, Self.readerWords.contains(first.lowercased()) { continue }
                // (capitalised as German writes its nouns; a Romance language's roles are in lower case: "Buscamos
                // camarero/a con experiencia", "Cerchiamo cuochi")
                if let first = words.first?.first, first.isUppercase || Self.romanceSeeking.contains(verb),
                   (1...6).contains(words.count), PostingLabels.readsAsSoughtRole(phrase) {
                    return phrase
                }
                continue
            }
            guard found != 0, let words = Self.phrase(after: Self.seekingVerbs[found.trailingZeroBitCount], in: line),
                  let first = words.first?.first, first.isUppercase, (1...8).contains(words.count) else { continue }
            return words.joined(separator: " ")
        }
        return nil
    }

    /// A short line near the top that names the role and says it is sought, in German, Dutch and Italian, as
    /// small employers' pages write it over their text: "MFA gesucht", "Kok gezocht!", "Cercasi cameriere".
    /// The role: up to five words that read as one, or an abbreviation in capitals ("MFA", "PTA"); not a sentence
    /// ("Wir haben lange gesucht") nor a generic heading ("Verstärkung gesucht").
    var wantedRole: String? {
        for line in lines.prefix(60) where line.utf8.count <= 50 {
            let t = line.trimmingCharacters(in: " !")
            var role: Substring?
            for sought in [" gesucht", " gezocht"] where t.hasSuffix(sought) { role = t.dropLast(sought.count) }
            if t.startsWithBytes("Cercasi ") { role = t.dropFirst("Cercasi ".count) }
            guard let r = role?.trimmingSpaces, (1...5).contains(r.spaceParts.count), let first = r.first,
                  first.isUppercase, !r.contains(":"), !Self.notWanted.contains(r.lowercased()),
                  !PostingLabels.isGeneric(r) else { continue }
            let abbreviation = !r.contains(" ") && (2...6).contains(r.utf8.count) && r.allSatisfy { $0.isUppercase }
            guard abbreviation || PostingLabels.readsAsRole(r) else { continue }
            return r
        }
        return nil
    }
    /// What is sought that is no role: "Verstärkung gesucht", "Mitstreiter gesucht", "Versterking gezocht".
    static let notWanted: Set<String> = ["verstärkung", "unterstützung", "mitstreiter", "mitstreiterin", "mitstreiter:innen",
                                         "talente", "talent", "du", "sie", "dich", "versterking", "collega's", "jij", "personale"]

    /// The role a sentence of the posting hires for, however it is written: "Wij zoeken een gemotiveerde
    /// instructeur(trice) die …" gives "instructeur(trice)". Words that praise the one sought ("gemotiveerde",
    /// "experienced", "motivé") go, before or after it, and so does a bracket that is no gender mark
    /// ("(homme ou femme)"); what is left must read as a role, in up to six words.
    var soughtRole: String? { seeking?.role }

    /// The known town the sentence of `soughtRole` puts the work in, after a word of place ("Nous recherchons un
    /// Chargé de mission en CDI à Nantes !", "We are looking for a Site Engineer in Leeds").
    var soughtPlace: String? {
        guard let (_, at) = seeking else { return nil }
        return Location.mentioned(in: lines[at])?.town
    }

    /// The role a sentence seeks, and the sentence's line.
    private var seeking: (role: String, line: Int)? {
        for (i, raw) in lines.prefix(400).enumerated() where raw.utf8.count >= 20 {
            let line = Self.withoutAsides(raw)
            let found = Self.seekingNeedles.matches(line) & Self.articleSeeking
            guard found != 0, var words = Self.phrase(after: Self.seekingVerbs[found.trailingZeroBitCount], in: line) else { continue }
            if let k = words.firstIndex(where: { $0.hasPrefix("(") && !PostingLabels.hasGenderMark($0.lowercased()) }) {
                words.removeSubrange(k...)
            }
            // (and the word that joins two of them: "eine/n engagierte/n und freundliche/n Rezeptionistin")
            while let w = words.first, Self.praises(w) || Self.joiningWords.contains(w.lowercased()) && words.count > 1 && Self.praises(words[1]) {
                words.removeFirst()
            }
            while let w = words.last, Self.praises(w) { words.removeLast() }
            let role = words.joined(separator: " ")
            if (1...6).contains(words.count), PostingLabels.readsAsSoughtRole(role) { return (role, i) }
        }
        return nil
    }
    /// Whether a word praises the one sought, as it is or in German's written genders ("engagierte/n", "motivierte*r").
    static func praises(_ word: String) -> Bool {
        let w = word.lowercased()
        if praiseWords.contains(w) { return true }
        for mark in ["/n", "/r", "*n", "*r", ":n", ":r", "(n)", "(r)", "_n", "_r"] where w.hasSuffix(mark) {
            return praiseWords.contains(String(w.dropLast(mark.count)))
        }
        return false
    }
    /// Words that join two words of praise: "engagierte/n und freundliche/n".
    static let joiningWords: Set<String> = ["and", "und", "et", "en", "y", "e", "och", "og"]

    /// What German puts between the verb that seeks and the one it seeks ("Wir suchen zur Verstärkung unseres Teams
    /// eine/n …", "… suchen ab sofort einen …", "… zum nächstmöglichen Zeitpunkt …"): the line without it, read as the
    /// verbs are.
    static func withoutAsides(_ line: String) -> String {
        guard line.containsBytes("stärkung") || line.containsBytes("sofort") || line.containsBytes("chstmöglichen") else { return line }
        var out = line
        for aside in seekingAsides {
            let lowered = out.lowercased()
            guard lowered.utf8.count == out.utf8.count, let r = lowered.byteRange(of: aside) else { continue }
            let u = Array(out.utf8)
            let from = lowered.utf8.distance(from: lowered.utf8.startIndex, to: r.lowerBound)
            let to = lowered.utf8.distance(from: lowered.utf8.startIndex, to: r.upperBound)
            out = String(decoding: u[..<from] + u[to...], as: UTF8.self)
        }
        return out
    }
    static let seekingAsides = ["zur verstärkung unseres teams ", "zur verstärkung unseres teams, ", "zur verstärkung unseres team ",
                                "zur verstärkung ", "ab sofort ", "zum nächstmöglichen zeitpunkt ", "per sofort "]

    /// Words that praise the one a sentence seeks, in the six languages: no part of the role's name.
    static let praiseWords: Set<String> = [
        "motivated", "experienced", "enthusiastic", "passionate", "talented", "dedicated", "driven", "skilled",
        "qualified", "dynamic", "reliable", "committed", "ambitious", "new", "additional",
        "gemotiveerde", "ervaren", "enthousiaste", "gedreven", "nieuwe", "extra", "betrouwbare", "ambitieuze",
        "motivierte", "motivierten", "erfahrene", "erfahrenen", "engagierte", "engagierten", "neue", "neuen",
        "freundliche", "freundlichen", "kompetente", "kompetenten", "teamfähige", "teamfähigen",
        "zuverlässige", "zuverlässigen", "qualifizierte", "qualifizierten",
        "motivé", "motivée", "motivé(e)", "motivé·e", "expérimenté", "expérimentée", "expérimenté(e)", "expérimenté·e",
        "passionné", "passionnée", "passionné(e)", "dynamique", "nouveau", "nouvelle", "rigoureux", "rigoureuse",
        "motivado", "motivada", "experimentado", "experimentada", "nuevo", "nueva",
        "motivato", "motivata", "esperto", "esperta", "nuovo", "nuova"]

    /// The noun phrase after a verb of seeking (written in lower case) in a line, as `phrase` reads it; nil where
    /// the line does not write the verb, or where lowering a letter changed the line's length (the offsets would
    /// not be the line's).
    private static func phrase(after verb: String, in line: String) -> [String]? {
        let lowered = line.lowercased()
        guard lowered.utf8.count == line.utf8.count, let at = lowered.byteRange(of: verb) else { return nil }
        let offset = lowered.utf8.distance(from: lowered.utf8.startIndex, to: at.upperBound)
        return phrase(String(decoding: Array(line.utf8).dropFirst(offset), as: UTF8.self).spaceParts)
    }

    /// The words of a noun phrase, up to eight, to the first word that ends it.
    private static func phrase(_ rest: [Substring]) -> [String] {
        var words: [String] = []
        for word in rest {
            let bare = String(word).trimmingCharacters(in: ",.;:!?")
            if words.count >= 8 || phraseEnds.contains(bare.lowercased()) || bare.isEmpty { break }
            words.append(bare)
            if bare.utf8.count != word.utf8.count { break }
        }
        return words
    }

    /// Articles before what a headline hires for ("un.e", "une", "a", "einen").
    static let indefiniteArticles: Set<String> = ["a", "an", "un", "une", "un.e", "un·e", "des", "einen", "eine", "ein",
                                                  "een", "uno", "una", "unos", "unas"]

    /// The employer of a headline that ends on its hiring verb: "PIX recrute", "Acme is hiring", "Müller GmbH sucht".
    static func hiringHeadline(_ line: String) -> String? {
        guard line.utf8.count <= 60 else { return nil }
        let t = line.trimmingCharacters(in: " :!")
        for verb in hiringEnds where t.hasSuffix(verb) {
            let name = String(t.dropLast(verb.count)).trimmingSpaces
            if let c = name.first, c.isUppercase || c.isNumber, name.spaceParts.count <= 4 { return name }
        }
        return nil
    }
    /// A name of up to four words, a verb of seeking and what it seeks, without its article: "Zahnarztpraxis sucht
    /// zahnmedizinische Fachangestellte", "Acme is hiring a Data Engineer", "Dupont recrute un chef de projet".
    static func nameSeeking(_ line: String) -> (name: String, sought: String)? {
        guard line.utf8.count <= 120 else { return nil }
        for verb in hiringEnds {
            guard let r = line.byteRange(of: verb + " "), r.lowerBound > line.startIndex else { continue }
            let name = String(line[..<r.lowerBound]).trimmingSpaces
            guard let c = name.first, c.isUppercase, name.spaceParts.count <= 4 else { return nil }
            var words = line[r.upperBound...].trimmingSpaces.spaceParts
            if let first = words.first, words.count > 1, Self.soughtArticles.contains(first.lowercased()) { words.removeFirst() }
            guard !words.isEmpty else { return nil }
            return (name, words.joined(separator: " ").trimmingCharacters(in: " !."))
        }
        return nil
    }
    static let soughtArticles: Set<String> = ["a", "an", "einen", "eine", "ein", "un", "une", "un.e", "un·e", "un⋅e", "een", "uno", "una"]
    static let hiringEnds = [" recrute", " recrutent", " recherche", " recherchent", " is hiring", " are hiring", " sucht",
                             " zoekt", " busca", " contrata", " cerca", " assume"]
    static let seekingVerbs = ["looking for a ", "looking for an ", "searching for a ", "searching for an ", "seeking a ",
                               "seeking an ", "hiring a ", "hiring an ", "recruiting a ", "recruiting an ",
                               "recherchons un ", "recherchons une ", "recrutons un ", "recrutons une ", "recrute un ",
                               "recrute une ", "recrute un.e ", "recrute un·e ", "recrutons des ", "recherchons un.e ",
                               "recherchons un·e ",
                               "suchen einen ", "suchen eine ", "sucht einen ", "sucht eine ",
                               // (the article in both genders: "Wir suchen eine/n Rezeptionistin")
                               "suchen eine/n ", "sucht eine/n ", "suchen eine*n ", "sucht eine*n ", "suchen eine:n ", "sucht eine:n ",
                               "buscamos un ", "buscamos una ", "busca un ", "busca una ", "zoeken een ", "zoekt een ",
                               "cerchiamo un ", "cerchiamo una ", "cerca un ", "cerca una ", "op zoek naar een ",
                               "recherchons un(e) ", "recrutons un(e) ", "recrute un(e) "]
    /// Words before the position a sentence names, in the languages of the EU's job market.
    static let positionPhrases = ["for the position of ", "for the role of ", "for the post of ", "na stanowisko ",
                                  "für die position als ", "für die position ", "für die stelle als ", "pour le poste de ",
                                  "au poste de ", "para el puesto de ", "para el cargo de ", "para la posición de ",
                                  "para a vaga de ", "para o cargo de ", "para a função de ", "per la posizione di ",
                                  "per il ruolo di ", "voor de functie van ", "voor de functie als ", "voor de functie ",
                                  "voor de rol van ", "till tjänsten som ", "för tjänsten som ", "för rollen som ",
                                  "til stillingen som ", "na pozici "]
    static let positionNeedles = ByteNeedles(positionPhrases)
    /// Verbs of seeking before roles named with no article ("wir suchen Erzieher*innen", "we are looking for engineers").
    static let pluralSeekingVerbs = ["wir suchen ", "suchen wir ", "we are looking for ", "we're looking for ", "we are hiring ",
                                     "nous recherchons des ", "nous recrutons des ", "buscamos ", "wij zoeken ", "cerchiamo "]
    /// Those of them whose roles are written in lower case.
    static let romanceSeeking: Set<String> = ["nous recherchons des ", "nous recrutons des ", "buscamos ", "cerchiamo "]
    /// Both kinds in one pass over a line: the bits of `seekingVerbs` first.
    static let seekingNeedles = ByteNeedles(seekingVerbs + pluralSeekingVerbs)
    static let articleSeeking: UInt64 = (1 << UInt64(seekingVerbs.count)) - 1
    /// Words that end a sought title: "a Course Instructor to support", "an Engineer who", "in", "with".
    static let phraseEnds: Set<String> = ["to", "who", "that", "which", "in", "at", "for", "with", "on", "from", "and",
                                          "or", "based", "pour", "qui", "à", "en", "para", "que", "con", "om", "die",
                                          "voor", "per", "che", "a", "da", "join", "like", "as", "für", "mit", "zur", "zum",
                                          "ab"]

    /// What ends a name among the facts a line writes after it ("Posted by Tallis Digital · 3 days ago",
    /// "Schröder Anlagenbau GmbH · Industriestraße 4"), the strongest first.
    static let factBreaks = [" · ", " | ", " • ", " - ", " – ", ", "]

    /// "Posted by Acme on …"
    var postedBy: String? {
        for line in lines where line.startsWithBytes("Posted by ") {
            var rest = String(line.dropFirst("Posted by ".count))
            if let r = rest.byteRange(of: " on ") { rest = String(rest[..<r.lowerBound]) }
            // (and before the facts after it: "Posted by Tallis Digital · 3 days ago")
            if let r = Self.factBreaks.lazy.compactMap({ rest.byteRange(of: $0) }).first {
                rest = String(rest[..<r.lowerBound])
            }
            let name = String(rest).trimmingSpaces
            if !name.isEmpty, name.utf8.count <= 60 { return name }
        }
        // a dated byline under the title, as a site's news pages write it: "October 1, 2017 by Acme"
        for line in lines.prefix(60) where line.utf8.count <= 80 {
            guard let r = line.byteRange(of: " by ") else { continue }
            let date = line[..<r.lowerBound], name = String(line[r.upperBound...]).trimmingSpaces
            let year = date.split(whereSeparator: { !$0.isNumber }).contains { $0.count == 4 && ($0.startsWithBytes("19") || $0.startsWithBytes("20")) }
            if year, date.spaceParts.count <= 5, name.first?.isUppercase == true, PageHeuristics.looksLikeName(name) {
                return name
            }
        }
        return nil
    }

    /// The value of a bare "Name" label in a block headed as the employer's, as boards write their card of it:
    /// "Informations sur l'entreprise" / "Nom :" / "Acme SA", "Company details" / "Name: Acme Ltd". (A "Name"
    /// under "Contact" is a person's.)
    var companySectionName: (String, Int)? {
        labelled(PostingLabels.nameLabels, at: { i in
            lines[max(0, i - 2)..<i].contains { $0.utf8.count <= 60 && PostingLabels.headsCompanySection($0) }
        })
    }

    /// A short header line that is only an employment type ("Full Time", "Part-time").
    var employmentLine: String? {
        for line in lines.prefix(60) where line.utf8.count <= 20 {
            let kind = EmploymentType.normalized(line)
            if let kind, ["full_time", "part_time", "contract", "temporary", "internship"].contains(kind) { return kind }
        }
        return nil
    }

    /// The first bytes of the heads `employerMentions` looks for.
    static let mentionStarts: Set<UInt8> = Set("AJMOWLSTCEÜÀBPi¿RKUNHV".utf8)

    /// Lines that name the employer in the posting's words, in six languages:
    /// "About Acme", "Jobs at Acme", "At Acme, we …", "Über Acme", "À propos de Acme".
    /// The name said most often, and how often.
    var employerMentions: (String, Int)? {
        var counts: [String: Int] = [:]
        var order: [String] = []
        func note(_ raw: Substring) {
            var name = raw.trimmingSpaces.trimmingCharacters(in: ".:!?|·•–- ")
            // (an abbreviation keeps its full stop: "Tessiture Biellesi S.p.A.", "Acme Ltd.")
            if raw.trimmingSpaces.hasSuffix("."), let last = name.spaceParts.last,
               last.contains(".") || Self.abbreviations.contains(last.lowercased()) {
                name += "."
            }
            let words = name.spaceParts
            // ("Why This Role Matters", "Why Our Team": a determiner begins no name)
            // (a joiner is no word of its own: "Brandt & Söhne Logistik GmbH")
            guard !name.isEmpty, words.filter({ !Self.nameJoiners.contains(String($0)) }).count <= 4, let f = name.first,
                  f.isUppercase || name.dropFirst().first?.isUppercase == true,
                  !Self.determiners.contains(String(words[0])),
                  !Self.notNames.contains(name.lowercased()), !PostingLabels.isGeneric(name) else { return }
            if counts[name] == nil { order.append(name) }
            counts[name, default: 0] += 1
        }
        // (a head that opens three short lines or more opens a directory's links, not a mention: a board's footer of
        // "Trabajar en Adiciona" / "Trabajar en Mercadona" / …)
        var headCounts: [String: Int] = [:]
        for line in lines.prefix(2000) where line.utf8.count <= 40 {
            if let first = line.utf8.first, Self.mentionStarts.contains(first),
               let h = Self.mentionHeads.first(where: { line.startsWithBytes($0) }) {
                headCounts[h, default: 0] += 1
            }
        }
        var previous = ""
        for line in lines.prefix(600) {
            // "Acme Ltd. is looking for a …", "Die Müller GmbH sucht einen …", "Dupont SA recrute un …"
            // (a sentence the source broke over two lines goes on in lower case)
            if let b = line.utf8.first, b >= 0x61 && b <= 0x7A, !previous.isEmpty {
                if let name = Self.hiringSubject(previous + " " + line) { note(Substring(name)) }
            } else if line.utf8.count >= 16, let name = Self.hiringSubject(line) {
                note(Substring(name))
            }
            previous = line
            // "Die RusPost GmbH ist ein Tochterunternehmen …", "Acme Ltd is a …": a name with its legal form opens a sentence
            if let name = Self.legalSubject(line) { note(Substring(name)) }
            // (… or a sentence within the line: "… einer der größten Arbeitgeber Russlands. Die RusPost GmbH ist ein …")
            for sentence in Self.laterSentences(line) { if let name = Self.legalSubject(sentence) { note(Substring(name)) } }
            // "Für unser Team sucht die Nordlicht GmbH …": or follows a German or Dutch verb of seeking
            if let name = Self.invertedSubject(line) { note(Substring(name)) }
            // "Join the team at Acme and …", "Rejoignez Dupont", "… engineers to join vChain and …"
            if let name = Self.joinedEmployer(line) { note(Substring(name)) }
            // "Voor Restaurant De Haven zijn wij op zoek naar …", "Für die Bäckerei Müller suchen wir …"
            if let name = Self.seekingFor(line) { note(Substring(name)) }
            guard let first = line.utf8.first, Self.mentionStarts.contains(first) else { continue }
            if line.utf8.count <= 40 {
                if let h = Self.mentionHeads.first(where: { line.startsWithBytes($0) }) {
                    if headCounts[h, default: 0] < 3 { note(line.dropFirst(h.count)) }
                } else if line.contains(where: \.isLetter), line == line.uppercased(), case let title = line.lowercased(),
                          let h = Self.mentionHeads.first(where: { title.startsWithBytes($0.lowercased()) }) {
                    // (a line set in capitals: "CAREERS AT NVIDIA")
                    note(line.dropFirst(h.count))
                }
            }
            // "As a DevOps engineer at Acme, you …", "Als DevOps engineer bij DevPort ben je …"
            if let name = Self.roleAtEmployer(line) { note(Substring(name)) }
            // "We are Ferrovia Systems, a team of 30 …", "Wir sind die Nordlicht GmbH, …"
            if let name = Self.weAre(line) { note(Substring(name)) }
            // "At Acme, we build …"
            if line.startsWithBytes("At "), let comma = line.firstIndex(of: ","), line.distance(from: line.startIndex, to: comma) <= 40 {
                note(line[line.index(line.startIndex, offsetBy: 3)..<comma])
            } else if let name = Self.atEmployerWe(line) {
                note(Substring(name))
            }
        }
        guard let best = order.max(by: { counts[$0]! < counts[$1]! }) else { return nil }
        return (best, counts[best]!)
    }

    /// The sentences of a line after its first: the text after each ". " that a capital follows (at most 30).
    static func laterSentences(_ line: String) -> [String] {
        guard line.utf8.count >= 40 else { return [] }
        var out: [String] = []
        var s = line
        s.withUTF8 { b in
            var i = 0
            while i + 2 < b.count, out.count < 30 {
                // (a capital: an ASCII one, or a letter's first byte past "Ã", as "Ü" and "É" begin)
                if b[i] == 0x2E, b[i + 1] == 0x20, b[i + 2] >= 0x41 && b[i + 2] <= 0x5A || b[i + 2] >= 0xC3 {
                    out.append(String(decoding: UnsafeBufferPointer(rebasing: b[(i + 2)...]), as: UTF8.self))
                }
                i += 1
            }
        }
        return out
    }

    /// The employer of a sentence that opens "at" it, then speaks as "we", in the other languages:
    /// "Bij Avocado Media vertalen wij …", "Bei Acme GmbH arbeiten wir …", "Chez Dupont, nous …",
    /// "Presso Rossi Srl, noi …", "Hos Nordisk Bygg arbetar vi …"; or, in the languages whose verb says
    /// "we" without the word, with a verb of "we" right after the name: "En Panadería García llevamos …",
    /// "Na Padaria Lopes trabalhamos …", "Presso Rossi Srl cerchiamo …". The name is its capitalised words
    /// (and joining words), up to four; a place, a month or a stock phrase's noun is none ("En España
    /// trabajamos …", "Bei Fragen stehen wir …").
    static func atEmployerWe(_ line: String) -> String? {
        guard let opening = ["Bij ", "Bei ", "Chez ", "Presso ", "Hos ", "En ", "Na ", "No "].first(where: { line.startsWithBytes($0) })
        else { return nil }
        let words = line.dropFirst(opening.count).spaceParts.prefix(8)
        let name = leadingName(words)
        let joined = name.joined(separator: " ")
        guard !name.isEmpty, !notNames.contains(joined.lowercased()), !PageHeuristics.months.contains(Substring(joined.lowercased())),
              !Cities.contains(joined), !Location.isCountry(joined), !Location.isRegion(joined) else { return nil }
        let after = words.dropFirst(name.count).prefix(3).map { String($0).lowercased().trimmingCharacters(in: ",.") }
        // (or "you", the reader at work there: "Bij Bakkerij Jansen werk je …", "Bei Acme arbeitest du …")
        // (not after "En", "Na" or "No", words of other uses: "No Sponsorship, we cannot …", "En bref, nous …")
        let dropsWe = ["En ", "Na ", "No "].contains(opening)
        if !dropsWe, after.contains(where: { ["wij", "we", "wir", "nous", "noi", "je", "jij", "du", "vi"].contains($0) }) { return joined }
        // (a verb of "we" only right after the name, and only where the language drops the word)
        guard dropsWe || opening == "Presso ", let verb = after.first, verb.utf8.count >= 5,
              ["amos", "emos", "imos", "iamo"].contains(where: { verb.hasSuffix($0) }) || verb == "somos" else { return nil }
        return joined
    }

    /// The capitalised words (and joining words) that open `words`, up to four and up to a comma.
    static func leadingName(_ words: some Collection<Substring>) -> [Substring] {
        var name: [Substring] = []
        for w in words {
            var bare = String(w).trimmingCharacters(in: ",!")
            // (a full stop ends the name, but for an abbreviation's, or a form written with dots: "Acme Inc. is …",
            // "Nordlicht B.V. zoekt …")
            let abbreviated = bare.hasSuffix(".") && (abbreviations.contains(bare.dropLast().lowercased()) || bare.dropLast().contains("."))
            if !abbreviated { bare = bare.trimmingCharacters(in: ".") }
            // (a name may begin in lower case with a capital after it: "vChain", "eBay")
            guard let c = bare.first, c.isUppercase || bare.dropFirst().first?.isUppercase == true
                || !name.isEmpty && nameJoiners.contains(bare) else { break }
            name.append(Substring(bare))
            if w.hasSuffix(",") || w.hasSuffix(".") && !abbreviated || name.count == 4 { break }
        }
        while let last = name.last, nameJoiners.contains(String(last)) { name.removeLast() }
        return name
    }

    /// The name a sentence says is a company, without its legal form: "Northwind is a logistics startup based in
    /// Leeds", "Dupont Conseil est un cabinet de conseil", "Globex es una consultora tecnológica". The name is
    /// the capitalised words before "is a" (in the six languages), and a word for a company follows within five;
    /// or the words before what a firm says it specialises in, in the six languages and the Nordic ones, Polish,
    /// Czech and Portuguese ("Auto Poets Centrale Zaanstad is gespecialiseerd in …", "Therapion Consulting
    /// specialiserer sig i …"), where they begin with no given name (a person's: "Anna Berg is specialised in …").
    static func aboutSubject(_ line: String) -> String? {
        guard line.utf8.count >= 20, let b = line.utf8.first, b >= 0x41 && b <= 0x5A || b >= 0xC3,
              case let head = String(decoding: line.utf8.prefix(80), as: UTF8.self), case let found = beingANeedles.matches(head),
              found != 0 else { return nil }
        let specialised = found & beingABits == 0
        let predicates = specialised ? specialisingIn : beingA
        guard let r = predicates.lazy.compactMap({ line.byteRange(of: $0) })
            .first(where: { line.utf8.distance(from: line.startIndex, to: $0.lowerBound) <= 60 }) else { return nil }
        // (after a label of the line: "Chi siamo: Rossi Srl è un'azienda …")
        var subject = line[..<r.lowerBound]
        if let colon = String(subject).lastByteRange(of: ": ") { subject = line[colon.upperBound..<r.lowerBound] }
        let words = withoutLead(subject.spaceParts)
        let name = leadingName(words)
        guard (1...4).contains(name.count), name.count == words.count, !determiners.contains(String(name[0])),
              !questionWords.contains(String(name[0])), !notNames.contains(name.joined(separator: " ").lowercased()) else { return nil }
        if specialised { return GivenNames.contains(name[0]) || companyNouns.contains(name[0].lowercased()) ? nil : name.joined(separator: " ") }
        let after = line[r.upperBound...].lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" }).prefix(5)
        // (German and Dutch join the word for a company to what it does: "ein Softwareunternehmen", "een softwarebedrijf")
        guard after.contains(where: { w in companyNouns.contains(String(w)) || companyCompoundEnds.contains(where: { w.hasSuffix($0) }) })
        else { return nil }
        return name.joined(separator: " ")
    }
    /// What a firm says it specialises in, after its name.
    static let specialisingIn = [" specializes in ", " specialises in ", " is specialized in ", " is specialised in ",
                                 " ist spezialisiert auf ", " hat sich spezialisiert auf ", " est spécialisée dans ",
                                 " est spécialisé dans ", " se especializa en ", " está especializada en ",
                                 " è specializzata in ", " è specializzato in ", " is gespecialiseerd in ", " é especializada em ",
                                 " är specialiserade på ", " är specialiserat på ", " är specialist på ", " är specialist i ",
                                 " specialiserer sig i ", " specialiserer sig på ", " spesialiserer seg på ",
                                 " spesialiserar seg på ", " specjalizuje się w ", " se specializuje na "]
    /// The words for a company that end German and Dutch compounds ("Softwareunternehmen", "IT-Dienstleister",
    /// "ingenieursbureau", "softwarebedrijf").
    static let companyCompoundEnds = ["unternehmen", "dienstleister", "anbieter", "hersteller", "agentur", "konzern",
                                      "bedrijf", "onderneming", "organisatie", "bureau", "leverancier",
                                      // a trade's firm, a practice or a chambers: "Familienbetrieb", "Meisterbetrieb",
                                      // "Zahnarztpraxis", "Anwaltskanzlei", "fysiotherapiepraktijk"
                                      "betrieb", "praxis", "kanzlei", "praktijk"]

    /// The first line of the page's first hundred that `aboutSubject` reads a name in.
    var companySaid: String? { lines.prefix(100).lazy.compactMap(Self.aboutSubject).first }

    /// Words that ask, written as a name is at a sentence's start ("Was ist ein …", "What is a …").
    static let questionWords: Set<String> = ["Was", "Wer", "Wie", "What", "Who", "Which", "Qui", "Que", "Quoi", "Qué", "Quién",
                                             "Wat", "Chi", "Cosa", "Che"]

    /// "is a" in the six languages, between a name and what it is.
    static let beingA = [" is a ", " is an ", " ist ein ", " ist eine ", " est un ", " est une ", " es una ", " es un ",
                         " is een ", " è un ", " è una ", " è un'", " é uma ", " é um "]
    /// `beingA` and `specialisingIn` at once, the bits of `beingA` first.
    private static let beingANeedles = ByteNeedles(beingA + specialisingIn)
    private static let beingABits: UInt64 = (1 << UInt64(beingA.count)) - 1
    /// Words for a company, a firm or a maker, in the six languages (lower case).
    static let companyNouns: Set<String> = [
        "company", "startup", "start-up", "scale-up", "scaleup", "firm", "agency", "consultancy", "business",
        "provider", "manufacturer", "retailer", "employer", "organisation", "organization", "studio", "bank", "insurer",
        "unternehmen", "firma", "agentur", "anbieter", "hersteller", "konzern", "dienstleister", "beratung",
        "softwarehaus", "familienunternehmen", "mittelständler", "entreprise", "société", "cabinet", "agence", "groupe",
        "éditeur", "fournisseur", "fabricant", "empresa", "consultora", "compañía", "agencia", "fabricante",
        "proveedor", "bedrijf", "onderneming", "organisatie", "bureau", "leverancier", "fabrikant", "azienda",
        "società", "impresa", "agenzia", "gruppo", "produttore", "fornitore",
        // a house that serves, sells or cares: "Botellón is een brunch & aperitief restaurant", "Acme ist eine Klinik"
        "restaurant", "hotel", "café", "bakery", "bakkerij", "bäckerei", "boulangerie", "brasserie", "bistro", "shop",
        "store", "winkel", "boutique", "clinic", "klinik", "kliniek", "clinique", "clínica", "clinica", "pharmacy",
        "apotheek", "apotheke", "pharmacie", "farmacia", "hospital", "ziekenhuis", "krankenhaus", "hôpital", "ospedale",
        "ristorante", "restaurante",
    ]

    /// The employer a sentence asks the reader to join: "Join the team at Quantive and …", "Join Quantive as …",
    /// "Werde Teil von Acme", "Rejoignez Dupont", "Kom werken bij Zonnig", "Únete a Globex", "Unisciti a Rossi".
    /// Within a sentence too: "… engineers to join vChain and help us build …".
    /// ("Join our team", "Join us": no name; "Join Acme Team!" is Acme.)
    static func joinedEmployer(_ line: String) -> String? {
        // (or, within a sentence, "… engineers to join vChain and help us build …", "… pour rejoindre Dupont")
        let rest: Substring
        if let b = line.utf8.first, joinStarts.contains(b), let opening = joinOpenings.first(where: { line.startsWithBytes($0) }) {
            rest = line.dropFirst(opening.count)
        } else if joinWithinNeedles.matches(line) != 0, let r = joinWithin.lazy.compactMap({ line.byteRange(of: $0) }).first {
            rest = line[r.upperBound...]
        } else {
            return nil
        }
        var name = leadingName(rest.spaceParts.prefix(8))
        // ("Join BnB Team!": the employer's team is the employer)
        if name.count >= 2, let last = name.last, ["Team", "team", "Crew", "Family"].contains(last) { name.removeLast() }
        // ("Join Us On Discord", "Join Our Team", "Join The Crew": no name)
        guard let first = name.first, !determiners.contains(String(first)), !articles.contains(String(first)),
              !notNames.contains(first.lowercased()), !notNames.contains(name.joined(separator: " ").lowercased()) else { return nil }
        return name.joined(separator: " ")
    }

    /// The words that ask the reader to join a name within a sentence.
    static let joinWithin = [" to join ", " rejoindre "]
    static let joinWithinNeedles = ByteNeedles(joinWithin)
    /// The first bytes of `joinOpenings`.
    static let joinStarts = Set(joinOpenings.compactMap { $0.utf8.first })

    /// How those sentences open, the longest first.
    static let joinOpenings = ["Join the team at ", "Join our team at ", "Join us at ", "Work with us at ", "Come work with us at ",
                               "Join ", "Werde Teil des Teams von ", "Werde Teil des Teams bei ", "Werde Teil des Teams der ",
                               "Werde Teil der ", "Werde Teil von ", "Komm zu ", "Rejoignez l'équipe de ", "Rejoignez la ",
                               "Rejoignez le ", "Rejoignez ", "Rejoins la ", "Rejoins le ", "Rejoins ", "Kom werken bij ", "Kom bij ",
                               "Únete al equipo de ", "Únete a ", "Trabaja con nosotros en ", "Entra a far parte del team di ", "Entra a far parte di ",
                               "Unisciti al team di ", "Unisciti a "]
        + portugueseJoinOpenings
    /// Portuguese's, whose "da" and "do" hold the name's article ("Venha fazer parte da equipe da Construtora
    /// Oliveira!", "Junta-te à equipa da Padaria Silva", "Trabalhe conosco na Bom Preço").
    static let portugueseJoinOpenings: [String] = {
        let teams = ["Venha fazer parte da equipe ", "Venha fazer parte da equipa ", "Venha fazer parte do time ",
                     "Faça parte da equipe ", "Faça parte da equipa ", "Faça parte do time ", "Junte-se à equipe ",
                     "Junta-te à equipa ", "Junte-se ao time "]
        let work = ["Trabalhe conosco ", "Trabalhe connosco ", "Venha trabalhar ", "Vem trabalhar "]
        let ofThe: [String] = teams.flatMap { [$0 + "da ", $0 + "do "] }
        let atThe: [String] = work.flatMap { [$0 + "na ", $0 + "no "] }
        return ofThe + atThe + ["Junte-se à ", "Junta-te à ", "Junte-se ao ", "Junta-te ao "]
    }()

    /// A sentence whose subject hires someone, in six languages: the verb and
    /// the article of the person sought ("seeks a", "sucht einen", "recrute un");
    /// or states that it is an equal opportunity employer.
    // (English's verbs without the article: "Fastly is looking for passionate support engineers")
    static let hiringVerbs = [" seeks ", " is seeking ", " is looking for ", " is hiring ", " is recruiting ",
                              " sucht eine", " sucht ab ", " sucht zum ", " sucht zur ", " recherche un", " recrute un",
                              " cherche un", " invites applications",
                              " busca ", " zoekt een", " cerca un", " è alla ricerca di", " est à la recherche d",
                              " is op zoek naar", " selecciona ",
                              " está buscando", " procura um",
                              // … and in the other languages of the EU's job market, whose verbs need no article: Swedish,
                              // Norwegian, Danish, Polish, Czech, Finnish ("Bageriet Svensson AB söker …", "Piekarnia
                              // Kowalski Sp. z o.o. poszukuje …"; the first person, "Vi söker", is no name's)
                              " söker ", " søker ", " søger ", " poszukuje ", " zatrudni ", " hledá ", " přijme ", " etsii ",
                              // … and Portuguese's and Italian's, with no article or in the progressive ("Construtora
                              // Oliveira Ltda contrata pedreiro", "Silva & Filhos Lda. está a recrutar", "Rossi Srl ricerca")
                              " contrata ", " está contratando", " está a recrutar", " está recrutando", " recruta ",
                              " ricerca ", " seleziona ", " sta cercando",
                              // the employer's statement of equal opportunity names it too
                              " is an equal opportunity", " is an equal-opportunity", " is an equal employment", " is an eoe",
                              " is an affirmative action",
                              " is proud to be an equal"]
    static let hiringNeedles = ByteNeedles(hiringVerbs)

    /// The subject of the line's first hiring sentence when it is written as
    /// a name is (every word capitalised, an acronym or a joining word): the
    /// words from the sentence's start (or after a "Label:", or failing that
    /// after a phrase put first and its comma) to the verb, without a leading
    /// article. "The ideal candidate is looking for a challenge" has no name
    /// for a subject.
    static func hiringSubject(_ line: String, anyCase: Bool = false) -> String? {
        let found = hiringNeedles.matches(line)
        guard found != 0 else { return nil }
        let verb = Array(hiringVerbs[found.trailingZeroBitCount].utf8)
        let bytes = Array(line.utf8)
        func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
        guard let at = (0...(bytes.count - verb.count)).first(where: { i in
            verb.indices.allSatisfy { lower(bytes[i + $0]) == verb[$0] }
        }) else { return nil }
        // the sentence (or the value after a label) the verb is in begins after the last boundary
        // (the full stop of an abbreviation in a name ends no sentence: "Warner Bros. Games Inc. seeks")
        var start = 0
        for i in 0..<at where i + 1 < at && bytes[i + 1] == 0x20 && [0x2E, 0x3A, 0x21, 0x3F].contains(bytes[i]) {
            if bytes[i] == 0x2E {
                var w = i
                while w > 0, bytes[w - 1] != 0x20 { w -= 1 }
                if Self.abbreviations.contains(String(decoding: bytes[w..<i], as: UTF8.self).lowercased()) { continue }
            }
            start = i + 2
        }
        func name(from start: Int, to end: Int? = nil) -> String? {
            let subject = String(decoding: bytes[start..<(end ?? at)], as: UTF8.self)
            var words = Self.withoutLead(subject.spaceParts)
            // (the writers and their name between commas: "Vi, Bageriet Svensson, söker …" is "Bageriet Svensson")
            if let first = words.first, first.hasSuffix(","), words.count > 1, pronouns.contains(first.dropLast().lowercased()),
               let last = words.last, last.hasSuffix(",") {
                words = Array(words.dropFirst())
                words[words.count - 1] = last.dropLast()
            }
            // (the name's short form in brackets after it is left out: "Ecole Normale Supérieure (ENS Paris)")
            if let open = words.firstIndex(where: { $0.startsWithBytes("(") }), open > 0, words.last?.hasSuffix(")") == true {
                words.removeSubrange(open...)
            }
            guard (1...5).contains(words.count), !(words.count == 1 && pronouns.contains(words[0].lowercased())) else { return nil }
            for (k, w) in words.enumerated() {
                guard let c = w.first else { return nil }
                // (a short word within a name, between capitalised ones, is the name's: "Design is Dead", "Made in Basel")
                let inner = k > 0 && k < words.count - 1 && w.utf8.count <= 3 && w.allSatisfy(\.isLowercase)
                // (a legal form written in lower case ends it: "Sp. z o.o.", "s.r.o.")
                let form = k > 0 && k == words.count - 1 && PostingLabels.isDottedLegalForm(w)
                if !(c.isUppercase || c.isNumber || Self.nameJoiners.contains(String(w)) || inner || form || anyCase) { return nil }
            }
            return words.joined(separator: " ")
        }
        if let found = name(from: start) { return found }
        // (… or after a phrase put first and its comma: "En tant que client final, CS Group recherche un …")
        let commas = (start..<at).filter { bytes[$0] == 0x2C && ($0 + 1 == at || bytes[$0 + 1] == 0x20) }
        guard let comma = commas.last else { return nil }
        if comma + 1 < at { return name(from: comma + 2) }
        // (… or before a phrase set off by commas that says more of it, the second right before the verb: "A Padaria
        // Silva, localizada em Braga, procura …", "Rossi S.r.l., azienda leader nel settore, ricerca …")
        guard commas.count >= 2 else { return nil }
        let n = commas.count
        return name(from: n >= 3 ? commas[n - 3] + 2 : start, to: commas[n - 2])
    }

    /// The name a sentence seeks for in the first person, written as a name is: "Voor Restaurant De Haven zijn wij op
    /// zoek naar een kok", "Für die Bäckerei Müller suchen wir …", "Pour Dupont SA, nous recherchons …", "Para
    /// Panadería García buscamos …"; not "Für unser Team suchen wir …".
    static func seekingFor(_ line: String) -> String? {
        guard let b = line.utf8.first, forStarts.contains(b), let first = line.spaceParts.first, forWords.contains(String(first)),
              weSeekNeedles.matches(line) != 0,
              let r = weSeek.lazy.compactMap({ line.byteRange(of: $0) }).first,
              line.utf8.distance(from: line.startIndex, to: r.lowerBound) <= 80 else { return nil }
        let words = withoutLead(line[..<r.lowerBound].spaceParts)
        let name = leadingName(words)
        guard (1...5).contains(name.count), name.count == words.count, !determiners.contains(String(name[0])),
              !pronouns.contains(name[0].lowercased()), !notNames.contains(name.joined(separator: " ").lowercased())
        else { return nil }
        return name.joined(separator: " ")
    }
    /// The first person's verbs of seeking, after whom it seeks for.
    static let weSeek = [" zijn wij op zoek", " zijn we op zoek", " zoeken wij", " zoeken we", " suchen wir", " nous recherchons",
                         " recherchons-nous", " nous recrutons", " buscamos", " cerchiamo", " procuramos", " estamos à procura",
                         " we are looking", " we're looking", " we are seeking", " we seek", " we are hiring", " söker vi",
                         " søker vi", " søger vi", " szukamy", " hledáme"]
    static let weSeekNeedles = ByteNeedles(weSeek)
    static let forStarts = Set(forWords.compactMap { $0.utf8.first })

    /// A subject's words without what leads into its name: an article (Portuguese "A", "O" too), an elided one
    /// ("L'azienda"), a word for a company after it ("A empresa Supermercados Bom Preço", "L'azienda Rossi S.p.A."),
    /// or the preposition of whom a sentence seeks for ("Per Rossi Srl cerchiamo …").
    static func withoutLead(_ words: [Substring]) -> [Substring] {
        var words = words[...]
        var after = false
        if words.count > 1, let w = words.first, forWords.contains(String(w)) { words.removeFirst(); after = true }
        // (after the preposition, in lower case: "Für die Bäckerei Müller", "Voor het Rijksmuseum")
        if words.count > 1, let w = words.first,
           articles.contains(String(w)) || leadArticles.contains(String(w)) || after && lowerArticleWords.contains(String(w)) {
            words.removeFirst()
        }
        if let w = words.first, w.hasPrefix("L'") || w.hasPrefix("L’") {
            let rest = w.dropFirst(2)
            words.removeFirst()
            if !rest.isEmpty { words.insert(rest, at: words.startIndex) }
        }
        if words.count > 1, let w = words.first, companyNouns.contains(String(w)) { words.removeFirst() }
        return Array(words)
    }
    /// Portuguese's articles, that open a subject as "The" does.
    static let leadArticles: Set<String> = ["A", "O", "As", "Os"]
    /// The articles in lower case, as they follow a preposition.
    static let lowerArticleWords = Set((articles.union(leadArticles)).map { $0.lowercased() })
    /// Prepositions of whom a sentence seeks for, that open it before the employer's name.
    static let forWords: Set<String> = ["Per", "Para", "Pour", "Für", "For", "Voor"]

    /// The employer that a German or Dutch sentence names after its verb of seeking, as they do after a
    /// phrase put first: "Für unseren Standort in Berlin sucht die Nordlicht GmbH einen …", "Zur Verstärkung
    /// sucht der Landkreis Leipzig …", "Voor onze vestiging zoekt Nordlicht B.V. een …". The name is the
    /// capitalised words after the verb and an article, up to four, and has a legal form or is a public body's
    /// ("Stadt", "Landkreis", "Gemeente"): German capitalises its nouns ("sucht Verstärkung").
    static func invertedSubject(_ line: String) -> String? {
        guard line.utf8.count >= 24, let verb = [" sucht ", " zoekt "].lazy.compactMap({ line.byteRange(of: $0) }).first else { return nil }
        var words = line[verb.upperBound...].spaceParts.prefix(7)
        if let w = words.first, invertedArticles.contains(String(w)) { words = words.dropFirst() }
        let lead = leadingName(Array(words))
        let name = lead.map(String.init).joined(separator: " ")
        // (or any name, where the one sought follows it with an article: "Voor onze vestiging zoekt Bakkerij Jansen een …")
        let sought = words.dropFirst(lead.count).first.map { ["einen", "eine", "een"].contains(String($0)) } ?? false
        guard !name.isEmpty, PostingLabels.readsAsCompany(name) || Location.ofMunicipality(name) != nil
            || sought && !lead.contains(where: { $0.hasSuffix(",") }) else { return nil }
        return name
    }
    private static let invertedArticles: Set<String> = ["die", "der", "das", "de", "het"]

    /// The subject of a line's first sentence when it is a name with its legal form, before "is":
    /// "Die RusPost GmbH ist ein …" gives "RusPost GmbH".
    static func legalSubject(_ line: String) -> String? {
        guard line.utf8.count >= 24, let b = line.utf8.first, b >= 0x41 && b <= 0x5A || b >= 0xC3 else { return nil }
        // (the verb within the line's first words: the head's bytes tell first; and a head with no legal form
        // names no company either way)
        let head = String(decoding: line.utf8.prefix(66), as: UTF8.self)
        guard PostingLabels.mayHoldLegalForm(head) else { return nil }
        guard copulaNeedles.matches(head) != 0,
              let verb = copulas.lazy.compactMap({ head.byteRange(of: $0) }).first
        else {
            // any verb after a name with its legal form: "Die Stadtwerke Kiel AG versorgt 250.000 Menschen …"
            let words = withoutLead(head.spaceParts)
            let name = leadingName(words)
            guard (2...4).contains(name.count), name.count < words.count, words[name.count].first?.isLowercase == true,
                  !words[name.count - 1].hasSuffix(","), case let n = name.joined(separator: " "),
                  PostingLabels.readsAsCompany(n) else { return nil }
            return n
        }
        let words = withoutLead(head[..<verb.lowerBound].spaceParts)
        let name = words.joined(separator: " ")
        guard (2...5).contains(words.count), PostingLabels.readsAsCompany(name), words.allSatisfy({ w in
            w.first?.isUppercase == true || w.first?.isNumber == true || nameJoiners.contains(String(w))
        }) else { return nil }
        return name
    }

    /// The one company the lines name with its legal form after its capitalised words ("Hornbeck Offshore Services,
    /// Inc.", "die Nordlicht GmbH"): nil where they name none, or two or more.
    static func onlyLegalName(in lines: [String]) -> String? {
        var found: String?
        for line in lines where PostingLabels.mayHoldLegalForm(line) {
            // (a description keeps its source's line breaks within a paragraph: "… Nordlicht Offshore\nServices, Inc.")
            let words = line.splitScalars { $0 == " " || $0 == "\n" || $0 == "\t" }
            for (i, w) in words.enumerated() where i > 0 {
                let form = String(w).trimmingCharacters(in: ".,;:)").lowercased()
                // (not a word that is a form only after a name, "View Company", "Our Group")
                // (and a short one in capitals only: "Nordlicht AS", not "… Services As")
                guard PostingLabels.legalForms.contains(form), !Self.wordForms.contains(form), w.first?.isUppercase == true,
                      form.utf8.count > 2 || w.allSatisfy({ !$0.isLowercase }) else { continue }
                // the capitalised words before it, up to four, joined by a joiner or two ("Brandt & Söhne Logistik")
                // (a mark after an earlier word ends what came before the name: "… in 2010. Acme Systems Ltd")
                var k = i
                while k > 0, i - k < 4 {
                    let prev = words[k - 1]
                    guard prev.first?.isUppercase == true || nameJoiners.contains(String(prev)),
                          k == i || !(prev.hasSuffix(".") || prev.hasSuffix(",") || prev.hasSuffix(":")) else { break }
                    k -= 1
                }
                while k < i, nameJoiners.contains(String(words[k])) || articles.contains(String(words[k])) { k += 1 }
                guard k < i else { continue }
                let name = (words[k..<i].joined(separator: " ") + " " + w).trimmingCharacters(in: ",;:)")
                guard PostingLabels.readsAsCompany(name) else { continue }
                // (a name a line break cut short is the same name: "… Nordlicht Offshore" / "Services, Inc. and …")
                if let f = found, case let (a, b) = (Words.normalized(f), Words.normalized(name)), a != b {
                    if a.hasSuffix(" " + b) { continue }
                    guard b.hasSuffix(" " + a) else { return nil }
                }
                found = name.utf8.count > (found?.utf8.count ?? 0) ? name : found
            }
        }
        return found
    }

    /// Legal forms that are ordinary words too.
    static let wordForms: Set<String> = ["company", "group", "co", "corporation", "limited"]

    static let articles: Set<String> = ["The", "Die", "Der", "Das", "Le", "La", "Les", "El", "Los", "Het", "De", "Il", "Lo"]
    /// The same in lower case, each with the space after it, and the elided French one.
    static let lowerArticles = ["l'", "l’"] + articles.sorted().map { $0.lowercased() + " " }
    /// Abbreviations names are written with ("Warner Bros.", "Acme Co.", "Wm. Wrigley Jr.").
    static let abbreviations: Set<String> = ["bros", "co", "inc", "corp", "ltd", "st", "jr", "sr", "wm", "dr", "mr", "mrs",
                                             "ms", "llc", "plc", "cie", "int", "intl", "mfg", "assoc", "dept", "univ", "sp"]
    static let nameJoiners: Set<String> = ["&", "and", "und", "of", "de", "der", "du", "des", "la", "y", "et", "e", "van", "von", "di",
                                           "z"]  // (Polish "with", in its legal form: "Sp. z o.o.")

    /// The employer a short line speaks of: "About Acme", "Über Intra2net", "Werken bij Acme".
    static func spokenOf(_ line: String) -> String? {
        guard let head = mentionHeads.first(where: { line.startsWithBytes($0) }) else { return nil }
        let name = String(line.dropFirst(head.count)).trimmingSpaces
        guard !name.isEmpty, !notNames.contains(name.lowercased().trimmingCharacters(in: "?!.: ")),
              !determiners.contains(String(name.prefix { $0 != " " })) else { return nil }
        return name
    }

    static let mentionHeads = ["About ", "Jobs at ", "More jobs at ", "Other jobs at ", "Working at ", "Life at ",
                               "Careers at ", "Career at ", "Karriere bei ", "Carrières chez ", "Carrière chez ",
                               "Why Join ", "Why join ", "Why work at ", "Why Work at ", "Why ",
                               "Über ", "Arbeiten bei ", "Jobs bei ", "À propos de ",
                               "À propos d'", "Travailler chez ", "Sobre a ", "Sobre o ", "Sobre ", "Trabajar en ", "Over ",
                               "Werken bij ", "Lavorare in ", "Lavorare da ", "Lavorare presso ", "Chi è ",
                               // … and in the other languages of the EU's job market: "Om Bageriet Svensson", "Jobba hos …",
                               // "O firmie …", "O společnosti …", "Trabalhar na …"
                               "Om ", "Jobba hos ", "Arbeta hos ", "Jobbe hos ", "Arbeide hos ", "Arbejde hos ", "Karriär hos ",
                               "O firmie ", "O společnosti ", "Trabalhar na ", "Trabalhar no ",
                               // what the employer offers: "Wat bieden wij bij Acme?", "Was bieten wir bei Acme?"
                               "Wat bieden wij bij ", "Wat bieden we bij ", "Was bieten wir bei ", "What we offer at ",
                               // "Waarom Avocado Media?", "Warum Acme?", "Pourquoi Acme ?", "¿Por qué Acme?", "Perché Acme?"
                               "Waarom werken bij ", "Waarom ", "Warum zu ", "Warum ", "Pourquoi rejoindre ", "Pourquoi ",
                               "¿Por qué trabajar en ", "¿Por qué ", "Por qué ", "Perché lavorare in ", "Perché "]
    /// Words that begin a phrase of the page's, not a name: "This Role Matters", "Our Culture".
    static let determiners: Set<String> = ["This", "These", "That", "Our", "Your", "You", "We", "It", "My", "Dieser", "Diese",
                                           "Unser", "Unsere", "Ihr", "Ihre", "Dein", "Deine", "Notre", "Nos", "Votre", "Vos",
                                           "Nuestro", "Nuestra", "Onze", "Ons", "Jouw", "Uw",
                                           // (the pronouns after the EU's other languages' heads: "Om du vil …")
                                           "Du", "Vi", "Jag", "Jeg", "Ni", "Dere"]
    static let notNames: Set<String> = ["us", "you", "the", "this", "our", "uns", "nous", "nosotros", "ons", "noi", "the role",
                                        "oss", "os", "nas", "nás", "nós",  // "Om oss", "O nas": about us
                                        // the job itself, a capitalised noun in German ("Die Stelle ist ein Vollzeitjob in
                                        // unserem Betrieb")
                                        "stelle", "tätigkeit", "aufgabe", "arbeit", "rolle", "position", "ausbildung", "job",
                                        "functie", "baan", "vacature", "rol", "poste", "emploi", "puesto", "posizione", "ruolo",
                                        "the job", "the team", "the company", "the position", "this role", "this job",
                                        "the opportunity", "me", "it", "working", "we", "wir", "wij", "our client",
                                        "unser kunde", "notre client", "nuestro cliente", "onze klant", "il nostro cliente",
                                        // German and Dutch nouns the stock phrases put after "bei" and "bij":
                                        // "Als Ansprechperson bei Fragen steht Ihnen …", "bij vragen kunt u …"
                                        "fragen", "rückfragen", "interesse", "bedarf", "vragen",
                                        // a verb of joining or applying after "Why", "Warum", "Waarom", "Pourquoi": "Why Join?"
                                        "join", "join us", "apply", "work here", "work with us", "mitmachen", "bewerben",
                                        "meedoen", "solliciteren", "rejoindre", "nous rejoindre", "postuler", "unirse",
                                        "unirte", "candidarsi", "unirsi"]

    /// The first short line of the page's header that holds `text`
    /// ("St. Louis, MO / Remote" for the place "St. Louis, MO").
    func shortLine(holding text: String) -> String? {
        lines.prefix(60).first { $0.utf8.count <= 80 && $0.containsBytes(text) }
    }

    /// A short line near the top that only states the arrangement: "Remote",
    /// "Remote (United States, Canada)", "Hybrid", "Télétravail", "Vor Ort";
    /// with the place in parentheses when it gives one, or the whole line when
    /// a place follows the arrangement ("Remote - United States"), and the
    /// words that state it ("Remote" of "Full Time, Remote"). Read once, in
    /// `init`: the page heuristics and the reader of structured data both ask.
    let workplaceLine: WorkplaceLine?
    typealias WorkplaceLine = (arrangement: WorkArrangement, place: String?, said: String)

    /// "Full Time, Remote", "IN / Remote (IN), Full-time, Any (new grads ok)": facts between commas,
    /// one of them the kind of contract, one the arrangement (alone, or after a place and a slash).
    private static func commaFacts(_ line: String) -> WorkplaceLine? {
        // (between commas, or dashes: "Full-time - Remote")
        let dashed = line.containsBytes(" - ") || line.containsBytes(" – ")
        guard line.utf8.contains(0x2C) || dashed else { return nil }
        // behind a short label: "Job type: Full-time, Remote"
        let body = line.byteRange(of: ": ").map { r in
            line[..<r.lowerBound].spaceParts.count <= 3 ? String(line[r.upperBound...]) : line
        } ?? line
        var facts = body.splitBytes(",").map(\.trimmingSpaces)
        if dashed { facts = facts.flatMap { $0.splitBytes(" - ") }.flatMap { $0.splitBytes(" – ") }.map(\.trimmingSpaces) }
        guard facts.count <= 6, facts.contains(where: EmploymentType.names) else { return nil }
        for fact in facts {
            if let w = WorkArrangement.stated(fact) ?? fact.splitBytes(" / ").dropFirst().lazy.compactMap({ WorkArrangement.stated($0) }).first {
                return (w, nil, fact)
            }
            // a place and the arrangement: "Full-Time, San Francisco Bay Area & Remote"
            for and in [" & ", " and ", " und ", " et "] {
                guard let r = fact.lastByteRange(of: and), let w = WorkArrangement.stated(String(fact[r.upperBound...])) else { continue }
                let place = String(fact[..<r.lowerBound]).trimmingSpaces
                return (w, place.utf8.count <= 40 && writtenAsName(place) ? place : nil, fact)
            }
        }
        return nil
    }

    /// The arrangement a line states after a label of it with no colon ("Modo de trabajo 95% virtual",
    /// "Modalidad Remoto"), and the value's words.
    static func afterWorkplaceLabel(_ line: String) -> (WorkArrangement, String)? {
        let words = line.spaceParts
        guard words.count >= 2 else { return nil }
        for n in (1...min(3, words.count - 1)).reversed()
        where PostingLabels.workplace.contains(words.prefix(n).joined(separator: " ").lowercased()) {
            let value = words.dropFirst(n).joined(separator: " ")
            return WorkArrangement.stated(value).map { ($0, value) }
        }
        return nil
    }

    /// Yes and no, and fine, in the six languages (lower case).
    static let yesOrNo: Set<String> = ["yes", "no", "ok", "ja", "nein", "oui", "non", "sí", "si", "nee", "sì", "possible",
                                       "möglich", "mogelijk", "posible", "possibile"]

    /// The place before a line's last word when that word is "Remote": a country, a region's code or a
    /// known town ("US Remote", "Germany - Remote", "EMEA Remote", "Toronto Remote").
    static func placeBeforeRemote(_ line: String) -> String? {
        guard line.lowercased().hasSuffix(" remote") else { return nil }
        let place = String(line.dropLast(7)).trimmingCharacters(in: " -–,")
        guard place.spaceParts.count <= 3, let first = place.first, first.isUppercase else { return nil }
        return Location.isCountry(place) || regionCodes.contains(place) || Cities.contains(place) ? place : nil
    }
    /// Codes of countries and regions that boards write before "Remote".
    static let regionCodes: Set<String> = ["US", "USA", "UK", "EU", "EMEA", "APAC", "LATAM", "NA", "NAM", "CEE", "DACH",
                                           "Nordics", "Benelux"]

    /// The first of the lines (up to sixty) that states the arrangement, as `workplaceLine` reads it.
    static func statement(in lines: [String]) -> WorkplaceLine? {
        for (k, whole) in lines.prefix(60).enumerated() where whole.utf8.count <= 160 {
            // (a longer line is read only as facts between commas)
            if whole.utf8.count > 80 {
                if let found = commaFacts(whole) { return found }
                continue
            }
            // a label that ends on its colon ("Etätyö:", "Remote:") says nothing itself: its value, on the next line, does
            if whole.utf8.last == 0x3A { continue }
            // "(Remote oder Berlin-Zentrum)": a line in brackets is read inside them
            let line = whole.first == "(" && whole.last == ")" ? String(whole.dropFirst().dropLast()) : whole
            // "Tallinn, Estonia (On-site)", "Berlin (Hybrid)": a place with its arrangement
            // ("Product Designer (remote)": a role with its arrangement gives no place)
            // (a step of the hiring done so is none: "Entretien avec un membre de l'équipe RH (à distance)")
            if line.utf8.last == 0x29, let open = line.byteRange(of: " ("), open.lowerBound > line.startIndex,
               let w = WorkArrangement.stated(String(line[open.upperBound...].dropLast())),
               case let before = String(line[..<open.lowerBound]).trimmingSpaces,
               before.spaceParts.count <= 5 || PostingLabels.readsAsRole(before) || Self.isPlaceName(before) {
                return (w, PostingLabels.readsAsRole(before) ? nil : before, String(line[open.upperBound...].dropLast()))
            }
            // "Modo de trabajo 95% virtual": a label of the arrangement of three words at most, with no colon, before
            // its value
            if line.utf8.count <= 60, let first = line.first, first.isUppercase, WorkArrangement.stated(line) == nil,
               let (w, said) = Self.afterWorkplaceLabel(line) {
                return (w, nil, said)
            }
            guard let w = WorkArrangement.stated(line) else {
                // "32-36 uur | Almere | Hybride": the arrangement between the bars or dots of a line of facts
                // (the bytes of "|", "·" and "•" tell first)
                if line.utf8.contains(where: { $0 == 0x7C || $0 == 0xB7 || $0 == 0xA2 }), line.unicodeScalars.contains(where: Self.isFactSeparator) {
                    let facts = line.splitScalars(whereSeparator: Self.isFactSeparator).map { String($0).trimmingSpaces }
                    if let (w, said) = facts.dropFirst().lazy.compactMap({ s in WorkArrangement.stated(s).map { ($0, s) } }).first {
                        // (and the place among the facts: "Full-time · Remote · Portugal")
                        let place = facts.first { f in
                            f != said && (Cities.contains(f) || Location.isCountry(f) || Location.isRegion(f) || Self.place(f) != nil)
                        }
                        return (w, place, said)
                    }
                    // … or after a place, in brackets: "Engineering · United States (Remote) · Full-time"
                    for fact in facts where fact.utf8.last == 0x29 {
                        if let open = fact.byteRange(of: " ("), open.lowerBound > fact.startIndex,
                           let w = WorkArrangement.stated(String(fact[open.upperBound...].dropLast())) {
                            return (w, String(fact[..<open.lowerBound]).trimmingSpaces, String(fact[open.upperBound...].dropLast()))
                        }
                    }
                }
                // "US Remote", "Germany - Remote", "EMEA Remote": a place, then the word
                if line.utf8.count <= 40, let place = placeBeforeRemote(line) { return (.remote, place, line) }
                // "London / Remote", "Berlin / Hybrid": the arrangement after a place and a slash
                if line.containsBytes(" / ") {
                    let parts = line.splitBytes(" / ").map(\.trimmingSpaces)
                    if parts.count <= 3, let (w, said) = parts.dropFirst().lazy.compactMap({ s in WorkArrangement.stated(s).map { ($0, s) } }).first {
                        // (a country or a region is a place too: "Africa / Remote")
                        // (the last of the facts before the slash: "Full-Time • Pune / Remote")
                        let first = parts[0].splitScalars(whereSeparator: Self.isFactSeparator).last.map { String($0).trimmingSpaces } ?? parts[0]
                        let isArea = Location.isCountry(first) || Location.isRegion(first)
                        return (w, Cities.contains(first) || isArea ? first : Self.place(first), said)
                    }
                }
                if let found = commaFacts(line) { return found }
                continue
            }
            if let open = line.firstIndex(of: "("), let close = line.lastIndex(of: ")"), open < close {
                // "Remote (US)" gives a place, "Remote (occasional)" and "Télétravail (2j/semaine)" none
                let inside = String(line[line.index(after: open)..<close]).trimmingSpaces
                let lowered = inside.lowercased()
                let qualifier = WorkArrangement.countsDays(lowered) || WorkArrangement.occasionalWords.contains { lowered.containsBytes($0) }
                return (w, qualifier ? nil : inside.nilIfEmpty, line.trimmingSpaces)
            }
            // "Remote oder Berlin-Zentrum", "Remote or London": the place the work may be done in instead
            for or in [" or ", " oder ", " ou ", " o ", " of "] {
                if let r = line.byteRange(of: or), WorkArrangement.stated(String(line[..<r.lowerBound])) == w,
                   let place = Self.place(String(line[r.upperBound...])) ?? Self.townOfCompound(String(line[r.upperBound...])) {
                    return (w, place, line.trimmingSpaces)
                }
            }
            // "Remote - United States", "Hybrid – Berlin": the place as the line writes it, arrangement and all
            // (words in lower case after it are no place: "Remote-first, async culture with flexible schedules")
            for dash in [" - ", " – ", " — ", ": ", ", "] {
                if let r = line.byteRange(of: dash), WorkArrangement.stated(String(line[..<r.lowerBound])) == w {
                    let rest = line[r.upperBound...].trimmingSpaces
                    // (a label's yes or no is no place: "Remote: No", "Home office: nein", "Thuiswerken: ja")
                    guard rest.first?.isUppercase == true || Self.place(rest) != nil,
                          !Self.yesOrNo.contains(rest.lowercased().trimmingCharacters(in: ".!")) else { break }
                    return (w, line.trimmingSpaces, line.trimmingSpaces)
                }
            }
            // a perk's heading and its words: "Home Office" / "2 Tage pro Woche von zu Hause aus" is hybrid, and so is
            // "Home Office" alone, an item of a list of perks ("flexible working hours" / "home office" / "free parking")
            if w == .remote, k + 1 < lines.count && WorkArrangement.countsDaysOfTheWeek(lines[k + 1])
                || ["home office", "homeoffice", "home-office"].contains(line.lowercased().trimmingSpaces) {
                return (.hybrid, nil, line.trimmingSpaces)
            }
            return (w, nil, line.trimmingSpaces)
        }
        return nil
    }
}
