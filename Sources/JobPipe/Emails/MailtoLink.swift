/// The addresses of a `mailto:` URL (RFC 6068): percent-decoded, the query
/// (`?subject=…`) dropped, several addresses split on `,` or `;`, and
/// `Name <address>` reduced to the address. Escapes that do not decode to
/// UTF-8 make their address no address.
enum MailtoLink {
    /// nil when `href` is not a mailto URL.
    static func addresses(_ href: String) -> [String]? {
        var s = Substring(href.trimmingSpaces)
        guard s.count >= 7, s.prefix(7).lowercased() == "mailto:" else { return nil }
        s = s.dropFirst(7)
        if let q = s.firstIndex(of: "?") { s = s[..<q] }
        var out: [String] = []
        // Split after decoding (`%2C` separates too); a part whose escapes do not
        // decode to UTF-8 (`n%FF@acme.de`) names no address: it is left out,
        // not repaired into one with U+FFFD in it.
        for bytes in Decoders.percentBytes(s).split(whereSeparator: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") }) {
            guard let part = String(validating: bytes, as: UTF8.self) else { continue }
            var a = Substring(part.trimmingSpaces)
            if let lt = a.lastIndex(of: "<"), let gt = a.lastIndex(of: ">"), lt < gt {
                a = a[a.index(after: lt)..<gt]
            }
            if a.hasPrefix("//") { a = a.dropFirst(2) }
            if !a.isEmpty { out.append(String(a)) }
        }
        return out
    }
}

/// Whether a link's text (or title) names a person: two to four capitalised
/// words of letters (with particles such as `von`, `de`), not an address,
/// not a call to action such as "E-Mail" or "Contact us".
enum PersonName {
    static let particles: Set<String> = ["von", "van", "de", "der", "den", "da", "di", "del", "la", "le", "du", "dos", "zu", "y", "bin", "al"]
    static let notNames: Set<String> = [
        "e-mail", "email", "mail", "kontakt", "contact", "us", "uns", "send", "schreiben", "schreib", "write",
        "redaktion", "team", "support", "office", "info", "here", "hier", "click", "klicken", "press", "presse",
        "newsletter", "feedback", "sales", "jobs", "careers", "karriere", "bewerbung", "service", "editor",
        "the", "our", "unser", "unsere", "an", "to", "mit", "with", "for", "für", "and", "und", "now", "jetzt",
        "abonnieren", "subscribe", "impressum", "datenschutz", "privacy", "tips", "tipps", "hinweise",
    ]

    static func name(from text: String) -> String? {
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
}
