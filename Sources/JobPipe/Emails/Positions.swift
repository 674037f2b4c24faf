/// Job titles as pages write them next to a name: a line or phrase with one
/// of these words (German, English, French, Spanish) is a position.
enum Positions {
    /// Whole words (lower case) that make a phrase a position.
    static let words: Set<String> = [
        // German
        "geschäftsführer", "geschäftsführerin", "geschäftsführung", "leiter", "leiterin", "leitung", "referent",
        "referentin", "personalreferent", "personalreferentin", "sachbearbeiter", "sachbearbeiterin", "assistenz",
        "assistent", "assistentin", "inhaber", "inhaberin", "vorstand", "vorsitzender", "vorsitzende", "kassenwart",
        "kassiererin", "schriftführer", "schriftführerin", "sekretärin", "sekretär", "sekretariat", "pressesprecher",
        "pressesprecherin", "pressereferent", "pressereferentin", "redakteur", "redakteurin", "chefredakteur",
        "chefredakteurin", "rechtsanwalt", "rechtsanwältin", "rechtsanwaltsfachangestellte", "kanzleileitung",
        "rechtsfachwirtin", "rechtsfachwirt", "steuerberater", "steuerberaterin", "prokurist", "prokuristin",
        "gründer", "gründerin", "mitgründer", "mitgründerin", "berater", "beraterin", "entwickler", "entwicklerin",
        "ingenieur", "ingenieurin", "koordinator", "koordinatorin", "ansprechpartner", "ansprechpartnerin",
        "personalleiter", "personalleiterin", "ausbildungsleiter", "ausbildungsleiterin", "teamleiter", "teamleiterin",
        "abteilungsleiter", "abteilungsleiterin", "bereichsleiter", "bereichsleiterin", "vertrieb", "buchhaltung",
        "personal", "recruiterin", "fachbereichsleiter", "fachbereichsleiterin", "verantwortlich", "mitarbeiterin",
        "mitarbeiter", "praktikantin", "praktikant", "trainee", "werkstudent", "werkstudentin",
        // English
        "ceo", "cto", "cfo", "coo", "cmo", "cio", "founder", "co-founder", "cofounder", "owner", "director", "manager",
        "head", "lead", "recruiter", "recruiting", "recruitment", "talent", "hr", "officer", "president",
        "vice", "chairman", "chair", "partner", "associate", "assistant", "secretary", "treasurer", "editor",
        "reporter", "correspondent", "writer", "engineer", "developer", "designer", "consultant", "coordinator",
        "specialist", "administrator", "analyst", "advisor", "adviser", "accountant", "attorney", "lawyer",
        "counsel", "executive", "principal", "supervisor", "representative", "scientist", "professor", "researcher",
        "intern", "architect", "marketing", "sales", "communications", "spokesperson", "chief",
        // French
        "directeur", "directrice", "gérant", "gérante", "responsable", "chargé", "chargée", "assistante",
        "fondateur", "fondatrice", "président", "présidente", "secrétaire", "trésorier", "trésorière", "ingénieure",
        "développeur", "développeuse", "conseiller", "conseillère", "rédacteur", "rédactrice", "recruteur",
        "recruteuse", "avocat", "avocate", "comptable", "stagiaire", "interlocuteur", "interlocutrice",
        // Spanish
        "gerente", "directora", "jefe", "jefa", "coordinadora", "coordinador", "responsable", "técnico",
        "técnica", "abogado", "abogada", "presidenta", "secretario", "secretaria", "tesorero", "tesorera",
        "fundador", "fundadora", "consultor", "consultora", "asesor", "asesora", "reclutador", "reclutadora",
        "ingeniero", "ingeniera", "desarrollador", "desarrolladora", "contacto", "redactor", "redactora",
    ]

    /// Word endings that make a German compound a position (`Personalleiterin`, `Vertriebsreferent`).
    static let endings = ["leiter", "leiterin", "referent", "referentin", "führer", "führerin", "manager", "managerin",
                          "berater", "beraterin", "assistent", "assistentin", "sprecher", "sprecherin", "recruiter",
                          "recruiterin", "koordinator", "koordinatorin", "sachbearbeiter", "sachbearbeiterin",
                          "beauftragter", "beauftragte", "fachangestellte", "fachwirtin", "fachwirt", "leitung"]

    static func isPositionWord(_ word: some StringProtocol) -> Bool {
        let w = word.lowercased()
        if words.contains(w) { return true }
        return w.count > 6 && endings.contains { w.hasSuffix($0) && w.count > $0.count }
    }

    /// Small words a title may hold (`Head of Engineering`, `Leiterin für Personal`, `Chargée de recrutement`).
    static let connectors: Set<String> = ["of", "for", "and", "&", "de", "des", "du", "la", "le", "et", "en", "für",
                                          "und", "der", "des", "im", "in", "y", "e", "del", "the", "-", "–", "/", "d'"]

    /// Lower-case words of a department or field a title may hold (`Chargé de recrutement`, `Responsable de selección`).
    static let fields: Set<String> = ["recrutement", "selección", "seleccion", "personal", "personnel", "rh", "rrhh",
                                      "ressources", "humaines", "recursos", "humanos", "ventas", "ventes", "fiscal",
                                      "commercial", "commerciale", "comercial", "technique", "técnico", "finance",
                                      "finanzas", "marketing", "communication", "comunicación", "produit", "producto",
                                      "projet", "proyectos", "clientèle", "clientes", "talent", "acquisition",
                                      "recruiting", "engineering", "data", "operations", "people", "hr"]

    /// Whether a phrase reads as a position: at most six words, no digits or
    /// address, each word a position word, a capitalised word or a connector,
    /// and a position word among them.
    static func isPosition(_ phrase: some StringProtocol) -> Bool {
        let t = phrase.trimmingSpaces
        guard t.count >= 2, t.count <= 80, !t.contains("@"), !t.contains(":"), !t.contains(where: \.isNumber) else { return false }
        let words = t.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "/" || $0 == "(" || $0 == ")" })
        guard words.count <= 6 else { return false }
        var positional = false
        for w in words {
            if isPositionWord(w) { positional = true; continue }
            if connectors.contains(w.lowercased()) || fields.contains(w.lowercased()) || (w.first?.isUppercase ?? false) { continue }
            return false
        }
        // A phrase that names someone (`Jan Wenske, Deputy Director`) is not one person's position.
        return positional && PersonName.candidates(in: Substring(t)).isEmpty
    }
}
