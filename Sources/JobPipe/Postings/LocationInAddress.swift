/// The town of a postal address written on one line, as sites write their own
/// in their footers: "Torstraße 12 · 10119 Berlin", "500 Market St, San
/// Francisco, CA 94105", "12 High Street, Bristol BS1 4DJ, United Kingdom".
/// A postcode is what makes a line an address, or a street and its number
/// right before a known town ("Nevelgaarde 40, Nieuwegein"); without either,
/// nothing is read.
extension Location {
    static func inAddress(_ written: String) -> String? {
        guard written.utf8.count <= 200, written.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        // (a bar or a dot that parts the footer's facts may end the line: "1611 BS Bovenkarspel |")
        let line = written.hasSuffix("|") || written.hasSuffix("·") || written.hasSuffix("•")
            ? written.trimmingCharacters(in: " |·•") : written
        // a postcode before its town, as Europe writes it, the whole line: "10119 Berlin", "90-613, Łódź"
        if LabelledLines.postcodeFirst(line.trimmingSpaces) { return tidied(line) }
        // (a dash between spaces parts the line as a dot does: "12 rue de la Paix – 75002 Paris")
        let parted = line.replacingAll(" – ", with: "|").replacingAll(" — ", with: "|").replacingAll(" - ", with: "|")
        let segments = joiningHouseNumbers(parted.split(whereSeparator: { $0 == "·" || $0 == "|" || $0 == "•" || $0 == "," })
            .map { String($0).trimmingSpaces })
        for (i, segment) in segments.enumerated() {
            // a country's letters before the postcode, as Europe wrote it: "D-13187 Berlin", "CH - 8001 Zürich"
            if let bare = withoutCountryLetters(segment), LabelledLines.postcodeFirst(bare) { return tidied(bare) }
            // … or one of the line's parts, after its street and number or of a known town
            // ("Torstraße 12 · 10119 Berlin"; not "© 2016 Tsavo BV")
            if LabelledLines.postcodeFirst(segment), i > 0 && isStreet(segments[i - 1])
                || Cities.contains(segment.drop { $0 != " " }.trimmingSpaces) {
                return tidied(segment)
            }
            // a Dutch postcode set apart from its town by a comma: "Lindenhoevestraat 43, 1096 DV, Amsterdam"
            if LabelledLines.isDutchPostcode(segment), i + 1 < segments.count, Cities.contains(segments[i + 1]) {
                return segment + " " + segments[i + 1]
            }
            // a Polish postcode after its street, its town perhaps one the lists lack and its voivodeship after it in
            // lower case, as Poland writes it: "ul. 1 Maja 65, 44-348 Skrzyszów śląskie" (without the voivodeship)
            if i > 0, isStreet(segments[i - 1]), let place = townAfterPolishPostcode(segment) { return place }
            // street, number, postcode and town with nothing between: "Dieselstraße 10 86556 Kühbach"
            let words = segment.spaceParts
            if words.count >= 4 {
                for k in 2..<(words.count - 1) where (4...5).contains(words[k].utf8.count) && words[k].allSatisfy(\.isNumber) {
                    let rest = words[k...].joined(separator: " ")
                    if isStreet(words[..<k].joined(separator: " ")), LabelledLines.postcodeFirst(rest) { return tidied(rest) }
                }
            }
            // a known town right after its street and number, with no postcode: "Nevelgaarde 40, Nieuwegein"
            // (not a year: "Since 2011, Berlin")
            // (or a postcode and a town unknown to the list before a known town: "1773 Léchelles · Fribourg"; a state
            // and its code after the town are read with it below: "500 Market St, San Francisco, CA 94105")
            if i > 0, isStreet(segments[i - 1]), !segments[i - 1].spaceParts.contains(where: isYear), Cities.contains(segment),
               i + 1 == segments.count || !(isStateAndZIP(segments[i + 1]) || isProvinceAndPostcode(segments[i + 1])) {
                return LabelledLines.postcodeFirst(segments[i - 1]) ? segments[i - 1] + ", " + segment : segment
            }
            // a state's code and a ZIP code after the town: "San Francisco, CA 94105"
            if i > 0, isStateAndZIP(segment), Cities.contains(segments[i - 1]) { return segments[i - 1] + ", " + segment }
            // a town before a British postcode: "Bristol BS1 4DJ"
            if let town = townBeforeBritishPostcode(segment) { return town }
            // a town before its postcode of four digits, as New Zealand and Australia write it, with the state's code
            // between: "Wellington 6011", "Sydney NSW 2000"; or the state and postcode after the town, as Australia
            // and Canada write them: "Sydney, NSW 2000", "Toronto, ON M5V 2T6"
            if let town = townBeforeFourDigits(segment) { return town }
            if i > 0, isProvinceAndPostcode(segment), Cities.contains(segments[i - 1]) {
                return segments[i - 1] + ", " + segment.spaceParts[0]
            }
        }
        return nil
    }

    /// The parts of a line with a house number that a comma parts from its street, as France writes it, put back
    /// before the street: "217, avenue Jean-Paul Coste 13100 Aix-en-Provence", "12 bis, rue de la Paix".
    /// A number of one to three digits, perhaps with a letter or "bis"/"ter", and a part after it that opens
    /// with a letter.
    static func joiningHouseNumbers(_ segments: [String]) -> [String] {
        var out: [String] = []
        var i = 0
        while i < segments.count {
            if i + 1 < segments.count, isHouseNumber(segments[i]), segments[i + 1].first?.isLetter == true {
                out.append(segments[i] + " " + segments[i + 1])
                i += 2
            } else {
                out.append(segments[i])
                i += 1
            }
        }
        return out
    }

    /// "217", "12 bis", "5b": a house number alone.
    static func isHouseNumber(_ s: String) -> Bool {
        let words = s.spaceParts
        guard let first = words.first, words.count <= 2 else { return false }
        let digits = first.prefix { $0.isASCII && $0.isNumber }
        let letters = first.dropFirst(digits.count)
        guard (1...3).contains(digits.count), letters.count <= 1, letters.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return words.count == 1 || ["bis", "ter"].contains(words[1].lowercased())
    }

    /// The town of an address on line `i` of `lines`, or parted over it and the lines around it, as footers set
    /// addresses out line by line: a street and its number, a postcode alone on the next line and a known town alone
    /// on the line after it ("Västerlånggatan 27" / "111 29" / "Stockholm"), read together as one line gives them.
    static func inAddress<C: RandomAccessCollection<String>>(at i: C.Index, of lines: C) -> String? {
        let line = lines[i]
        if let place = inAddress(line) { return place }
        guard line.utf8.count <= 8, line.utf8.first.map({ $0 >= 0x30 && $0 <= 0x39 }) == true, line.spaceParts.count <= 2,
              i != lines.startIndex, isStreet(lines[lines.index(before: i)]), lines.index(after: i) != lines.endIndex
        else { return nil }
        let town = lines[lines.index(after: i)].split(separator: ",").first.map { String($0).trimmingSpaces } ?? ""
        guard town.utf8.count <= 30, Cities.contains(town) else { return nil }
        let joined = line.trimmingSpaces + " " + town
        return LabelledLines.postcodeFirst(joined) ? tidied(joined) : nil
    }

    /// The first address among lines, on one line or parted over three (`inAddress(at:of:)`).
    static func inAddress<C: RandomAccessCollection<String>>(lines: C) -> String? {
        lines.indices.lazy.compactMap { inAddress(at: $0, of: lines) }.first
    }

    /// A line that is a town alone, as a footer writes the employer's under its name: a known town, with
    /// its region or country ("Vienna", "Berlin, Germany"), or with its continent after a slash ("Vienna/Europe").
    static func townLine(_ line: String) -> String? {
        guard line.utf8.count <= 40 else { return nil }
        let parts = line.split(separator: "/").map { String($0).trimmingSpaces }
        if parts.count == 2, Cities.contains(parts[0]), Location.isRegion(parts[1]) || Location.isCountry(parts[1]) {
            return line.trimmingSpaces
        }
        guard parts.count == 1, let town = line.split(separator: ",").first, Cities.contains(String(town).trimmingSpaces) else { return nil }
        return LabelledLines.place(line)
    }

    /// Whether a word is a year of the last two centuries ("1998", "2024").
    static func isYear(_ w: Substring) -> Bool {
        w.utf8.count == 4 && (w.hasPrefix("19") || w.hasPrefix("20")) && w.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// A street and its number, either way round: "Torstraße 12", "12 High Street", "Gdańska 81".
    static func isStreet(_ s: String) -> Bool {
        let words = s.spaceParts
        guard (2...5).contains(words.count) else { return false }
        let number = { (w: Substring) in w.first?.isNumber == true && w.utf8.count <= 5 }
        return (number(words[0]) || number(words[words.count - 1])) && words.contains { $0.first?.isLetter == true }
    }

    /// A Polish postcode ("44-348") and the capitalised words of its town, without a voivodeship after them
    /// ("śląskie", "Mazowieckie"): "44-348 Skrzyszów". Nil for anything else.
    static func townAfterPolishPostcode(_ s: String) -> String? {
        var words = s.spaceParts.map(String.init)
        guard let first = words.first else { return nil }
        let code = Array(first.utf8)
        guard code.count == 6, code[2] == 0x2D,
              code.indices.allSatisfy({ k in k == 2 || code[k] >= 0x30 && code[k] <= 0x39 }) else { return nil }
        if words.count >= 3, let last = words.last, Regions.isEnd(last.prefix(1).uppercased() + last.dropFirst()) { words.removeLast() }
        let town = words.dropFirst()
        guard (1...3).contains(town.count), town.allSatisfy({ w in
            w.first?.isUppercase == true && w.dropFirst().allSatisfy { $0.isLetter || $0 == "-" }
        }) else { return nil }
        return words.joined(separator: " ")
    }

    /// A postcode line without the country's letters before it ("D - 13187 Berlin" → "13187 Berlin"), or nil.
    /// A European country's code may stand before the postcode with only a space ("DK 2730 Herlev").
    static func withoutCountryLetters(_ s: String) -> String? {
        let b = Array(s.utf8)
        var i = 0
        while i < b.count, i < 2, b[i] >= 0x41 && b[i] <= 0x5A { i += 1 }
        guard i >= 1 else { return nil }
        let letters = String(decoding: b[..<i], as: UTF8.self)
        while i < b.count, b[i] == 0x20 { i += 1 }
        guard i < b.count, b[i] == 0x2D || postalCountryCodes.contains(letters) && b[i - 1] == 0x20 else { return nil }
        if b[i] == 0x2D { i += 1 }
        while i < b.count, b[i] == 0x20 { i += 1 }
        guard i < b.count, b[i] >= 0x30 && b[i] <= 0x39 else { return nil }
        return String(decoding: b[i...], as: UTF8.self)
    }

    /// The codes European countries write before a postcode ("DK 2730 Herlev", "CH-8001 Zürich").
    static let postalCountryCodes: Set<String> = ["A", "B", "D", "F", "I", "L", "N", "P", "S", "AT", "BE", "CH", "CZ", "DE", "DK",
                                                  "EE", "ES", "FI", "FR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "NL", "NO",
                                                  "PL", "PT", "RO", "SE", "SI", "SK"]

    /// "CA 94105", "NY 10001-1234".
    static func isStateAndZIP(_ s: String) -> Bool {
        let words = s.spaceParts
        guard words.count == 2, usStateCodes.contains(String(words[0])) else { return false }
        let zip = words[1].split(separator: "-", omittingEmptySubsequences: false)
        let digits = { (s: Substring, n: Int) in s.utf8.count == n && s.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
        return digits(zip[0], 5) && (zip.count == 1 || zip.count == 2 && digits(zip[1], 4))
    }

    /// The known town before a postcode of four digits, with an Australian state's code between or not, and a country
    /// after it or not: "Wellington 6011" gives "Wellington", "Surry Hills Sydney NSW 2010 Australia" gives "Sydney NSW"
    /// (the town the last words before the code name). A year is no postcode ("Berlin 2024").
    static func townBeforeFourDigits(_ s: String) -> String? {
        var words = s.spaceParts
        // (a country after the postcode: "… 2010 Australia", "… 6011 New Zealand")
        for n in [2, 1] where words.count > n + 1 && Location.isCountry(words.suffix(n).joined(separator: " ")) {
            words.removeLast(n)
            break
        }
        guard words.count >= 2, let code = words.last, code.utf8.count == 4, code.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
        else { return nil }
        let state = words.count >= 3 && australianStates.contains(String(words[words.count - 2]))
        guard !isYear(code) || state else { return nil }
        let before = words.dropLast(state ? 2 : 1)
        for n in stride(from: min(3, before.count), through: 1, by: -1) {
            let town = before.suffix(n).joined(separator: " ")
            if Cities.contains(town) { return state ? town + " " + words[words.count - 2] : town }
        }
        return nil
    }

    /// "NSW 2000" (an Australian state and its postcode) or "ON M5V 2T6" (a Canadian province and its postal code).
    static func isProvinceAndPostcode(_ s: String) -> Bool {
        let words = s.spaceParts
        let digit = { (b: UInt8) in b >= 0x30 && b <= 0x39 }, upper = { (b: UInt8) in b >= 0x41 && b <= 0x5A }
        if words.count == 2, australianStates.contains(String(words[0])) {
            return words[1].utf8.count == 4 && words[1].utf8.allSatisfy(digit)
        }
        guard words.count == 3, canadianProvinces.contains(String(words[0])) else { return false }
        let a = Array(words[1].utf8), b = Array(words[2].utf8)
        return a.count == 3 && b.count == 3 && upper(a[0]) && digit(a[1]) && upper(a[2]) && digit(b[0]) && upper(b[1]) && digit(b[2])
    }

    static let australianStates: Set<String> = ["NSW", "VIC", "QLD", "WA", "SA", "TAS", "ACT", "NT"]
    static let canadianProvinces: Set<String> = ["AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"]

    /// The known town before a British postcode ("Bristol BS1 4DJ", "London EC1A 1BB"), or nil.
    static func townBeforeBritishPostcode(_ s: String) -> String? {
        let words = s.spaceParts
        guard words.count >= 3 else { return nil }
        let outward = Array(words[words.count - 2].utf8), inward = Array(words[words.count - 1].utf8)
        let upper = { (b: UInt8) in b >= 0x41 && b <= 0x5A }, digit = { (b: UInt8) in b >= 0x30 && b <= 0x39 }
        guard (2...4).contains(outward.count), upper(outward[0]), outward.contains(where: digit),
              outward.allSatisfy({ upper($0) || digit($0) }),
              inward.count == 3, digit(inward[0]), upper(inward[1]), upper(inward[2]) else { return nil }
        let town = words.dropLast(2).joined(separator: " ")
        return Cities.contains(town) ? town : nil
    }
}
