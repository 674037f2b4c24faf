/// A posting a staffing agency puts up for a client it does not name, on a page
/// that tags the poster as one: a board's fact of the company's kind
/// ("Zadavatel" / "Personální agentura", "Personaldienstleister") or a
/// network's industry line ("Staffing and Recruiting 1,001-5,000 employees").
/// Its employer is confidential, not the agency, unless the job is one of the
/// agency's own (a recruiter's).
enum StaffingAgency {
    /// The kinds of staffing agencies as boards and networks tag them, in the six languages and the rest of the
    /// EU's job market (lower case).
    static let kinds: Set<String> = [
        "staffing and recruiting", "staffing & recruiting", "recruitment agency", "staffing agency", "employment agency",
        "recruitment consultancy", "personaldienstleister", "personaldienstleistung", "personalvermittlung",
        "personalberatung", "personalagentur", "zeitarbeit", "arbeitnehmerüberlassung", "zeitarbeitsfirma",
        "agence d'emploi", "agence d’emploi", "agence d'intérim", "agence d’intérim", "agence de recrutement",
        "cabinet de recrutement", "entreprise de travail temporaire", "empresa de trabajo temporal", "agencia de empleo",
        "agencia de colocación", "consultora de recursos humanos", "uitzendbureau", "werving en selectie",
        "detacheringsbureau", "recruitmentbureau", "agenzia per il lavoro", "agenzia di somministrazione",
        "agência de emprego", "empresa de recrutamento", "personální agentura", "pracovní agentura", "agencja pracy",
        "agencja zatrudnienia", "agencja rekrutacyjna", "bemanningsföretag", "rekryteringsföretag", "vikarbureau",
        "bemanningsbyrå", "rekrutteringsbyrå",
    ]
    /// The first bytes of those kinds, folded: most lines hold none.
    private static let needles = ByteNeedles(["staffing", "recruit", "employment", "personal", "zeitarbeit", "arbeitnehmer",
                                              "agence", "cabinet", "entreprise de", "empresa de", "agencia", "consultora",
                                              "uitzend", "werving", "detacher", "agenzia", "agência", "personální",
                                              "pracovní", "agencja", "bemanning", "rekryter", "vikar", "rekrutter"])

    /// Whether a line of the page is such a tag: a kind alone, a kind before the count of its people, or kinds a
    /// board joins with slashes or bars ("Recruitment agency / Staffing").
    static func isTagged(in lines: [String]) -> Bool {
        lines.contains { line in
            guard line.utf8.count <= 80, needles.matches(line) != 0 else { return false }
            let l = line.lowercased().trimmingSpaces
            if kinds.contains(l) || kinds.contains(where: { kind in
                l.startsWithBytes(kind + " ") && l.dropFirst(kind.count + 1).first?.isNumber == true
            }) { return true }
            let parts = l.splitScalars { $0 == "/" || $0 == "|" || $0 == "·" }
            return parts.count > 1 && parts.contains { kinds.contains(String($0).trimmingSpaces) }
        }
    }

    /// The largest staffing firms of the world and of the EU's job markets, as they sign their postings (their
    /// names normalised, as `Words.normalized` gives them; after the lists of the largest staffing firms that
    /// Staffing Industry Analysts publishes each year, and the national federations' members' lists). A posting
    /// signed by one is for a client, as a tag of the poster's kind says.
    static let largeFirms: Set<String> = [
        "randstad", "adecco", "adecco group", "manpower", "manpowergroup", "experis", "robert half", "kelly services",
        "allegis", "aerotek", "teksystems", "insight global", "kforce", "cybercoders", "hays", "michael page",
        "page personnel", "pagegroup", "robert walters", "red global", "gi group", "synergie", "start people", "tempo team",
        "trenkwalder", "persona service", "amadeus fire", "brunel", "temp team", "openjobmetis", "etjca", "partnaire",
        "supplay", "samsic emploi", "jobtrotter", "spherion", "express employment professionals", "akkodis",
        "charterhouse", "harvey nash", "staffmark", "spring professional", "badenoch clark", "sthree", "computer futures",
        "progressive recruitment", "real staffing", "huxley", "jefferson wells",
    ]
    /// The words of a branch after a firm's name ("Robert Half Technology", "Hays Recruitment").
    static let branchWords: Set<String> = ["technology", "recruitment", "recruiting", "specialist", "staffing", "professional",
                                           "professionals", "talent", "solutions", "finance", "accounting", "engineering",
                                           "it", "interim", "uitzendbureau", "personaldienstleistungen",
                                           "group", "inc", "ltd", "gmbh", "bv", "nv", "sa", "sas", "spa", "ag", "plc", "llc"]

    /// Whether a name is one of the large staffing firms', alone or with words of its branch or its country
    /// ("Robert Half Technology", "Randstad Chile", "Hays Recruitment"; not "Hays Medical Center").
    static func isLargeFirm(_ name: String) -> Bool {
        let words = Words.normalized(name).spaceParts.map(String.init)
        guard !words.isEmpty else { return false }
        for k in (1...min(3, words.count)).reversed() where largeFirms.contains(words[..<k].joined(separator: " ")) {
            let rest = words[k...]
            // (the country whole, "Randstad United Kingdom", or its code, "Hays UK")
            let country = rest.joined(separator: " ")
            return rest.count <= 3 && (Location.isCountry(country) || rest.count == 1 && Location.countries[country.uppercased()] != nil
                || rest.count <= 2 && rest.allSatisfy { branchWords.contains($0) })
        }
        return false
    }

    /// Words of the jobs an agency hires for itself (lower case): its recruiters and consultants.
    static let ownRoles = ["recruiter", "recruitment consultant", "recruiting consultant", "talent acquisition", "sourcer",
                           "personalberater", "personaldisponent", "recruiting manager", "recruteur", "recruteuse",
                           "chargé de recrutement", "chargée de recrutement", "consultant en recrutement", "intercedent",
                           "consultor de selección", "selezionatore", "selezionatrice", "rekruter", "rekryterare"]

    /// Whether the job is one the agency hires for itself.
    static func hiresForItself(_ title: String?) -> Bool {
        guard let t = title?.lowercased() else { return false }
        return ownRoles.contains { t.containsBytes($0) }
    }
}
