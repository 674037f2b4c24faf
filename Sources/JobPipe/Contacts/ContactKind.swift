/// What sort of mailbox an address is, read from its local part.
public enum ContactKind: String, Sendable, CaseIterable {
    /// A person's own address (`jane.doe@`).
    case personal
    /// Hiring: `jobs@`, `careers@`, `hr@`, `recruiting@`, `talent@`, `bewerbung@`, `karriere@`…
    case role
    /// The front door: `info@`, `hello@`, `contact@`, `office@`, `kontakt@`…
    case generic
    /// A department that is not hiring: `support@`, `sales@`, `press@`, `privacy@`, `billing@`…
    case service
    /// Nobody reads it: `noreply@`, `no-reply@`, `donotreply@`, `mailer-daemon@`…
    case noreply

    static let words: [(ContactKind, Set<String>)] = [
        (.noreply, ["noreply", "no-reply", "no_reply", "donotreply", "do-not-reply", "do_not_reply", "mailer-daemon",
                    "bounce", "bounces", "notifications", "notification", "nichtantworten", "keineantwort"]),
        (.role, ["jobs", "job", "careers", "career", "hr", "recruiting", "recruitment", "recruiter", "recruiters",
                 "talent", "talents", "hiring", "bewerbung", "bewerbungen", "karriere", "personal", "personalabteilung",
                 "stellen", "ausbildung", "apply", "applications", "application", "people", "humanresources", "jobboard",
                 "empleo", "empleos", "emploi", "recrutement", "lavoro", "vacatures", "werkenbij"]),
        (.service, ["support", "sales", "press", "presse", "media", "privacy", "datenschutz", "dpo", "dsb", "billing",
                    "invoice", "invoices", "rechnung", "rechnungen", "accounting", "buchhaltung", "legal", "abuse",
                    "webmaster", "postmaster", "hostmaster", "security", "newsletter", "marketing", "redaktion",
                    "editor", "editors", "editorial", "newsroom", "news", "abo", "abos", "kundenservice", "customerservice",
                    "service", "help", "helpdesk", "feedback", "orders", "order", "shop", "tips", "corrections",
                    "advertising", "werbung", "anzeigen", "ads", "partner", "partners", "investor", "investors", "ir",
                    "compliance", "membership", "events", "webteam", "it", "admin", "shipping", "returns", "leserbriefe"]),
        (.generic, ["info", "information", "infos", "hello", "hallo", "hi", "hey", "contact", "contacts", "kontakt",
                    "office", "mail", "email", "e-mail", "post", "team", "general", "welcome", "anfrage", "anfragen",
                    "zentrale", "buero", "sekretariat", "enquiries", "inquiries", "enquiry", "inquiry", "mailbox",
                    "contacto", "informacion", "bonjour", "ciao", "servus", "moin"]),
    ]

    /// Kinds from a comma-separated list (`role,personal`).
    public static func parseList(_ text: String) throws -> Set<ContactKind> {
        var out = Set<ContactKind>()
        for word in text.split(separator: ",") {
            let w = word.trimmingSpaces
            guard let k = ContactKind(rawValue: w) else {
                throw FatalError("unknown kind '\(w)': use personal, role, generic, service or noreply")
            }
            out.insert(k)
        }
        return out
    }

    /// The kind of a lower-case local part: the whole of it, then each of its
    /// words, then words that end or start a compound.
    public static func of(local: String) -> ContactKind {
        let base = local.split(separator: "+").first.map(String.init) ?? local
        for (kind, set) in words where set.contains(base) { return kind }
        let tokens = base.split { $0 == "." || $0 == "-" || $0 == "_" || $0.isNumber }.map(String.init)
        for (kind, set) in words where tokens.contains(where: set.contains) { return kind }
        // Compounds: `newstips`, `kundeninfo` (a word of four letters or more at
        // the end), `bewerbungen2024`, `karriereportal` (six or more at the start).
        for (kind, set) in words {
            for w in set where w.count >= 4 && tokens.contains(where: { $0.count > w.count && $0.hasSuffix(w) }) { return kind }
            for w in set where w.count >= 6 && tokens.contains(where: { $0.count > w.count && $0.hasPrefix(w) }) { return kind }
        }
        return .personal
    }
}
