/// A place the posting's own sentences name: a known town after a word of
/// place ("in our office in Utrecht", "en nuestras oficinas en Palermo",
/// "te Amsterdam", "à Lyon"), for pages that state the location nowhere else.
extension Location {
    /// Words that put a place after them, in the languages read here.
    static let placeWords: Set<String> = ["in", "en", "à", "a", "au", "bei", "te", "near", "nahe", "nabij", "vicino", "nach"]
    /// "our": before the place of the employer's own office ("our Portland, OR office").
    static let ourWords: Set<String> = ["our", "unserem", "unser", "notre", "nuestra", "nuestras", "nuestro", "onze", "ons",
                                        "nostro", "nostra", "nostri"]
    /// Words for the employer's office, after its place.
    static let officeWords: Set<String> = ["office", "offices", "headquarters", "hq", "studio", "campus", "büro", "bureau",
                                           "bureaux", "oficina", "oficinas", "kantoor", "ufficio", "uffici", "sede"]

    /// The known town the text names most often after a word of place, and
    /// how often; ties go to the first named.
    static func mentioned(in text: String) -> (town: String, count: Int)? {
        var counts: [String: Int] = [:]
        var order: [String] = []
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
        var i = 0
        while i + 1 < words.count {
            defer { i += 1 }
            guard words[i].utf8.count <= 8 else { continue }
            // ("at the office in: Santiago")
            let word = words[i].hasSuffix(":") ? String(words[i].dropLast()).lowercased() : words[i].lowercased()
            if ourWords.contains(word), let office = officePlace(words[(i + 1)...]) {
                if counts[office] == nil { order.append(office) }
                counts[office, default: 0] += 1
                continue
            }
            guard placeWords.contains(word) else { continue }
            // the longest run of up to three capitalised words that is a known town
            var best: String?
            var phrase = ""
            for w in words[(i + 1)..<min(i + 4, words.count)] {
                guard let first = w.first, first.isUppercase else { break }
                let bare = w.prefix { !".,;:!?)»\"'".contains($0) }
                phrase += phrase.isEmpty ? bare : " " + bare
                if Cities.contains(phrase) { best = phrase }
                if bare.utf8.count != w.utf8.count { break }
            }
            // (written as a name is: "in APAC" names a region, not the town of Apac)
            guard let town = best, town.contains(where: \.isLowercase) else { continue }
            if counts[town] == nil { order.append(town) }
            counts[town, default: 0] += 1
        }
        var top: (town: String, count: Int)?
        for town in order where counts[town, default: 0] > top?.count ?? 0 { top = (town, counts[town, default: 0]) }
        return top
    }

    /// The place in "our Portland, OR office", "our London offices": up to four
    /// capitalised words (a state code after a comma among them) right before
    /// a word for an office, any place, known town or not.
    private static func officePlace(_ words: ArraySlice<Substring>) -> String? {
        var parts: [Substring] = []
        for w in words.prefix(5) {
            let bare = w.prefix { !".,;:!?)»\"'".contains($0) }
            if officeWords.contains(bare.lowercased()) {
                return parts.isEmpty || parts.count > 4 ? nil : parts.joined(separator: " ")
            }
            guard let first = w.first, first.isUppercase, bare.contains(where: \.isLowercase) || bare.utf8.count == 2 else { return nil }
            parts.append(w.hasSuffix(",") ? w : bare)
            if bare.utf8.count != w.utf8.count, !w.hasSuffix(",") { return nil }
        }
        return nil
    }
}
