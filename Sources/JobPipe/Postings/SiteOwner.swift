/// Whose site a posting is on: a job board's or platform's (whose own name is
/// never the employer), or the employer's own careers pages (whose own name is).
/// Also the names logos give: the site's in its header, the employer's beside
/// the posting on a board.
enum SiteOwner {
    /// Words in a host's registrable name that make it a board of many
    /// employers' postings, in the languages read here: jobindex, thecareersgroup,
    /// stellenanzeigen, nationalevacaturebank, hellowork, infoempleo, trovalavoro.
    /// ("work" is not among them: network, teamwork and artwork are no boards.)
    static let boardHostWords = ["job", "career", "karriere", "stellen", "vacature", "emploi", "empleo", "trabajo",
                                 "lavoro", "vagas", "recruit", "talent", "hiring", "hired"]
    /// Boards and applicant-tracking platforms whose names carry none of those
    /// words (registrable-domain labels).
    static let boardHosts: Set<String> = [
        "indeed", "linkedin", "glassdoor", "monster", "stepstone", "seek", "reed", "dice", "xing", "totaljobs",
        "simplyhired", "adzuna", "jooble", "welcometothejungle", "apec", "infojobs", "computrabajo", "bumeran",
        "catho", "naukri", "kununu", "wellfound", "angel", "builtin", "otta", "ycombinator", "hackernews",
        "greenhouse", "lever", "smartrecruiters", "ashbyhq", "icims", "taleo", "successfactors", "myworkdayjobs",
        "bamboohr", "breezy", "applytojob", "personio", "recruitee", "teamtailor", "pinpointhq", "softgarden",
        "dvinci", "rexx", "ultipro", "paylocity", "brassring", "silkroad", "oraclecloud", "eightfold", "jazzhr",
        "workable", "weworkremotely", "workinstartups", "remoteok", "remotive", "flexjobs", "join",
    ]

    /// Whether a registrable-domain label names a board or a platform.
    static func isBoardHost(_ label: String) -> Bool {
        boardHosts.contains(label) || boardHostWords.contains { label.contains($0) } && !label.hasPrefix("werkenbij")
    }

    /// Whether a name is a board's or a platform's own, as a page title writes it ("LinkedIn", "Indeed.com",
    /// "StepStone"): only the names listed, not every name with "job" in it ("Jobs at Acme").
    static func namesBoard(_ name: String) -> Bool {
        let words = Words.normalized(name).spaceParts
        guard let first = words.first, words.count <= 3 else { return false }
        return boardHosts.contains(words.joined()) || words.dropFirst().allSatisfy(addressEndings.contains) && boardHosts.contains(String(first))
    }
    /// The endings of a board's address written after its name ("Indeed.com", "Glassdoor.co.uk").
    private static let addressEndings: Set<Substring> = ["com", "de", "fr", "es", "it", "nl", "be", "at", "ch", "co", "uk", "io", "net"]

    static let logoNeedle = ByteNeedles(["logo"])
    /// Words of an image's text that only say it is a logo.
    static let logoWords: Set<String> = ["logo", "logotipo", "logotype", "logó", "company", "menubar", "header", "brand",
                                         "van", "of", "de", "di", "du", "von", "the"]
    /// The words of a logo's link to the home page, in the six languages ("home page", "accueil", "zur Startseite").
    static let homeWords: Set<String> = ["home", "page", "homepage", "back", "to", "go", "accueil", "retour", "a", "l", "la",
                                         "startseite", "zur", "zurück", "start", "inicio", "volver", "pagina", "página", "principal", "à",
                                         "iniziale", "torna", "alla", "naar", "terug", "de", "hoofdpagina", "homepagina"]
    /// Images of other sites ("Facebook", "Follow us on LinkedIn") are no owner's or employer's.
    static let socialNames: Set<String> = ["facebook", "twitter", "x", "linkedin", "instagram", "youtube", "tiktok",
                                           "xing", "glassdoor", "kununu", "pinterest", "github", "whatsapp", "rss",
                                           "researchgate", "mastodon", "bluesky", "vimeo"]

    /// The name an image of a logo gives: its `alt` without the words that say
    /// it is a logo ("Logo van Acme", "Acme Logo" → "Acme"); nil for an image
    /// that is no logo, a file name, a social network's icon or a placeholder.
    static func logoName(_ img: TreeNode) -> String? {
        // most images say nothing of a logo: their raw attributes tell
        let places: [StaticString] = ["alt", "class", "id", "src"]
        guard places.contains(where: { img.withRawAttribute($0) { logoNeedle.matches($0) != 0 } == true }),
              let alt = img.attribute("alt")?.trimmingSpaces, !alt.isEmpty, alt.utf8.count <= 80 else { return nil }
        // a file name ("cglogo_email_199x55.png") or an identifier ("avocado-logo-groot") is no name;
        // "Facile.it" is
        let lower = alt.lowercased()
        if [".png", ".svg", ".jpg", ".jpeg", ".gif", ".webp"].contains(where: lower.hasSuffix)
            || !alt.contains(" ") && (alt.contains("_") || alt.contains("-") && alt == lower) {
            return nil
        }
        return named(alt)
    }

    /// The words a template puts before "logo" for whoever's site it becomes, in the six languages.
    static let templateOwners: Set<String> = ["project", "company", "site", "brand", "main", "header", "footer", "your", "our",
                                              "my", "client", "organization", "organisation", "projekt", "unternehmen",
                                              "firma", "projet", "entreprise", "proyecto", "empresa", "progetto", "azienda",
                                              "bedrijf", "website", "web", "default", "primary", "secondary", "white", "dark",
                                              "light", "black", "color", "colour"]

    /// A state's emblem or coat of arms, shown by public bodies' sites: no employer's logo.
    static let emblemWords: Set<String> = ["emblem", "emblema", "emblème", "embleem", "stemma", "wappen", "blason",
                                           "escudo", "brasão", "wapen", "coat"]

    private static func named(_ alt: String) -> String? {
        // "Logo BRAT - home page - accueil": a part that says where the logo leads is no part of the name
        var alt = alt
        let parts = alt.splitBytes(" - ").flatMap { $0.splitBytes(" | ") }.flatMap { $0.splitBytes(" :: ") }
        if parts.count > 1 {
            let kept = parts.filter { part in
                !Words.normalized(part).split(separator: " ").allSatisfy { homeWords.contains(String($0)) }
            }
            if !kept.isEmpty, kept.count < parts.count { alt = kept.joined(separator: " - ") }
        }
        var words = alt.spaceParts
        if let first = words.first, emblemWords.contains(first.lowercased()) { return nil }
        // "Stadt Leipzig Wappen": a town's arms after its name show the town
        if words.count > 1, let last = words.last, emblemWords.contains(last.lowercased()) { words.removeLast() }
        while let w = words.first, logoWords.contains(w.lowercased()) { words.removeFirst() }
        while let w = words.last, logoWords.contains(w.lowercased()) || w == "-" { words.removeLast() }
        // "Wolkenhof-Logo", "Logo-Acme": the word joined to the name by a hyphen
        if let w = words.last, let cut = w.lastIndex(of: "-"), logoWords.contains(w[w.index(after: cut)...].lowercased()) {
            words[words.count - 1] = w[..<cut]
        }
        if let w = words.first, let cut = w.firstIndex(of: "-"), logoWords.contains(w[..<cut].lowercased()) {
            words[0] = w[w.index(after: cut)...]
        }
        let name = words.joined(separator: " ")
        // "Lv1257642221095527" is a file's reference, not a name
        guard name.filter(\.isLetter).count >= 2, name.filter(\.isNumber).count < 4, !socialNames.contains(Words.normalized(name)),
              PageHeuristics.looksLikeName(name), !PostingLabels.isGeneric(name),
              !["photo", "image", "picture", "bild", "foto"].contains(where: { Words.normalized(name).contains($0) }),
              // a loading animation's image ("preloader", "Loading…", "spinner") is no one's logo
              !["preloader", "loader", "loading", "spinner", "placeholder"].contains(where: { Words.normalized(name).contains($0) }),
              // a template's word for whose logo it is ("Project Logo", "Company logo", "Site logo") names no one
              !templateOwners.contains(Words.normalized(name))
        else { return nil }
        return name
    }
}
