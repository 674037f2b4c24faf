/// A place the posting's own sentences name: a known town after a word of
/// place ("in our office in Utrecht", "en nuestras oficinas en Palermo",
/// "te Amsterdam", "à Lyon"), or the place of the employer's own office ("our
/// Portland, OR office"), for pages that state the location nowhere else.
extension Location {
    /// Words that put a place after them, in the languages read here.
    static let placeWords = ["in", "en", "à", "a", "au", "bei", "te", "near", "nahe", "nabij", "vicino", "nach"]
    /// "our": before the place of the employer's own office ("our Portland, OR office").
    static let ourWords = ["our", "unserem", "unser", "notre", "nuestra", "nuestras", "nuestro", "onze", "ons",
                           "nostro", "nostra", "nostri"]
    /// Words for the employer's office, after its place.
    static let officeWords: Set<String> = ["office", "offices", "headquarters", "hq", "studio", "campus", "büro", "bureau",
                                           "bureaux", "oficina", "oficinas", "kantoor", "ufficio", "uffici", "sede"]
    private static let placeBytes = placeWords.map { Array($0.utf8) }
    private static let ourBytes = ourWords.map { Array($0.utf8) }

    /// The known town the text names most often after a word of place, and
    /// how often; ties go to the first named. The text is read as bytes: only
    /// the words after a word of place become strings.
    static func mentioned(in text: String) -> (town: String, count: Int)? {
        var counts: [String: Int] = [:]
        var order: [String] = []
        func count(_ place: String) {
            if counts[place] == nil { order.append(place) }
            counts[place, default: 0] += 1
        }
        var copy = text
        copy.withUTF8 { bytes in
            // the words' spans, split at white space
            var spans: [Range<Int>] = []
            var start = -1
            for (i, b) in bytes.enumerated() {
                if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D {
                    if start >= 0 { spans.append(start..<i); start = -1 }
                } else if start < 0 {
                    start = i
                }
            }
            if start >= 0 { spans.append(start..<bytes.count) }
            func word(_ k: Int) -> Substring { Substring(decoding: UnsafeBufferPointer(rebasing: bytes[spans[k]]), as: UTF8.self) }
            for k in spans.indices.dropLast() where spans[k].count <= 8 {
                // ("at the office in: Santiago")
                var span = spans[k]
                if bytes[span.upperBound - 1] == 0x3A { span = span.lowerBound..<(span.upperBound - 1) }
                let w = UnsafeBufferPointer(rebasing: bytes[span])
                if ourBytes.contains(where: { equalsLowered(w, $0) }) {
                    if let office = officePlace((k + 1..<min(k + 6, spans.count)).map(word)) { count(office) }
                } else if placeBytes.contains(where: { equalsLowered(w, $0) }), let town = town(after: k, spans.count, word) {
                    count(town)
                }
            }
        }
        var top: (town: String, count: Int)?
        for town in order where counts[town, default: 0] > top?.count ?? 0 { top = (town, counts[town, default: 0]) }
        return top
    }

    /// Whether the bytes, ASCII letters lowered, are the word.
    private static func equalsLowered(_ w: UnsafeBufferPointer<UInt8>, _ word: [UInt8]) -> Bool {
        guard w.count == word.count else { return false }
        for (a, b) in zip(w, word) where (a >= 0x41 && a <= 0x5A ? a | 0x20 : a) != b { return false }
        return true
    }

    /// The longest run of up to three capitalised words after word `k` that is
    /// a known town, written as a name is ("in APAC" names a region, not the town of Apac).
    private static func town(after k: Int, _ n: Int, _ word: (Int) -> Substring) -> String? {
        var best: String?
        var phrase = ""
        for j in (k + 1)..<min(k + 4, n) {
            let w = word(j)
            guard let first = w.first, first.isUppercase else { break }
            let bare = w.prefix { !".,;:!?)»\"'".contains($0) }
            phrase += phrase.isEmpty ? bare : " " + bare
            if Cities.contains(phrase) { best = phrase }
            if bare.utf8.count != w.utf8.count { break }
        }
        guard let best, best.contains(where: \.isLowercase) else { return nil }
        return best
    }

    /// The place in "our Portland, OR office", "our London offices": up to four
    /// capitalised words (a state code after a comma among them) right before
    /// a word for an office, any place, known town or not.
    private static func officePlace(_ words: [Substring]) -> String? {
        var parts: [Substring] = []
        for w in words {
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
