/// The words job pages put next to a value to say what it is, in English,
/// German, French, Spanish, Dutch and Italian (lower case, without the colon).
/// A label is evidence that holds across sites: "Standort: Köln" is a place on
/// any board.
enum PostingLabels {
    static let title: Set<String> = [
        "job title", "title", "position", "position title", "role", "job", "vacancy", "job name",
        "stellenbezeichnung", "stellentitel", "jobtitel", "position (m/w/d)", "stelle",
        "intitulé du poste", "intitule du poste", "poste", "titre du poste", "intitulé",
        "puesto", "título del puesto", "titulo del puesto", "cargo", "vacante",
        "functie", "functietitel", "vacaturetitel", "vacature",
        "posizione", "ruolo", "titolo", "titolo della posizione", "figura",
        "job posting title", "posting title", "position name", "pozice", "název pozice",
        // the open position, as a posting names the one it offers: "📌 Posizione aperta: Tecnico …"
        "open position", "open role", "offene stelle", "offene position", "poste à pourvoir", "poste ouvert",
        "posición abierta", "puesto vacante", "open positie", "openstaande vacature", "posizione aperta",
        "posizione vacante",
        // the sought role as a heading says it: "Aktuell gesucht: Objektpfleger:innen (m/w/d)"
        "gesucht", "aktuell gesucht", "wir suchen", "now hiring", "we are hiring", "we're hiring", "nous recrutons",
        "on recrute", "buscamos", "wij zoeken", "gezocht", "cerchiamo", "cercasi",
        // … and the job's labels and a heading's seeking words in the other languages of the EU's job market: Swedish,
        // Norwegian, Danish, Polish, Czech, Portuguese ("Tjänst: Dataanalytiker", "Stanowisko: Analityk danych")
        "tjänst", "befattning", "stilling", "stillingstittel", "stillingsbetegnelse", "titel", "stanowisko",
        "nazwa stanowiska", "vi söker", "vi søker", "vi søger", "szukamy", "poszukujemy", "hledáme", "procuramos",
    ]

    static let company: Set<String> = [
        "company", "company name", "employer", "employer details", "company details", "employer name",
        "hiring organization", "hiring organisation", "hiring company",
        "organization", "organisation", "client", "advertiser", "recruiter", "agency", "posted by", "job posted by",
        "arbeitgeber", "unternehmen", "firma", "auftraggeber", "organisation (m/w/d)",
        "entreprise", "employeur", "société", "societe", "organisme", "structure",
        "empresa", "empleador", "compañía", "compania", "organización",
        "bedrijf", "werkgever", "organisatie", "opdrachtgever",
        "azienda", "società", "datore di lavoro", "ente", "organizzazione",
        "empregador", "entidade empregadora", "empresa contratante", "společnost", "zaměstnavatel",
        // other languages of the EU's job market: Slovak, Polish, Swedish, Danish, Norwegian, Finnish, Romanian, Hungarian
        "zamestnávateľ", "spoločnosť", "pracodawca", "firma zatrudniająca", "arbetsgivare", "företag", "arbejdsgiver",
        "virksomhed", "arbeidsgiver", "bedrift", "työnantaja", "yritys", "angajator", "companie", "munkáltató", "cég",
    ]

    static let location: Set<String> = [
        "location", "locations", "job location", "work location", "office location", "city", "place of work",
        "workplace", "based in", "office", "where", "wo", "où", "dónde", "waar", "dove", "onde",
        "standort", "standorte", "arbeitsort", "einsatzort", "dienstort", "dienstsitz", "ort", "arbeitsplatz", "einsatzgebiet",
        "einsatzgebiete", "einsatzregion", "arbeitsgebiet",
        "lieu", "lieu de travail", "lieux de travail", "lieux", "localisation", "ville", "site",
        "work locations", "job locations", "arbeitsorte", "einsatzorte", "lugares de trabajo", "werklocaties",
        "sedi di lavoro",
        "ubicación", "ubicacion", "localización", "localizacion", "lugar de trabajo", "ciudad", "localidad",
        "locatie", "standplaats", "werklocatie", "plaats", "vestiging", "werkplek", "vestigingsplaats", "stadt", "provincia",
        "sede", "sede di lavoro", "luogo di lavoro", "luogo", "località", "localita", "città", "citta",
        "localidade", "localização", "localizacao", "local de trabalho", "cidade", "local",
        // the place of the opening itself: "Local da Vaga: São Carlos - SP", "Lieu du poste : Lyon"
        "local da vaga", "local do trabalho", "localização da vaga", "cidade da vaga", "lieu du poste", "localisation du poste",
        "ubicación del puesto", "lugar del puesto", "sede del puesto", "ort der stelle", "locatie van de vacature",
        "arbeidssted",
        "location name", "job location name", "work location name", "místo pracoviště", "pracoviště", "lokalita",
        // other languages of the EU's job market: Czech, Slovak, Polish, Swedish, Danish, Finnish, Romanian, Hungarian
        "místo výkonu práce", "místo práce", "miesto práce", "miesto výkonu práce", "miejsce pracy", "lokalizacja",
        "arbetsort", "placering", "placeringsort", "tjänsteort", "plats", "arbetsplats", "stad", "arbejdssted", "arbejdsplads",
        "lokation", "sted", "miejsce", "miasto", "sijainti", "työpaikan sijainti", "paikkakunta", "työskentelypaikka", "locație",
        "locul de muncă", "munkavégzés helye", "helyszín",
    ]

    /// Labels of a workplace kind: "Remote type: Hybrid", "Arbeitsmodell: Homeoffice".
    static let workplace: Set<String> = [
        "remote", "remote type", "workplace type", "work type", "work model", "work mode", "work arrangement",
        "telecommute", "remote work", "location type", "working model", "remote status", "remote option",
        "remote policy", "working arrangement", "work setup", "work setting", "working mode", "work style", "working style",
        "work environment", "work format", "working format",
        "arbeitsmodell", "arbeitsform", "homeoffice", "home office", "remote-arbeit", "mobiles arbeiten",
        "arbeitsweise", "remote-option",
        "télétravail", "teletravail", "mode de travail", "type de travail", "modalité de travail", "modalités de travail",
        "modalité", "modalités", "rythme de travail", "organisation du travail", "format", "format de travail",
        "etätyö", "tryb pracy", "model pracy", "forma pracy", "typ práce", "arbetssätt", "arbejdsform", "távmunka",
        "modalidad", "modalidad de trabajo", "teletrabajo", "modelo de trabajo", "modalidad laboral", "modo de trabajo",
        "werkvorm", "thuiswerken", "werkmodel", "werklocatie type",
        "modalità di lavoro", "modalita di lavoro", "smart working", "lavoro da remoto", "modalità lavorativa",
        "modelo de trabalho", "regime de trabalho", "modo de trabalho", "modalidade de trabalho", "modalidade",
    ]

    /// Section headings and page furniture that are never a posting's title:
    /// "Job Overview", "Find Jobs", "Stellenbeschreibung".
    /// Labels boards set in a row of facts besides those of the fields read and `factWords`: parts of a place,
    /// dates, and what the job asks for ("City: Phoenix State: AZ", "Posted: 03/14/2011 Location: …").
    static let rowLabels: Set<String> = ["state", "province", "country", "region", "zip", "zip code", "postal code",
                                         "posted", "date", "type", "status", "hours", "pay", "industry", "education",
                                         "experience", "travel", "level", "career level", "job level", "openings",
                                         "bundesland", "land", "pays", "país", "paese", "provincie", "datum"]

    static let genericHeadings: Set<String> = [
        "job overview", "job description", "job details", "job summary", "job information", "overview",
        "introduction", "einleitung", "introducción", "introduzione", "inleiding",
        // a page title a template leaves in place of one
        "no title specified", "untitled", "untitled document", "untitled page", "new page", "new document",
        // (an editor's boilerplate: `<title>Document</title>`)
        "document",
        // (a framework's name for the view that shows one record: "Show - Acme", "Detail | Acme")
        "show", "view", "detail", "index", "display",
        "description", "details", "summary", "find jobs", "search jobs", "job search", "jobs", "careers",
        "career opportunities", "current openings", "open positions", "contact information", "company overview",
        "company information", "about us", "about the company", "about the job", "about the role",
        "apply now", "apply", "share this job", "job offer", "job offers", "job ad", "job ads", "job advert",
        "job advertisement", "vacancies", "open position", "companies", "employers", "recruiters",
        "position description", "job requisition", "requisition", "new search", "login page", "job code",
        "recent posts", "latest posts", "latest news", "categories", "archives", "tags", "authors", "menu",
        // the page title a site generator or an editor's template leaves until someone writes one
        "react app", "vite app", "vite + react", "vite + react + ts", "create next app", "lovable app", "document",
        "untitled", "untitled document", "untitled page", "my app", "my website", "new page",
        "our company", "our people", "our culture", "our team", "our story", "our values", "join us", "join our team",
        "come and join us", "come join us",
        "work with us", "company profile", "company info", "locations",
        "other", "others", "misc", "miscellaneous", "general", "more jobs", "company",
        "postes vacants", "poste vacant", "emploi", "emplois", "offres", "jobs & carrière", "carrière", "vacatures", "job opportunities", "employment opportunities", "similar jobs", "related jobs", "requirements",
        "responsibilities", "qualifications", "benefits", "home", "welcome", "job", "job posting", "vacancy",
        // a greeting, or a welcome, that opens a page in the languages of the EU's job market: "Hej!", "Hallo!", "Bienvenue"
        "hi", "hello", "hey", "hi there", "hello there", "hallo", "hoi", "hey there", "moin", "servus", "bonjour", "salut",
        "hola", "ciao", "salve", "buongiorno", "hej", "hei", "hej hej", "moi", "terve", "cześć", "dzień dobry", "ahoj",
        "dobrý den", "olá", "oi", "willkommen", "herzlich willkommen", "bienvenue", "bienvenido", "bienvenidos",
        "bienvenida", "welkom", "benvenuto", "benvenuti", "välkommen", "velkommen", "tervetuloa", "witamy", "vítejte",
        "bem-vindo", "bem-vindos", "bem-vinda",
        "vacancy details", "job listing", "job opening", "position details", "we're hiring", "we are hiring",
        "stellenbeschreibung", "stellenangebot", "stellenangebote", "jobs & karriere", "karriere", "jobsuche",
        "offene stellen", "freie stellen", "aktuelle stellen", "offene positionen", "aktuelle stellenangebote",
        "postes ouverts", "nos offres", "vacantes abiertas", "posiciones abiertas", "openstaande vacatures",
        "open vacancies", "current vacancies", "open jobs", "bewerbung", "ihre bewerbung", "deine bewerbung",
        "how to apply", "application", "candidature", "postuler", "solicitud", "sollicitatie", "solliciteren",
        "candidatura", "come candidarsi",
        "ihre aufgaben", "ihr profil", "wir bieten", "über uns", "kontakt",
        // "about the company" in the other languages
        "über das unternehmen", "über die firma", "à propos de l'entreprise", "sobre la empresa", "over het bedrijf",
        "sull'azienda",
        "offre d'emploi", "offres d'emploi", "description du poste", "votre mission", "votre profil", "carrières",
        "vos missions", "missions", "profil", "profil requis", "description de l'offre", "résumé de l'offre",
        "oferta de empleo", "ofertas de empleo", "descripción del puesto", "empleo", "trabaja con nosotros",
        "functieomschrijving", "over ons", "werken bij",
        "offerta di lavoro", "offerte di lavoro", "descrizione", "lavora con noi", "chi siamo",
        "stellenanzeige", "offre", "annonce", "oferta", "ofertas", "vacante", "annuncio", "oferta de emprego",
        "stellenausschreibung", "stellenausschreibungen", "jobangebot", "jobangebote", "ausschreibung", "vacature",
        "vacantes", "empleos", "trabajos", "bolsa de trabajo", "vagas", "vaga", "carreiras", "empregos", "emprego",
        "trabalhe conosco", "posizioni aperte", "offerte", "recrutement", "nous rejoindre", "rejoignez-nous",
        "job openings", "open roles", "join the team", "vaga de emprego", "vagas de emprego", "ofertas de emprego",
        "work", "vie dans l'entreprise", "life at the company", "our work", "leben bei uns", "werken bij ons",
        "la vita in azienda", "vida en la empresa",
        // the careers section by its name, in the languages not named above
        "career", "carriera", "carriere", "carrera", "carreras", "carreira", "loopbaan", "lavoro", "lavori",
        "opportunità di lavoro", "stellen", "stellenmarkt", "jobbörse",
        // … and in the languages of the rest of the EU's job market: Polish, Czech, Swedish, Danish, Norwegian, Finnish
        "praca", "kariera", "oferty pracy", "práce", "kariéra", "volná místa", "volné pozice", "karriär", "lediga jobb",
        "lediga tjänster", "jobba hos oss", "karriere", "ledige stillinger", "ledige job", "rekrytointi", "avoimet työpaikat",
        "työpaikat", "ura",
        // … the word for a job advert in those languages ("Platsannons", "Stillingsannonse", "Ogłoszenie")
        "platsannons", "jobbannons", "annons", "stillingsannonse", "stillingsutlysning", "utlysning", "stillingsopslag",
        "jobopslag", "ogłoszenie", "oferta pracy", "nabídka práce", "pracovní nabídka", "inzerát", "ponuka práce",
        "pracovná ponuka", "työpaikkailmoitus",
        // … and the heading of the posting's basic facts in all of them ("Základní informace" / "Lokalita: …")
        "basic information", "general information", "key information", "allgemeine informationen",
        "informations générales", "información general", "algemene informatie", "informazioni generali",
        "informações gerais", "grundläggande information", "allmän information", "generell informasjon",
        "generel information", "podstawowe informacje", "informacje podstawowe", "základní informace",
        "obecné informace", "základné informácie", "perustiedot",
        // a headline that hires no one in particular
        "wir suchen verstärkung", "wir suchen dich", "wir suchen sie", "verstärkung gesucht", "wir stellen ein",
        "nous recrutons", "on recrute", "wij zoeken versterking", "we zoeken versterking", "versterking gezocht",
        "estamos contratando", "buscamos talento", "cerchiamo te", "stiamo assumendo", "we're looking for you",
        "we are looking for you", "join our team!", "we want you",
        // (a hero's first words, split from its noun: "Temos" / "VAGA", "We're" / "Hiring")
        "temos", "tenemos", "contratamos", "contratando", "procuramos", "recrutamos", "estamos recrutando", "hiring",
        "we're", "we are", "abbiamo", "assumiamo", "nous avons",
        // (… or a section's heading so split: "Equal" / "Opportunity")
        "equal", "equal opportunity", "equal opportunities", "equal opportunity employer", "equal employment opportunity",
        // a page's table of contents, over the links to its sections
        "table of contents", "contents", "on this page", "in this article", "inhaltsverzeichnis", "inhalt",
        "table des matières", "sommaire", "índice", "tabla de contenidos", "inhoudsopgave", "inhoud", "indice", "sommario",
        // a site's menu items
        "say hello", "get in touch", "let's talk",
        "contact", "contact us", "blog", "login", "log in", "sign in", "sign up", "signup", "register", "privacy",
        "privacy policy", "terms", "terms & conditions", "imprint", "impressum", "datenschutz", "faq", "help", "support",
        "pricing", "products", "solutions", "resources", "news", "press", "events", "partners", "customers", "about",
        "insights", "articles", "stories", "updates",
        "team", "changelog", "success stories", "mentions légales", "contactez-nous", "aviso legal", "contacto",
        "contatti", "contatto", "privacidad", "links", "quick links", "useful links",
        "actualités", "actualites", "aktuelles", "neuigkeiten", "noticias", "actualidad", "nieuws", "notizie", "novità",
        "presse", "prensa", "pers", "stampa", "who we are", "what we do", "our mission", "wer wir sind", "qui sommes-nous",
        // (and the Nordic, Polish and Portuguese ones, and a footer's legal links)
        "aktuellt", "nyheter", "nyheder", "uutiset", "aktualności", "notícias", "novidades", "om oss", "om os", "o nas",
        "sobre nós", "kontakta oss", "kontakt os", "contato", "fale conosco", "kontakty",
        "disclaimer", "sitemap", "site map", "terms of use", "terms of service", "accessibility", "cookies", "cookie policy",
        "cookies policy", "cookie settings", "cookie-richtlinie", "cookie-einstellungen", "politique de cookies",
        "política de cookies", "cookiebeleid", "cookieverklaring", "cookie-policy", "informativa cookie", "privacyverklaring",
        "privacybeleid", "politique de confidentialité", "política de privacidad", "política de privacidade",
        "quiénes somos", "wie zijn wij", "wie we zijn", "accueil", "startseite", "inicio", "início", "home page", "homepage",
        // a board's search, in the six languages
        "recherche d'offres d'emploi", "recherche d'offres", "recherche d'emploi", "stellensuche", "jobs suchen",
        "búsqueda de empleo", "buscar empleo", "buscar ofertas", "vacatures zoeken", "vacature zoeken", "cerca lavoro",
        "ricerca offerte", "ricerca lavoro", "job search results", "search results",
    ]

    /// Whether a heading's text is a section heading rather than a title.
    /// Words that name a role, in the six languages: a page-title segment
    /// holding one (or a gender mark, "(m/w/d)", "(h/f)") reads as the job.
    static let roleWords: Set<String> = [
        "engineer", "developer", "manager", "designer", "analyst", "assistant", "consultant", "specialist",
        "technician", "director", "officer", "coordinator", "intern", "internship", "scientist", "architect",
        "administrator", "accountant", "driver", "teacher", "nurse", "lead", "head", "representative", "operator", "agent", "agente",
        "advisor", "associate", "executive", "programmer", "tester", "writer", "editor", "clerk", "cook", "chef",
        "entwickler", "ingenieur", "berater", "mitarbeiter", "leiter", "sachbearbeiter", "techniker", "kaufmann",
        "développeur", "developpeur", "ingénieur", "responsable", "stagiaire", "chargé", "technicien", "commercial",
        "desarrollador", "ingeniero", "técnico", "tecnico", "jefe", "administrativo", "programador", "comercial",
        "ontwikkelaar", "medewerker", "adviseur", "monteur", "beheerder", "verpleegkundige",
        "sviluppatore", "ingegnere", "responsabile", "addetto", "impiegato", "programmatore", "tirocinio",
        "leitung", "fachkraft", "therapeut", "physiotherapeut", "arzt", "facharzt", "pflegekraft", "erzieher", "verkäufer",
        "conseiller", "vendeur", "infirmier", "analyste", "directeur", "representante", "vendedor", "asesor",
        "auxiliar", "analista", "gerente", "coordinador", "consultor", "especialista", "diseñador", "desenvolvedor",
        "assistente", "engenheiro", "consulente", "commesso", "stagiair", "kok",
        // students and trainees
        "thesis", "student", "trainee", "apprentice", "apprenticeship", "werkstudent", "werkstudentin", "praktikum",
        "praktikant", "praktikantin", "azubi", "ausbildung", "alternance", "alternant", "prácticas", "becario", "becaria",
        "tirocinante", "stagista", "afstudeerder", "afstudeeropdracht", "phd",
        // trades, as small employers hire them
        "mechanic", "electrician", "plumber", "welder", "cleaner", "cashier", "receptionist", "installer", "carpenter",
        "elektriker", "mechaniker", "mechatroniker", "monteur", "installateur", "fahrer", "helfer", "koch", "maler",
        "électricien", "electricien", "plombier", "soudeur", "mécanicien", "chauffeur", "magasinier", "serveur",
        "electricista", "fontanero", "soldador", "mecánico", "camarero", "elettricista", "idraulico", "saldatore",
        "meccanico", "autista", "magazziniere", "cameriere", "elektricien", "loodgieter", "lasser", "schoonmaker",
        "technieker", "verkoper", "pedicure", "kapper",
        // (and the front desk's, in German's and Dutch's genders: "Rezeptionistin", "receptioniste")
        "rezeptionist", "rezeptionistin", "empfangsmitarbeiter", "empfangsmitarbeiterin", "receptionista",
        // … and French's, in both genders ("Technicienne", "Chargée", "Animateur")
        "animateur", "animatrice", "éducateur", "éducatrice", "moniteur", "monitrice", "formateur", "formatrice",
        "vendeuse", "opérateur", "opératrice", "conducteur", "conductrice", "cuisinier", "cuisinière", "préparateur",
        "préparatrice", "ouvrier", "ouvrière", "apprenti", "apprentie", "infirmière", "électricienne", "caissier",
        "caissière", "serveuse", "boulanger", "boulangère", "pâtissier", "maçon", "menuisier", "jardinier",
        "manutentionnaire", "cariste", "livreur", "secrétaire", "comptable", "juriste", "développeuse", "technicienne",
        "chargée", "directrice", "coordinateur", "coordinatrice", "assistante", "gestionnaire", "conseillère",
        "commerciale", "acheteur", "acheteuse", "auxiliaire", "aide-soignant", "aide-soignante", "équipier", "équipière",
        "réceptionniste",
        "instructor", "instructeur", "instructrice", "instrukteur", "istruttore", "istruttrice", "instructora",
        // the self-employed, hired for a job
        "freelancer", "freelance", "freiberufler",
        // academic posts
        "postdoc", "postdoctoral", "post-doctoral", "researcher", "professor", "lecturer", "fellow", "doctoral",
        "doktorand", "doktorandin", "doctorant", "doctorante", "chercheur", "chercheuse", "investigador",
        "investigadora", "onderzoeker", "promovendus", "forscher", "wissenschaftler", "ricercatore", "ricercatrice",
        "dottorando", "assegnista",
        // the other languages of the EU's job market: Swedish, Danish, Norwegian, Finnish, Polish, Czech, Portuguese
        "utvecklare", "ingenjör", "säljare", "konsult", "projektledare", "chaufför", "förare", "montör", "snickare",
        "lärare", "sjuksköterska", "undersköterska", "handläggare", "ekonom", "kock", "servitör", "medarbetare", "arkitekt",
        "udvikler", "utvikler", "medarbejder", "medarbeider", "konsulent", "sælger", "selger", "ingeniør", "chauffør",
        "sjåfør", "sygeplejerske", "sykepleier", "tømrer", "projektleder", "prosjektleder", "rådgiver",
        "kehittäjä", "suunnittelija", "asiantuntija", "myyjä", "insinööri", "asentaja", "kuljettaja", "päällikkö",
        "sairaanhoitaja", "koordinaattori", "konsultti", "harjoittelija",
        "kierowca", "programista", "specjalista", "kierownik", "inżynier", "monter", "pracownik", "sprzedawca",
        "księgowa", "księgowy", "magazynier", "spedytor", "handlowiec", "doradca", "asystent", "asystentka", "konsultant",
        "analityk", "projektant", "elektryk", "mechanik", "spawacz", "kucharz", "kelner", "kelnerka", "opiekun", "opiekunka",
        "pielęgniarka", "lekarz", "nauczyciel", "koordynator", "menedżer", "dyrektor", "stażysta", "praktykant",
        "murarz", "stolarz", "hydraulik",
        "vývojář", "programátor", "řidič", "prodavač", "inženýr", "účetní", "elektrikář", "skladník", "obchodník",
        "asistentka", "manažer", "vedoucí",
        "motorista", "coordenador", "coordenadora", "estagiário", "estagiária", "estágio", "operador",
        "supervisor", "programadora", "desenvolvedora", "engenheira", "vendedora", "atendente", "recepcionista",
        "enfermeiro", "enfermeira", "eletricista", "mecânico", "cozinheiro", "consultora",
        // … and Hungarian, Romanian, Greek, Bulgarian, Lithuanian, Latvian, Estonian, Slovak, Slovenian and Croatian
        "menedzser", "fejlesztő", "mérnök", "grafikus", "munkatárs", "asszisztens", "elemző", "tanácsadó", "ügyintéző",
        "programozó", "tesztelő", "könyvelő", "raktáros", "sofőr", "gépkocsivezető", "eladó", "pénztáros", "ápoló",
        "szakács", "pincér", "takarító", "karbantartó", "villanyszerelő", "hegesztő", "lakatos", "gyakornok",
        "inginer", "programator", "dezvoltator", "vânzător", "contabil", "șofer", "tehnician", "bucătar",
        "ospătar", "coordonator", "muncitor",
        "μηχανικός", "προγραμματιστής", "πωλητής", "λογιστής", "οδηγός", "τεχνικός", "υπάλληλος", "σύμβουλος",
        "αναλυτής", "μάγειρας", "σερβιτόρος", "νοσηλευτής", "διευθυντής", "βοηθός",
        "инженер", "програмист", "мениджър", "шофьор", "готвач", "сервитьор", "камериерка", "продавач", "счетоводител",
        "техник", "работник", "консултант", "асистент", "администратор", "специалист", "оператор", "оператори",
        "vadybininkas", "vadybininkė", "inžinierius", "programuotojas", "vairuotojas", "konstruktorius",
        "administratorius", "buhalteris", "pardavėjas", "specialistas", "operatorius", "darbuotojas", "konsultantas",
        "inženieris", "programmētājs", "šoferis", "pārdevējs", "grāmatvedis", "speciālists", "konsultants", "tehniķis",
        "arendaja", "insener", "müüja", "autojuht", "raamatupidaja", "analüütik",
        "vodič", "predavač", "inžinier", "účtovník", "elektrikár", "zvárač", "kuchár", "čašník", "manažér",
        "razvijalec", "inženir", "voznik", "prodajalec", "računovodja", "svetovalec", "natakar",
        "programer", "inženjer", "vozač", "računovođa", "savjetnik", "voditelj", "električar", "konobar", "skladištar",
    ]
    static let genderMarks = ["(m/w/d)", "(w/m/d)", "(m/f/d)", "(f/m/d)", "(h/f)", "(f/h)", "(m/f)", "(f/m/x)", "(m/v)", "(h/m)"]
    /// Legal forms that end a company's name: a segment ending so reads as the employer.
    static let legalForms: Set<String> = ["inc", "ltd", "llc", "gmbh", "ag", "sa", "sas", "sarl", "sl", "bv", "nv", "plc",
                                          "corp", "corporation", "srl", "spa", "kg", "co", "limited", "company", "group",
                                          "ug", "gbr", "ohg", "mbh", "kgaa", "oy", "oyj", "aps", "sro", "bvba", "vzw",
                                          "asbl", "sprl", "lda", "ltda", "pty", "pte", "kft", "sagl", "eurl", "sasu", "ab", "asa",
                                          // Norwegian and Danish "AS", "A/S", Czech "a.s." (in capitals or with dots: see
                                          // readsAsCompany), Latvian "SIA", Lithuanian "UAB", Hungarian "Zrt.", Icelandic "ehf."
                                          "as", "sia", "uab", "zrt", "ehf"]
    /// Legal forms that are one only as written with dots ("Sp. z o.o.", "d.o.o."), not as a word ("OO").
    static let dottedLegalForms: Set<String> = ["oo", "doo"]

    /// Each legal form as a number: its letters, five bits each (a is 1), the first lowest.
    private static let legalFormCodes = Set(legalForms.map { form in
        form.utf8.reversed().reduce(UInt64(0)) { $0 << 5 | UInt64($1 - 0x60) }
    })
    /// A bit for each legal form's code, by eight bits of its hash: most words are no form, and
    /// this tells without hashing them for the set.
    private static let legalFormFilter: [UInt64] = legalFormCodes.reduce(into: [0, 0, 0, 0]) { bits, code in
        let h = Int((code &* 0x9E37_79B9_7F4A_7C15) >> 56)
        bits[h >> 6] |= 1 << UInt64(h & 63)
    }

    /// Whether the text may hold a legal form where `readsAsCompany` looks for one: a run of letters, or the
    /// letters of a part between spaces ("S.r.l."), that is one. Read on the bytes, with no string made, so
    /// that a line can be passed over before its words are read; false only when no such word is there.
    static func mayHoldLegalForm(_ text: some StringProtocol) -> Bool {
        var run: UInt64 = 0, runLength = 0, part: UInt64 = 0, partLength = 0
        let filter = legalFormFilter
        func isForm(_ code: UInt64, _ length: Int) -> Bool {
            guard length >= 2, length <= 12, case let h = Int((code &* 0x9E37_79B9_7F4A_7C15) >> 56),
                  filter[h >> 6] & (1 << UInt64(h & 63)) != 0 else { return false }
            return legalFormCodes.contains(code)
        }
        var previous: (UInt8, UInt8) = (0, 0)
        for b in text.utf8 {
            // (the Kelvin sign, which lowercases to an ASCII "k")
            if previous == (0xE2, 0x84), b == 0xAA { return true }
            previous = (previous.1, b)
            let lower = b | 0x20
            if lower >= 0x61 && lower <= 0x7A && (b < 0x80) {
                let letter = UInt64(lower - 0x60)
                if runLength < 12 { run |= letter << (5 * UInt64(runLength)) }
                if partLength < 12 { part |= letter << (5 * UInt64(partLength)) }
                runLength += 1
                partLength += 1
                continue
            }
            if isForm(run, runLength) { return true }
            run = 0
            runLength = 0
            if b == 0x20 {
                if isForm(part, partLength) { return true }
                part = 0
                partLength = 0
            }
        }
        return isForm(run, runLength) || isForm(part, partLength)
    }

    /// The words a section heading ends in ("Primary Responsibilities", "Ihre Aufgaben"): no name.
    static let sectionEnds: Set<String> = ["responsibilities", "requirements", "qualifications", "benefits", "duties",
                                           "skills", "perks", "aufgaben", "anforderungen", "profil", "missions",
                                           "responsabilités", "requisitos", "responsabilidades", "requisiti", "taken",
                                           "vereisten", "eisen", "overview", "summary", "description", "details",
                                           "profile", "profiel", "perfil", "profilo"]

    static func readsAsRole(_ text: String) -> Bool {
        let lower = text.lowercased()
        if hasGenderMark(lower) { return true }
        // ("Post-Doc", "Post-doc": a role written in two parts)
        if lower.containsBytes("post-doc") { return true }
        return lower.letterRuns.contains { word in
            let w = String(word)
            if roleWords.contains(w) { return true }
            // Spanish, Portuguese and Italian name a trade or a profession in "-ista" ("Interiorista", "Recepcionista",
            // "Fisioterapista"); not the few nouns of a page that end so ("entrevista", "revista")
            if w.utf8.count >= 8, w.hasSuffix("ista"), !istaNouns.contains(w) { return true }
            // German compounds end in their role ("Objektpfleger", "Anlagenmechanikerin", "Sachbearbeiterinnen")
            guard w.utf8.count >= 8 else { return false }
            var stem = Array(w.utf8)
            if stem.last == 0x6E, stem[stem.count - 2] == 0x69 { stem.removeLast(2) }      // "…in"
            else if stem.suffix(5).elementsEqual("innen".utf8) { stem.removeLast(5) }  // "…innen"
            return roleEndBytes.contains { e in stem.count > e.count && stem.suffix(e.count).elementsEqual(e) }
        }
    }
    private static let roleEndBytes = roleEnds.map { Array($0.utf8) }

    /// Whether a text is the words of one of the page's controls, a link back or an instruction to fill in a form
    /// ("Return To Job Listings", "Back to all jobs", "Fill Below Lines", "Zurück zur Übersicht"): no employer's name.
    static func isControlText(_ text: String) -> Bool {
        guard text.utf8.count <= 60 else { return false }
        let t = text.lowercased()
        return controlOpeners.contains { t.startsWithBytes($0) }
    }
    static let controlOpeners = ["return to ", "back to ", "go back", "fill ", "click here",
                                 "zurück zu", "zurück zur", "retour à ", "retour aux ", "volver a ", "terug naar ", "torna a ",
                                 "torna alla ", "voltar para ", "tillbaka till ", "powrót do "]

    /// Whether a line is the heading of a part of a posting ("Opis stanowiska:", "Your responsibilities", "Wat ga je
    /// doen?", "Wir bieten"), in the languages of the EU's job market: its words, past a closing mark, are one of them.
    static func opensSection(_ line: String) -> Bool {
        guard line.utf8.count <= 60 else { return false }
        let t = line.lowercased().trimmingCharacters(in: " :?!.").replacingAll("’", with: "'")
        return sectionHeadings.contains(t)
    }
    static let sectionHeadings: Set<String> = [
        "job description", "description", "responsibilities", "your responsibilities", "key responsibilities", "duties",
        "your tasks", "tasks", "requirements", "your profile", "qualifications", "what you'll do", "what you will do",
        "what we offer", "we offer", "benefits", "about the role", "the role", "your role", "who you are",
        "what we're looking for", "what we are looking for", "about you", "skills", "your skills",
        "stellenbeschreibung", "ihre aufgaben", "deine aufgaben", "aufgaben", "ihr profil", "dein profil", "anforderungen",
        "wir bieten", "was wir bieten", "das bieten wir", "unser angebot", "was dich erwartet", "was sie erwartet",
        "description du poste", "missions", "vos missions", "votre mission", "profil recherché", "votre profil",
        "nous offrons", "ce que nous offrons", "avantages", "responsabilités",
        "descripción del puesto", "descripción", "funciones", "tus funciones", "responsabilidades", "requisitos", "ofrecemos",
        "qué ofrecemos", "beneficios", "tareas",
        "descrição", "descrição da vaga", "atividades", "oferecemos", "o que oferecemos", "benefícios",
        "descrizione", "mansioni", "responsabilità", "requisiti", "offriamo", "cosa offriamo", "il tuo profilo",
        "functieomschrijving", "omschrijving", "taken", "jouw taken", "wat ga je doen", "wat vragen wij", "wat vragen we",
        "wat wij vragen", "functie-eisen", "jouw profiel", "wat bieden wij", "wat bieden we", "wat wij bieden", "wij bieden",
        "opis stanowiska", "zakres obowiązków", "obowiązki", "twoje obowiązki", "wymagania", "oczekujemy", "oferujemy",
        "firma oferuje", "co oferujemy",
        "arbetsuppgifter", "dina arbetsuppgifter", "om tjänsten", "kvalifikationer", "vi erbjuder", "din profil", "om rollen",
        "arbejdsopgaver", "arbeidsoppgaver", "vi tilbyr", "vi tilbyder", "kvalifikasjoner",
        "náplň práce", "požadujeme", "nabízíme",
    ]

    /// Whether the ones a hiring verb seeks read as a role, one or many: "Dupont recrute des techniciens", "Acme is
    /// hiring engineers", "Buscamos vendedores", "Cerchiamo ingegneri". A word of five letters or more is also read
    /// without a plural's ending (-s, -es, Dutch -n, Italian -i for -e or -o).
    static func readsAsSoughtRole(_ text: String) -> Bool {
        if readsAsRole(text) { return true }
        return text.lowercased().letterRuns.contains { word in
            singulars(word).contains { roleWords.contains($0) || readsAsRole($0) }
        }
    }

    /// What a word may be without a plural's ending, in the languages read.
    static func singulars(_ word: Substring) -> [String] {
        guard word.count >= 5 else { return [] }
        var out: [String] = []
        if word.hasSuffix("s") { out.append(String(word.dropLast())) }
        if word.hasSuffix("es") { out.append(String(word.dropLast(2))) }
        if word.hasSuffix("en") { out.append(String(word.dropLast())) }
        if word.hasSuffix("i") { out += [String(word.dropLast()) + "e", String(word.dropLast()) + "o"] }
        return out
    }
    /// Nouns in "-ista" of eight letters or more that name no one.
    static let istaNouns: Set<String> = ["entrevista", "revista", "conquista", "prevista", "imprevista",
                                         "autopista", "intervista", "rivista", "checklista"]

    /// The roles German compounds end in.
    static let roleEnds = ["pfleger", "mechaniker", "mechatroniker", "techniker", "elektriker", "elektroniker", "monteur",
                           "arbeiter", "berater", "leiter", "entwickler", "ingenieur", "kaufmann", "kauffrau", "fachkraft",
                           "helfer", "fahrer", "referent", "assistent", "verkäufer", "betreuer", "erzieher", "therapeut",
                           "arzt", "ärztin", "bauer", "meister", "koch", "planer", "manager", "spezialist", "administrator",
                           "reiniger", "gärtner", "schlosser", "tischler", "schreiner", "lackierer", "maler", "disponent",
                           "buchhalter", "controller", "sekretär", "lagerist", "kraft", "angestellte", "angestellter",
                           "medewerker", "technieker", "kracht", "mediziner", "wissenschaftler", "informatiker", "pädagoge",
                           // (the post of leading, as German names it: "Teamleitung", "Pflegedienstleitung")
                           "leitung",
                           // … and Dutch ones theirs ("Verkoopspecialist", "Softwareontwikkelaar", "Dataengineer")
                           "specialist", "ontwikkelaar", "adviseur", "beheerder", "engineer", "developer", "consultant",
                           "coördinator", "coordinator", "verkoper", "analist", "designer",
                           // … and the Nordic languages' ("Systemutvecklare", "Bilmekaniker", "Softwareudvikler",
                           // "Ohjelmistokehittäjä")
                           "utvecklare", "tekniker", "mekaniker", "ingenjör", "säljare", "ledare", "udvikler", "utvikler",
                           "medarbejder", "medarbeider", "medarbetare", "konsulent", "ingeniør", "kehittäjä", "suunnittelija",
                           "asiantuntija", "insinööri", "asentaja", "kuljettaja"]

    /// Whether a lower-case text holds a gender mark, as job titles in German, French, Dutch and
    /// Belgian postings end: "(m/w/d)", "(w/m/x)", "(h/f)", "(m/v)", "(m/w/div)", "(all genders)"; also where
    /// the bracket goes on past a comma or a spaced dash ("(F/H - Aix-en-Provence)", "(m/w/d, Vollzeit)").
    static func hasGenderMark(_ lower: String) -> Bool {
        // (French titles end on the mark without brackets: "Comptable H/F", "Technicien F/H")
        if lower.hasSuffix(" h/f") || lower.hasSuffix(" f/h") || lower.containsBytes(" h/f ") || lower.containsBytes(" f/h ") { return true }
        // (every other mark is in brackets: most texts have none, as their bytes tell)
        guard lower.utf8.contains(0x28) else { return false }
        if genderMarks.contains(where: { lower.contains($0) }) { return true }
        var rest = Substring(lower)
        while let open = rest.firstIndex(of: "(") {
            var inside = rest[rest.index(after: open)...].prefix { $0 != ")" }
            // (a mark the bracket goes on after, with the place or the contract: "(F/H - Aix-en-Provence)", "(m/w/d, Vollzeit)")
            if let end = inside.firstIndex(where: { $0 == "," || $0 == ";" || $0 == "-" || $0 == "–" }), end > inside.startIndex,
               inside[inside.index(before: end)] == " " || inside[end] == "," || inside[end] == ";" {
                inside = inside[..<end]
                while inside.last == " " { inside = inside.dropLast() }
            }
            let parts = inside.split(separator: "/", omittingEmptySubsequences: false).map { String($0).trimmingCharacters(in: " *") }
            if inside.utf8.count <= 14, parts.count >= 2, parts.allSatisfy({ genderLetters.contains($0) }),
               parts.contains("m") || parts.contains("f") || parts.contains("h") {
                return true
            }
            if ["all genders", "alle geschlechter", "gn", "gn*"].contains(String(inside)) { return true }
            rest = rest[rest.index(after: open)...]
        }
        return false
    }
    private static let genderLetters: Set<String> = ["m", "w", "d", "f", "x", "h", "v", "i", "div", "divers", "a"]

    /// Whether a value reads as a person's name: a known given name and a capitalised surname, with no
    /// legal form ("Anna Smith", "Jean-Paul Martin"; not "Grace Technologies Ltd").
    static func readsAsPerson(_ text: String) -> Bool {
        let words = text.spaceParts
        guard words.count == 2 || words.count == 3 && words[1].utf8.count == 2 && words[1].hasSuffix(".") else { return false }
        guard let first = words.first?.split(separator: "-").first, GivenNames.contains(first),
              let last = words.last, last.first?.isUppercase == true, last.dropFirst().allSatisfy({ $0.isLowercase || $0 == "-" })
        else { return false }
        return !readsAsCompany(text) && !companyWords.contains(last.lowercased())
    }

    /// The employer's labels that may stand over a person, a recruiter or the poster.
    static let personLabels: Set<String> = ["recruiter", "agency", "posted by", "job posted by", "advertiser", "client"]

    /// Words that end companies' names without being legal forms ("Grace Technologies", "Ada Labs").
    static let companyWords: Set<String> = ["technologies", "technology", "labs", "lab", "group", "solutions", "systems",
                                            "software", "consulting", "partners", "media", "studio", "studios", "digital",
                                            "games", "health", "capital", "ventures", "industries", "services", "networks",
                                            "robotics", "foods", "energy", "bank", "design", "agency", "security", "analytics"]

    /// A bare label of a name, in the six languages: the employer's under a heading about it.
    static let nameLabels: Set<String> = ["name", "nom", "nombre", "naam", "nome", "bezeichnung", "raison sociale",
                                          "denominación", "denominazione"]

    /// Words of a heading over the employer's facts: "Informations sur l'entreprise", "Company details",
    /// "Angaben zum Unternehmen", "Datos de la empresa", "Bedrijfsgegevens", "Informazioni sull'azienda".
    static let companySectionWords = ByteNeedles(["entreprise", "société", "employeur", "company", "employer",
                                                  "organisation", "organization", "unternehmen", "arbeitgeber",
                                                  "empresa", "bedrijf", "werkgever", "azienda"])

    /// Whether a line heads the employer's facts (and no labelled value of its own: "Entreprise : Acme" is one).
    static func headsCompanySection(_ line: String) -> Bool {
        guard !line.contains(":") || line.hasSuffix(":") else { return false }
        return companySectionWords.matches(line) != 0
    }

    static func readsAsCompany(_ text: String) -> Bool {
        guard let last = text.lowercased().letterRuns.last else { return false }
        // a form written with dots is read without them: "S.r.l.", "S.p.A.", "B.V.", "s.r.o."
        let written = text.spaceParts.last.map(String.init) ?? ""
        let dotted = written.lowercased().filter { $0.isLetter }
        // (Norwegian and Danish "AS" and "A/S" in capitals, as they write it, not the English word "as")
        if dotted == "as", !["AS", "A/S", "a.s.", "A.S."].contains(written) { return false }
        return (legalForms.contains(String(last)) || legalForms.contains(dotted) || isDottedLegalForm(written)) && !readsAsRole(text)
    }
    /// Whether a word is a legal form written with dots, read without them: "o.o.", "s.r.o.", "B.V.".
    static func isDottedLegalForm(_ word: some StringProtocol) -> Bool {
        guard word.contains(".") else { return false }
        let letters = word.lowercased().filter(\.isLetter)
        return legalForms.contains(letters) || dottedLegalForms.contains(letters)
    }

    /// Whether the lower-case text is one of the labels of a title, an employer, a place or a workplace.
    /// The last words of a department's or a team's name ("Product Engineering", "Security", "Vertrieb"),
    /// which a board writes after the place ("Singapore, Security").
    static let departmentEnds: Set<String> = [
        "engineering", "security", "infrastructure", "marketing", "sales", "product", "finance", "operations",
        "design", "data", "analytics", "research", "legal", "support", "technology", "people", "hr", "it",
        "development", "administration", "accounting", "procurement", "logistics", "communications",
        "vertrieb", "technik", "entwicklung", "finanzen", "verwaltung", "einkauf", "personal",
        "ingénierie", "produit", "ventes", "juridique", "ingeniería", "ventas", "finanzas", "ontwikkeling",
        "verkoop", "ingegneria", "vendite",
    ]

    /// Names of a posting's facts and their common values, which name no employer
    /// when they stand on a line of their own ("Tracking Code", "Regular", "Festanstellung").
    static let factWords: Set<String> = [
        "tracking code", "job id", "job code", "reference", "ref", "req id", "requisition id", "job number",
        "job reference", "referenz", "kennziffer", "référence", "referencia", "riferimento", "vacaturenummer",
        "regular", "permanent", "temporary", "fixed term", "festanstellung", "unbefristet", "befristet", "cdi", "cdd",
        "indefinido", "vast", "tijdelijk", "date posted", "deadline", "closing date", "salary", "category",
        "department", "job type", "job category", "shift", "schedule",
        // when the job starts, how long it lasts, its hours and its contract: labels that a grid of facts may put
        // right under another label ("Standort" / "Starttermin" / … / "Eschborn" / "Jährlich zum 01.08.")
        "start date", "starting date", "starttermin", "startdatum", "eintrittsdatum", "eintrittstermin", "beginn",
        "date de début", "date de prise de poste", "fecha de inicio", "fecha de incorporación", "data di inizio",
        "ingangsdatum", "duration", "dauer", "ausbildungsdauer", "durée", "duración", "durata", "looptijd",
        "working hours", "arbeitszeit", "horaires", "horario", "orario di lavoro", "werkuren", "employment type",
        "anstellungsart", "contract type", "vertragsart", "type de contrat", "tipo de contrato", "tipo di contratto",
        "dienstverband",
        // the hours' model and the week's hours, which a row of facts writes with their value ("Arbeitszeitmodell 40 Stunden")
        "arbeitszeitmodell", "wochenarbeitszeit", "beschäftigungsumfang", "stundenumfang", "temps de travail",
        "jornada", "jornada laboral", "werktijden", "orario",
    ]

    /// The labels of a contact's fields that a footer sets over their values ("Phone" / "+31 20 8932941"), in the
    /// languages read: no name, alone on their line. (The headings of an address block, "Contact", "Adresse", are
    /// `PageHeuristics.contactWords`, no name's word anywhere.)
    static let contactLabels: Set<String> = ["phone", "telephone", "tel", "tel.", "fax", "mobile", "mobil", "gsm", "email", "e-mail",
                                             "mail", "endereço", "telefon", "telefoon", "téléphone", "teléfono", "telefono",
                                             "telefone", "contato", "web", "website", "webseite", "site web"]

    /// Whether a text is one of `factWords`, or one and a value of figures ("Arbeitszeitmodell 40 Stunden",
    /// "Working hours 9–17"): a posting's fact, no name. ("Shift Technology", "Permanent TSB" are names: a
    /// fact's word before words is not enough.)
    static func opensWithFact(_ text: String) -> Bool {
        let t = text.lowercased().trimmingSpaces
        if factWords.contains(t) { return true }
        guard t.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }), let end = t.firstIndex(of: " ") else { return false }
        // (the first word, or the first two: "working hours")
        if factWords.contains(String(t[..<end])) { return true }
        let rest = t[t.index(after: end)...]
        guard let second = rest.firstIndex(of: " ") else { return false }
        return factWords.contains(String(t[..<second]))
    }

    static func isLabel(_ text: String) -> Bool {
        title.contains(text) || company.contains(text) || location.contains(text) || workplace.contains(text)
    }

    /// A heading over facts: "Company and salary information", "Vacancy details", "Informations sur l'entreprise".
    static func headsFacts(_ text: String) -> Bool {
        let words = text.lowercased().letterRuns
        guard words.count >= 2, words.count <= 6 else { return false }
        return ["information", "informationen", "details", "info", "informations", "détails", "detalles", "información",
                "dettagli", "informazioni", "gegevens", "informatie"].contains(String(words.last!))
            || ["informations", "información", "informazioni", "informatie", "angaben"].contains(String(words.first!))
    }

    static func isGeneric(_ text: String) -> Bool {
        var t = text.lowercased().trimmingSpaces
        // ("- no title specified": a separator left before it)
        while let first = t.first, first == "-" || first == "–" || first == "|" { t = String(t.dropFirst()).trimmingSpaces }
        if t.utf8.contains(0xE2) { t = t.replacingAll("’", with: "'") }  // (the byte that begins "’")
        // "Employment Opportunities2": a counter the site appends
        while let last = t.last, last == ":" || last == "." || last == "!" || last.isNumber { t.removeLast() }
        t = t.trimmingSpaces
        // a menu's heading ("Top Sub Menu", "Main navigation")
        let spaced = " " + t + " "
        if spaced.contains(" menu ") || spaced.contains(" navigation ") || spaced.contains(" submenu ") { return true }
        // an account's form ("Reset Employer Password", "Passwort vergessen?", "Mot de passe oublié")
        if accountWords.contains(where: { spaced.contains($0) }) { return true }
        if genericHeadings.contains(t) || isMadeOfPageWords(t) { return true }
        // a section's heading with a word that ranks it: "Key Responsibilities", "Additional Benefits", "Your Qualifications"
        guard let space = t.firstIndex(of: " "), sectionRanks.contains(String(t[..<space])) else { return false }
        return sectionEnds.contains(String(t[t.index(after: space)...]))
    }
    /// The words of an account's forms, in the six languages read, with the spaces around them.
    static let accountWords = [" password ", " passwort ", " mot de passe ", " contraseña ", " wachtwoord ", " password? "]
    /// Words that rank a section of the posting before its heading's noun ("Key Responsibilities", "Main Duties").
    static let sectionRanks: Set<String> = ["key", "main", "core", "primary", "principal", "essential", "additional",
                                            "required", "preferred", "desired", "desirable", "minimum", "basic", "your"]

    /// Whether a heading is made of the words sites use for their pages of jobs
    /// and nothing else ("Job Posting Details", "Current Job Openings",
    /// "Détails de l'offre d'emploi"), or of those and a reference ("Job ID
    /// 117530"): it names the page, not the job.
    static func isMadeOfPageWords(_ text: String) -> Bool {
        var words = Words.normalized(text).spaceParts
        // (and a place they are offered in: "Jobs and Career Opportunities in Europe", "Offres d'emploi en France")
        if let k = words.lastIndex(where: { placedIn.contains(String($0)) }), k > 0, k + 1 < words.count,
           case let lower = text.lowercased(), let at = lower.lastByteRange(of: " " + words[k] + " "),
           case let written = String(lower[at.upperBound...]).trimmingSpaces,
           case let place = written.prefix(1).uppercased() + written.dropFirst(),
           Location.isRegion(place) || Location.isCountry(place) || Cities.contains(place) {
            words.removeSubrange(k...)
        }
        return !words.isEmpty && words.contains { jobPageWords.contains(String($0)) } && words.allSatisfy { w in
            jobPageWords.contains(String(w)) || joiningWords.contains(String(w)) || pageActions.contains(String(w))
                || w.utf8.contains { $0 >= 0x30 && $0 <= 0x39 }
        }
    }

    /// Words that put a page's jobs in a place ("Jobs in Germany", "Offres d'emploi en France").
    private static let placedIn: Set<String> = ["in", "en", "à", "im", "nel", "no", "na", "i", "w"]

    /// What a page's buttons do with the posting, and the words that point at it, in the six languages read:
    /// "Share this job", "Dieses Stellenangebot teilen", "Partager cette offre", "Deel deze vacature".
    static let pageActions: Set<String> = [
        "share", "print", "save", "send", "email", "teilen", "drucken", "speichern", "merken", "senden", "versenden",
        "partager", "imprimer", "enregistrer", "sauvegarder", "envoyer", "compartir", "imprimir", "guardar", "enviar",
        "delen", "printen", "opslaan", "bewaren", "versturen", "condividi", "stampa", "salva", "invia",
        "dieses", "diese", "diesen", "cette", "cet", "ce", "esta", "este", "deze", "dit", "questa", "questo", "that",
    ]

    /// The words of a page of jobs' own headings, in the six languages read.
    static let jobPageWords: Set<String> = [
        "job", "jobs", "posting", "postings", "details", "detail", "description", "overview", "summary", "information",
        "info", "position", "positions", "vacancy", "vacancies", "opening", "openings", "opportunity", "opportunities",
        "career", "careers", "listing", "listings", "requisition", "advert", "advertisement", "ad", "offer", "offers",
        "current", "open", "view", "search", "searches", "apply", "now", "new", "all", "available", "latest", "recent",
        "popular", "featured", "top", "similar", "related", "more", "other", "disponibles", "disponible", "disponibili",
        "stelle", "stellen", "stellenangebot", "stellenangebote", "stellenanzeige", "stellenbeschreibung", "angebot",
        "stellenausschreibung", "stellenausschreibungen", "ausschreibung", "joboffer", "jobangebot", "jobangebote",
        "beschreibung", "aktuelle", "offene", "freie", "karriere", "characteristics", "caractéristiques", "merkmale",
        "bewerbung", "bewerbungen", "application", "applications", "candidature", "candidatures", "sollicitatie",
        "sollicitaties", "candidatura", "candidaturas",
        "kenmerken", "características", "caratteristiche",
        "offre", "offres", "emploi", "emplois", "poste", "postes", "détails", "détail", "carrière", "carrières",
        "oferta", "ofertas", "empleo", "empleos", "puesto", "puestos", "detalles", "detalle", "vacante", "vacantes",
        "vacature", "vacatures", "functie", "functieomschrijving", "openstaande",
        "offerta", "offerte", "lavoro", "posizione", "posizioni", "dettagli", "annuncio", "aperte",
        // … and in the other languages of the EU's job market: Polish, Czech, Swedish, Danish, Norwegian, Portuguese
        // ("Oferty pracy", "Volná pracovní místa", "Lediga tjänster", "Ledige stillinger", "Vagas de emprego")
        "oferty", "pracy", "praca", "ogłoszenia", "ogłoszenie", "kariera", "nabídky", "nabídka", "práce", "pracovní",
        "místa", "místo", "volná", "volné", "pozice", "kariéra", "lediga", "ledige", "ledig", "jobb", "tjänster",
        "tjänst", "stillinger", "stilling", "karriär", "vagas", "vaga", "emprego", "empregos", "carreira",
        "oportunidades", "oportunidade",
    ]
    /// Words that join them ("of", "de l'", "der"), name a reference ("ID", "Ref."), or whom the jobs are for ("für dich").
    static let joiningWords: Set<String> = [
        "id", "ref", "reference", "référence", "referenz", "referentie", "riferimento", "referencia", "number", "no", "nr",
        "code", "req",
        "the", "of", "this", "our", "de", "d", "l", "la", "le", "les", "du", "des", "del", "di", "della", "dell",
        "van", "der", "die", "das", "den", "unsere", "nos", "nuestras", "nuestros", "i", "y", "and", "und", "et", "en", "e",
        // whom they are for: "Jobs for you", "Jobs für dich", "Offres pour vous", "Vacatures voor jou", "Oferty pracy dla
        // ciebie", "Vagas para você"
        "for", "you", "für", "dich", "sie", "euch", "pour", "vous", "toi", "voor", "jou", "jullie", "per", "te", "voi",
        "para", "ti", "usted", "você", "vocês", "dla", "ciebie", "was", "pro", "vás", "tebe", "för", "dig", "til", "deg",
    ]
}
