/// Remote, hybrid or on-site, as the page says it, in English, German,
/// French, Spanish, Dutch and Italian. A short line or a label that is only
/// the arrangement ("Hybrid", "Remote (EU)", "Télétravail: total") is the
/// page's own statement; a phrase in the description ("this is a fully remote
/// role", "2 Tage Homeoffice pro Woche") is weaker evidence and read last.
enum WorkArrangement: String, Sendable {
    case remote, hybrid, onSite = "on_site"

    /// Words that alone (a short line, a label's value) state the arrangement.
    /// Checked hybrid first: "Remote/Hybrid" and "hybrid (remote 2 days)" are hybrid.
    static let hybridWords = ["hybrid", "hybride", "híbrido", "hibrido", "híbrida", "ibrido", "ibrida",
                              "teilweise remote", "teilweise homeoffice", "télétravail partiel", "teletravail partiel",
                              "semi-remote", "semi remote", "partially remote", "partly remote", "flex", "limited remote",
                              "partial remote", "some remote", "remote optional",
                              "remote-optional", "smart working",
                              // other languages of the EU's job market: Finnish, Polish, Czech, Swedish, Danish,
                              // Romanian and Hungarian
                              "hybridi", "hybridityö", "hybrydowa", "hybrydowy", "hybrydowo", "hybrydowej", "praca hybrydowa", "hybridní",
                              "hybridarbete", "hibrid",
                              // a way of working named hybrid, on a line of its own ("Trabalho híbrido", "Lavoro ibrido")
                              "trabalho híbrido", "trabajo híbrido", "lavoro ibrido", "travail hybride", "hybrides arbeiten",
                              "hybride werken", "hybridní práce"]
    static let remoteWords = ["remote", "fully remote", "100% remote", "remote-first", "work from home", "wfh",
                              "anywhere", "telecommute", "telework", "homeoffice", "home office", "home-office",
                              "mobiles arbeiten", "ortsunabhängig", "télétravail", "teletravail", "à distance",
                              "teletrabajo", "remoto", "remota", "en remoto", "a distancia", "thuiswerken", "op afstand",
                              "vanuit huis", "da remoto", "lavoro da remoto", "telelavoro", "full remote", "100% remoto",
                              "100 % télétravail", "100% télétravail", "100% homeoffice", "100 % homeoffice", "fully-remote",
                              "100%-remote", "full smart working", "100% smart working", "home-based", "home based",
                              "etätyö", "etänä", "praca zdalna", "zdalnie", "zdalna", "zdalny", "práce z domova", "na dálku",
                              "på distans", "distansarbete", "distans", "hjemmefra", "hemifrån", "hjemmearbejde", "fjernarbejde", "fjernarbeid",
                              "távmunka", "teletrabalho", "trabalho remoto", "la distanță", "heldigital", "heldigitalt",
                              // a header's "Open for Remote full-time role"
                              "open for remote", "open to remote",
                              "telearbeit", "trabajo remoto", "trabajo en remoto", "travail à distance",
                              // French's word for it beside "présentiel"
                              "distanciel", "en distanciel", "100% distanciel", "100 % distanciel", "en télétravail"]
    static let onSiteWords = ["on-site", "onsite", "on site", "in office", "in-office", "office-based", "office based",
                              "in person", "in-person", "vor ort", "präsenz", "praesenz", "im büro", "sur site",
                              "présentiel", "presentiel", "sur place", "presencial", "en oficina", "op locatie",
                              "op kantoor", "in sede", "in presenza", "presenziale", "lähityö", "stacjonarnie", "praca stacjonarna",
                              "stacjonarny", "stacjonarna",
                              "på plats", "på kontoret", "work from office", "work from the office", "working from office",
                              "field-based", "field based"]

    /// Words that offer one way of working or another ("Remote or hybrid", "Remote/Hybrid"), in the languages read.
    static let alternativeJoins = ["/", " / ", " or ", " oder ", " ou ", " o ", " of ", " lub ", " eller ", " nebo ", " vagy "]

    /// Things called hybrid that are no way of working, as job titles name them.
    static let hybridThings = ["hybrid cloud", "hybrid app", "hybrid mobile", "hybrid vehicle", "hybrid electric",
                               "hybrid infrastructure", "hybrid system", "hybrid integration", "hybrid and electric",
                               "hybrid-cloud", "hybride cloud", "hybrid-fahrzeug", "hybridfahrzeug"]

    /// Words for days, and the day of the week a remote day most often is, right after a word of remote work.
    static let dayWords: Set<String> = ["days", "day", "tage", "tag", "jours", "jour", "días", "dias", "dagen", "dag", "giorni",
                                        "fridays", "freitage"]
    /// Words for now and then, or often but not always, after a word of remote work.
    static let occasionalWords = ["occasional", "gelegentlich", "occasionnel", "ponctuel", "ocasional", "af en toe",
                                  "saltuari", "partiel", "partial", "teilweise", "parcial", "gedeeltelijk", "parziale",
                                  "frequent", "fréquent", "häufig", "frecuente", "frequente", "regelmatig",
                                  "osittainen", "częściowo", "częściowa", "částečně", "částečná", "částečné", "částečného",
                                  "částečnou", "občasné", "občasná", "občasně", "občasnou", "delvis", "vissa"]

    /// Words for flexibly, right before a word of remote work ("Flexible working from home", "Flexibel
    /// thuiswerken", "flexibles Homeoffice"): home working some of the time. (Not before a place: a "Flexible
    /// work location: anywhere in the world" is remote.)
    static let flexibleWords: Set<String> = ["flexible", "flexibel", "flexibele", "flexibles", "flexiblen", "flessibile",
                                             // flexibility, and a word for "and", before the remote word: "Freiheit,
                                             // Flexibilität und Homeoffice", "vrijheid, flexibiliteit en remote werken"
                                             "flexibility", "flexibilität", "flexibilité", "flexibilidad", "flexibiliteit",
                                             "flessibilità"]
    /// Words for "and", which a list's last item follows ("Seattle, Madrid, and remote").
    static let andWords: Set<String> = ["and", "und", "et", "y", "e", "en", "&"]

    /// Words that open a condition right after a word of remote work on a short line ("Homeoffice nach der
    /// Einarbeitung", "Télétravail à définir"): some days at home, the rest at the place of work, as with an
    /// option ("Homeoffice möglich", see optionWords) or a noun of condition ("Remote on request", see onCondition).
    static let conditionWords = ["nach ", "after ", "après ", "selon ", "según ", "à définir", "a convenir", "da concordare"]
    /// Words right after a word of remote work that offer it at will, some of the time, in the six languages: "Work
    /// from home whenever you need", "Homeoffice bei Bedarf", "Télétravail au besoin". (Now and then, "occasionally",
    /// "ponctuellement", is `occasionalWords`'s.)
    static let atWillWords = ["whenever", "as needed", "when needed", "if needed", "when you need", "bei bedarf",
                              "tageweise", "au besoin", "si besoin", "en cas de besoin", "cuando lo necesites",
                              "cuando sea necesario", "indien nodig", "waar nodig", "quando necessario", "se necessario",
                              "all'occorrenza"]

    /// Words of money or things given for working somewhere, in the six languages.
    static let perkWords = ["stipend", "allowance", "budget", "equipment", "reimburse", "zuschuss", "ausstattung",
                            "pauschale", "vergoeding", "indemnité", "forfait", "subsidio", "rimborso", "setup", "set-up"]
    /// Things a workplace offers on its site, after an on-site word ("on-site gym", "onsite parking"): no arrangement.
    static let amenityWords: Set<String> = ["gym", "fitness", "parking", "canteen", "cafeteria", "restaurant", "café", "cafe",
                                            "childcare", "daycare", "nursery", "kindergarten", "health", "medical", "doctor",
                                            "clinic", "kitchen", "food", "meals", "lunch", "catering", "facilities",
                                            "amenities", "showers", "shower", "bike", "bicycle", "massage", "library",
                                            "training", "sports", "kita", "kantine", "parkplätze", "cantine"]

    /// Words of the employer's rules for home working, named as a perk ("Remote working policy",
    /// "Homeoffice-Regelung"): some of the time at home, as the hybrid phrases read them.
    static let policyWords = ["policy", "policies", "richtlinie", "regelung", "politique", "política", "beleid",
                              "regeling", "regolamento"]

    /// Phrases in running text, strongest first within each kind.
    static let hybridPhrases = ["hybrid work", "hybrid role", "on a hybrid basis", "hybrid office", "hybrid setting", "hybrid working",
                                "work hybrid", "working hybrid", "werken hybride", "arbeiten hybrid",
                                "hybrid model", "hybrid position",
                                "hybrid schedule", "hybrid set-up", "hybrid setup", "hybrid arrangement",
                                "days a week in the office", "days a week in our", "days per week in the office",
                                "days in the office", "hybrides arbeiten", "hybrides arbeitsmodell", "hybride arbeit",
                                // days at home, in Dutch ("twee dagen per week thuis")
                                "dagen per week thuis", "dag per week thuis", "dagen in de week thuis",
                                // the office or home, either way round ("be it in the office or at home")
                                "in the office or at home", "at home or in the office", "from the office or from home",
                                "im büro oder zu hause", "zu hause oder im büro", "au bureau ou à la maison",
                                "à la maison ou au bureau", "en la oficina o en casa", "en casa o en la oficina",
                                "op kantoor of thuis", "thuis of op kantoor", "in ufficio o a casa", "a casa o in ufficio",
                                "tage homeoffice", "tage pro woche im büro", "jours de télétravail", "télétravail partiel",
                                "télétravail hybride", "mode hybride", "trabajo híbrido", "modelo híbrido",
                                "modalidad híbrida", "hybride werken", "hybride werkvorm", "lavoro ibrido",
                                "modalità ibrida", "modalità di lavoro ibrida", "modalità di lavoro ibrido",
                                "travail hybride", "organisation hybride", "modèle hybride", "format hybride",
                                "rythme hybride", "hybrides modell", "hybrid arbeiten", "hybride arbeitsweise",
                                "esquema híbrido", "formato híbrido", "jornada híbrida", "modello ibrido", "formula ibrida",
                                "hybride werkmodel", "hybride model",
                                // … and a hybrid model, system or way of working in the other languages of the EU's job
                                // market ("en hybrid arbetsmodell", "sistema híbrido de teletrabajo", "model hybrydowy")
                                "hybridarbete", "hybrid arbetsmodell", "hybrida arbetsmodell", "hybridmodell", "hybrid arbejdsmodel",
                                "hybrid arbeidsmodell", "model hybrydowy", "hybrydowy model", "hybrydowym modelu",
                                "hybridní model", "sistema híbrido", "esquema de trabajo híbrido", "modelo de trabajo híbrido",
                                // (home working as the reader likes it, or some of the time: "Teletrabajo flexible",
                                // "Je werkt hybride", "regime de teletrabalho parcial")
                                "teletrabajo flexible", "télétravail flexible", "teletrabalho flexível", "teletrabalho parcial",
                                "werkt hybride", "werk je hybride",
                                // home working part of the time, or a mix of home and office
                                "partly from home", "partially from home", "partly remote", "partly remotely",
                                "mix of office and remote", "mix of remote and office", "mix of remote and in-office",
                                "combination of remote and", "combination of office and", "between home and office",
                                "between home and the office", "between home and our",
                                "deels thuis", "gedeeltelijk thuis", "deels vanuit huis", "gedeeltelijk vanuit huis",
                                "tussen thuis en", "combinatie van thuis", "teilweise von zu hause", "teilweise zu hause",
                                "tageweise von zu hause", "zwischen homeoffice und", "zwischen büro und homeoffice",
                                "mix aus homeoffice", "mix aus büro", "mobilen arbeit", "mobile arbeit",
                                "en partie en télétravail", "en partie à distance", "entre télétravail et",
                                "parcialmente en remoto", "parcialmente desde casa", "in parte da remoto", "in parte da casa",
                                "giorni in smart working", "giorni di smart working", "smart working parziale",
                                "hybride te werken", "limited remote", "option to work from home", "possibility to work from home",
                                "flexibility to work from home", "work from home days", "home-office-möglichkeit",
                                "homeoffice-möglichkeit", "möglichkeit zum homeoffice", "homeoffice möglich",
                                "home office möglich", "mobiles arbeiten möglich", "possibilité de télétravail",
                                "posibilidad de teletrabajo", "mogelijkheid tot thuiswerken", "possibilità di smart working",
                                // … and in the other languages of the EU's job market
                                "możliwość pracy zdalnej", "możliwość pracy z domu", "możliwość pracy hybrydowej",
                                "možnost práce z domova", "možnost home office", "možnost částečného home office",
                                "possibilidade de trabalho remoto", "possibilidade de home office", "posibilidad de trabajo remoto",
                                "possibilità di lavoro da remoto", "mogelijkheid om thuis te werken", "möjlighet att arbeta hemifrån",
                                "möjlighet till distansarbete", "mulighed for hjemmearbejde", "mahdollisuus etätyöhön",
                                // home working as one of the ways of working, or a perk
                                "télétravail possible", "télétravail occasionnel", "jours de teletravail",
                                "thuiswerkregeling", "thuiswerken en op kantoor", "deels thuiswerken", "gedeeltelijk thuiswerken",
                                "thuiswerkdag", "homeoffice-tage", "tageweise homeoffice", "anteilig homeoffice",
                                "teilweise im homeoffice", "teletrabajo parcial", "días de teletrabajo", "trabalho híbrido",
                                "regime híbrido", "modelo hibrido", "dias de home office",
                                // home working by the employer's rules, a perk among others
                                "homeoffice regelung", "homeoffice-regelung", "home-office-regelung", "home office regelung",
                                "remote working options", "remote work options", "remote working option", "remote work option",
                                "mobiles arbeiten", "mobilen arbeiten", "mobilem arbeiten"]
    static let remotePhrases = ["fully remote", "100% remote", "100 % remote", "remote position", "remote role",
                                "remote job", "remote opportunity", "this is a remote", "work remotely",
                                "remote-first", "remote first company", "work from anywhere", "work from home position",
                                "vollständig remote", "komplett remote", "100% homeoffice", "100 % homeoffice",
                                "ausschließlich im homeoffice", "télétravail complet", "télétravail total",
                                "100% télétravail", "100 % télétravail", "full remote", "100% remoto",
                                "completamente remoto", "teletrabajo 100", "trabajo 100% remoto", "volledig remote",
                                "volledig thuiswerken", "completamente da remoto", "full remote working", "lavoro da remoto al 100",
                                "consider hiring remote", "open to remote", "hiring remotely", "remote candidates welcome",
                                // a place of work anywhere at all
                                "anywhere in the world", "flexible work location", "location independent",
                                "location-independent", "ortsunabhängiges arbeiten", "ortsunabhängig arbeiten",
                                "n'importe où dans le monde", "desde cualquier parte del mundo", "ovunque nel mondo",
                                "waar ter wereld",
                                "remote welcome", "remote-friendly", "remote friendly", "eligible for remote work", "eligible for fully remote", "remote-only", "remote only", "fully distributed", "télétravail bienvenu",
                                "independently in a remote", "in a remote environment", "in a remote-first",
                                "working remotely", "works remotely", "fully-remote", "based anywhere", "located anywhere",
                                "candidates anywhere", "live anywhere", "anywhere in the us", "anywhere in the u.s.",
                                "anywhere in the united states", "anywhere in europe", "anywhere in the eu", "anywhere in the uk",
                                "anywhere in canada", "anywhere in latin america", "anywhere in germany",
                                "we are a remote", "we're a remote", "we are an all-remote",
                                // the terms of the engagement: "join us on a remote basis", "auf Remote-Basis"
                                "on a remote basis", "on a fully remote basis", "auf remote-basis", "en remoto total",
                                "all-remote company", "all-remote team",
                                // a place the sentence marks as remote: "to support our customer in Hanover, MD (Remote)"
                                "(remote)", "(fully remote)", "(100% remote)",
                                "trabajar remoto", "trabajar en remoto", "trabajar de forma remota", "desde cualquier parte",
                                "desde cualquier lugar", "trabalho remoto", "trabalhar remotamente", "de qualquer lugar",
                                // work from wherever there is a computer and a connection
                                "at any place with", "from any location", "from any place",
                                "wherever you have an internet connection", "von überall aus arbeiten", "von überall aus zu arbeiten",
                                "arbeitest von überall", "von überall arbeiten", "work from wherever", "standortunabhängig",
                                "von überall aus durchführbar", "von überall aus machbar", "von überall aus möglich",
                                "can be done from anywhere", "can be performed from anywhere",
                                // the US's "virtual" job, a job done at home
                                "virtual position", "virtual role", "virtual job", "position is virtual", "100% virtual",
                                "fully virtual", "work-from-home position", "work-from-home role", "work-from-home job",
                                "home-based role", "home-based position", "home-based job", "home based role", "home based position",
                                // … and in the other languages of the EU's job market: Swedish, Polish, Danish and Norwegian, Czech
                                // ("helt på distans", "praca w pełni zdalna", "100% hjemmefra", "fra hjemmekontor", "plně remote")
                                "helt på distans", "100% på distans", "100 % på distans", "helt distans", "w pełni zdaln",
                                "100% zdaln", "100 % zdaln", "całkowicie zdaln", "100% hjemmefra", "100 % hjemmefra",
                                "helt hjemmefra", "fuldt remote", "fra hjemmekontor", "100% fjernarbeid", "plně remote",
                                "plně vzdálen", "100% z domova", "100 % z domova",
                                // (… and French's and Portuguese's: "Full télétravail", "Modelo remoto", "Regime de teletrabalho")
                                "full télétravail", "modelo remoto", "regime remoto", "regime de teletrabalho", "em teletrabalho",
                                "depuis n'importe où", "desde cualquier sitio", "da qualsiasi luogo", "vanaf elke locatie",
                                // "(Remote oder Berlin-Zentrum)": the job may be done remote
                                "(remote or ", "(remote oder ", "(remote ou ", "(remote o ", "(remote of ", "(remoto o "]
    static let onSitePhrases = ["this is an on-site", "this is an onsite", "on-site role", "onsite role",
                                "on-site position", "onsite position", "fully on-site", "fully onsite",
                                "in-office role", "office-based role", "office-based position", "office based role",
                                "office based position", "vollzeit vor ort", "poste en présentiel", "100% presencial",
                                "puesto presencial", "trabajo presencial", "trabalho presencial", "trabalho é presencial",
                                "regime presencial", "modalidade presencial", "modalidad presencial", "volledig op kantoor",
                                "lavoro in sede", "in-person role", "in-person position", "in-person job", "fully in-person",
                                "is in-person", "is in person", "en présentiel", "en presentiel",
                                "based on-site", "based onsite", "on-site in our", "onsite in our", "work onsite at",
                                "work on-site at", "onsite at our", "on-site at our", "to work on-site in", "to work onsite in",
                                "to be on-site in", "to be onsite in",
                                // the work done at a place the sentence names: "to support a program onsite in McLean, VA"
                                "onsite in ", "on-site in ", "on site in ",
                                // other languages of the EU's job market: Swedish, Danish and Norwegian, Polish, Czech,
                                // Portuguese ("Heltid på plats i Uppsala", "Praca stacjonarna w Krakowie")
                                "på plats i ", "på plats hos ", "heltid på plats", "på kontoret i ", "på kontoret hos ",
                                "praca stacjonarna", "pracy stacjonarnej", "na miejscu w ", "praca w biurze w ", "pracy w biurze w ",
                                "práce v kanceláři", "práce na místě",
                                "presencialmente em ", "presencialmente no ",
                                // … and at a place the sentence names in the six languages and Portuguese ("Werken op kantoor
                                // in Amsterdam", "basé sur site à Lyon", "Lavoro in presenza a Torino", "presencial em Lisboa")
                                "op kantoor in ", "sur site à ", "en présentiel à ", "in presenza a ", "in presenza presso ",
                                "presencial em ", "presencial en "]
    /// Where the work is done, said of the employer's own offices ("based in our Paris office", "in unserem Büro
    /// in Köln"): weaker than the words around a remote word, read after them ("The team is based in our Berlin
    /// office. This position is remote." is remote).
    static let officePhrases = ["in our offices", "at our offices", "at our office in", "in our office in",
                                "en nuestras oficinas", "en nuestra oficina", "in unserem büro in", "in unseren büros",
                                "dans nos bureaux", "in ons kantoor", "op ons kantoor", "nei nostri uffici",
                                "presso la nostra sede", "presso i nostri uffici", "work from our office", "work out of our",
                                "based in our", "based at our", "working from our", "work from our", "commute to our office",
                                "in the office monday to friday", "monday to friday in the office", "in the office every day",
                                "montag bis freitag im büro", "du lundi au vendredi au bureau",
                                // other languages of the EU's job market: Danish, Swedish, Polish, Czech, Portuguese
                                "fra vores kontor i", "på vores kontor i", "på vårt kontor i", "från vårt kontor i",
                                "w naszym biurze w", "z naszego biura w", "v naší kanceláři v", "no nosso escritório em",
                                "vanuit ons kantoor in", "vanuit ons kantoor te"]

    /// The arrangement a short value states by itself ("Hybrid", "Remote (US)",
    /// "Homeoffice möglich" is not alone), or nil.
    static func stated(_ value: String) -> WorkArrangement? {
        // "70% Remote", "40 % Homeoffice": a share of the time under all of it, then a word of remote work
        if let first = value.utf8.first, first >= 0x31 && first <= 0x39, value.utf8.count <= 40 {
            let words = value.lowercased().spaceParts
            let share = words.first.map(isPartialShare) == true ? 1 : words.count > 1 && isPartialShare(words[0] + words[1]) ? 2 : 0
            // (or "virtual", as Latin America and the US call remote work: "95% virtual")
            if share > 0, case let rest = words.dropFirst(share).joined(separator: " "),
               remoteWords.contains(where: { startsWord(rest, $0) }) || startsWord(rest, "virtual") {
                return .hybrid
            }
        }
        // most lines begin with no word of the lists: their first letter tells
        guard let first = value.utf8.first, firstBytes.contains(first | (first >= 0x41 && first <= 0x5A ? 0x20 : 0)) else { return nil }
        let v = value.lowercased().trimmingSpaces
        guard !v.isEmpty, v.utf8.count <= 80, statedWords.occurs(in: v) else { return nil }
        // a word for the work before how it is done, past its article and a verb of taking place or being:
        // "Trabalho 100% remoto", "Travail sur site", "Arbetet sker på distans", "Il lavoro si svolge da remoto"
        var words = v.spaceParts[...]
        if words.count > 2, let w = words.first, workArticles.contains(String(w)) { words.removeFirst() }
        if words.count > 1, let w = words.first, workNouns.contains(String(w)) {
            words.removeFirst()
            var rest = words.joined(separator: " ")
            if let verb = takingPlace.first(where: { rest.startsWithBytes($0) }) { rest = String(rest.dropFirst(verb.count)) }
            if !rest.isEmpty, let said = stated(rest) { return said }
        }
        // a perk for working at home is no arrangement: "Home office stipend", "Homeoffice-Zuschuss"
        if perkWords.contains(where: { v.containsBytes($0) }) { return nil }
        // a hybrid thing is no arrangement: "Hybrid cloud infrastructure"
        if hybridThings.contains(where: { v.containsBytes($0) }) { return nil }
        // a tool's "remote" is no arrangement: "Remote access to our servers", "Remote monitoring", "Zdalnie sterowane
        // urządzenia"
        if v.startsWithBytes("remote ") || v.startsWithBytes("zdaln"), onlyOfTools(v) { return nil }
        // a word of remote work, then all of the time: "Smart working al 100%", "Teletrabajo al 100%", "Télétravail à 100 %"
        // (Italy's "smart working", hybrid alone, is remote so)
        if let tail = [" al 100%", " a 100%", " à 100%", " al 100 %", " a 100 %", " à 100 %"].first(where: { v.hasSuffix($0) }),
           case let head = String(v.dropLast(tail.count)).trimmingSpaces, head == "smart working" || remoteWords.contains(head) {
            return .remote
        }
        if hybridWords.contains(where: { startsWord(v, $0) }) || friendlyBesideOffice(v) { return .hybrid }
        // a word of partial before a word of remote work, a compound's too: "Partial remote",
        // "Osittainen etätyömahdollisuus", "Częściowo zdalna"
        if let partial = occasionalWords.first(where: { startsWord(v, $0) }),
           anyArrangementWord.matches(String(v.dropFirst(partial.count))) != 0 { return .hybrid }
        if policyWords.contains(where: { v.containsBytes($0) }), remoteWords.contains(where: { startsWord(v, $0) }) { return .hybrid }
        // a word of all of the time before a word of remote work: "Vollständig remote", "Volledig thuiswerken",
        // "100% thuiswerken", "Täysin etänä", "Helt på distans", "W pełni zdalna"
        if let whole = fullyWords.first(where: { startsWord(v, $0) }),
           case let rest = String(v.dropFirst(whole.count)).trimmingSpaces,
           remoteWords.contains(where: { startsWord(rest, $0) }) || rest.spaceParts.first.map(isRemoteWordForm) == true {
            return .remote
        }
        // flexibly, then (past the words for work) a word or phrase of home working: "Flexibel thuiswerken"
        if let first = v.spaceParts.first, flexibleWords.contains(String(first)) {
            let rest = Array(v.splitScalars(whereSeparator: isWordBreak).dropFirst().drop { fillerWords.contains(String($0)) })
            if let w = rest.first, isRemoteWordForm(w) || rest.count > 1 && remotePhraseStart(rest, 1) != nil { return .hybrid }
        }
        // "Télétravail (2j max/semaine)", "Remote 2 days a week": some days remote is hybrid
        if let word = remoteWords.first(where: { startsWord(v, $0) }) {
            // "Remote/Hybrid", "Remote or hybrid", "Zdalnie/Hybrydowo": either, and the job is not fully remote
            let tail = v.dropFirst(word.count)
            if let join = alternativeJoins.first(where: { tail.startsWithBytes($0) }),
               case let other = String(tail.dropFirst(join.count)), hybridWords.contains(where: { startsWord(other, $0) }) {
                return .hybrid
            }
            // "Télétravail : occasionnel", "Remote (occasional)", "Télétravail fréquent": not always is hybrid (the word right after
            // it: "Remote, occasional travel" is remote)
            var next = v.dropFirst(word.count).drop { " :(-–".contains($0) }
            // "Mobiles Arbeiten ist teilweise möglich", "Thuiswerken is bespreekbaar": past a copula
            // (… "Fjernarbeid er mulig", "Distansarbete är möjligt", "Praca zdalna jest możliwa", "Etätyö on mahdollista")
            for copula in ["ist ", "is ", "est ", "es ", "è ", "sind ", "zijn ", "er ", "är ", "jest ", "je ", "é ", "on "]
            where next.startsWithBytes(copula) {
                next = next.dropFirst(copula.count)
            }
            // "Mobiles Arbeiten bis zu 60 %", "Remote up to 40%": a share of the time under all of it
            let after = next.splitScalars(whereSeparator: isWordBreak).prefix(4)
            let share = after.contains(where: isPartialShare) || zip(after, after.dropFirst()).contains { isPartialShare($0 + $1) }
            // "Remote work possible", "Homeoffice-Möglichkeit": a possibility, past the words for work
            // (past a sign of equality, to the word's end: "Remote work = OK.")
            let option = after.drop { fillerWords.contains(String($0)) || $0 == "=" }.first
                .map { String($0).trimmingCharacters(in: ".!") } ?? ""
            // ("100% Homeoffice möglich", "Full remote possible": all of the time, if possible, is remote)
            if wholeTime.contains(where: { word.startsWithBytes($0) }) { return .remote }
            // ("Remote days", "Homeoffice-Tage", "Remote Fridays": the days of it, some of the week's)
            let days = !next.startsWithBytes(",") && after.first.map { dayWords.contains(String($0)) } ?? false
            return share || days || countsDays(v) || namesWeekday(after) || occasionalWords.contains(where: { next.startsWithBytes($0) })
                || optionWords.contains(String(next.prefix { $0.isLetter })) || optionWords.contains(option)
                || possibilityWords.contains(option) || conditionWords.contains(where: { next.startsWithBytes($0) })
                || atWillWords.contains(where: { next.startsWithBytes($0) })
                // ("Teletrabajo flexible", "Homeoffice flexibel": as the reader likes it, some of the time)
                || after.first.map({ flexibleWords.contains(String($0)) }) == true
                || !next.startsWithBytes(",") && onCondition(next.splitScalars(whereSeparator: isWordBreak)) ? .hybrid : .remote
        }
        if let word = onSiteWords.first(where: { v == $0 || (v.utf8.count > 3 && startsWord(v, $0) && $0.utf8.count > 3) }) {
            // a thing the workplace offers is no arrangement: "On-site gym", "On-site health management service: …"
            if let next = v.dropFirst(word.count).split(whereSeparator: { !$0.isLetter }).first,
               amenityWords.contains(String(next)) { return nil }
            // "Onsite 4 days a week", "In-office 3 days/week": the rest of the week away from it is hybrid
            return countsDays(v, fewerThanFive: true) ? .hybrid : .onSite
        }
        // a short value that ends on them, past a word of degree or a second place of work: "Primarily Office-Based",
        // "Office & Field-Based"
        if v.spaceParts.count <= 4, onSiteWords.contains(where: { w in
            w.utf8.count > 7 && v.hasSuffix(w) && v.dropLast(w.count).last == " "
        }) { return .onSite }
        return nil
    }

    /// Whether the page speaks of remote work at all, in any of the words
    /// the lists above begin with ("remote", "Homeoffice", "télétravail",
    /// "hybrid", "work from home" …), in its lines or its description.
    static func spokenOf(in lines: [String], description: String?) -> Bool {
        // (ByteNeedles folds ASCII case as it goes; the page's lines hold its description,
        // read on its own only where the page gave no lines)
        let found = { (text: String) in
            let m = anyArrangementWord.matches(text)
            // "troubleshoot issues remotely", "remote access": "remote" said of the work's tools, not its place
            // ("hybrid cloud infrastructure": a hybrid thing, no way of working)
            return m != 0 && (m != 1 || !onlyOfTools(text)) && !onlyHybridThings(text)
        }
        return lines.isEmpty ? description.map(found) == true : lines.contains(where: found)
    }

    /// Whether every word of arrangement in a line is a hybrid thing's ("a hybrid cloud infrastructure").
    static func onlyHybridThings(_ line: String) -> Bool {
        var l = line.lowercased()
        guard hybridThings.contains(where: { l.containsBytes($0) }) else { return false }
        for thing in hybridThings { l = l.replacingOccurrences(of: thing, with: " ") }
        return anyArrangementWord.matches(l) == 0
    }

    /// The beginnings of the words after Polish's "zdalny" (declined) that make it a tool's: control, access,
    /// monitoring, service, desktop.
    static let polishToolStems = ["sterow", "dostęp", "monitor", "obsług", "pulpit"]

    /// Words after "remote" that make it a tool's or a task's ("remote control", "remote desktop").
    static let toolWords: Set<String> = ["control", "controls", "access", "sensing", "monitoring", "support", "desktop",
                                         "management", "assistance", "diagnostics", "administration", "server", "servers",
                                         "device", "devices", "connection", "connections", "debugging", "operation",
                                         "operations", "repository", "branch", "api", "apis", "procedure", "call", "calls"]

    /// Words before "remotely" that make it a task done at a distance ("troubleshoot issues remotely"),
    /// not a way of working ("do this job remotely").
    static let taskWords: Set<String> = ["troubleshoot", "troubleshooting", "support", "supporting", "manage", "managing",
                                         "monitor", "monitoring", "fix", "fixing", "diagnose", "resolve", "resolving",
                                         "configure", "administer", "install", "update", "issues", "problems", "systems",
                                         "devices", "clients", "users", "servers"]

    /// Whether every "remote" of a line (or Polish's "zdalny", declined) is a tool's ("remote access", "zdalny dostęp") or a
    /// task's ("troubleshoot issues remotely").
    static func onlyOfTools(_ line: String) -> Bool {
        let words = line.lowercased().letterRuns
        var any = false
        for (i, w) in words.enumerated() where w.startsWithBytes("remote") || w.startsWithBytes("zdaln") {
            any = true
            // (Polish's remote, declined, before a tool's word: "zdalnie sterowane", "zdalny dostęp", "zdalna obsługa")
            if w.startsWithBytes("zdaln") {
                guard i + 1 < words.count, polishToolStems.contains(where: { words[i + 1].startsWithBytes($0) }) else { return false }
                continue
            }
            if w == "remotely", words[max(0, i - 2)..<i].contains(where: { taskWords.contains(String($0)) }) { continue }
            guard w == "remote", i + 1 < words.count, toolWords.contains(String(words[i + 1])) else { return false }
        }
        return any
    }

    /// The words whose mention means a page speaks of remote work (lower case).
    static let arrangementWords = ["remote", "hybrid", "hybride", "híbrid", "hibrid", "ibrid", "homeoffice",
                                   "home office", "home-office", "work from home", "wfh", "telecommut",
                                   "telework", "télétravail", "teletravail", "à distance", "teletrabajo",
                                   "remoto", "remota", "a distancia", "thuiswerk", "op afstand",
                                   "smart working", "telelavoro", "mobiles arbeiten", "ortsunabhängig",
                                   "from anywhere", "work anywhere", "working anywhere", "anywhere in the", "live anywhere",
                                   "from home", "thuis werk", "thuis te werken", "vanuit huis",
                                   "von zu hause", "von zuhause", "zu hause arbeit", "mobile arbeit", "home-based", "home based",
                                   "mobilen arbeit", "desde casa", "da casa", "etätyö", "etänä", "zdaln",
                                   "hybryd", "z domova", "distans", "hjemme", "hemifrån", "távmunka", "teletrabalho",
                                   "work-from-home", "distanciel"]
    /// `arrangementWords`, looked for at once.
    static let anyArrangementWord = ByteNeedles(arrangementWords)

    /// Whether a short value counts days ("2 days", "2j", "3 Tage", "2 días", "2 dagen", "2 giorni").
    /// (`fewerThanFive`: one to four days only, "4 days a week", not "5 days a week".)
    static func countsDays(_ v: String, fewerThanFive: Bool = false) -> Bool {
        let b = Array(v.utf8)
        let most: UInt8 = fewerThanFive ? 0x34 : 0x36
        for (i, c) in b.enumerated() where c >= 0x31 && c <= most && (i == 0 || !(b[i - 1] >= 0x30 && b[i - 1] <= 0x39)) {
            var j = i + 1
            while j < b.count, b[j] == 0x20 || b[j] == 0x2D { j += 1 }
            let rest = String(decoding: b[j..<min(b.count, j + 6)], as: UTF8.self)
            if ["j ", "j)", "j/", "jour", "day", "tag", "día", "dia", "dag", "giorn"].contains(where: rest.hasPrefix) || rest == "j" {
                return true
            }
        }
        // the number written as a word: "two days a week", "zwei Tage", "deux jours", "twee dagen", "dos días"
        let words = v.spaceParts
        for (w, next) in zip(words, words.dropFirst()) where dayNumbers.contains(String(w)) {
            if ["day", "tag", "jour", "día", "dia", "dag", "giorn"].contains(where: next.hasPrefix) { return true }
        }
        return false
    }

    /// The words that make a word of remote work all of the time ("100% remote", "full remote", "fully remote").
    private static let wholeTime = ["100", "full", "fully"]
    /// Words of all of the time before a word of remote work on a line of its own, in the languages of the EU's job market.
    static let fullyWords = ["vollständig", "komplett", "volledig", "geheel", "entièrement", "totalement", "complètement",
                             "completamente", "totalmente", "interamente", "täysin", "helt", "fuldt", "fullt", "całkowicie",
                             "w pełni", "plně", "zcela", "100%", "100 %"]

    /// Whether the words name a day of the week, not as an end of a range ("on Fridays", "am Freitag"; not
    /// "Monday to Friday").
    static func namesWeekday(_ words: some Collection<Substring>) -> Bool {
        let w = Array(words)
        return w.indices.contains { k in
            weekdays.contains(String(w[k])) && !(k + 1 < w.count && rangeWords.contains(String(w[k + 1])))
                && !(k > 0 && rangeWords.contains(String(w[k - 1])))
        }
    }
    /// The days of the week, singular and plural, lower case, in the six languages.
    static let weekdays: Set<String> = ["monday", "mondays", "tuesday", "tuesdays", "wednesday", "wednesdays", "thursday",
                                        "thursdays", "friday", "fridays", "montag", "montags", "dienstag", "dienstags",
                                        "mittwoch", "mittwochs", "donnerstag", "donnerstags", "freitag", "freitags", "lundi",
                                        "mardi", "mercredi", "jeudi", "vendredi", "lunes", "martes", "miércoles", "jueves",
                                        "viernes", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "lunedì",
                                        "martedì", "mercoledì", "giovedì", "venerdì"]
    /// Words that make a day an end of a range ("Monday to Friday", "Montag bis Freitag").
    private static let rangeWords: Set<String> = ["to", "through", "thru", "bis", "au", "à", "a", "al", "tot", "t/m", "-", "–"]

    /// Whether a sentence of the text puts the work at the office on fewer than five days a week ("You will be in
    /// the office 3 days a week", "zwei Tage pro Woche im Büro", "on-site two days per week"): the rest of the
    /// week is away from it, and the work hybrid.
    static func inOfficeSomeDays(_ text: String) -> Bool {
        guard officeNeedles.occurs(in: text) else { return false }
        for sentence in text.utf8.split(whereSeparator: { $0 == 0x0A || $0 == 0x2E || $0 == 0x3B }) where sentence.count <= 200 {
            let s = String(Substring(sentence))
            guard officeNeedles.occurs(in: s) else { continue }
            let l = s.lowercased()
            if countsDays(l, fewerThanFive: true), weekWords.contains(where: { l.containsBytes($0) }), !l.containsBytes(" ago") {
                return true
            }
        }
        return false
    }
    private static let officeNeedles = ManyNeedles(["office", "büro", "bureau", "kantoor", "oficina", "ufficio", "on-site",
                                                    "onsite", "on site", "vor ort", "sur site", "in sede"])
    private static let weekWords = ["week", "woche", "semaine", "semana", "settimana"]

    /// Numbers of days written as words (lower case), two to four, in the six languages.
    static let dayNumbers: Set<String> = ["two", "three", "four", "zwei", "drei", "vier", "deux", "trois", "quatre",
                                          "twee", "drie", "dos", "tres", "cuatro", "due", "tre", "quattro",
                                          // (Swedish: "två dagar"; not Danish and Norwegian "to" and "fire", English words)
                                          "två", "fyra"]

    /// Whether a line of under 200 bytes counts days of the week at home or in the office ("2 Tage pro Woche",
    /// "2 à 3 jours par semaine", "2 Tage von zu Hause aus"), not days gone by ("Posted 3 days ago").
    static func countsDaysOfTheWeek(_ line: String) -> Bool {
        guard line.utf8.count <= 200 else { return false }
        let l = line.lowercased()
        return countsDays(l) && weekOrHome.contains { l.containsBytes($0) } && !l.containsBytes(" ago")
    }
    static let weekOrHome = ["week", "woche", "semaine", "semana", "settimana", "home", "hause", "thuis", "casa",
                             "domicile", "office", "büro", "bureau", "kantoor", "oficina", "ufficio",
                             "vecka", "veckan", "hemifrån", "hjemme", "kontor"]

    /// A label's value: the arrangement it states, or for a yes/no label
    /// ("Telecommute: no", "Homeoffice: ja") what yes and no mean.
    static func labelled(_ value: String) -> WorkArrangement? {
        switch value.lowercased().trimmingSpaces {
        case "yes", "ja", "oui", "sí", "si", "true", "ok", "okay", "allowed", "accepted", "welcome", "erlaubt",
             "autorisé", "permitido", "toegestaan", "consentito": return .remote
        case "possible", "möglich", "mogelijk", "possibile", "posible", "partial", "partiel", "teilweise": return .hybrid
        case "no", "nein", "non", "nee", "false", "none", "keine", "aucun": return .onSite
        default:
            // "Not at the moment", "Nein, leider nicht", "Non, sauf exception": no, unless it says hybrid
            let first = value.trimmingSpaces.lowercased().prefix { $0.isLetter }
            if ["no", "not", "nein", "nicht", "non", "nee", "niet", "pas"].contains(first) {
                return mentionsHybrid(value.lowercased()) ? .hybrid : .onSite
            }
            // "Pełny etat, stacjonarnie", "Full-time, remote": the arrangement among the value's facts
            return stated(value) ?? value.splitBytes(", ").dropFirst().lazy.compactMap(stated).first
        }
    }

    /// Whether a lower-case value holds a word of hybrid work anywhere ("Lyon, télétravail partiel
    /// possible"; "flex" alone is too short to find inside a value).
    static func mentionsHybrid(_ lowered: String) -> Bool {
        hybridWords.contains { $0 != "flex" && lowered.containsBytes($0) }
    }

    /// Every word `stated` needs somewhere in a value to give an answer: most values hold none,
    /// and one look at their bytes rules them out.
    private static let statedWords = ManyNeedles(Array(Set(hybridWords + remoteWords + onSiteWords + arrangementWords
        + remoteWordForms + ["homeoffice", "thuiswerk", "home", "zuhause", "hause", "huis", "casa", "distance", "distancia",
                             "afstand", "working"])).sorted())
    /// The first bytes of every word the lists begin with (lower case).
    private static let firstBytes: Set<UInt8> = Set((hybridWords + remoteWords + onSiteWords + occasionalWords + fullyWords
                                                     + Array(workNouns)).compactMap { $0.utf8.first })

    /// "remote" at the start of a value, a whole word: "Remote (EU)", "Remote - US", not "Remotely".
    private static func startsWord(_ v: String, _ word: String) -> Bool {
        guard v.startsWithBytes(word) else { return false }
        let rest = v.utf8.dropFirst(word.utf8.count)
        guard let next = rest.first else { return true }
        return !(next >= 0x61 && next <= 0x7A) && !(next >= 0x30 && next <= 0x39)
    }

    /// The words of remote work a place or a title says it with ("Backend Engineer (Remote)", "Kravanalytiker på
    /// distans", "Programista Java zdalnie"): those of `remoteWords` that name nothing else a title may hold.
    static let inLocationRemoteWords = ["remote", "anywhere", "homeoffice", "home office", "home-based", "home based",
                                        "télétravail", "teletrabajo", "remoto", "remota", "thuiswerken", "vanuit huis",
                                        "telelavoro", "etätyö", "etänä", "praca zdalna", "zdalnie", "práce z domova",
                                        "på distans", "distansarbete", "hjemmefra", "hemifrån", "hjemmearbejde", "fjernarbejde",
                                        "teletrabalho", "trabalho remoto", "telearbeit", "mobiles arbeiten"]

    /// The arrangement a location value says: "Remote", "Remote, US", "Berlin (hybrid)", "Anywhere".
    static func inLocation(_ location: String) -> WorkArrangement? {
        let l = location.lowercased()
        // "Boston (hybrid) or remote US": the job may be done remote
        if [" or remote", " or fully remote", " oder remote", " ou télétravail", " ou à distance", " o remoto", " of remote",
            " o da remoto"].contains(where: { l.containsBytes($0) }) { return .remote }
        // (a hybrid thing is no arrangement: "Hybrid Cloud Engineer", "Hybrid Vehicle Technician")
        if mentionsHybrid(l), !hybridThings.contains(where: { l.containsBytes($0) }) { return .hybrid }
        for w in inLocationRemoteWords where l.containsBytes(w) {
            // (a tool's or a field's "remote" says nothing: "Remote Sensing Scientist")
            if w == "remote", onlyOfTools(location) { continue }
            // "70% Remote", "bis zu 40 % Homeoffice": a share of the time under all of it is hybrid
            if let r = l.byteRange(of: w) {
                let before = l[..<r.lowerBound].splitScalars(whereSeparator: isWordBreak).suffix(4)
                if before.contains(where: isPartialShare) || zip(before, before.dropFirst()).contains(where: { isPartialShare($0 + $1) }) {
                    return .hybrid
                }
            }
            return .remote
        }
        // a place of work that is the whole world: "Global", "Worldwide"
        let place = l.trimmingSpaces
        if ["global", "worldwide", "world-wide", "world wide", "weltweit", "monde entier", "wereldwijd", "mundial", "distributed"]
            .contains(place) {
            return .remote
        }
        // … or that is "virtual", as the US and Latin America call a job done at home, alone or before the country it
        // is in: "Virtual", "Virtual - US", "Virtual en Colombia" (not "Virtual Reality Lab, Boston")
        if place == "virtual" || ["virtual - ", "virtual – ", "virtual, ", "virtual (", "virtual / ", "virtual en ", "virtual in "]
            .contains(where: { place.startsWithBytes($0) }) {
            return .remote
        }
        // "California · On-site", "Berlin, vor Ort": a part of its own after the place
        for sep in Location.arrangementSeparators where location.containsBytes(sep) {
            if let w = location.splitBytes(sep).dropFirst().lazy.compactMap({ stated($0.trimmingSpaces) }).first { return w }
        }
        return nil
    }

    /// The first phrase of running text, hybrid before remote before on-site
    /// (a hybrid post also says "remote" somewhere).
    static func inText(_ text: String) -> WorkArrangement? {
        // the whole week at the office: "5 days a week in the office" is no hybrid's count of days
        if fullWeekInOffice.occurs(in: text) { return .onSite }
        let spoken = anyArrangementWord.matches(text) != 0
        let words = spoken ? text.lowercased().splitScalars(whereSeparator: isWordBreak) : []
        // remote work denied: "This is not a remote position", "Kein Homeoffice möglich", "Remote work is not possible"
        // (but home working offered some of the time, in a clause of its own, is a hybrid's: "While some home-working
        // will be available, this role is not open to remote candidates")
        if spoken, deniesRemoteWork(words) { return offersSomeHomeWorking(text) ? .hybrid : .onSite }
        if phrases.hybrid.occurs(in: text) { return .hybrid }
        if spoken, choosesHomeOrOffice(words) { return .hybrid }
        if inOfficeSomeDays(text) { return .hybrid }
        // (remote some days of the week, on the phrase's line: "work remotely two days a week", "lavorare da remoto due
        // giorni a settimana")
        if phrases.remote.occurs(in: text) {
            let lines = text.split(separator: "\n").map(String.init).filter { phrases.remote.occurs(in: $0) }
            let someDays = lines.contains { countsDaysOfTheWeek($0) }
            // (or, on every line that says it, offered as a possibility: "the possibility of working remotely")
            // (or, remote-friendly, with an office offered beside it: "Remote-friendly, with the ability to work
            // from our Lisbon office")
            let offered = lines.allSatisfy {
                offeredAsPossibility($0.lowercased().splitScalars(whereSeparator: isWordBreak)) || friendlyBesideOffice($0)
            }
            return someDays || offered || officeBesideRemote(text) ? .hybrid : .remote
        }
        if phrases.onSite.occurs(in: text) {
            // (an on-site phrase with home working on its own line is a hybrid's: "100% presencial de 09:00 a 13:30 y el
            // resto de la tarde, teletrabajo", "Three days on-site in our office and two days remote")
            // (a word of remote work alone says so only with days counted: "remote applicants will not be considered")
            let mixed = text.split(separator: "\n").contains { part in
                let line = String(part)
                // (or a share of the time under all of it: "on site in Sundsvall 50% of the time", "på plats i Sundsvall
                // 50% av tiden")
                return phrases.onSite.occurs(in: line) && (homeWorking.occurs(in: line)
                    || countsDaysOfTheWeek(line) && line.lowercased().splitScalars(whereSeparator: isWordBreak).contains(where: isRemoteWordForm)
                    || line.split(separator: " ").contains { isPartialShare(String($0).trimmingCharacters(in: ",.;:()")) })
            }
            return mixed ? .hybrid : .onSite
        }
        if spoken, let around = aroundWords(words) { return around == .remote && officeBesideRemote(text) ? .hybrid : around }
        // the employer's office, and home working beside it ("mainly working from our Amsterdam offices, and we fully
        // support working from home") is hybrid
        guard phrases.office.occurs(in: text) else { return nil }
        return homeWorking.occurs(in: text) ? .hybrid : .onSite
    }

    /// Whether a sentence places the job in the employer's office and speaks of remote work too: "Although this position
    /// is primarily based in our SoHo office, employees can work at home or remotely". The office is some of the
    /// time, as when the text gives the choice of either.
    static func officeBesideRemote(_ text: String) -> Bool {
        guard phrases.office.occurs(in: text) else { return false }
        // (in one sentence: "The team is based in our Berlin office. This position is remote." is remote)
        return text.split(separator: "\n").flatMap { String($0).splitBytes(". ") }.contains { line in
            guard phrases.office.occurs(in: line) else { return false }
            let words = line.lowercased().splitScalars(whereSeparator: isWordBreak)
            return words.indices.contains { isRemoteWordForm(words[$0]) || remotePhraseStart(words, $0) != nil }
        }
    }

    /// Words of working at home, beside which the office is some of the time.
    /// (Its verb and "home" may stand apart: "thuis werken kan ook", "von zu Hause arbeiten", "lavorare da casa".)
    private static let homeWorking = ManyNeedles(["working from home", "work from home", "homeoffice", "home-office",
                                                  "home working", "homeworking", "mobiles arbeiten", "von zu hause",
                                                  "von zuhause", "télétravail", "travail à domicile", "teletrabajo",
                                                  "trabajar desde casa", "trabajo desde casa", "thuiswerken", "thuis werken",
                                                  "thuis te werken", "vanuit huis", "smart working", "telelavoro",
                                                  "lavorare da casa", "lavoro da casa"])

    /// The whole working week at the office, said in days.
    private static let fullWeekInOffice = ManyNeedles(["5 days a week in the office", "five days a week in the office",
                                                       "5 days per week in the office", "in the office 5 days",
                                                       "in the office five days", "5 tage pro woche im büro",
                                                       "5 jours par semaine au bureau", "5 dagen per week op kantoor"])

    /// Words that deny what follows them, in the languages read: a word of remote work, or (after one)
    /// its possibility ("not possible", "nicht möglich").
    static let negations: Set<String> = ["not", "no", "non", "kein", "keine", "keinen", "nicht", "pas", "aucun", "sin",
                                         "geen", "niet", "nessun", "nessuno", "never"]

    /// Whether the text denies remote work: a negation right before a word of remote work (past an
    /// article: "not a remote position", "kein Homeoffice", "pas de télétravail", "geen thuiswerken"), or
    /// one of the four words after it that denies its possibility ("Remote work is not possible",
    /// "Homeoffice ist nicht möglich", "le télétravail n'est pas possible", "… is not available").
    /// "Remote, no travel" and "Remote is not just a word for us" deny nothing.
    static func deniesRemoteWork(_ words: [Substring]) -> Bool {
        for (i, w) in words.enumerated() {
            // (a compound of the remote word denies it too: "not open to remote-only candidates")
            let compound = w.firstIndex(of: "-").map { remoteWordForms.contains(String(w[..<$0])) } == true
            guard let start = isRemoteWordForm(w) || compound ? i : remotePhraseStart(words, i) else { continue }
            var k = start - 1
            while k >= 0, start - k <= 3, deniedArticles.contains(words[k]) { k -= 1 }
            if k >= 0, start - k <= 3, negations.contains(String(words[k])) { return true }
            // (the negation says so of the possibility: "… is not possible", not "Remote is not just a word for us")
            let after = words[(i + 1)..<min(words.count, i + 6)].map(String.init)
            if let n = after.prefix(4).firstIndex(where: negations.contains), n + 1 < after.count,
               optionWords.contains(after[n + 1]) || Self.availableWords.contains(after[n + 1]) {
                return true
            }
        }
        return false
    }

    /// Whether a clause of the text that denies nothing offers home working some of the time, as `aroundWords`
    /// reads it: the text's remote work is denied elsewhere only for all of the time ("not open to remote
    /// candidates").
    static func offersSomeHomeWorking(_ text: String) -> Bool {
        text.lowercased().split(whereSeparator: { $0 == "\n" || $0 == "." || $0 == "," || $0 == ";" }).contains { clause in
            let words = clause.splitScalars(whereSeparator: isWordBreak)
            return !deniesRemoteWork(words) && aroundWords(words) == .hybrid
        }
    }

    /// Words that may stand between a negation and the word it denies ("not a remote position").
    private static let deniedArticles: Set<Substring> = ["a", "an", "de", "d", "el", "la", "le", "un", "une", "een", "ein",
                                                         "eine", "fully", "100%", "eligible", "open", "suitable", "for", "to",
                                                         // ("nicht für Homeoffice geeignet", "pas pour le télétravail")
                                                         "für", "im", "pour", "voor", "para", "per"]

    /// Words for available, after a negation ("Remote work is not available").
    static let availableWords: Set<String> = ["available", "disponible", "beschikbaar", "verfügbar", "disponibile", "offered",
                                              "angeboten", "proposé", "ofrecido"]

    /// Whether a text gives the choice of home or the office, either way round: "von Ihrem
    /// Homeoffice-Standort oder unserem Büro aus", "from home or from our office", "im Büro oder im
    /// Homeoffice", "vanuit huis of op ons kantoor". The work is hybrid. (A place or home, "in Berlin or
    /// remotely", is not this: the job may be done away from any office.)
    static func choosesHomeOrOffice(_ words: [Substring], homeAlone: Bool = false) -> Bool {
        let or = orWords.union(["of"])
        // (the office, or the work's site: "vor Ort", "on-site", "sur site")
        let office = { (k: Int) in
            Location.officeWords.contains(String(words[k])) && (k == 0 || words[k - 1] != "home")
                || Self.siteWords.contains(String(words[k])) || k > 0 && Self.sitePhrases.contains { $0 == (words[k - 1], words[k]) }
        }
        // (home working as two words: "im Home Office"; and, in a value of place, home alone before the choice: "Home
        // or the office", where running text's "for the home or office" is furniture's)
        let home = { (k: Int) in
            isRemoteWordForm(words[k]) || remotePhraseStart(words, k) != nil || words[k].startsWithBytes("homeoffice")
                || k > 0 && words[k - 1] == "home" && words[k] == "office"
                || homeAlone && words[k] == "home" && k + 1 < words.count && or.contains(String(words[k + 1]))
        }
        for (k, w) in words.enumerated() where or.contains(String(w)) {
            let before = max(0, k - 4)..<k, after = (k + 1)..<min(words.count, k + 5)
            if before.contains(where: home) && after.contains(where: office)
                || before.contains(where: office) && after.contains(where: home) { return true }
        }
        return false
    }

    /// The work's site, as one word or two, in the six languages: the choice beside home working.
    static let siteWords: Set<String> = ["on-site", "onsite", "presencial", "presenziale"]
    static let sitePhrases: [(Substring, Substring)] = [("vor", "ort"), ("sur", "site"), ("on", "site"), ("op", "locatie"),
                                                        ("in", "sede")]

    /// Words of remote work, as one word of running text ("remotely", "Homeoffice", "télétravail").
    static let remoteWordForms: Set<String> = ["remote", "remotely", "homeoffice", "télétravail", "teletravail",
                                               "teletrabajo", "remoto", "remota", "remotamente", "thuiswerken",
                                               "telelavoro", "telecommute", "telework", "teleworking", "telecommuting",
                                               "distanciel", "homeworking", "home-working", "hemifrån", "hjemmefra"]
    /// A word of remote work, or a German or Dutch compound that begins with one ("Homeofficearbeit",
    /// "Homeoffice-Tage", "thuiswerkdagen").
    static func isRemoteWordForm(_ w: Substring) -> Bool {
        remoteWordForms.contains(String(w)) || w.startsWithBytes("homeoffice") || w.startsWithBytes("thuiswerk")
    }
    /// Words before a remote word that make it the job's usual place, or its only one ("mostly remote",
    /// "vorwiegend im Homeoffice", "komplett von zu Hause").
    static let mostlyWords: Set<String> = ["mostly", "mainly", "primarily", "predominantly", "largely", "überwiegend",
                                           "vorwiegend", "hauptsächlich", "größtenteils", "majoritairement",
                                           "principalement", "principalmente", "mayormente", "grotendeels",
                                           "voornamelijk", "prevalentemente",
                                           // all of it: "komplett von zu Hause aus", "entièrement à distance"
                                           "entirely", "completely", "exclusively", "komplett", "vollständig",
                                           "ausschließlich", "entièrement", "totalement", "exclusivement",
                                           "completamente", "totalmente", "exclusivamente", "volledig", "helemaal",
                                           "interamente", "esclusivamente"]
    /// Whether a word of remote work is offered as a possibility, a noun of possibility or "possible" a few words
    /// before it ("the possibility of working remotely", "it is possible to work remotely"), and not as all of
    /// the time ("the option to work fully remotely"): some of the time, beside the office.
    /// (Every word of remote work on the words: "This is a remote position, with the possibility of working
    /// remotely from anywhere" is remote.)
    static func offeredAsPossibility(_ words: [Substring]) -> Bool {
        var offered = false
        for (i, w) in words.enumerated() {
            guard let start = isRemoteWordForm(w) ? i : remotePhraseStart(words, i) else { continue }
            let before = words[max(0, start - 4)..<start]
            guard let p = before.lastIndex(where: { possibilityWords.contains(String($0)) || optionWords.contains(String($0)) }),
                  !words[p..<start].contains(where: { mostlyWords.contains(String($0)) || $0 == "fully" || $0.hasPrefix("100") })
            else { return false }
            offered = true
        }
        return offered
    }
    /// Whether a line calls the work remote-friendly and offers an office beside it ("Remote-friendly environment
    /// with the ability to work from the Lisbon office"): either way of working, so hybrid. Remote-friendly
    /// alone ("Acme is remote-friendly. Timezones overlapping with EST are preferred.") is remote.
    /// (ByteNeedles folds ASCII case as it reads: the line is not lowered.)
    static func friendlyBesideOffice(_ line: String) -> Bool {
        friendlyWords.matches(line) != 0 && officeWords.matches(line) != 0
    }
    private static let friendlyWords = ByteNeedles(["remote-friendly", "remote friendly"])
    /// Words for an office, in English (the language that says "remote-friendly"); " office" holds " offices".
    private static let officeWords = ByteNeedles([" office", " hub", " headquarters", " hq", " coworking", " co-working"])

    /// Words before "remotely" that say the work is done so ("all work is done remotely").
    static let doneWords: Set<String> = ["done", "performed", "carried", "conducted", "completed", "worked"]
    /// Nouns of a condition after a remote word ("in overleg", "nach Absprache", "on request", "bespreekbaar").
    static let conditionNouns: Set<String> = ["overleg", "absprache", "vereinbarung", "rücksprache", "consultation",
                                              "request", "arrangement", "agreement", "bespreekbaar", "negotiable",
                                              "verhandelbar", "discuter", "convenir", "concordare", "richiesta", "acuerdo",
                                              "wunsch", "bedarf", "verzoek", "aanvraag"]
    /// The small words that link a remote word to its condition ("nach", "in", "on", "by", "na", "auf", "bei").
    static let conditionLinks: Set<String> = ["nach", "na", "in", "on", "upon", "by", "op", "su", "sur", "après", "after",
                                              "según", "selon", "previo", "possible", "possibile", "mogelijk", "möglich",
                                              "auf", "bei"]

    /// Whether the words right after a remote word put it on a condition: past fillers and linking words,
    /// a noun of condition ("in overleg", "nach Absprache", "on request", "is bespreekbaar", "bei Bedarf").
    /// (The word for work may come between: "Remote Arbeit nach Absprache", "travail à distance sur demande".)
    static func onCondition(_ words: some Collection<Substring>) -> Bool {
        for w in words.prefix(4) {
            let word = String(w)
            if conditionNouns.contains(word) { return true }
            guard fillerWords.contains(word) || conditionLinks.contains(word) || workWords.contains(word) else { return false }
        }
        return false
    }

    /// Words for work, in the six languages, that may stand between a remote word and its condition.
    static let workWords: Set<String> = ["arbeit", "arbeiten", "werk", "werken", "travail", "travailler", "trabajo",
                                         "trabajar", "lavoro", "lavorare"]

    /// What ends a word of running text (lower-cased) for the readings around a remote word.
    static func isWordBreak(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case " ", "\t", "\n", "\u{0B}", "\u{0C}", "\r", ",", ".", ";", ":", "(", ")", "!", "?", "\"", "'", "/", "’": true
        default: s.value >= 0x80 && s.properties.isWhitespace
        }
    }
    /// Nouns of possibility, and verbs that make it possible, a few words before a remote word ("the option to
    /// work remotely", "wir ermöglichen Homeoffice").
    /// (And the nouns of the other EU languages whose pages write the English or German word of home working:
    /// Czech and Slovak "možnost homeoffice", Polish "możliwość pracy zdalnej", Hungarian, Romanian, Nordic.)
    static let possibilityWords: Set<String> = ["möglichkeit", "possibility", "option", "possibilité", "posibilidad",
                                                "mogelijkheid", "possibilità", "possibilidade", "ermöglichen", "ermöglicht",
                                                "možnost", "možnosť", "możliwość", "mogućnost", "lehetőség", "posibilitate",
                                                "möjlighet", "mulighed", "mulighet", "mahdollisuus", "võimalus"]
    /// Words for "some", before a remote word: some of the time ("some home-working", "einige Homeoffice-Tage").
    static let someWords: Set<String> = ["some", "einige", "quelques", "qualche", "enkele"]
    /// Words for "or", before a remote word ("in Berlin or remotely", "oder im Homeoffice").
    static let orWords: Set<String> = ["or", "oder", "ou", "o"]
    /// Words after a remote word that make it an option, some of the time ("le télétravail est possible").
    static let optionWords: Set<String> = ["possible", "möglich", "mogelijk", "posible", "possibile", "possível",
                                           "optional", "option", "ermöglichen", "ermöglicht",
                                           // (a remote word's availability, or its being fine: "Remote work availability",
                                           // "Remote work = OK")
                                           "availability", "ok", "okay",
                                           // … in the other languages of the EU's job market: "Etätyö mahdollinen", "Fjernarbeid
                                           // er mulig", "Distansarbete möjligt", "Praca zdalna możliwa", "Home office možný"
                                           "mahdollinen", "mahdollista", "mulig", "muligt", "möjligt", "möjlig", "możliwa",
                                           "możliwe", "możliwy", "možná", "možné", "možný"]
    /// The job itself, as the subject of a remote word ("This position is remote", "Die Stelle ist
    /// remote", "Poste en télétravail", "Puesto en remoto").
    static let jobNouns: Set<String> = ["position", "role", "job", "opportunity", "vacancy", "stelle", "tätigkeit",
                                        "poste", "emploi", "puesto", "posición", "empleo", "vaga", "functie",
                                        "vacature", "baan", "posizione", "ruolo",
                                        // the work itself: "Trabajo en remoto", "Lavoro da remoto"
                                        "trabajo", "lavoro", "travail", "arbeit"]
    /// Short words that may stand between those and the remote word ("oder im Homeoffice", "ou en télétravail").
    static let fillerWords: Set<String> = ["im", "in", "en", "a", "da", "de", "fully", "full", "100%", "work", "working",
                                           "le", "el", "is", "ist", "est", "es", "è", "é", "also", "auch", "aussi", "an",
                                           "are", "sind", "sont", "son", "sono", "zijn", "will", "be"]
    /// Words for the work, that may open a short line before how it is done, in the languages read.
    static let workNouns: Set<String> = ["work", "working", "job", "trabalho", "travail", "trabajo", "lavoro", "arbeit",
                                         "werk", "arbete", "arbeid", "arbejde", "praca", "práce", "työ",
                                         // (the Nordic languages' article ends the noun: "Arbetet", "Stillingen")
                                         "arbetet", "arbeidet", "arbejdet", "jobbet", "tjänsten", "stillingen", "stillinga"]
    /// The articles before those words ("The work is …", "Il lavoro si svolge …", "Die Arbeit erfolgt …").
    static let workArticles: Set<String> = ["the", "il", "le", "el", "o", "die", "het", "de"]
    /// Verbs of taking place or being after them, with their space.
    static let takingPlace = ["takes place ", "is done ", "is ", "sker ", "utförs ", "är ", "foregår ", "utføres ", "udføres ",
                              "er ", "si svolge ", "è ", "se realiza ", "se desarrolla ", "es ", "se fait ", "se déroule ",
                              "est ", "erfolgt ", "ist ", "é ", "vindt plaats ", "vindt ", "gebeurt ", "jest ", "je "]

    /// The arrangement the words around a remote word say, in running text:
    /// "or remotely" is remote, "mostly remote" remote, "télétravail est
    /// possible" hybrid; a tool's "remote access" says nothing.
    /// `words` are the text's, lower case, split at `isWordBreak`.
    static func aroundWords(_ words: [Substring]) -> WorkArrangement? {
        var found: WorkArrangement?
        for (i, w) in words.enumerated() {
            // the remote word, or the first word of a phrase of home or distance ("from home", "à distance")
            guard let start = isRemoteWordForm(w) ? i : remotePhraseStart(words, i) else { continue }
            if w == "remote", i + 1 < words.count, toolWords.contains(String(words[i + 1])) { continue }
            // a share of the time under all of it: "Up to 50% work from home", "bis zu 40 % Homeoffice"
            let before = words[max(0, start - 5)..<start]
            if zip(before, before.dropFirst()).contains(where: { Self.isPartialShare($0 + $1) })
                || before.contains(where: { Self.isPartialShare($0) }) { return .hybrid }
            // all of the time: "Trabajo 100% en remoto", "100 % von zu Hause"
            let near = before.suffix(3)
            if near.contains("100%") || zip(near, near.dropFirst()).contains(where: { $0 == "100" && $1 == "%" }) { return .remote }
            // the words before it, less fillers: "or", "mostly"
            var k = start - 1
            while k >= 0, start - k <= 2, fillerWords.contains(String(words[k])) { k -= 1 }
            if k >= 0, mostlyWords.contains(String(words[k])) { return .remote }
            // "die Möglichkeit, nach Absprache im Homeoffice zu arbeiten": a possibility is some of the time
            if before.contains(where: { possibilityWords.contains(String($0)) }) { return .hybrid }
            // "a possibility of partial remote work", "télétravail partiel": some of the time is hybrid; so is "some"
            // (past the words for work: "some home-working", "some work from home")
            if start > 0, occasionalWords.contains(String(words[start - 1])) { return .hybrid }
            if k >= 0, someWords.contains(String(words[k])) { return .hybrid }
            // flexibly, past the words for work: "flexible working from home", "flexibles Homeoffice"; or
            // flexibility and home working, as perks ("Flexibilität und Homeoffice")
            let pastAnd = k >= 1 && andWords.contains(String(words[k])) ? k - 1 : k
            if pastAnd >= 0, flexibleWords.contains(String(words[pastAnd])) { return .hybrid }
            if i + 1 < words.count, occasionalWords.contains(String(words[i + 1])) { return .hybrid }
            // "work from home on Fridays", "Homeoffice am Freitag": some days of the week
            if namesWeekday(words[(i + 1)..<min(words.count, i + 4)]) { return .hybrid }
            // "All work is done remotely", "can be performed remotely": the work's place
            if w == "remotely", words[max(0, i - 2)..<i].contains(where: { doneWords.contains(String($0)) }) { return .remote }
            // the words after it, less fillers: "possible"
            var j = i + 1
            while j < words.count, j - i <= 3, fillerWords.contains(String(words[j])) { j += 1 }
            // ("home-working will be available": offered, as an option is)
            if j < words.count, optionWords.contains(String(words[j])) || availableWords.contains(String(words[j])) { return .hybrid }
            // "thuiswerken in overleg", "Homeoffice nach Absprache", "working from home by arrangement": on a condition
            if onCondition(words[(i + 1)...]) { return .hybrid }
            // "Teleworking 2 to 3 days a week", "télétravail 2 à 3 jours par semaine": some days is hybrid, the days
            // after the word or before it ("twee dagen per week thuiswerken", "2 days a week from home")
            if countsDaysOfTheWeek(words[(i + 1)..<min(words.count, i + 8)].joined(separator: " "))
                || countsDaysOfTheWeek(words[max(0, start - 5)...i].joined(separator: " ")) { return .hybrid }
            // (or the count before it and the days after it: "2 remote days per week", "zwei Homeoffice Tage")
            if start > 0, i + 1 < words.count, countsDays(words[start - 1] + " " + words[i + 1], fewerThanFive: true) { return .hybrid }
            // the job, a verb or a preposition, then the remote word: "This position is remote", "Poste en télétravail"
            if k >= 0, start - k >= 2, jobNouns.contains(String(words[k])) { return .remote }
            if k >= 0, orWords.contains(String(words[k])), found == nil { found = .remote }
            // the last of a list of places ("Hiring in Seattle, Madrid, and remote"): a place or remote, as "or"
            if pastAnd < k, Cities.contains(words[pastAnd]), found == nil { found = .remote }
        }
        return found
    }

    /// Where a phrase of home or of distance that ends at word `i` begins ("from home", "von zu Hause",
    /// "vanuit huis", "desde casa", "da casa", "à distance", "a distancia", "op afstand", "home office" in two
    /// words; Czech and Polish "z domova", "z domu"), or nil.
    static func remotePhraseStart(_ words: [Substring], _ i: Int) -> Int? {
        guard i > 0 else { return nil }
        switch (words[i - 1], words[i]) {
        case ("from", "home"), ("von", "zuhause"), ("vanuit", "huis"), ("desde", "casa"), ("da", "casa"),
             ("à", "distance"), ("a", "distancia"), ("op", "afstand"), ("smart", "working"), ("home", "office"),
             ("z", "domova"), ("z", "domu"): return i - 1
        case ("zu", "hause") where i > 1 && words[i - 2] == "von": return i - 2
        default: return nil
        }
    }

    /// "50%" (or "40" and "%" joined): a share of under a hundred per cent.
    static func isPartialShare(_ word: some StringProtocol) -> Bool {
        guard word.hasSuffix("%") else { return false }
        let digits = word.dropLast()
        return !digits.isEmpty && digits.count <= 2 && digits.allSatisfy(\.isNumber)
    }

    private static let phrases = (hybrid: ManyNeedles(hybridPhrases), remote: ManyNeedles(remotePhrases),
                                  onSite: ManyNeedles(onSitePhrases), office: ManyNeedles(officePhrases))

    /// What `remote` says: only a remote job is remote.
    var isRemote: Bool { self == .remote }
}
