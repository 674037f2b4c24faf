/// Finds a site's contact, careers, about, team and imprint pages among the
/// links of a page, in English, German, French and Spanish.
public enum Discovery {
    /// The roles discovery looks for, most wanted first.
    public static let roles = ["contact", "careers", "imprint", "team", "about"]

    /// Words that name each role in link paths and link texts.
    static let words: [String: [String]] = [
        "contact": ["contact", "contact-us", "contactus", "contacts", "kontakt", "kontaktieren", "contacto",
                    "contactenos", "contactez-nous", "nous-contacter", "get-in-touch", "reach-us"],
        "careers": ["careers", "career", "jobs", "job", "join-us", "joinus", "join-our-team", "work-with-us",
                    "vacancies", "openings", "hiring", "karriere", "stellenangebote", "stellen", "jobs-karriere",
                    "emplois", "emploi", "carrieres", "carriere", "recrutement", "nous-rejoindre", "rejoignez-nous",
                    "empleo", "empleos", "trabaja-con-nosotros", "trabajo", "bolsa-de-trabajo", "unete"],
        "imprint": ["impressum", "imprint", "legal-notice", "legal", "mentions-legales", "aviso-legal",
                    "colophon", "offenlegung"],
        "team": ["team", "our-team", "people", "leadership", "management", "equipe", "notre-equipe",
                 "equipo", "nuestro-equipo", "mitarbeiter", "ansprechpartner", "staff"],
        "about": ["about", "about-us", "aboutus", "who-we-are", "company", "ueber-uns", "uber-uns", "unternehmen",
                  "wir", "a-propos", "qui-sommes-nous", "societe", "sobre-nosotros", "quienes-somos", "nosotros",
                  "empresa"],
    ]

    /// The role a link leads to and how sure that is (higher is surer), or nil.
    /// The link text counts most, then the last path segment, then any segment.
    public static func classify(path: String, text: String) -> (role: String, score: Int)? {
        let textKey = slug(text)
        let segments = path.split(whereSeparator: { $0 == "/" || $0 == "?" || $0 == "&" || $0 == "=" })
            .map { slug(String($0).removingPercentEncoding) }
        var best: (String, Int)?
        for role in roles {
            guard let list = words[role] else { continue }
            var score = 0
            for w in list {
                if textKey == w { score = max(score, 30) }
                else if textKey.split(separator: "-").contains(Substring(w)) || (w.contains("-") && textKey.contains(w)) {
                    score = max(score, 20)
                }
                if let last = segments.last, last == w || last.hasPrefix(w + "-") || last.hasPrefix(w + ".") {
                    score = max(score, 25)
                } else if segments.contains(where: { $0 == w }) {
                    score = max(score, 10)
                }
            }
            if score > 0, score > (best?.1 ?? 0) { best = (role, score) }
        }
        return best
    }

    /// Lower case, accents folded, runs of other characters as one `-`.
    static func slug(_ s: String) -> String {
        var out = ""
        var dash = false
        for ch in s.lowercased().unicodeScalars {
            let c = fold(ch)
            if c.properties.isAlphabetic || ("0"..."9").contains(c) {
                if dash, !out.isEmpty { out.append("-") }
                out.unicodeScalars.append(c)
                dash = false
            } else {
                dash = true
            }
            if out.unicodeScalars.count > 60 { break }
        }
        return out
    }

    static func fold(_ c: Unicode.Scalar) -> Unicode.Scalar {
        switch c {
        case "à", "á", "â", "ä", "ã", "å": return "a"
        case "è", "é", "ê", "ë": return "e"
        case "ì", "í", "î", "ï": return "i"
        case "ò", "ó", "ô", "ö", "õ": return "o"
        case "ù", "ú", "û", "ü": return "u"
        case "ñ": return "n"
        case "ç": return "c"
        case "ß": return "s"
        default: return c
        }
    }
}

extension String {
    /// Percent-decoded text (invalid escapes kept as they are).
    var removingPercentEncoding: String {
        guard contains("%") else { return self }
        var out: [UInt8] = []
        let b = Array(utf8)
        var i = 0
        while i < b.count {
            if b[i] == 0x25, i + 2 < b.count, let h = hexValue(b[i + 1]), let l = hexValue(b[i + 2]) {
                out.append(h << 4 | l)
                i += 3
            } else {
                out.append(b[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
