/// A recruiter's posting for a client it does not name: a sentence of the
/// posting opens with the client ("Our client, a fintech in Berlin, is
/// looking for …", "Für unseren Kunden suchen wir …", "Pour l'un de nos
/// clients, …"). Its employer is then confidential, not the recruiter.
enum UnnamedClient {
    /// How such sentences open, lower case, in the six languages.
    static let openers = [
        "our client", "for our client", "on behalf of our client", "my client", "for a client of ours",
        "for a client", "on behalf of a client", "one of our clients", "for one of our clients",
        "unser kunde", "unsere kundin", "für unseren kunden", "im auftrag unseres kunden", "unser mandant",
        "für unseren mandanten", "im auftrag unseres mandanten", "für einen kunden", "für eine kundin",
        "im auftrag eines kunden", "einer unserer kunden", "für einen unserer kunden",
        // (the client a staffing agency calls its principal: "Unser Auftraggeber ist einer der führenden Hersteller …")
        "unser auftraggeber", "unsere auftraggeberin", "für unseren auftraggeber", "im auftrag unseres auftraggebers",
        "für einen auftraggeber", "einer unserer auftraggeber", "für einen unserer auftraggeber",
        "notre client", "notre cliente", "pour notre client", "pour le compte de notre client", "pour l'un de nos clients",
        "pour l’un de nos clients", "l'un de nos clients", "l’un de nos clients", "pour un client", "pour une cliente",
        "pour le compte d'un client", "pour le compte d’un client",
        "nuestro cliente", "para nuestro cliente", "para importante cliente", "para un cliente",
        "uno de nuestros clientes", "para uno de nuestros clientes",
        "onze klant", "voor onze klant", "onze opdrachtgever", "voor onze opdrachtgever", "voor een klant",
        "voor een opdrachtgever", "namens onze klant", "een van onze klanten", "voor een van onze klanten",
        "il nostro cliente", "per un nostro cliente", "per conto di un nostro cliente", "nostro cliente", "per un cliente",
        "per conto di un cliente", "uno dei nostri clienti", "per uno dei nostri clienti",
        // the client a recruiter calls its partner: "Notre partenaire recherche un leader …"
        "our partner", "notre partenaire", "pour notre partenaire", "pour l'un de nos partenaires", "pour l’un de nos partenaires",
        "unser partner", "onze partner", "nuestro socio", "il nostro partner",
    ] + representing + praisedOpeners

    /// A posting's sentence that opens with the employer it does not name, praised, as anonymous ads in Spanish,
    /// Portuguese and Italian do: "Importante empresa del área de alimentos, requiere contratar …", "Reconocida
    /// empresa busca …", "Importante azienda metalmeccanica ricerca …". (Not as a sentence's object: "Somos una
    /// importante empresa" is an employer's own word.)
    static let praisedOpeners = [
        "importante empresa", "reconocida empresa", "prestigiosa empresa", "destacada empresa", "importante compañía",
        "reconocida compañía", "prestigiosa compañía", "importante azienda", "nota azienda", "prestigiosa azienda",
        "importante società", "conceituada empresa",
    ]

    /// An unnamed client by the words recruiters praise it with, anywhere in a sentence, in the six languages and
    /// Portuguese: "… requiere contratar a un Analista para un importante cliente del rubro", "for a leading client",
    /// "Für ein namhaftes Unternehmen aus der Region suchen wir …", "Per importante azienda cliente ricerchiamo …".
    static let praisedClient: [String] = {
        func each(_ heads: [String], _ tails: [String]) -> [String] { heads.flatMap { h in tails.map { "\(h) \($0)" } } }
        return each(["for a", "on behalf of a"], ["leading client", "renowned client", "prestigious client", "well-known client"])
            + each(["para un", "para una", "para"], ["importante cliente", "reconocido cliente", "prestigioso cliente",
                                                     "importante empresa", "reconocida empresa", "prestigiosa empresa"])
            + each(["para um", "para uma"], ["importante cliente", "importante empresa", "conceituada empresa"])
            + each(["pour un", "pour le compte d'un", "pour le compte d’un"], ["important client", "grand client", "client important",
                                                                              "client prestigieux", "client majeur"])
            + each(["für einen", "im auftrag eines"], ["namhaften kunden", "renommierten kunden", "führenden kunden"])
            + each(["für ein"], ["namhaftes unternehmen", "renommiertes unternehmen", "führendes unternehmen"])
            + each(["voor een"], ["grote klant", "toonaangevende klant", "gerenommeerde klant", "gerenommeerd bedrijf"])
            + each(["per un", "per una", "per", "per un'"], ["importante cliente", "importante azienda", "nota azienda",
                                                              "prestigiosa azienda", "importante società"])
            + ["per un’importante azienda", "per un'importante azienda"]
    }()

    /// Verbs a recruiter's sentence hires with, anywhere in it, in the six languages and Portuguese (lower case; not
    /// `LabelledLines.hiringVerbs`, which follow the name of the one who hires).
    static let recruitingVerbs = ["requiere", "buscamos", "busca ", "seleccionamos", "selecciona ", "contratar",
                                  "ricerchiamo", "ricerca ", "cerchiamo", "selezioniamo", "seleziona ", "recrute", "recherchons",
                                  "recherche un", "recherche une", "suchen wir", "sucht ", "zoeken wij", "zoekt ", "looking for",
                                  "seeking", "recruiting", "procura ", "procuramos", "contrata "]

    /// A recruiter's first person for the client it stands for: "I'm representing a growing healthtech company",
    /// "I am partnering with an established bank".
    static let representing = ["i'm", "i’m", "i am", "we are", "we're", "we’re"].flatMap { who in
        ["representing", "currently representing", "partnering with", "recruiting for", "recruiting on behalf of"].flatMap { verb in
            ["a", "an"].map { "\(who) \(verb) \($0)" }
        }
    }.filter { !$0.hasPrefix("we") || !$0.contains("partnering") }

    /// Whether a sentence of the lines opens with the client: at a line's start or after
    /// a full stop, the opener as whole words ("Our clients' needs", "For a client-facing
    /// role" are no such sentences), and names no client.
    static func isSpokenOf(in lines: [String]) -> Bool {
        client(in: lines) == .unnamed
    }

    /// Whether such a sentence leaves its client unnamed, or names it in an apposition with its legal form:
    /// "On behalf of our client, Harrow & Finch Ltd, we are looking for …".
    enum Client: Equatable { case unnamed, named(String) }

    /// The first sentence of the lines that opens with the client, and whether it names it.
    static func client(in lines: [String]) -> Client? {
        for line in lines.prefix(200) where line.utf8.count >= 12 {
            // (most lines name no client: the bytes of "client", "kund", "klant", "mandant", "opdrachtgever", "… partner" tell)
            guard needles.matches(line) != 0 else { continue }
            let lowered = line.lowercased()
            var start = lowered.startIndex
            while true {
                let sentence = lowered[start...].drop { $0 == " " || $0 == "\"" || $0 == "„" || $0 == "«" }
                if let opener = openers.first(where: { opener in
                    sentence.startsWithBytes(opener)
                        && sentence.dropFirst(opener.count).first.map { !$0.isLetter && $0 != "-" } != false
                        && (!isSubject(opener) || praisedOpeners.contains(opener) || saysOfClient(sentence.dropFirst(opener.count)))
                }) {
                    // (the line as written, where lower case kept its bytes' places)
                    let at = lowered.utf8.distance(from: lowered.startIndex, to: sentence.startIndex) + opener.utf8.count
                    if line.utf8.count == lowered.utf8.count,
                       let name = apposition(String(decoding: line.utf8.dropFirst(at), as: UTF8.self)) {
                        return .named(name)
                    }
                    return .unnamed
                }
                guard let stop = lowered[start...].firstRange(of: ". ") else { break }
                start = stop.upperBound
            }
            // (a recruiter that names itself seeks for one of its clients, anywhere in the sentence: "TEKsystems
            // recherche un administrateur pour un de ses clients")
            if forItsClient.contains(where: { lowered.containsBytes($0) }) { return .unnamed }
            // (or describes the client it leaves unnamed, anywhere in the sentence: "we help our client - an intelligent
            // loan marketplace …", "… pour notre client, une PME lyonnaise …")
            if describedClient.contains(where: { lowered.containsBytes($0) }) { return .unnamed }
            // (its first person, in the rest of the EU's languages, where the line opens with it or seeks: "Etsimme
            // asiakkaallemme …"; not an employer's customer, "… criar valor para o nosso cliente")
            if let phrase = forOurClient.first(where: { lowered.containsBytes($0) }),
               lowered.startsWithBytes(phrase) || anySeekingVerb.contains(where: { lowered.containsBytes($0) }) {
                return .unnamed
            }
            // (or praises the client it does not name, opening the line or in a sentence that hires: "Randstad requiere
            // contratar a un Analista para un importante cliente del rubro"; not a consultancy's "Vous interviendrez pour
            // un grand client", whose employer is the consultancy)
            if let phrase = praisedClient.first(where: { lowered.containsBytes($0) }),
               lowered.startsWithBytes(phrase) || recruitingVerbs.contains(where: { lowered.containsBytes($0) }) {
                return .unnamed
            }
        }
        return nil
    }
    /// A recruiter's words, in the third person, for the client it seeks for, in the six languages.
    static let forItsClient = [
        "for one of its clients", "on behalf of one of its clients", "for one of their clients",
        "für einen seiner kunden", "für einen ihrer kunden", "im auftrag eines seiner kunden", "im auftrag eines ihrer kunden",
        "im auftrag ihres kunden", "im auftrag seines kunden", "im auftrag ihrer kundin", "im auftrag seiner kundin",
        "pour un de ses clients", "pour l'un de ses clients", "pour l’un de ses clients", "pour le compte de l'un de ses clients",
        "pour le compte de l’un de ses clients", "pour le compte d'un de ses clients", "pour le compte d’un de ses clients",
        "para uno de sus clientes", "para un cliente suyo", "voor een van haar klanten", "voor een van zijn klanten",
        "voor één van haar klanten", "voor één van zijn klanten", "per uno dei suoi clienti", "per un suo cliente",
    ]
    /// "Our client", then a dash or a comma and an indefinite article: a description in the client's name's place,
    /// in the six languages ("our client - an intelligent loan marketplace", "notre client, une PME").
    static let describedClient: [String] = [
        ("our client", ["a", "an"]), ("notre client", ["un", "une"]), ("notre cliente", ["un", "une"]),
        ("unser kunde", ["ein", "eine"]), ("unser mandant", ["ein", "eine"]), ("onze klant", ["een"]),
        ("onze opdrachtgever", ["een"]), ("nuestro cliente", ["un", "una"]), ("il nostro cliente", ["un", "una", "uno"]),
    ].flatMap { client, articles in [", ", " - ", " – ", " — "].flatMap { sep in articles.map { client + sep + $0 + " " } } }

    /// A recruiter's words, in the first person, for the client it seeks for, in the rest of the EU's languages:
    /// "Etsimme asiakkaallemme useita ohjelmistosuunnittelijoita", "Poszukujemy dla naszego klienta …". An
    /// employer says them of its customers too, so they count in a line that seeks (or opens with them).
    static let forOurClient = [
        "asiakkaallemme", "asiakkaamme puolesta", "dla naszego klienta", "dla naszej klientki", "pro našeho klienta",
        "pro naši klientku", "för vår kunds räkning", "på uppdrag av vår kund", "på vegne af vores kunde",
        "på vegne av vår kunde", "para o nosso cliente", "para nosso cliente", "para um cliente nosso",
    ]
    /// Verbs of seeking in those languages, in the first person: fi, pl, cs, sv, da, no, pt.
    static let seekingVerbs = ["etsimme", "haemme", "poszukujemy", "szukamy", "rekrutujemy", "hledáme", "přijmeme", "söker",
                               "rekryterar", "søger", "søker", "rekrutterer", "recrutamos", "à procura", "estamos a procurar"]
    private static let anySeekingVerb = recruitingVerbs + seekingVerbs

    /// A company's name between commas right after the opener: ", Harrow & Finch Ltd, we …".
    static func apposition(_ rest: String) -> String? {
        let after = rest.drop { $0 == " " }
        guard after.first == "," else { return nil }
        let name = after.dropFirst().prefix { $0 != "," }.trimmingSpaces
        // (a description that opens with an article names no one: "Our partner, a school group, is …")
        guard name.utf8.count <= 80, PostingLabels.readsAsCompany(name),
              !LabelledLines.soughtArticles.contains(name.spaceParts.first.map { $0.lowercased() } ?? "") else { return nil }
        return name
    }

    private static let needles = ByteNeedles(["client", "kund", "klant", "mandant", "opdrachtgever", "uftraggeber", "asiakka",
                                              "klienta", "klientku",
                                              // (the partner as the openers say it: most lines that say "partner" say
                                              // it otherwise, "partnership", "our partners' …")
                                              "ur partner ", "ur partner,", "er partner ", "ze partner ", "ro partner ",
                                              "e partenaire", "nos partenaires", "ro socio ",
                                              "representing a", "partnering with a", "recruiting for a", "recruiting on behalf of a",
                                              // (a client praised, or an employer an anonymous ad praises)
                                              "mportant", "econocid", "restigios", "amhaft", "enommiert", "führende",
                                              "oonaangevend", "erenommeerd", "grote klant", "leading client", "renowned client",
                                              "well-known client", "nota azienda", "onceituada", "grand client"])

    /// Whether the opener is the sentence's subject ("Our client …"), not the client the work is for ("For our client, …").
    static func isSubject(_ opener: String) -> Bool {
        !["for ", "on ", "für ", "im ", "pour ", "para ", "voor ", "per "].contains(where: { opener.startsWithBytes($0) })
            && !representing.contains(opener)
    }

    /// Whether what follows a subject opener says something of the client: a comma or a bracket (an apposition,
    /// "Our client, a fintech, …") or a verb ("is looking", "sucht", "recherche"); not a noun that makes the
    /// client the agency's own ("Our client roster spans …", "Our client base"). The client's possessive says of it
    /// in a sentence that hires: "Our client's corporate HQ in Birmingham is seeking a QA Analyst" (not "Our client's
    /// needs come first").
    static func saysOfClient(_ rest: Substring) -> Bool {
        let after = rest.drop { $0 == " " }
        guard let first = after.first else { return true }
        if ",(–—-:".contains(first) { return true }
        if after.startsWithBytes("'s ") || after.startsWithBytes("’s ") {
            let sentence = String(after.prefix { $0 != "." })
            return recruitingVerbs.contains { sentence.containsBytes($0) }
        }
        let word = after.prefix { $0.isLetter || $0 == "'" || $0 == "’" }
        return clientVerbs.contains(String(word))
    }
    static let clientVerbs: Set<String> = [
        "is", "was", "has", "seeks", "needs", "wants", "are", "operates", "provides", "specializes", "specialises",
        "ist", "sucht", "hat", "bietet", "est", "recherche", "recrute", "cherche", "a", "es", "busca", "tiene", "necesita",
        "zoekt", "heeft", "biedt", "è", "cerca", "ha", "offre",
    ]
}
