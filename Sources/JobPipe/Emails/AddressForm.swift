import Foundation

/// Names written the way companies write them in addresses: lower case,
/// umlauts and ß transliterated (`ü` → `ue`, `ß` → `ss`), other accents
/// dropped (`é` → `e`, `ł` → `l`), apostrophes and spaces dropped, hyphens
/// kept (`Keller-Dunoo` → `keller-dunoo`, `O'Brien` → `obrien`,
/// `Di Stefano` → `distefano`).
enum AddressForm {
    private static let special: [Character: String] = [
        "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "å": "a", "ł": "l", "đ": "d",
        "ð": "d", "þ": "th", "ı": "i",
    ]

    /// The address form of a name or part of one.
    static func word(_ text: String) -> String { form(text, umlauts: true) }

    /// The forms a company may write: umlauts as `ue` and, as some do, as `u`.
    static func variants(_ text: String) -> [String] {
        let a = form(text, umlauts: true), b = form(text, umlauts: false)
        return a == b ? [a] : [a, b]
    }

    static func form(_ text: String, umlauts: Bool) -> String {
        var out = ""
        for c in text.lowercased() {
            if c == "'" || c == "’" || c == " " || c == "." { continue }
            if c == "-" { out.append("-"); continue }
            if umlauts, let s = special[c] { out += s; continue }
            if !umlauts, "äöü".contains(c) {
                out += String(c).folding(options: .diacriticInsensitive, locale: nil)
                continue
            }
            if let s = special[c] { out += s; continue }
            let folded = String(c).folding(options: .diacriticInsensitive, locale: nil)
            for f in folded where f.isASCII && (f.isLetter || f.isNumber) { out.append(f) }
        }
        return out
    }
}
