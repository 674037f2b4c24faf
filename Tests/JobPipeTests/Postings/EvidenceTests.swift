import Testing
@testable import JobPipe

/// Each kind of evidence the page heuristics weigh, on small pages written
/// for the test, in the six languages read.
@Suite struct EvidenceTests {
    func read(_ html: String, url: String? = nil) -> Posting? {
        var bytes = Array(html.utf8)
        return bytes.withUnsafeMutableBufferPointer { PostingReader.read(html: UnsafeBufferPointer($0), url: url) }
    }

    @Test func theMarkedUpPostingThePageShows() throws {
        func ld(_ title: String, _ company: String) -> String {
            #"<script type="application/ld+json">{"@type":"JobPosting","title":"\#(title)","hiringOrganization":{"name":"\#(company)"}}</script>"#
        }
        // a sidebar of related jobs marked up first: the page's <title> names the one it shows
        let page = "<html><head><title>Remote Ruby Developer at Bolt | Rails jobs</title>"
            + ld("Senior Ruby Developer", "Acme") + ld("Ruby Developer", "Bolt") + ld("Ruby Developer", "Crux")
            + "</head><body><p>Ruby and Rails.</p></body></html>"
        let p = try #require(read(page))
        #expect(p.title == "Ruby Developer" && p.company == "Bolt")
        // with nothing to tell them apart, the first
        let plain = "<html><head><title>Jobs</title>" + ld("Ruby Developer", "Crux") + ld("Go Developer", "Bolt") + "</head></html>"
        #expect(read(plain)?.company == "Crux")
    }

    @Test func aRemoteHeaderOverTheMarkupsUnnamedTown() throws {
        func page(_ header: String) -> String {
            #"<script type="application/ld+json">{"@type":"JobPosting","title":"Senior Backend Engineer","#
                + #""hiringOrganization":{"name":"Stream Sync"},"jobLocation":{"address":{"addressLocality":"Chicago","addressRegion":"IL"}}}</script>"#
                + "<h1>Senior Backend Engineer</h1><p>Engineering</p><p>\(header)</p><p>Full-Time</p>"
                + "<p>Build scalable real-time systems that power millions of notifications.</p>"
        }
        // the page never names the markup's town and says the work is remote: its words are the place
        #expect(read(page("Remote (US/EU)"))?.location == "Remote (US/EU)")
        // a page that names the town keeps it
        #expect(read(page("Remote or Chicago office"))?.location == "Chicago, IL")
    }

    @Test func markupThePageNeverShowsIsAnothersPage() throws {
        // a theme's demo posting left in the markup: the page is read alone
        let demo = #"<script type="application/ld+json">{"@type":"JobPosting","title":"Assistant / Store Keeper","#
            + #""hiringOrganization":{"name":"Figma"},"jobLocation":{"address":{"addressLocality":"Brooklyn"}}}</script>"#
        let page = "<html><head><title>Customer Sales Representative</title>" + demo + "</head><body>"
            + "<h1>Customer Sales Representative</h1><p>Sales,</p><p>We are a call center in Karachi.</p>"
            + "<p>Location: Block 10, Gulshan-e-Iqbal</p></body></html>"
        let p = try #require(read(page))
        #expect(p.title == "Customer Sales Representative" && p.company == nil && p.location == "Block 10, Gulshan-e-Iqbal")
        // the same markup on a page that shows its job is the page's
        let shown = "<html><head><title>Store Keeper</title>" + demo + "</head><body><h1>Assistant / Store Keeper</h1>"
            + "<p>Keep the store of a design studio.</p></body></html>"
        #expect(read(shown)?.company == "Figma")
        // a page of a line or two (an app's shell before its script fills it) shows nothing to weigh the markup
        // against: the markup is the page's, and its description the text the page is read through
        let shell = "<html><head><title>Oferta</title>" + #"<script type="application/ld+json">{"@type":"JobPosting","#
            + #""title":"Aprendices SENA","hiringOrganization":{"name":"Multiempleos S.A."},"#
            + #""description":"Importante empresa del sector tecnología busca aprendices SENA en áreas administrativas.","#
            + #""jobLocation":{"address":{"addressLocality":"Bogotá, D.C.","addressCountry":"CO"}}}</script>"#
            + "</head><body><div id=\"root\">You need to enable JavaScript to run this app.</div></body></html>"
        let p2 = try #require(read(shell))
        #expect(p2.title == "Aprendices SENA" && p2.location == "Bogotá, D.C., Colombia")
        // (a recruiter's description of a client it does not name: the employer is confidential)
        #expect(p2.company == "Confidential")
    }

    @Test func aPlaceholderInTheMarkupIsNoValue() throws {
        // a board that fills a field it leaves empty with "-": the page's own header names the employer
        let page = #"<html><head><script type="application/ld+json">{"@type":"JobPosting","#
            + #""title":"Informatiker/-in für Machine Learning","hiringOrganization":{"@type":"Organization","name":"-"},"#
            + #""jobLocation":{"address":{"addressLocality":"Augsburg"}}}</script></head><body>"#
            + "<h1>Informatiker/-in für Machine Learning</h1><p>Cadenas GmbH</p><p>Augsburg</p>"
            + "<p>Wir entwickeln Software für Konstrukteure.</p></body></html>"
        let p = try #require(read(page))
        #expect(p.company == "Cadenas GmbH" && p.evidence["company"] == "header")
    }

    @Test func aControlNamedForTheEmployerHoldsNone() throws {
        // a board's link for employers to post a job, its class naming the employer and a control
        let page = "<html><head><title>Informatiker/-in für Machine Learning</title></head><body><section class=\"xjm-header\">"
            + "<a href=\"/jobmanager/products\" class=\"xjm-employer-trigger\">Für Arbeitgeber: <span>Stellenanzeige erstellen</span></a>"
            + "</section><h1>Informatiker/-in für Machine Learning</h1><p>Cadenas GmbH</p><p>Augsburg</p>"
            + "<p>Wir entwickeln Software für Konstrukteure.</p></body></html>"
        #expect(read(page, url: "https://www.example.com/jobs/augsburg-informatiker-41890797")?.company == "Cadenas GmbH")
    }

    @Test func labelsInSixLanguages() throws {
        let pages = [
            ("<h1>Backend-Entwickler (m/w/d)</h1><dl><dt>Arbeitgeber</dt><dd>Müller Logistik GmbH</dd><dt>Standort</dt><dd>Köln</dd></dl>",
             "Müller Logistik GmbH", "Köln"),
            ("<h1>Développeur Java</h1><p>Entreprise : Boulangerie Dupont SA</p><p>Lieu de travail : Lyon</p>",
             "Boulangerie Dupont SA", "Lyon"),
            ("<h1>Ingeniero de datos</h1><p>Empresa: Transportes García</p><p>Ubicación: Sevilla, España</p>",
             "Transportes García", "Sevilla, España"),
            ("<h1>Data engineer</h1><table><tr><th>Werkgever</th><td>Bakkerij de Vries</td></tr><tr><th>Standplaats</th><td>Utrecht</td></tr></table>",
             "Bakkerij de Vries", "Utrecht"),
            ("<h1>Sviluppatore web</h1><p>Azienda: Rossi Srl</p><p>Sede di lavoro: Milano</p>", "Rossi Srl", "Milano"),
            ("<h1>Web developer</h1><p>Employer: Confidential</p><p>Location: Austin, TX 78701</p>", "Confidential", "Austin, TX 78701"),
        ]
        for (html, company, location) in pages {
            let p = try #require(read(html))
            #expect(p.company == company)
            #expect(p.location == location)
            #expect(p.evidence["company"] == "label" && p.evidence["location"] == "label")
        }
    }

    @Test func sectionHeadingsAndBoardNamesAreNoTitle() throws {
        // "Job Overview" is a section heading; the title label and <title> agree on the job
        let dice = try #require(read("""
            <title>Systems Engineer jobs - Example Board</title><h1>Job Overview</h1>
            <p>Company: Initrode</p><p>Title: Systems Engineer</p><p>Location: Reston, VA</p>
            """))
        #expect(dice.title == "Systems Engineer" && dice.evidence["title"] == "label")
        #expect(dice.company == "Initrode")
        // a board's <title> pattern: the title and the place, "Find Jobs" and the board dropped
        let board = try #require(read("""
            <title>Find Jobs - Payroll Clerk Jobs in Fort Worth, Texas - Widget Co</title><nav>Find Jobs</nav>
            <p>Nothing else here.</p>
            """))
        #expect(board.title == "Payroll Clerk" && board.location == "Fort Worth, Texas")
        #expect(board.evidence["location"] == "title")
        // a town in <title> with its state's code after a comma; the employer over the values of a row of labels
        let summary = try #require(read("""
            <title>Java Developer Job in Austin, TX - TalentHub</title><h1>Java Developer</h1>
            <table><tr><th>Job posted by</th><th>Job title</th></tr><tr><td>Acme Widgets</td><td>Java Developer</td></tr></table>
            <p>Build services in Java.</p>
            """))
        #expect(summary.location == "Austin, TX" && summary.evidence["location"] == "title")
        #expect(summary.company == "Acme Widgets" && summary.evidence["company"] == "label")
    }

    @Test func titlePatternsOfNetworksAndBoards() {
        let fr = TitlePatterns.read("Boulangerie Dupont recrute Développeur Java à Lyon, Auvergne-Rhône-Alpes, France")
        #expect(fr?.company == "Boulangerie Dupont" && fr?.title == "Développeur Java")
        #expect(fr?.location == "Lyon, Auvergne-Rhône-Alpes, France")
        // a role before a colon heads a headline whose employer hires for what names no role
        let headline = TitlePatterns.read("Auxiliaires de vie : Ange Gardien recrute trois CDD à partir du 1er avril !")
        #expect(headline?.title == "Auxiliaires de vie" && headline?.company == "Ange Gardien")
        // (a role the employer hires for is the title still)
        let named = TitlePatterns.read("Cuisinier : Ange Gardien recrute un serveur")
        #expect(named?.title == "serveur" && named?.company == "Ange Gardien")
        // a board's words for a job, the job, then its place, in the other languages
        let es = TitlePatterns.read("Trabajo de Analista de Plataforma y Soporte en Santiago")
        #expect(es?.title == "Analista de Plataforma y Soporte" && es?.location == "Santiago")
        #expect(TitlePatterns.read("Empleo de Enfermera Profesional en Sumimedical")?.location == nil)
        // … and a role, the word for its jobs and a known place, without "in"
        let au = TitlePatterns.read("Electrician Jobs Perth")
        #expect(au?.title == "Electrician" && au?.location == "Perth")
        #expect(TitlePatterns.read("Steve Jobs Berlin")?.title == nil)
        let de = TitlePatterns.read("Job als Koch in Berlin")
        #expect(de?.title == "Koch" && de?.location == "Berlin")
        #expect(TitlePatterns.read("Trabajo de Analista en Banco Kestrel S.A.")?.location == nil)
        #expect(TitlePatterns.read("Trabajo de   en Madrid")?.title == nil)
        let it = TitlePatterns.read("Rossi Srl sta assumendo Sviluppatore web a Milano")
        #expect(it?.company == "Rossi Srl" && it?.title == "Sviluppatore web" && it?.location == "Milano")
        // "hiring for" and its article; a word after "a" that is no name is no place
        let en = TitlePatterns.read("Kestrel Foundation is hiring for a designer.")
        #expect(en?.company == "Kestrel Foundation" && en?.title == "designer." && en?.location == nil)
        let board = TitlePatterns.read("'Kana Developer' in Mettawa, IL job posted by Software Guidance")
        #expect(board?.title == "Kana Developer" && board?.location == "Mettawa, IL" && board?.company == "Software Guidance")
        let greenhouse = TitlePatterns.read("Job Application for Staff Engineer at Kestrel Labs")
        #expect(greenhouse?.title == "Staff Engineer" && greenhouse?.company == "Kestrel Labs")
        #expect(TitlePatterns.read("Senior Engineer") == nil)
        // "@" and Portuguese "na" before a name; the site's part after the employer is none of its name
        let pt = TitlePatterns.read("[Joinville] Back-End: Node JS na Kestrel - Vaga de Emprego")
        #expect(pt?.company == "Kestrel" && pt?.title == "[Joinville] Back-End: Node JS")
        #expect(TitlePatterns.read("Tech Lead - Web Crawling @ Kestrel.ai")?.company == "Kestrel.ai")
        // (a place after the "@" is the job's place, no employer: "Functional Analyst @ Brussels / Mechelen")
        let placed = TitlePatterns.read("Functional Analyst @ Brussels / Mechelen")
        #expect(placed?.title == "Functional Analyst" && placed?.company == nil && placed?.location == "Brussels / Mechelen")
        #expect(TitlePatterns.read("Analista na área de dados") == nil)
    }

    @Test func genderedWordsAndMenusAreNoLabelsOrNames() throws {
        // "Arbeitgeber:innen" writes both genders: no label "Arbeitgeber" with the value "innen daran …"
        let p = try #require(read("""
            <h1>Product Owner (d/w/m)</h1><main><p>Viele Entwickler arbeiten mit, weil ihre<br>\
            Arbeitgeber:innen daran interessiert sind, dieses Projekt erfolgreich zu machen.</p></main>
            """))
        #expect(p.company == nil)
        #expect(PostingLabels.isGeneric("Vaga de Emprego") && PostingLabels.isGeneric("Vie dans l'entreprise")
                && PostingLabels.isGeneric("Work"))
    }

    @Test func boardVersusEmployer() throws {
        // the board names itself in og:site_name, the host and the footer; the page names the employer by a label
        let onBoard = try #require(read("""
            <title>Nurse - Jobly</title><meta property="og:site_name" content="Jobly">
            <h1>Nurse</h1><p>Hiring company: St Mary Clinic</p><footer>© 2026 Jobly Inc. All rights reserved</footer>
            """, url: "https://www.jobly.example/jobs/1"))
        #expect(onBoard.company == "St Mary Clinic")
        // with nothing else to go on, the site's own name (its careers site) is the employer
        let ownSite = try #require(read("""
            <title>Nurse | St Mary Clinic</title><meta property="og:site_name" content="St Mary Clinic Careers">
            <h1>Nurse</h1><p>Join our ward team.</p>
            """))
        #expect(ownSite.company == "St Mary Clinic" && ownSite.evidence["company"] == "site_name")
        // a board's own name closes a saved page's title whose address is lost: the part before it is the employer
        let saved = try #require(read("""
            <title>Java Developer | Northwind Staffing | LinkedIn</title><h1>Java Developer</h1><p>Build our services.</p>
            """))
        #expect(saved.company == "Northwind Staffing")
        #expect(SiteOwner.namesBoard("Indeed.com") && SiteOwner.namesBoard("StepStone") && !SiteOwner.namesBoard("Jobs at Acme"))
        // a site that invites employers to post jobs is a board: its name is no employer, in any language
        for offer in ["Post a job", "Vacature plaatsen", "Job inserieren"] {
            let board = try #require(read("""
                <title>Nurse | Carelink</title><meta property="og:site_name" content="Carelink">
                <nav><a href="/post">\(offer)</a></nav><h1>Nurse</h1><p>Join our ward team.</p>
                """, url: "https://www.carelink.example/j/4"))
            #expect(board.company == nil, "\(offer)")
        }
        // (the offer among a link's other words: "Employers / Post Job", in the page's menu)
        let menu = try #require(read("""
            <title>Robotics Engineer - Greer, SC - Indeed.com</title><nav><a href="/jobs">Find Jobs</a>
            <a href="/hire">Employers / Post Job</a></nav><h2>Robotics Engineer</h2><div>Minghua USA Inc.</div><div>-</div>
            <div>Greer, SC</div><p>The Robotics Engineer is responsible for investigating issues with assembly automation.</p>
            """))
        #expect(menu.company == "Minghua USA Inc.")
        // a site whose menu serves both employers and job seekers is a recruiter's: where the posting names only the
        // site itself, the employer is its client, unnamed; not where the job is its own, or the posting names another
        func agency(_ role: String, _ text: String) -> String {
            """
            <title>Nordvik Rekrytering - \(role)</title><nav><ul><li><a href="index.html">Nordvik Rekrytering</a></li>
            <li><a href="/a">För arbetssökande</a></li><li><a href="/b">För arbetsgivare</a></li></ul></nav>
            <main><h1>\(role)</h1><p>\(text)</p></main>
            """
        }
        let forClient = try #require(read(agency("Java-utvecklare", "Nordvik Rekrytering söker en erfaren Java-utvecklare.")))
        #expect(forClient.company == "Confidential" && forClient.evidence["company"] == "text")
        let own = try #require(read(agency("Rekryterare", "Nordvik Rekrytering söker en rekryterare till vårt team.")))
        #expect(own.company == "Nordvik Rekrytering")
        let named = try #require(read(agency("Java-utvecklare", "Kestrel Data AB söker en erfaren Java-utvecklare.")))
        #expect(named.company == "Kestrel Data AB")
        // the posting's own words name the employer a board does not label
        let aboutIt = try #require(read("""
            <title>Data Engineer | Jobly</title><meta property="og:site_name" content="Jobly"><h1>Data Engineer</h1>
            <main><p>At Fernway, we map rivers for farmers and cities across the region.</p><h2>About Fernway</h2>
            <p>Fernway is a team of thirty hydrologists and engineers.</p></main>
            """, url: "https://jobly.example/j/9"))
        #expect(aboutIt.company == "Fernway" && aboutIt.evidence["company"] == "text")
        // a sentence whose subject, written as a name, hires someone names the employer, in six languages
        let hiring = [
            ("<h1>Software Engineer</h1><p>Location: Kirkland WA</p><p>Description: ABC Company Inc.\n  seeks a full-time engineer.</p>",
             "ABC Company Inc."),
            ("<h1>Elektriker (m/w/d)</h1><p>Die Müller Elektrotechnik GmbH sucht ab sofort einen Elektriker.</p>",
             "Müller Elektrotechnik GmbH"),
            ("<h1>Comptable</h1><p>Cabinet Dupont et Fils recrute une comptable pour son agence.</p>", "Cabinet Dupont et Fils"),
            ("<h1>Camarero</h1><p>Restaurante Casa Pepe busca un camarero con experiencia.</p>", "Restaurante Casa Pepe"),
            ("<h1>Monteur</h1><p>Installatiebedrijf Jansen zoekt een monteur.</p>", "Installatiebedrijf Jansen"),
            ("<h1>Cuoco</h1><p>Trattoria Da Mario cerca un cuoco.</p>", "Trattoria Da Mario"),
        ]
        for (html, company) in hiring {
            let p = try #require(read(html))
            #expect(p.company == company && p.evidence["company"] == "text", "\(html)")
        }
        // a sentence's subject that is not written as a name is not an employer
        #expect(LabelledLines.hiringSubject("The ideal candidate is looking for a challenge") == nil)
        #expect(LabelledLines.hiringSubject("Since 1990. Acme Ltd. is looking for an analyst") == "Acme Ltd.")
        #expect(LabelledLines.hiringSubject("Globex Systems is an Equal Opportunity Employer.") == "Globex Systems")
        #expect(LabelledLines.hiringSubject("Kestrel Stefan Institute is an equal-opportunity employer.") == "Kestrel Stefan Institute")
        // the full stop of an abbreviation in a name ends no sentence
        #expect(LabelledLines.hiringSubject("Kestrel Bros. Games Inc. seeks a Senior Engineer") == "Kestrel Bros. Games Inc.")
        #expect(LabelledLines.hiringSubject("We are proud to be an equal opportunity employer.") == nil)
        // a short word between a name's capitalised words is the name's; one that ends it is not
        #expect(LabelledLines.hiringSubject("Design is Dead is looking for a Java developer") == "Design is Dead")
        #expect(LabelledLines.hiringSubject("Our team is looking for a Java developer") == nil)
        // (whom it seeks may be many, with no article: "Fastly is looking for passionate support engineers")
        #expect(LabelledLines.hiringSubject("Fastly is looking for passionate support engineers.") == "Fastly")
        #expect(LabelledLines.hiringSubject("Kestrel Labs is hiring engineers in Leeds.") == "Kestrel Labs")
        #expect(LabelledLines.hiringSubject("Acme is a leader and is looking for you") == nil)
        // without what leads into the name: Portuguese's article, a word for a company, whom the sentence seeks for
        #expect(LabelledLines.hiringSubject("A Padaria Kestrel procura um vendedor para a loja.") == "Padaria Kestrel")
        #expect(LabelledLines.hiringSubject("A empresa Kestrel Bom Preço está contratando vendedor.") == "Kestrel Bom Preço")
        #expect(LabelledLines.hiringSubject("L'azienda Kestrel S.p.A. seleziona un addetto vendite.") == "Kestrel S.p.A.")
        #expect(LabelledLines.legalSubject("Per Kestrel Srl cerchiamo un addetto vendite.") == "Kestrel Srl")
        // … before a phrase set off by commas that says more of it, the second comma right before the verb
        #expect(LabelledLines.hiringSubject("A Padaria Kestrel, localizada em Braga, procura um vendedor.") == "Padaria Kestrel")
        #expect(LabelledLines.hiringSubject("Kestrel S.r.l., azienda leader nel settore, ricerca un addetto.") == "Kestrel S.r.l.")
        #expect(LabelledLines.hiringSubject("In 2020, Kestrel, a leading firm, is hiring a Data Engineer.") == "Kestrel")
        // a mail domain's label spelled by a name's initials, small words passed over or counted
        let texts = ["Wij werken binnen Kestrel van Loon & Partners aan webshops.", "Mail naar vacature@kvlp.nl"]
        #expect(PageHeuristics.initialsSpelling("kvlp", in: texts) == "Kestrel van Loon & Partners")
        #expect(PageHeuristics.initialsSpelling("klp", in: texts) == "Kestrel van Loon & Partners")
        #expect(PageHeuristics.initialsSpelling("kv", in: texts) == nil && PageHeuristics.initialsSpelling("wkv", in: texts) == nil)
        #expect(PageHeuristics.wordAsWritten("kestrelia", in: ["kestrelia est une startup."]) == "kestrelia")
        #expect(PageHeuristics.wordAsWritten("kest", in: ["kestrelia est une startup."]) == nil)
        // … or declined, as Czech, Polish and Finnish decline names: the label as the word begins
        #expect(PageHeuristics.wordAsWritten("gymit", in: ["Práce v gymitu", "hr@gymit.cz"]) == "gymit")
        #expect(PageHeuristics.wordAsWritten("gymit", in: ["Práce v gymitasium"]) == nil)
        let declined = try #require(read("<h1>Recepční / konzultant</h1><p>Práce v kestrelu</p><p>Pošli nám své CV na: hr@kestrel.cz</p>"))
        #expect(declined.company == "kestrel" && declined.evidence["company"] == "mail")
        // a phrase put first, then its comma
        #expect(LabelledLines.hiringSubject("En tant que client final, KL Group recherche un Leader Technique Java") == "KL Group")
        #expect(LabelledLines.hiringSubject("Kestrel, Inc. is looking for an analyst") == "Kestrel, Inc.")
        #expect(LabelledLines.hiringSubject("For this project, the team is looking for a tester") == nil)
        // a school invites applications; "The" before a name and the short form in brackets after it are left out
        #expect(LabelledLines.hiringSubject("The Ecole Normale Supérieure (ENS Paris) invites applications for a chair")
                == "Ecole Normale Supérieure")
        #expect(LabelledLines.hiringSubject("Aidants Connect cherche un développeur") == "Aidants Connect")
        // ("Our client" is no name: a recruiter's client it does not name is confidential)
        let plain = try #require(read("<h1>Tester</h1><p>Our client is looking for a tester in Leeds.</p>"))
        #expect(plain.company == "Confidential")
        // JSON-LD hiringOrganization wins over everything on the page
        let marked = try #require(read("""
            <script type="application/ld+json">{"@type":"JobPosting","title":"Nurse","hiringOrganization":{"name":"Acme Health"}}</script>
            <h1>Nurse</h1><p>Company: Jobly</p>
            """))
        #expect(marked.company == "Acme Health" && marked.evidence["company"] == "jsonld")
    }

    @Test func markupThatNamesTheField() throws {
        let p = try #require(read("""
            <title>Apply</title><div class="posting-headline"><h2>Account Executive</h2>
            <div class="company-name">at Harbor Robotics</div><span class="job-location">Denver, CO</span></div>
            <div class="similar-jobs"><span class="company">Other Co</span></div>
            """))
        #expect(p.title == "Account Executive")
        #expect(p.company == "Harbor Robotics" && p.evidence["company"] == "class")
        #expect(p.location == "Denver, CO")
    }

    @Test func employersTheSiteNamesOutsideThePostingsText() throws {
        let tasks = "<h2>Your tasks</h2><ul><li>Build services in Python</li><li>Run them on AWS</li></ul>"
        // the page's author, spelled by the host
        let author = try #require(read("""
            <head><title>Backend Engineer</title><meta name="author" content="Lindqvist Robotics"></head>
            <main><h1>Backend Engineer</h1>\(tasks)</main>
            """, url: "https://lindqvist-robotics.example/jobs/backend"))
        #expect(author.company == "Lindqvist Robotics" && author.evidence["company"] == "meta")
        // (a person's name as the author, with no legal form and not the host's, names no employer)
        let person = try #require(read("""
            <head><title>Backend Engineer</title><meta name="author" content="Jane Doe"></head>
            <main><h1>Backend Engineer</h1>\(tasks)</main>
            """, url: "https://example.org/jobs/backend"))
        #expect(person.company == nil)
        // the footer's line of the name and its legal form, as imprints write it; a copyright line before it
        let imprint = """
            <title>Elektroniker (m/w/d)</title><main><h1>Elektroniker (m/w/d)</h1><p>Wir suchen Verstärkung.</p></main>
            <footer>%@<p>Schröder Anlagenbau GmbH · Industriestraße 4 · 33602 Bielefeld</p><a href="/impressum">Impressum</a></footer>
            """
        let url = "https://schroeder-anlagenbau.example/karriere/elektroniker"
        #expect(try #require(read(imprint.replacingOccurrences(of: "%@", with: ""), url: url)).company == "Schröder Anlagenbau GmbH")
        let both = imprint.replacingOccurrences(of: "%@", with: "<p>© 2026 Schröder Gruppe</p>")
        #expect(try #require(read(both, url: url)).company == "Schröder Gruppe")
        // a board's card of the employer in an aside: the link to its page on the board
        let board = try #require(read("""
            <head><title>Data Analyst - Leeds | JobHive</title><meta property="og:site_name" content="JobHive"></head>
            <header><a href="/">JobHive</a><nav><a>Find jobs</a><a>Post a job</a></nav></header>
            <main><h1>Data Analyst</h1><p>Leeds · Full-time</p>\(tasks)</main>
            <aside><h3>About the company</h3><p><a href="/companies/northgate-retail">Northgate Retail</a></p></aside>
            <footer>© 2026 JobHive Ltd</footer>
            """, url: "https://www.jobhive.example/jobs/123-data-analyst"))
        #expect(board.company == "Northgate Retail" && board.location == "Leeds")
        // "Posted by" up to the facts after it; a careers heading up to its separator
        let posted = try #require(read("<h1>Frontend Developer</h1><p>Posted by Tallis Digital · 3 days ago</p>\(tasks)"))
        #expect(posted.company == "Tallis Digital")
        let careers = try #require(read("""
            <title>Vesper Labs – Careers</title><main><h1>Vesper Labs – Careers</h1><h2>Site Reliability Engineer</h2>\(tasks)</main>
            """, url: "https://vesperlabs.example/careers/sre"))
        #expect(careers.company == "Vesper Labs" && careers.title == "Site Reliability Engineer")
        // the host's name written out, and the sentence that says the company is, under the whole name
        let said = try #require(read("""
            <title>Backend Engineer</title><main><h1>Backend Engineer</h1>\(tasks)<h2>About us</h2>
            <p>Brightwater Analytics is a 40-person company in Bristol that builds forecasting tools.</p></main>
            """, url: "https://brightwater.example/careers/backend"))
        #expect(said.company == "Brightwater Analytics")
    }

    @Test func theBoardAPageTitleNamesAfterTheEmployer() throws {
        // "Flutter Developer bei Orbyz | DEVjobs.at": the part after the one that names the employer is the board's name
        let p = try #require(read("""
            <head><title>Flutter Developer bei Orbyz | DEVjobs.at</title><meta property="og:site_name" content="DEVjobs.at"></head>
            <h1>Flutter Developer</h1><p>Wien</p><main><p>Du entwickelst unsere App mit Flutter und Dart.</p></main>
            <footer>© 2026 DEVjobs.at</footer>
            """))
        #expect(p.company == "Orbyz")
        // a page title's part whose comma comes before its legal form is a name, no list nor tagline
        #expect(PageHeuristics.commaBeforeLegalForm("FEDORS Group, s. r. o.") && PageHeuristics.commaBeforeLegalForm("Acme, Inc."))
        #expect(!PageHeuristics.commaBeforeLegalForm("Berlin, Germany") && !PageHeuristics.commaBeforeLegalForm("MDR, DFIR, Red Team"))
        let formal = try #require(read("""
            <head><meta property="og:title" content="FEDORS Group, s. r. o. - Office Manažér"><meta property="og:site_name" content="profesia.sk"></head>
            <h1>Office Manažér</h1><p>Miesto práce: Bratislava</p><main><p>Hľadáme office manažéra.</p></main>
            """))
        #expect(formal.company == "FEDORS Group, s. r. o.")
        // a list after a heading's dash is the job's tools, no employer
        #expect(PageHeuristics.roleAndEmployer("CRM / AI Automation Engineer — Kommo, n8n, APIs") == nil)
        #expect(PageHeuristics.roleAndEmployer("Business Developer (Parttime) – The Venturi Tribe")?.name == "The Venturi Tribe")
    }

    @Test func theEmployersWebsiteABoardLabels() throws {
        // a board's label of the employer's website names the employer its host spells, as the page writes it
        let p = try #require(read("""
            <title>Replicated Support Engineer</title><h1>Replicated Support Engineer</h1>
            <p>The Support Engineer will work directly with our customers.</p>
            <h3>Location</h3><p>Los Angeles, California</p><h3>Website</h3><p>https://replicated.com</p>
            <footer>A Support Driven production</footer>
            """, url: "https://jobs.supportdriven.example/jobs/replicated"))
        #expect(p.company == "Replicated" && p.evidence["company"] == "label")
        #expect(PageHeuristics.labelledWebsite(["Website: www.acme.example"]) == "https://www.acme.example")
        #expect(PageHeuristics.labelledWebsite(["Website", "Coming soon"]) == nil)
        // (the board's own address is not the employer's)
        let own = try #require(read("""
            <title>Support Engineer</title><h1>Support Engineer</h1><p>Help our customers.</p>
            <p>Website: https://supportdriven.example</p><p>Supportdriven is a board.</p>
            """, url: "https://supportdriven.example/jobs/1"))
        #expect(own.company != "Supportdriven" || own.evidence["company"] != "label")
    }

    @Test func theNameAPageTitleSetsBesideTheWordsOfAPageOfJobs() throws {
        // "Kleinscharig - Vacature": the one part beside the words of a page of jobs is the employer's name, not the job
        let p = try #require(read("""
            <head><title>Kleinscharig - Vacature</title></head><h1>Ben jij gewoon super goed?</h1>
            <h2>Kleinscharig biedt jou</h2><p>Een gezellige werkplek in Amersfoort.</p>
            """))
        #expect(p.company == "Kleinscharig" && p.evidence["company"] == "title")
        #expect(p.title != "Kleinscharig")
        // (a part that reads as a role stays the title: "Kapper - Vacature")
        let role = try #require(read("<head><title>Kapper - Vacature</title></head><p>Een gezellige salon in Amersfoort.</p>"))
        #expect(role.title == "Kapper")
    }

    @Test func theNameTheWritersSayTheyAre() throws {
        #expect(LabelledLines.weAre("We are Ferrovia Systems, a team of 30 building signalling software.") == "Ferrovia Systems")
        #expect(LabelledLines.weAre("Wir sind die Nordlicht GmbH – ein Softwarehaus aus Kiel.") == "Nordlicht GmbH")
        #expect(LabelledLines.weAre("Nous sommes Dupont Conseil, un cabinet lyonnais.") == "Dupont Conseil")
        #expect(LabelledLines.weAre("We are looking for a QA engineer.") == nil && LabelledLines.weAre("We are") == nil)
        #expect(LabelledLines.weAre("We are Hiring") == nil)
        // … or beside "we", between commas
        #expect(LabelledLines.weAre("Wir, das Gasthaus Zur Linde, suchen ab sofort eine Servicekraft.") == "Gasthaus Zur Linde")
        #expect(LabelledLines.weAre("Wij, Bakkerij Jansen, zoeken een bakker.") == "Bakkerij Jansen")
        #expect(LabelledLines.weAre("We, as a team, value honesty.") == nil)
        let vi = try #require(read("<h1>Bagare</h1><p>Vi, Bageriet Svensson, söker en bagare till vårt bageri.</p><p>Du bakar bröd.</p>"))
        #expect(vi.company == "Bageriet Svensson")
        let p = try #require(read("""
            <title>QA Engineer</title><main><h1>QA Engineer</h1><p>We are Ferrovia Systems, a team of 30 building
            signalling software.</p><p>You test our Java services.</p></main>
            """, url: "https://ferrovia.example/jobs/qa"))
        #expect(p.company == "Ferrovia Systems")
        // (a joiner is no word of a name's four, and an abbreviation keeps its full stop)
        let joined = try #require(read("""
            <title>Java Entwickler (m/w/d)</title><main><h1>Java Entwickler (m/w/d)</h1><p>Code in Java.</p><h2>Über uns</h2>
            <p>Die Brandt &amp; Söhne Logistik GmbH ist ein Familienunternehmen aus Kassel.</p></main>
            """, url: "https://brandt-logistik.example/karriere/java"))
        #expect(joined.company == "Brandt & Söhne Logistik GmbH")
        let spa = try #require(read("""
            <title>Sviluppatore Java</title><main><h1>Sviluppatore Java</h1><h2>Chi siamo</h2>
            <p>Tessiture Biellesi S.p.A. è un'azienda tessile di Biella.</p><p>Java e Spring.</p></main>
            """, url: "https://tessiturebiellesi.example/lavora-con-noi/java"))
        #expect(spa.company == "Tessiture Biellesi S.p.A.")
    }

    @Test func aPlaceAmongOtherFacts() throws {
        // a number no town stands with is a fact, not a part of the place ("32–40 uur"); a postcode is
        #expect(LabelledLines.withoutFacts("Utrecht (hybrid) · 32–40 uur") == "Utrecht (hybrid)")
        #expect(LabelledLines.withoutFacts("34117 Kassel · Vollzeit") == "34117 Kassel")
        // a known town among a kind of contract and other facts between dashes
        let p = try #require(read("""
            <h1>Développeur Backend H/F</h1><p>CDI - Bordeaux (33) - Télétravail partiel</p><p>Vous développez en Python.</p>
            """))
        #expect(p.location == "Bordeaux")
    }

    @Test func aDashAfterTheLabelsColonIsTheColons() throws {
        let p = try #require(read("""
            <h5>Job Description for Infrastructure Support Engineer</h5><h6><b>Job Title:-</b> Infrastructure Support Engineer</h6>
            <h6><b>Company:-</b> Beehive Software Solutions</h6><h6><b>Location:-</b> Delhi</h6><p>Linux and AWS.</p>
            """))
        #expect(p.title == "Infrastructure Support Engineer" && p.company == "Beehive Software Solutions" && p.location == "Delhi")
    }

    @Test func aTitleBoxThatHoldsAHeadingAndFacts() throws {
        // the box the markup names as the title holds the heading and the facts under it: the heading is the title,
        // and the breadcrumb trail that ends on it is no furniture
        let p = try #require(read("""
            <title>Jatra</title><nav><a href="/">Home</a><a href="/career">Career</a></nav>
            <div class="job_title"><h4>Software Engineer</h4><ul><li>Job Type: Full time</li><li>Deadline: 25 May, 2021</li></ul></div>
            <nav aria-label="breadcrumb"><ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/career">Career</a></li>
            <li><a href="/career">Our Position</a></li><li class="active"><a href="#">Software Engineer</a></li></ol></nav>
            <h4>Skill Requirements</h4><ul><li>Deep experience in PHP and MySQL</li></ul>
            """))
        #expect(p.title == "Software Engineer" && p.evidence["title"] == "class")
    }

    @Test func aFirstSubheadingThatReadsAsARoleOverAPageTitleThatDoesNot() throws {
        // no h1: the first h2 that reads as a role beats a page title that does not ("gm")
        let page = """
            <title>%@</title><p>Whetstone Research</p><h2>Backend Engineer</h2><h3>About Whetstone Research</h3>
            <p>Whetstone Research builds protocols.</p><h3>About the role</h3><p>You build the SDK in TypeScript.</p>
            """
        #expect(try #require(read(page.replacingOccurrences(of: "%@", with: "gm"))).title == "Backend Engineer")
        // (a page title that reads as a role keeps its place)
        let titled = try #require(read(page.replacingOccurrences(of: "%@", with: "Senior Backend Engineer")))
        #expect(titled.title == "Senior Backend Engineer")
    }

    @Test func aShortLineOfAllOfTheTimeOrAPossibilityInTheEUsLanguages() throws {
        // a word of all of the time before a word of remote work is remote
        for line in ["Vollständig remote", "Volledig thuiswerken", "100% thuiswerken", "Täysin etänä", "Helt på distans",
                     "W pełni zdalna", "Completamente remoto"] {
            #expect(WorkArrangement.stated(line) == .remote, "\(line)")
        }
        // a possibility after it is hybrid, and so is a way of working named hybrid
        for line in ["Etätyö mahdollinen", "Fjernarbeid er mulig", "Distansarbete möjligt", "Praca zdalna możliwa",
                     "Home office možný", "Trabalho híbrido", "Lavoro ibrido"] {
            #expect(WorkArrangement.stated(line) == .hybrid, "\(line)")
        }
        #expect(WorkArrangement.stated("Helt ny kontor i Oslo") == nil && WorkArrangement.stated("Vollständig ausgestattetes Büro") == nil)
        // … or after it: all of the time (Italy's "smart working", hybrid alone, is remote so)
        #expect(WorkArrangement.stated("Smart working al 100%") == .remote && WorkArrangement.stated("Teletrabajo al 100%") == .remote)
        #expect(WorkArrangement.stated("Smart working") == .hybrid)
        // … also after a word for the work
        #expect(WorkArrangement.stated("Trabalho 100% remoto.") == .remote && WorkArrangement.stated("Job remote") == .remote)
        #expect(WorkArrangement.stated("Travail sur site.") == .onSite && WorkArrangement.stated("Working hours: flexible") == nil)
        // … past its article and a verb of taking place
        for line in ["Arbetet sker på distans.", "Il lavoro si svolge da remoto.", "Die Arbeit erfolgt remote.",
                     "Le travail se fait en télétravail.", "Stillingen er heldigital.",
                     "Het werk vindt plaats op afstand.", "Het werk gebeurt volledig op afstand."] {
            #expect(WorkArrangement.stated(line) == .remote, "\(line)")
        }
        #expect(WorkArrangement.stated("The work is challenging and rewarding.") == nil)
        let p = try #require(read("<h1>Servicetekniker</h1><p>Acme AS søker servicetekniker.</p><p>Fjernarbeid er mulig.</p>"
                                  + "<p>Arbeidssted: Bergen</p>"))
        #expect(p.workplace == .hybrid && p.remote == false)
    }

    @Test func remoteHybridOnSiteInSixLanguages() throws {
        let cases: [(String, WorkArrangement)] = [
            ("<h1>Engineer</h1><p>Remote (EU)</p>", .remote),
            ("<h1>Engineer</h1><p>Hybrid</p><p>Remote-friendly team</p>", .hybrid),
            ("<h1>Entwickler</h1><p>Arbeitsmodell: Homeoffice</p>", .remote),
            ("<h1>Entwickler</h1><main><p>Wir bieten hybrides Arbeiten mit 2 Tage Homeoffice pro Woche und ein tolles Team.</p></main>", .hybrid),
            ("<h1>Développeur</h1><p>Télétravail</p>", .remote),
            ("<h1>Développeur</h1><main><p>Nous proposons deux jours de télétravail par semaine et une équipe soudée à Lyon.</p></main>", .hybrid),
            ("<h1>Ingeniero</h1><p>Modalidad: Presencial</p>", .onSite),
            ("<h1>Ontwikkelaar</h1><p>Werkvorm: Hybride</p>", .hybrid),
            ("<h1>Sviluppatore</h1><main><p>Offriamo lavoro da remoto al 100% in tutta Italia per il nostro team.</p></main>", .remote),
            ("<h1>Admin</h1><p>Telecommute: no</p>", .onSite),
            // the labels applicant-tracking systems write the arrangement under (a label's "no" is on site)
            ("<h1>Engineer</h1><p>Remote option: no</p>", .onSite),
            ("<h1>Researcher</h1><main><p>Flexible work location: we welcome new colleagues anywhere in the world.</p></main>", .remote),
            ("<h1>Adviseur</h1><main><p>Een laptop en alles wat je nodig hebt om goed hybride te werken, en een kantoor in Utrecht.</p></main>", .hybrid),
            ("<h1>Entwickler</h1><p>Mobiles Arbeiten: teilweise</p>", .hybrid),
            ("<h1>Développeur</h1><p>Modalités de travail : Sur site</p>", .onSite),
            ("<h1>Scala developer</h1><p>Location: Brighton</p><p>Remote: OK</p>", .remote),
            ("<h1>Annotator</h1><main><p>Each annotator reads fifty articles. All work is done remotely.</p></main>", .remote),
            ("<h1>Developer</h1><main><p>You work with your own equipment, at home or at any place with a computer.</p></main>", .remote),
            ("<h1>Designer</h1><main><p>Whether you want to work in Berlin or remotely, both suit us; we meet every quarter.</p></main>", .remote),
            ("<h1>Entwickler</h1><main><p>Du arbeitest vorwiegend im Homeoffice und triffst das Team einmal im Monat.</p></main>", .remote),
            ("<h1>Développeur</h1><main><p>Le télétravail est possible, et le temps partiel accepté (80 % minimum).</p></main>", .hybrid),
            ("<h1>Software Engineer</h1><p>Location: Soho, London</p><p>Remote: Not at the moment</p>", .onSite),
            ("<h1>Entwickler</h1><p>Homeoffice: Nein, aber hybrides Arbeiten ist möglich</p>", .hybrid),
            ("<h1>Campagnestrateeg</h1><p><em>32-36 uur | Almere | Hybride</em></p>", .hybrid),
            ("<h1>Concepteur</h1><dl><dt>Lieu</dt><dd>Lyon, télétravail partiel possible</dd></dl>", .hybrid),
            ("<h1>Redacteur</h1><main><p>Wij bieden een vaste plek op de redactievloer en een thuiswerkregeling voor iedereen.</p></main>", .hybrid),
            ("<h1>Product Engineer</h1><main><p>Wir suchen einen Product Engineer (Remote oder Berlin-Zentrum) für unser Team.</p></main>", .remote),
            ("<h1>Développeur</h1><main><p>Télétravail bienvenu, avec quelques déplacements à prévoir à Paris.</p></main>", .remote),
            ("<h1>Frontend Engineer</h1><p>Location: Global</p>", .remote),
            ("<h1>Engenheiro</h1><main><p>O trabalho é presencial, com fácil acesso à estação de trem.</p></main>", .onSite),
            // home working on a condition, or some of the time, is hybrid; a label's qualifier counts its days
            ("<h1>Webdesigner</h1><p>Standort: Bruchsal</p><ul><li>30 Tage Urlaub</li><li>Homeoffice nach der Einarbeitung</li></ul>", .hybrid),
            ("<h1>Sales Executive</h1><main><p>We offer flexible working hours and a possibility of partial remote work.</p></main>", .hybrid),
            ("<h1>Ingénieur</h1><div><span><strong>Télétravail (2j max/semaine): </strong></span><span>Oui</span></div>", .hybrid),
            ("<h1>Ingénieur</h1><div><span><strong>Télétravail (2j max/semaine): </strong></span><span>Non</span></div>", .onSite),
            // a possibility a few words before home working is some of the time; a policy for it is a perk's name
            ("<h1>IT-Techniker</h1><main><p>Wir bieten die Möglichkeit, nach Absprache im Homeoffice zu arbeiten.</p></main>", .hybrid),
            ("<h1>Sviluppatore</h1><main><p>Lavoriamo in modalità di lavoro ibrida (2/3 giorni in sede).</p></main><ul><li>Remote working policy</li></ul>", .hybrid),
            ("<h1>Analyst</h1><p>Location: Leeds</p><ul><li>Free lunch on Fridays</li><li>Remote working policy</li></ul>", .hybrid),
            // home working part of the time, a mix, a split, a number of days in words, on a condition
            ("<h1>Analyst</h1><p>Location: Leeds</p><main><p>We offer flexible working: partly from home, partly at our office in Leeds.</p></main>", .hybrid),
            ("<h1>Analyst</h1><main><p>You can work from home two days a week.</p></main>", .hybrid),
            ("<h1>Ontwikkelaar</h1><main><p>Twee dagen per week thuiswerken hoort erbij.</p></main>", .hybrid),
            ("<h1>Ergotherapeut</h1><main><p>Familie und Beruf lassen sich vereinbaren, indem wir Homeofficearbeit ermöglichen.</p></main>", .hybrid),
            ("<h1>Software Engineer</h1><p>Location: Tokyo or Remote (negotiable)</p><p>Work Style: Hybrid (3 days in-office)</p>", .hybrid),
            ("<h1>Analyst</h1><main><p>We reply within 3 days. This position is remote.</p></main>", .remote),
            ("<h1>Analyst</h1><main><p>You will split your time between home and our Amsterdam office.</p></main>", .hybrid),
            ("<h1>Analyst</h1><main><p>Flexible hours and the option of working from home.</p></main>", .hybrid),
            ("<h1>Ontwikkelaar</h1><main><p>Flexibel thuiswerken in overleg.</p></main>", .hybrid),
            ("<h1>Ontwikkelaar</h1><main><p>Je kunt deels thuis werken.</p></main>", .hybrid),
            ("<h1>Ontwikkelaar</h1><p>Thuiswerken is bespreekbaar</p>", .hybrid),
            ("<h1>Entwickler</h1><p>Mobiles Arbeiten ist teilweise möglich</p>", .hybrid),
            ("<h1>Entwickler</h1><main><p>Wir bieten die Möglichkeit zur mobilen Arbeit.</p></main>", .hybrid),
            ("<h1>Entwickler</h1><main><p>Du kannst teilweise von zu Hause arbeiten.</p></main>", .hybrid),
            // "Modalité" alone labels the arrangement; home-based work is remote, as a value or a place
            ("<h1>Développeur</h1><p>Modalité : Télétravail partiel</p>", .hybrid),
            ("<h1>Analyst</h1><p>Place of work: home-based, UK</p>", .remote),
        ]
        for (html, expected) in cases {
            let p = try #require(read(html))
            #expect(p.workplace == expected, "\(html)")
            #expect(p.remote == (expected == .remote))
        }
        // "or" before a tool's "remote" says nothing of the work's place
        #expect(WorkArrangement.inText("You will use remote access tools or remote desktop software every day.") == nil)
        // the page's own statement beats markup that says only TELECOMMUTE
        let p = try #require(read("""
            <script type="application/ld+json">{"@type":"JobPosting","title":"Engineer","jobLocationType":"TELECOMMUTE",
            "jobLocation":{"address":{"addressLocality":"Berlin"}}}</script><h1>Engineer</h1><p>Hybrid</p>
            """))
        #expect(p.workplace == .hybrid && p.remote == false && p.evidence["remote"] == "header")
        // markup whose place is the choice of home or the office: the arrangement, and the page's own place
        let h = try #require(read("""
            <script type="application/ld+json">{"@type":"JobPosting","title":"Project Manager","jobLocation":{"address":"Home or the office"},
            "hiringOrganization":{"name":"Kestrel"}}</script><h1>Project Manager</h1><p>You plan our projects with our clients.</p>
            <footer><p>Kestrel</p><p>Lindenhoevestraat 43, 1096 DV, Amsterdam</p></footer>
            """))
        #expect(h.workplace == .hybrid && h.remote == false && h.location == "1096 DV Amsterdam", "\(h.location ?? "nil") \(h.evidence)")
        // a description in the markup cut short: the page's own text states the arrangement
        let q = try #require(read("""
            <script type="application/ld+json">{"@type":"JobPosting","title":"Online Marketeer","description":"In deze rol zorg jij…",
            "hiringOrganization":{"name":"Kestrel"},"jobLocation":{"address":{"addressLocality":"Amsterdam"}}}</script>
            <h1>Online Marketeer</h1><ul><li>de vrijheid om thuiswerken en op kantoor werken af te wisselen</li></ul>
            """))
        #expect(q.workplace == .hybrid && q.remote == false && q.evidence["remote"] == "page")
    }

    @Test func skillsWithContextAndJSONLDFields() throws {
        let m = SkillMatcher()
        // ordinary words are no skills without a technical neighbour
        #expect(m.skills(in: "Please react quickly. React to customer needs and contribute to the exchange of ideas.").isEmpty)
        #expect(m.skills(in: "Frontend in React and TypeScript").map(\.name) == ["React", "TypeScript"])
        // two ambiguous names in a list vouch for each other; a verb and a noun do not
        #expect(m.skills(in: "Backend services in Go and Rust.").map(\.name) == ["Go", "Rust"])
        #expect(m.skills(in: "Written in Swift, Go or Rust").map(\.name) == ["Swift", "Go", "Rust"])
        #expect(m.skills(in: "Tools left outside go and rust in the rain.").isEmpty)
        #expect(m.skills(in: "Let it Go and Go again").isEmpty)
        // an ordinary adjective is no skill alone
        #expect(m.skills(in: "Mechanical design of gearboxes").isEmpty)
        // required and nice-to-have in German, French and Spanish sections
        let de = m.skills(in: "Dein Profil\nPython und Docker\nWünschenswert\nKubernetes")
        #expect(de.map(\.name) == ["Python", "Docker", "Kubernetes"] && de.map(\.niceToHave) == [false, false, true])
        let fr = m.skills(in: "Profil recherché\nJava\nUn plus\nScala")
        #expect(fr.map(\.niceToHave) == [false, true])
        let es = m.skills(in: "Requisitos\nSQL\nSe valorará\nTableau")
        #expect(es.map(\.niceToHave) == [false, true])
        // JSON-LD skills and qualifications are read too, not only the description
        let p = try #require(read("""
            <script type="application/ld+json">{"@type":"JobPosting","title":"Data Engineer","description":"<p>Join us.</p>",
            "skills":["Python","Apache Airflow"],"qualifications":"Experience with PostgreSQL. Preferred: Snowflake"}</script>
            """))
        #expect(p.skills.map(\.name) == ["Python", "Airflow", "PostgreSQL", "Snowflake"])
    }

    @Test func pageTitleWithoutHeadingReadByWhatEachPartNames() throws {
        // no h1: the segment naming a role is the job, the other the employer, whichever comes first
        let pages = [
            ("<title>Brandt Logistik GmbH - Lagerist (m/w/d)</title><p>Wir suchen Verstärkung.</p>", "Lagerist (m/w/d)", "Brandt Logistik GmbH"),
            ("<title>Careers | Halden Foods | Data Engineer in Leeds</title><p>Join us.</p>", "Data Engineer in Leeds", "Halden Foods"),
            ("<title>Maison Perrin - Chef de cuisine</title><p>Rejoignez-nous.</p>", "Chef de cuisine", "Maison Perrin"),
            ("<title>Ontwikkelaar Java - Veldkamp BV</title><p>Solliciteer nu.</p>", "Ontwikkelaar Java", "Veldkamp BV"),
        ]
        for (html, title, company) in pages {
            let p = try #require(read(html))
            #expect(p.title == title && p.company == company, "\(html)")
        }
        // an h1 still decides the title
        let h1 = try #require(read("<title>Brandt Logistik GmbH - Lagerist (m/w/d)</title><h1>Lagerist (m/w/d)</h1>"))
        #expect(h1.title == "Lagerist (m/w/d)" && h1.evidence["title"] == "h1")
    }

    @Test func placeInAHeaderLineOfFacts() throws {
        // a place between the dots of a header line of facts is the location; the other facts are not
        let p = try #require(read("""
            <h1>Warehouse Operative</h1><p>Northway Freight</p>
            <p>Leeds, England, United Kingdom · 1 week ago · 48 applicants</p><p>Pick and pack orders.</p>
            """))
        #expect(p.location == "Leeds, England, United Kingdom" && p.evidence["location"] == "header")
        let bars = try #require(read("<h1>Kok</h1><p>Full-time | Utrecht, Netherlands | €2.800 per maand</p>"))
        #expect(bars.location == "Utrecht, Netherlands")
        // a line of facts without a place gives none
        let none = try #require(read("<h1>Kok</h1><p>Full-time · 2 days ago · 12 applicants, 3 interviews</p>"))
        #expect(none.location == nil)
    }

    @Test func evidenceIsInTheOutput() throws {
        let p = try #require(read("<title>Welder – Acme</title><h1>Welder</h1><p>Location: Gent</p>"))
        let json = p.json
        #expect(json["evidence"]?["title"]?.stringValue == "h1")
        #expect(json["evidence"]?["location"]?.stringValue == "label")
        #expect(json["evidence"]?["company"]?.stringValue == "title")
        #expect(json["evidence"]?["remote"]?.stringValue == "unstated")
        let unplaced = try #require(read("<h1>Welder</h1>")).json
        #expect(unplaced["evidence"]?["remote"] == .null)
    }

    @Test func otherPostingsAreNotThisOne() throws {
        let posting = "<h1>Payments engineer</h1><div><p>You will build our payment platform in Kotlin, with a team of five.</p></div>"
        func others(_ heading: String) -> String {
            "<div><h3>\(heading)</h3><ul><li>Senior engineer, Search. USD 170K. C++ | BigQuery | Rust</li>"
                + "<li>Data engineer, Ads. USD 150K. Snowflake | dbt | Airflow | Python</li></ul></div>"
        }
        for heading in ["Related jobs", "ÄHNLICHE STELLEN", "Offres similaires", "Vergelijkbare vacatures", "Offerte simili"] {
            let p = try #require(read("<main>\(posting)\(others(heading))</main>"))
            #expect(p.skills.map(\.name) == ["Kotlin"], "\(heading)")
            #expect(!(p.description ?? "").contains("Snowflake"))
        }
        // the same list under a heading of the posting's own is read
        #expect(try #require(read("<main>\(posting)\(others("Our stack"))</main>")).skills.map(\.name).contains("BigQuery"))
        // a list named for similar jobs holds other postings' labels, not this one's
        let named = try #require(read("""
            <h1>Senior Software Engineer - Java</h1><p>You will build our payment platform in Kotlin.</p>
            <div class="jobs-similar-jobs"><h2>More jobs</h2></div><ul class="card-list js-similar-jobs-list">\
            <li><div>Job Title</div><div>Lead Java Developer</div><div>Location</div><div>Omaha, NE</div></li></ul>
            """))
        #expect(named.title == "Senior Software Engineer - Java" && named.location == nil)
        // three different employers and places named by their class are a list's cards, whatever its heading
        let cards = (["Dash Labs", "Orbit Dynamics", "Luo"].enumerated().map { k, name in
            "<div class='job-card'><a href='/j/\(k)'>Frontend Developer</a><span class='job-card-company'>\(name)</span>"
                + "<span class='job-card-location'>\(["Africa", "Europe", "Belgium"][k])</span></div>"
        }).joined()
        let listed = try #require(read("""
            <head><title>Senior Frontend Engineer at Slate</title></head><h1>Senior Frontend Engineer</h1><p>at</p><p>Slate</p>
            <p>You will own the brand experience of our design tool, in TypeScript and React.</p>
            <p>You will design and build systems that keep brands consistent.</p><p>You will work with product and design.</p>
            <p>You will review code and mentor others.</p><p>You will care about accessibility.</p><div>\(cards)</div>
            """))
        #expect(listed.company == "Slate" && listed.location != "Africa")
        #expect(listed.evidence["company"] != "class" && listed.evidence["location"] != "class")
    }

    @Test func linksToTheEmployersPage() throws {
        let body = "<p>We need someone to run our warehouse in two shifts, with a forklift licence.</p>"
        // the path names the company and spells the link's text
        let spelled = try #require(read("<h1>Lagerist (m/w/d)</h1><a href='/arbeitgeber/mueller-logistik-gmbh'>Müller Logistik GmbH</a>\(body)"))
        #expect(spelled.company == "Müller Logistik GmbH" && spelled.evidence["company"] == "link")
        // a query key names it; the link's words lead to the name
        let query = try #require(read("<h1>Forklift driver</h1><a href='jobs.asp?employerid=8812'>More jobs from Baxter Freight</a>\(body)"))
        #expect(query.company == "Baxter Freight")
        // a directory of employers names none of them; nor does a link in a "Related jobs" block
        let many = (1...5).map { "<li><a href='/company/c\($0)'>Firm \($0)</a></li>" }.joined()
        #expect(try #require(read("<h1>Forklift driver</h1><ul>\(many)</ul>\(body)")).company == nil)
        let related = "<div><h3>Related jobs</h3><a href='/company/zeta'>Zeta Corp</a></div>"
        #expect(try #require(read("<h1>Forklift driver</h1>\(body)\(related)")).company == nil)
        // a menu link to the list of companies is no employer
        #expect(try #require(read("<h1>Forklift driver</h1><a href='/companies/'>Companies</a>\(body)")).company == nil)
        // nor is a link named for the page it opens ("our Handshake profile")
        let profile = "<p>Apply on our <a href='https://app.example/employers/kestrel'>Handshake profile</a>.</p>"
        #expect(try #require(read("<h1>Forklift driver</h1>\(body)\(profile)")).company == nil)
    }

    @Test func theEmployersAccountOnAnApplicantTrackingSystem() throws {
        #expect(Board.account(of: WebURL("https://acme-corp.wd5.myworkdayjobs.com/External/job/Berlin/R1")!) == "acme-corp")
        #expect(Board.account(of: WebURL("https://careers-globex.icims.com/jobs/1234/job")!) == "globex")
        #expect(Board.account(of: WebURL("https://jobs.lever.co/initech/5a3bd23a")!) == "initech")
        #expect(Board.account(of: WebURL("https://www.example.com/jobs/1")!) == nil)
        // (the heading that speaks of Initech stands apart from the title: right under it, it would name the employer)
        let page = "<title>Engineer | Globex</title><h1>Engineer</h1>"
            + "<p>We build payment software and need an engineer for our team in Leeds.</p><h3>About Initech</h3><p>Founded in 1999.</p>"
        #expect(try #require(read(page)).company == "Globex")
        let onBoard = try #require(read(page, url: "https://jobs.lever.co/initech/5a3bd23a"))
        #expect(onBoard.company == "Initech" && onBoard.evidence["company"] == "text")
        // nothing on the page spells the account: the account's words are the employer
        let bare = try #require(read("<h1>Engineer</h1><p>We build payment software and need an engineer.</p>",
                                     url: "https://umbrella-labs.teamtailor.com/jobs/42-engineer"))
        #expect(bare.company == "Umbrella Labs" && bare.evidence["company"] == "url")
    }

    @Test func theBoardsHeaderUnderTheTitle() throws {
        let desc = "<p>You will review policy research for the committees and advise their members every week.</p>"
        // title, employer, place: the line under the title is the employer
        let p = try #require(read("<title>Head of Policy Research - Jobs</title><h1>Head of Policy Research</h1>"
                                  + "<p>House of Lords</p><p>Apply before 10:00 pm on 2 July</p>\(desc)"))
        #expect(p.company == "House of Lords" && p.evidence["company"] == "header")
        // a place, a contract kind or a role under the title is no employer
        for under in ["Leeds, England", "Full-time", "Senior Analyst"] {
            #expect(try #require(read("<h1>Head of Policy Research</h1><p>\(under)</p>\(desc)")).company == nil, "\(under)")
        }
        // a class that names both the company and the location says neither
        let both = try #require(read("<h1>Developer</h1><p class='company-name-location'>NeoTreks, Inc. · Ostrava</p>\(desc)"))
        #expect(both.evidence["company"] != "class" && both.evidence["location"] != "class")
        // a logo's placeholder letter is no name
        #expect(try #require(read("<h1>Developer</h1><a class='company-name-link'><span>I</span></a>\(desc)")).company == nil)
    }

    @Test func aTableOfContentsHoldsNoValues() throws {
        let p = try #require(read("<h1>Head of Research</h1><ul><li>Location</li><li>About the job</li><li>Benefits</li></ul>"
                                  + "<h2>Location</h2><p>Westminster</p><h2>About the job</h2><p>You will lead research.</p>"))
        #expect(p.location == "Westminster")
    }

    @Test func theJobTheSentencesHireFor() throws {
        // a board of tables: the title is bold, the page title and heading are the site's
        let page = "<title>SAIC: Careers: Career Opportunities</title><h1>Career Opportunities</h1>"
            + "<table><tr><td><strong>Course Tutor</strong></td><td>Part Time</td></tr></table>"
            + "<p>The Mission Integration Unit of SAIC is searching for a Course Tutor to support a program onsite.</p>"
        let p = try #require(read(page))
        #expect(p.title == "Course Tutor" && p.evidence["title"] == "text")
        // "a talented engineer" is no title: the phrase must be written as one
        let lower = "<h1>Backend Engineer</h1><p>We are looking for a talented engineer to join our payments team now.</p>"
        #expect(try #require(read(lower)).title == "Backend Engineer")
    }

    @Test func aTrailThatEndsOnThePage() throws {
        // the footer's trail ends on the posting: its last item is the heading, not furniture
        let trail = "<footer><ul><li><a href='/'>Jobs</a></li><li><a href='/it'>IT</a></li><li><a href='/it/x'>Fullstack Developer (m/w/d)</a></li></ul></footer>"
        let page = "<title>Fullstack Developer (m/w/d) - Job Offer at Rocken - jobs.example</title><h1>Fullstack Developer (m/w/d)</h1>"
            + "<p>We build medical devices and need a developer for their software in Cham.</p>\(trail)"
        #expect(try #require(read(page)).title == "Fullstack Developer (m/w/d)")
        // a layout grid that names a "similarJobs" area in utility classes still holds the posting
        let grid = "<div class='d_grid grid-template-areas_&quot;jobAd&quot;_&quot;similarJobs&quot;'><h1>Data Engineer</h1>"
            + "<p>Pipelines in Python and Airflow for our logistics platform, with a team of four.</p></div>"
        let g = try #require(read(grid))
        #expect(g.title == "Data Engineer" && g.skills.map(\.name).contains("Airflow"))
        // a trail whose last item is no link: "<a>Home</a> › <a>Jobs</a> › <span>…</span>"
        let span = "<nav class='crumbs'><a href='/'>Home</a> › <a href='/jobs/'>Jobs</a> › <span>Frontend Developer (f/m)</span></nav>"
        let q = try #require(read("<head><meta property='og:title' content='Frontend Developer (f/m) · Kestrel Labs | Jobs'></head>"
                                  + "<main>\(span)<h1>Frontend Developer (f/m)</h1><p>Work in Berlin or remotely.</p></main>"))
        #expect(q.title == "Frontend Developer (f/m)")
    }

    @Test func aPlaceInTheTrailThatEndsOnThePage() throws {
        // the trail's items before the heading may place the posting; a menu of towns does not
        let trail = "<nav><ol><li><a href='/'>Jobs</a></li><li><a href='/tx'>Texas</a></li><li><a href='/tx/austin'>Austin, TX</a></li>"
            + "<li>Senior Accountant</li></ol></nav>"
        let desc = "<p>You will close the books every month for our retail stores and report to the controller.</p>"
        let p = try #require(read("<body>\(trail)<main><h1>Senior Accountant</h1>\(desc)</main></body>"))
        #expect(p.location == "Austin, TX" && p.evidence["location"] == "breadcrumb")
        let menu = "<nav><ul><li><a href='/berlin'>Berlin</a></li><li><a href='/hamburg'>Hamburg</a></li><li><a href='/koeln'>Köln</a></li></ul></nav>"
        #expect(try #require(read("<body>\(menu)<main><h1>Senior Accountant</h1>\(desc)</main></body>")).location == nil)
        // a trail of links closed by the page's own text
        let bare = "<nav class='breadcrumb'><a href='/'>Home</a> &gt; <a href='/jobs'>Jobs</a> &gt; <a href='/jobs/berlin'>Berlin</a>"
            + " &gt; Senior Accountant</nav>"
        let q = try #require(read("<body>\(bare)<main><h1>Senior Accountant</h1>\(desc)</main></body>"))
        #expect(q.location == "Berlin" && q.evidence["location"] == "breadcrumb")
    }

    @Test func aTownThatEndsTheURLAfterTheJob() throws {
        let desc = "<p>You will close the books every month for our retail stores in the heart of Berlin.</p>"
        let p = try #require(read("<h1>Senior Accountant</h1>\(desc)", url: "https://acme.example/jobs/senior-accountant-berlin.html"))
        #expect(p.location == "Berlin" && p.evidence["location"] == "url")
        // as the page writes it, or not at all; and only after the job's words
        #expect(try #require(read("<h1>Senior Accountant</h1><p>You will close the books.</p>",
                                  url: "https://acme.example/jobs/senior-accountant-berlin")).location == nil)
        #expect(try #require(read("<h1>Senior Accountant</h1>\(desc)", url: "https://acme.example/berlin")).evidence["location"] != "url")
    }

    @Test func aBoardThatNamesTheEmployerTwice() throws {
        // a trail of links closed by a span ends on the page; the employer the page title and the
        // line under the heading both name is not the site (a board without links to employers)
        let page = """
            <head><meta property="og:site_name" content="Open Studio Jobs">
            <meta property="og:title" content="Frontend Developer (f/m) · Kestrel Labs | Open Studio Jobs"></head>
            <body><nav><a href="/">Home</a></nav><main><nav class="breadcrumb"><a href="/">Home</a> › <a href="/jobs/">Jobs</a> ›
            <span>Frontend Developer (f/m)</span></nav><header><span>filled</span><h1>Frontend Developer (f/m)</h1>
            <p>Kestrel Labs</p><p>Frontend Developer</p><p>Posted 25 November 2015</p></header>
            <p>Whether you want to work in Berlin or remotely, we meet for a few days every quarter.</p></main>
            <footer><p>© 2024 Open Studio Jobs</p></footer></body>
            """
        let p = try #require(read(page, url: "https://openstudio.example/jobs/frontend-developer/"))
        #expect(p.title == "Frontend Developer (f/m)" && p.company == "Kestrel Labs")
        // a section heading under a repeated title names no one ("Profiel")
        let own = """
            <head><meta property="og:site_name" content="Kestrel Robotics"></head>
            <h3>vacature</h3><h2>Project Engineer</h2><p>Als project engineer word je verantwoordelijk voor robotinstallaties.</p>
            <h2>Project Engineer</h2><h3>Profiel</h3><p>Je hebt een technisch diploma.</p>
            """
        #expect(try #require(read(own)).company == "Kestrel Robotics")
    }

    @Test func aTrailOfTwoItemsInABlockNamedForOneEndsOnThePage() throws {
        // "Inicio › Senior Software Engineer": the trail's end is the page's own heading, not the site's furniture,
        // though the page's many h1s weigh little
        let related = (1...4).map { "<div class='slide'><h1>Network Engineer \($0)</h1></div>" }.joined()
        let page = """
            <head><title>Senior Software Engineer &#8211; Nordwave</title></head><body><header><a href="/">Inicio</a></header>
            <nav class="breadcrumb-trail breadcrumbs"><ul class="trail-items"><li class="trail-item"><a href="/">Inicio</a></li>
            <li class="trail-item trail-end"><span>Senior Software Engineer</span></li></ul></nav>
            \(related)<h1>Senior Software Engineer</h1><h2>Argentina</h2><p>Buscamos un ingeniero con Java y SQL.</p></body>
            """
        let p = try #require(read(page, url: "https://nordwave.example/empleos/senior-software-engineer/"))
        #expect(p.title == "Senior Software Engineer" && p.company == "Nordwave")
    }

    @Test func applicantTrackingSystemsAndOldBoards() throws {
        let desc = "<p>The clerk processes invoices and payments for the company and its subsidiaries, every day.</p>"
        // the title over a block of facts, no heading anywhere (Taleo-like); the page title is generic
        let facts = try #require(read("<title>Position Description</title><div>Accounts Payable Clerk</div>"
                                      + "<table><tr><td>Location:</td><td>Headquarters</td></tr><tr><td>Job Code:</td><td>103</td></tr></table>\(desc)"))
        #expect(facts.title == "Accounts Payable Clerk" && facts.evidence["title"] == "header")
        // a name whose legal form is the label's word ("Company:" / "Wm. Kestrel Jr. Company") is its value
        let named = try #require(read("<title>Kestrel.com :: Careers - CCC</title><p>Careers</p><p>QA Packaging Engineer</p>"
                                      + "<p>Location:</p><p>US-IL-Yorkville</p><p>Company:</p><p>Wm. KESTREL Jr. Company</p>\(desc)"))
        #expect(named.company == "Wm. KESTREL Jr. Company")
        // test attributes name fields; a site's menu links named "company" are its own, not the employer
        let seek = try #require(read("<title>Engineer Job in Sydney NSW - SEEK</title><meta property='og:site_name' content='SEEK'>"
                                     + "<div><a data-automation='company reviews'>Explore companies</a></div><h1>Engineer</h1>"
                                     + "<span data-automation='advertiser-name'>Girraphic Park Pty Ltd</span>"
                                     + "<span data-automation='job-detail-location'>Sydney NSW</span>\(desc)",
                                     url: "https://www.seek.com.au/job/1"))
        #expect(seek.company == "Girraphic Park Pty Ltd" && seek.location == "Sydney NSW")
        // a site's own subdomain names it: its h1 is the site's tagline, not the job
        let board = try #require(read("<title>JobOnline > Educo Ltd Maths Tutor vacancy, posted on 13/10/2017</title>"
                                      + "<h1>JobOnline: Find Graduate Jobs, Schemes and Internships</h1>\(desc)",
                                      url: "https://jobonline.careers.example/DisplayVacancy.aspx?id=1"))
        #expect(board.title == "Educo Ltd Maths Tutor")
        // "Why Join Acme?" names Acme
        #expect(LabelledLines(lines: ["Why Join Sapien Technology?"]).employerMentions?.0 == "Sapien Technology")
    }

    @Test func underASectionHeading() throws {
        // the h1 is the section's ("Careers"); the posting's title is the heading below, not the blog's sidebar
        let page = "<title>Careers - Facile Engineering</title><header><h2>Facile Engineering</h2></header>"
            + "<aside><h3>Recent Posts</h3><ul><li><a href='/a'>Is it all OPCache's fault?</a></li></ul></aside>"
            + "<h1>Careers</h1><h3>Web Developer</h3><p>Siamo alla ricerca di sviluppatori PHP di grande esperienza.</p>"
        let p = try #require(read("<meta property='og:title' content='Careers'>" + page, url: "https://engineering.facile.example/careers/"))
        #expect(p.title == "Web Developer")
        // og:title holds the section alone: the title tag says who the site is, the employer's own
        #expect(p.company == "Facile Engineering")
    }

    @Test func anArrangementAndItsPlaceOnOneLine() throws {
        let p = try #require(read("<h1>Backend Engineer</h1><p>Remote - United States</p><p>Engineering</p>"
                                  + "<p>We build trading software for crypto markets with a small team of engineers.</p>"))
        #expect(p.location == "Remote - United States" && p.remote == true && p.workplace == .remote)
        // a line that only states the arrangement names no place
        let bare = try #require(read("<h1>Backend Engineer</h1><p>Hybrid</p><p>We build trading software for crypto markets.</p>"))
        #expect(bare.location == nil && bare.workplace == .hybrid)
    }

    @Test func workInTheEmployersOffices() {
        #expect(WorkArrangement.inText("Es un trabajo a tiempo completo en nuestras oficinas en Palermo.") == .onSite)
        #expect(WorkArrangement.inText("Du arbeitest in unserem Büro in Köln.") == .onSite)
        #expect(WorkArrangement.inText("This role is full time, based on-site in our Sydney office.") == .onSite)
        #expect(WorkArrangement.stated("Limited remote") == .hybrid)
        #expect(WorkArrangement.stated("Remota") == .remote)
        // two days a week in the office is hybrid, whatever else the text says
        #expect(WorkArrangement.inText("Two days a week in our offices in Leeds, the rest from home.") == .hybrid)
    }

    @Test func headersOfBoardsAcrossEurope() throws {
        let desc = "<p>Do you wish to make an impact on the products of the future? Apply today and join our pilot plant.</p>"
        // employer and a postcode-first place over the title, past the buttons
        let dk = try #require(read("<p>Save</p><p>Novo Nordisk A/S</p><p>2880 Bagsværd</p><p>Share</p><h1>Pilot Scientist</h1>\(desc)"))
        #expect(dk.company == "Novo Nordisk A/S" && dk.location == "2880 Bagsværd")
        // … but not the last item of a menu over the title
        let menu = ["Blog", "Services", "Team", "Jobs", "Blockchain"].map { "<p>\($0)</p>" }.joined()
        #expect(try #require(read("\(menu)<h1>Java Developer</h1>\(desc)")).company == nil)
        #expect(LabelledLines.postcodeFirst("1012 AB Amsterdam") && LabelledLines.postcodeFirst("75001 Paris"))
        #expect(!LabelledLines.postcodeFirst("2023 Annual Report 2024") && !LabelledLines.postcodeFirst("1200 employees"))
        // (a Dutch postcode may join its letters to its digits: the footer's address of an employer's own site)
        #expect(LabelledLines.postcodeFirst("1026CH Amsterdam") && !LabelledLines.postcodeFirst("2024AB testing"))
        let footer = try #require(read("""
            <head><title>Rijinstructeur | Autorijschool Daisy</title></head><h1>Rijinstructeur</h1>\(desc)
            <footer><p>Autorijschool Daisy</p><p>Durgerdammerdijk 138</p><p>1026CH Amsterdam</p></footer>
            """))
        #expect(footer.location == "1026CH Amsterdam" && footer.evidence["location"] == "footer")
        // "Als DevOps engineer bij DevPort …": the employer of the role the sentence opens with
        #expect(LabelledLines.roleAtEmployer("Als DevOps engineer bij DevPort ben je verantwoordelijk") == "DevPort")
        #expect(LabelledLines.roleAtEmployer("As a Data Engineer at Acme Corp, you will build pipelines.") == "Acme Corp")
        #expect(LabelledLines.roleAtEmployer("As a team we value honesty") == nil)
        // "at" the employer, then "we", in the other languages
        #expect(LabelledLines.atEmployerWe("Bij Avocado Media vertalen wij sinds 2016 vraagstukken") == "Avocado Media")
        #expect(LabelledLines.atEmployerWe("Chez Dupont et Fils, nous fabriquons des meubles") == "Dupont et Fils")
        #expect(LabelledLines.atEmployerWe("Bei Fragen stehen wir Ihnen zur Verfügung") == nil)
        #expect(LabelledLines.atEmployerWe("Bij Avocado Media is het leuk") == nil)
        // … and with a verb that says "we" by itself, in Spanish, Portuguese and Italian; "vi" in the Nordic languages
        #expect(LabelledLines.atEmployerWe("En Panadería García llevamos 30 años horneando pan.") == "Panadería García")
        #expect(LabelledLines.atEmployerWe("Na Padaria Lopes trabalhamos com produtos frescos.") == "Padaria Lopes")
        #expect(LabelledLines.atEmployerWe("Presso Rossi Srl cerchiamo persone motivate.") == "Rossi Srl")
        #expect(LabelledLines.atEmployerWe("Hos Nordisk Bygg arbetar vi med omtanke.") == "Nordisk Bygg")
        #expect(LabelledLines.atEmployerWe("En España trabajamos con clientes de todo el mundo.") == nil)
        #expect(LabelledLines.atEmployerWe("En Agosto comenzamos el proyecto.") == nil)
        #expect(LabelledLines.atEmployerWe("En Panadería García hay buen ambiente.") == nil)
        // (after "No" or "En", words of other uses, a pronoun is no sign: "No Sponsorship, we cannot …")
        #expect(LabelledLines.atEmployerWe("No Sponsorship, we cannot offer visas.") == nil)
        #expect(LabelledLines.atEmployerWe("En Bref, nous recrutons.") == nil)
        // … and the page reader reaches them
        let hos = try #require(read("<h1>Snickare</h1><p>Hos Nordisk Bygg arbetar vi med omtanke om varje detalj.</p><p>Du bygger hus.</p>"))
        #expect(hos.company == "Nordisk Bygg")
        let why = try #require(read("<h1>Front-end Developer</h1><p>Je bouwt websites voor onze klanten.</p>"
                                    + "<h2>Waarom Avocado Media?</h2><p>Bij Avocado Media werken wij met plezier.</p>"))
        #expect(why.company == "Avocado Media")
        // a board's word before the title
        #expect(try #require(read("<h1>Vacature Junior Adviseur</h1>\(desc)")).title == "Junior Adviseur")
        #expect(try #require(read("<h1>Vaga para Developer</h1>\(desc)")).title == "Developer")
        // a page title that ends in the site owner's name after its institution's, and reads as no role, is the
        // site's: the heading names the job
        let unit = try #require(read("<head><title>Inria/Irisa Kestrel Team</title><meta property=\"og:site_name\" content=\"Kestrel Team\"></head>"
                                     + "<body><h1>Analyse de traces d'exécution par des modèles de langue</h1>\(desc)"
                                     + "<footer>© 2024 Kestrel Team</footer></body>"))
        #expect(unit.title == "Analyse de traces d'exécution par des modèles de langue")
        // a line that says what the vacancy is for names the job, over a page title of the site's
        let vacancy = try #require(read("<head><title>Web Software Development — Kestrel:labs</title>"
                                        + "<meta property=\"og:title\" content=\"Web Software Development\"></head>"
                                        + "<h2>Designer</h2><h3>Vaga para Designer</h3>\(desc)"))
        #expect(vacancy.title == "Designer")
        #expect(try #require(read("<h1>Vacancy for Senior Accountant</h1>\(desc)")).title == "Senior Accountant")
        #expect(try #require(read("<h1>Offre d'emploi : Chef de projet</h1>\(desc)")).title == "Chef de projet")
        // … and an applicant-tracking system's form for it
        let form = try #require(read("<head><title>Job Application for UI/UX Designer at Mozita Digital</title></head>\(desc)"))
        #expect(form.title == "UI/UX Designer" && form.company == "Mozita Digital")
        #expect(try #require(read("<h1>Vacature Verkoopspecialist</h1>\(desc)")).title == "Verkoopspecialist")
        // … before a field that names no role, a careers page's name: the job's title is the heading under it
        let field = try #require(read("<h1>Offre d’emploi Cloud Native</h1><h2>Développeur·euse web à tendance devops</h2>"
                                      + "<h2>Description du poste</h2>\(desc)"))
        #expect(field.title == "Développeur·euse web à tendance devops")
        #expect(PageHeuristics.namesCareersPage("Stellenangebot IT") && !PageHeuristics.namesCareersPage("Stellenangebot: IT"))
        #expect(!PageHeuristics.namesCareersPage("Vacatures Amsterdam") && !PageHeuristics.namesCareersPage("Vacature Dataengineer"))
    }

    @Test func menusOfHeadingsAndTablesOfPostings() throws {
        // a page that sets its menu in h1s: the one the page title agrees with is the title
        let menu = ["Our Company", "Core Values", "Awards", "Events"].map { "<h1>\($0)</h1>" }.joined()
        let p = try #require(read("<title>Other - QA Analyst jobs in Buenos Aires at Verizon</title>\(menu)<h1>QA Analyst</h1>"
                                  + "<table><tr><th>Name</th><th>Type</th><th>Location</th><th>Date</th></tr></table>"
                                  + "<p>You will test the billing platform with a team of twelve in Buenos Aires.</p>"))
        #expect(p.title == "QA Analyst" && p.company == "Verizon" && p.location == "Buenos Aires")
    }

    @Test func aDescriptionInSeveralBlocks() throws {
        // "About us" in one wrapped block, the requirements in the next: both are the posting
        let about = "<div class='body'><div class='p2'><strong>About us</strong><br><br>Ditto helps teams manage their copy "
            + "from design to production with a single source of truth, for thousands of teams in many countries.</div></div>"
        let needs = "<div class='body'><div class='p2'><p><strong>What you bring:</strong></p><ul><li>three years of software "
            + "engineering</li><li>is familiar with React, Node.js and MongoDB</li></ul></div></div>"
        let links = "<div class='body'><ul>" + (1...6).map { "<li><a href='/j/\($0)'>Kotlin engineer, team \($0) in Berlin</a></li>" }.joined()
            + "</ul></div>"
        let p = try #require(read("<h1>Fullstack Engineer</h1><div class='content'>\(about)\(needs)\(links)</div>"))
        #expect(p.skills.map(\.name) == ["React", "Node.js", "MongoDB"])
    }

    @Test func sectionsUnderCaptions() throws {
        // each section a caption in a <span> and its prose: the sections after the first are the posting's too
        func section(_ caption: String, _ text: String) -> String {
            "<div class='mt-3'><span class='text-xl'>\(caption)</span><div class='prose'><p>\(text)</p></div></div>"
        }
        let page = "<h1>Backend Engineer</h1><div class='col'>"
            + section("About the role", "You will build new product lines and manage our database infrastructure, "
                      + "improving workflow run efficiency and scalability for many customers around the world.")
            + section("Technology", "Our frontend is built using React/NextJS. We run our backend using Python and use MongoDB.")
            + "</div>"
        let p = try #require(read(page))
        #expect(p.skills.map(\.name) == ["React", "Next.js", "Python", "MongoDB"])
    }

    @Test func sectionsRightInTheBody() throws {
        // one full-width block per section, each right in the body: the blocks next to the longest are the
        // posting's too, up to the application form; the site's header and footer, and a block of links, are not
        func block(_ heading: String, _ text: String) -> String {
            "<div class='container'><div class='row'><h3>\(heading)</h3></div><div class='row'>\(text)</div></div>"
        }
        let page = "<body><header><a href='/'>Kestrel Soft</a> <a href='/careers'>Careers</a></header>"
            + "<div class='container'><h1>Full Stack Java Developer</h1></div>"
            + "<div class='container-fluid'><a href='#apply'>Apply for this job opening now</a> <a href='/careers'>Back to the careers page of Kestrel Soft</a></div>"
            + block("What we are looking for", "<p>Skilled engineers to join our company and be part of a team that works on "
                    + "the most used competency management tool in Norway, used by the regional health authorities.</p>"
                    + "<p>You will work on a complex application with challenging business logic, with the latest technologies.</p>")
            + block("We would appreciate the following skills", "<p>Knowledge of HTML, CSS, JavaScript</p>"
                    + "<p>Knowledge of Git, Hibernate and Maven is a plus</p>")
            + block("We offer", "<p>A work-life balance that we are very proud of, a competitive salary and private health insurance.</p>"
                    + "<p>Challenging projects, sports activities, seasonal fruit and company events with skilled team members.</p>")
            + "<div class='container'><form><input name='cv'><button>Apply</button></form></div>"
            + block("Other", "<p>Knowledge of Python is what our other teams ask for, in postings of their own, this year.</p>")
            + "<footer><p>Kestrel Soft d.o.o., Bulevar 21, 11070 Novi Beograd, Serbia. All rights reserved.</p></footer></body>"
        let p = try #require(read(page))
        #expect(p.skills.map(\.name) == ["HTML", "CSS", "JavaScript", "Git", "Hibernate", "Maven"])
        // a page of a heading and a paragraph right in the body is read as before: its head is no section
        let q = try #require(read("<html><head><title>Neuer Job bei Kestrel Lab: Wir suchen Communitybuilder*in! (80%, ab Januar 2020)</title>"
                                  + "</head><body><h1>Communitybuilder*in</h1><p>Du baust unsere Community in Berlin auf.</p></body></html>"))
        #expect(q.description == "Communitybuilder*in\nDu baust unsere Community in Berlin auf.")
    }

    @Test func knownTownsAreNoEmployers() throws {
        #expect(Cities.contains("Arnhem") && Cities.contains("arnhem") && !Cities.contains("Reading") && !Cities.contains("Acme"))
        // the page title names the site and its town; the title and the town sit in the page
        let p = try #require(read("<title>Cafe Classen - Arnhem</title><h1>Barmedewerker parttime</h1>"
                                  + "<p>Per direct zijn wij op zoek naar een parttime medewerker voor 12 tot 24 uur per week.</p>"))
        #expect(p.company == "Cafe Classen" && p.location == "Arnhem")
        // a town on its own line next to the title
        let q = try #require(read("<h1>Applied Scientist</h1><p>NeuralWorks</p><p>Santiago</p>"
                                  + "<p>Como Applied Scientist, te sumarás a un equipo de analítica avanzada.</p>"))
        #expect(q.company == "NeuralWorks" && q.location == "Santiago")
    }

    @Test func townsWrittenInThePagesOwnLanguage() throws {
        // GeoNames' other names of big cities: "München", "Milano", "Bruxelles", "Den Haag"
        #expect(["München", "Milano", "Mailand", "Wien", "Bruxelles", "Den Haag", "Bangalore"].allSatisfy { Cities.contains($0) })
        // and no ordinary word: German nouns, a given name, an airport's code
        #expect(!["Humus", "Terminus", "Apotheke", "Minga", "MUC"].contains { Cities.contains($0) })
        let p = try #require(read("<title>Entwickler (m/w/d) in München gesucht</title><h1>Entwickler (m/w/d) in München gesucht</h1>"
                                  + "<p>Wir suchen eine Entwicklerin oder einen Entwickler in Teilzeit für unser Team.</p>"))
        #expect(p.location == "München")
        let q = try #require(read("<h1>Sviluppatore Java</h1><p>Lavorerai nel nostro ufficio in Milano con un team di otto persone.</p>"))
        #expect(q.location == "Milano")
    }

    @Test func aSmallTownInTheTextIsThePlace() throws {
        // a town of under 15,000 people, in the list since it holds GeoNames' towns of 5,000 or more
        let p = try #require(read("<h1>Landschaftsgärtner (m/w/d)</h1><p>Seit 1998 gestalten wir Gärten in der Region.</p>"
                                  + "<p>Wir suchen Verstärkung für unser Team in Salzhemmendorf.</p>"))
        #expect(p.location == "Salzhemmendorf")
    }

    @Test func aFactsLabelAndItsFiguresNameNoEmployer() throws {
        // the line under the title: the hours' model and its figures, then the town ("Arbeitszeitmodell 40 Stunden |
        // Gundelfingen"); the employer is the site's
        let p = try #require(read("<html><head><meta property=\"og:site_name\" content=\"Kalomat\"></head><body>"
                                  + "<h1>Mitarbeiter Lager (w/m/d) Salzhemmendorf</h1><p>Arbeitszeitmodell 40 Stunden | Salzhemmendorf</p>"
                                  + "<p>Wir suchen ab sofort einen Mitarbeiter für unser Lager.</p></body></html>"))
        #expect(p.company == "Kalomat")
        // a name that opens with a fact's word, without figures, stays a name ("Shift Technology")
        #expect(!PostingLabels.opensWithFact("Shift Technology") && PostingLabels.opensWithFact("Arbeitszeitmodell 40 Stunden"))
        #expect(PostingLabels.opensWithFact("Working hours 9 to 5") && !PostingLabels.opensWithFact("Permanent TSB"))
    }

    @Test func anApplyBoxInTheSidebarAndAnAddressUnderItsLabel() throws {
        // a sidebar that repeats the heading is the posting's apply box, not the site's furniture;
        // an address under "Standort" that begins with the employer's name gives its postcode line
        let page = """
            <head><title>Lead Buyer (m/w/d) bei Kestrel-Werk Nenzing GmbH - jobs.example</title>
            <meta property="og:site_name" content="Jobs.example"></head>
            <main><h1>Lead Buyer (m/w/d)</h1><p>Bei Kestrel in Nenzing planen Sie den Einkauf für unsere Krane.</p>
            <h3>Standort</h3><p>Kestrel-Werk Nenzing GmbH</p><p>Dr. Hans Str. 1</p><p>6710 Nenzing</p><p>Österreich (AT)</p></main>
            <aside><div class="apply-box"><h2>Lead Buyer (m/w/d)</h2><p>Kestrel-Werk Nenzing GmbH</p><a href="/apply">Jetzt bewerben</a></div></aside>
            """
        let p = try #require(read(page, url: "https://www.jobs.example/i/7811246"))
        #expect(p.title == "Lead Buyer (m/w/d)" && p.company == "Kestrel-Werk Nenzing GmbH" && p.location == "6710 Nenzing")
    }

    @Test func smallPartsOfEveryBoard() throws {
        let desc = "<p>Ben jij een zelfstandige programmeur met PHP ervaring? Dan zoeken wij jou voor onze webwinkels.</p>"
        // an article's header is the posting's, not the site's chrome; a town between bars is the place
        let p = try #require(read("<header><a href='/'>Home</a></header><article><header><h2>Magento Developer</h2>"
                                  + "<p>VentureBuilders</p><p>Amsterdam  |  Full-time</p></header>\(desc)</article>"))
        #expect(p.title == "Magento Developer" && p.company == "VentureBuilders" && p.location == "Amsterdam")
        // an icon's <title> is no page title; an identifier is no title
        let icon = try #require(read("<svg><title>save-icon</title></svg><h2>C# Mobile Application Developer</h2>\(desc)"))
        #expect(icon.title == "C# Mobile Application Developer")
        // a range of numbers in a page title is one segment
        let range = try #require(read("<title>Webdeveloper 32 - 40 uur p/w Utrecht</title>\(desc)"))
        #expect(range.title == "Webdeveloper 32 - 40 uur p/w Utrecht")
        // a column heading under a label is no value
        let table = try #require(read("<h1>Porter</h1><p>Location</p><p>City</p><p>Location: New York</p>\(desc)"))
        #expect(table.location == "New York")
    }

    @Test func streetAddressesAndItalianLabels() throws {
        let desc = "<p>Hledáme vývojáře do našeho týmu v Brně, práce na backendu bankovních systémů.</p>"
        let cz = try #require(read("<h1>Back End Developer</h1><p>Společnost</p><p>Infosys</p><p>Vlněna 526/1, Brno – Trnitá</p>\(desc)"))
        #expect(cz.company == "Infosys" && cz.location == "Vlněna 526/1, Brno – Trnitá")
        let it = try #require(read("<h1>Sviluppatore Software</h1><p>Luogo:</p><p>Varese</p>\(desc)"))
        #expect(it.location == "Varese")
    }

    @Test func aCategoryUnderAnOrdinaryWord() throws {
        // "Role:" names the category here; the heading the page title repeats is the title
        let p = try #require(read("<title>Senior Front-End Engineer at Hummingbot</title><h1>Senior Front-End Engineer</h1>"
                                  + "<p>Overview</p><p>Company</p><p>More Jobs</p><p>Role: Frontend Developer</p>"
                                  + "<p>We build open-source software for market makers and need a front-end engineer.</p>"))
        #expect(p.title == "Senior Front-End Engineer" && p.company == "Hummingbot")
    }

    @Test func menusCountersAndStreets() {
        #expect(!LabelledLines.postcodeFirst("15508 Wright Brothers Dr") && !LabelledLines.postcodeFirst("10115 Hauptstraße"))
        #expect(LabelledLines.postcodeFirst("10115 Berlin"))
        #expect(PostingLabels.isGeneric("Top Sub Menu") && PostingLabels.isGeneric("Employment Opportunities2"))
        #expect(PostingLabels.isGeneric("Postes vacants") && !PostingLabels.isGeneric("Pipeline Designer"))
        // (and the place they are offered in: a board's tagline, no employer)
        #expect(PostingLabels.isGeneric("Jobs and Career Opportunities in Europe") && PostingLabels.isGeneric("Offres d'emploi en France"))
        #expect(!PostingLabels.isGeneric("Jobs in Kestrel Labs"))
        // (an account's form is none either)
        #expect(PostingLabels.isGeneric("Reset Employer Password") && PostingLabels.isGeneric("Passwort vergessen?"))
        #expect(!PostingLabels.isGeneric("Passwordless Labs"))
        // a section's heading ranked by a word before its noun
        #expect(PostingLabels.isGeneric("Key Responsibilities:") && PostingLabels.isGeneric("Additional Benefits"))
        #expect(!PostingLabels.isGeneric("Key Account Manager") && !PostingLabels.isGeneric("Key Responsibilities Lead"))
        // a site generator's or a template's page title, left as it came
        #expect(PostingLabels.isGeneric("Lovable App") && PostingLabels.isGeneric("React App") && PostingLabels.isGeneric("Document"))
        #expect(!PostingLabels.isGeneric("Document Controller"))
    }

    @Test func theOneSoughtAfterAnArticleUpToTheEmployersOwn() throws {
        func page(_ body: String) -> String {
            "<title>Trans Kontrol - Karriere</title><nav><a href='/'>Start</a><a href='/kontakt'>Kontakt</a></nav>" + body
                + "<p>Wir bieten ein tolles Team und eine faire Bezahlung.</p><footer>© 2024 Trans Kontrol GmbH</footer>"
        }
        let url = "https://transkontrol.de/karriere"
        // the role ends where a preposition takes the employer's own, or at an Italian infinitive after "da"
        for (sentence, role) in [("Wij zoeken een enthousiaste servicemonteur voor onze vestiging.", "enthousiaste servicemonteur"),
                                 ("Vi söker en servicetekniker till vårt team.", "servicetekniker"),
                                 ("Procuramos um técnico de manutenção para a nossa equipa.", "técnico de manutenção"),
                                 ("Cerchiamo un tecnico manutentore da inserire nel nostro team.", "tecnico manutentore"),
                                 // after an article, a role no list knows: the words are the one sought
                                 ("Vi søker en blikkenslager med fagbrev.", "blikkenslager med fagbrev")] {
            let p = try #require(read(page("<h1>Trans Kontrol</h1><p>\(sentence)</p>"), url: url))
            #expect(p.title == role, "\(sentence)")
        }
        // a greeting is no title, nor a heading of words to the reader
        #expect(PostingLabels.isGeneric("Hej!") && PostingLabels.isGeneric("Herzlich willkommen") && PostingLabels.isGeneric("Bienvenue"))
        let q = try #require(read(page("<h1>Hej!</h1><h2>Du kan/gör/är</h2><h2>Webbutvecklare</h2><p>Vi är en liten webbyrå.</p>"),
                                  url: url))
        #expect(q.title == "Webbutvecklare")
    }

    @Test func headingsOfJobsForTheReaderAreNoTitle() throws {
        // whom a page's jobs are for, and the words of those pages in the EU's other languages
        for heading in ["Jobs for you", "Jobs für dich", "Offres d'emploi pour vous", "Vacatures voor jou", "OFERTY PRACY DLA CIEBIE",
                        "Volná pracovní místa", "Vagas para você", "Lediga tjänster"] {
            #expect(PostingLabels.isGeneric(heading), "\(heading)")
        }
        #expect(!PostingLabels.isGeneric("Kontroler biletowy") && !PostingLabels.isGeneric("Oferta pracy: Kierowca")
                && !PostingLabels.isGeneric("Developer for you"))
        let p = try #require(read("<title>Trans Kontrol - praca</title><h1>TRANS KONTROL</h1><h2>OFERTY PRACY DLA CIEBIE</h2>"
                                  + "<h3>KONTROLER BILETOWY</h3><p>Praca w Warszawie, umowa o pracę, elastyczny grafik.</p>"
                                  + "<footer>© 2024 Trans Kontrol</footer>", url: "https://transkontrol.pl/praca"))
        #expect(p.title == "KONTROLER BILETOWY")
        // (a heading's words after them are its job's, known as a role or not)
        let q = try #require(read("<h1>Ledige stillinger: Psykolog eller Psykoterapeut</h1><h2>Om os</h2>"
                                  + "<p>Vi søger en psykolog til vores klinik i Aarhus.</p>"))
        #expect(q.title == "Ledige stillinger: Psykolog eller Psykoterapeut")
    }

    @Test func twoPlacesNamedForTheFieldAreAList() throws {
        // the board's other jobs, each with its place in a "location" element, say nothing of this job's place
        let p = try #require(read("""
            <html><head><title>Analytics Engineer job - Kestrel Games | Board</title></head><body>
            <div id="job_header"><b class="jobtitle">Analytics Engineer</b><br><span class="company">Kestrel Games</span> - <span>Mountain View, CA</span></div>
            <p>We make games for phones, and we need an engineer for our numbers.</p>
            <div><h3>Jobs like this</h3>
            <div><a href="/a">Data Analyst</a><br><span class="company">Tern Software</span> - <span class="location">Palo Alto, CA</span></div>
            <div><a href="/b">Data Engineer</a><br><span class="company">Plover Inc.</span> - <span class="location">Foster City, CA</span></div></div></body></html>
            """))
        #expect(p.location == "Mountain View, CA", "\(p.location ?? "nil") \(p.evidence)")
    }

    @Test func aHeadingThatOffersTheRole() throws {
        // "Become a …", "Devenir …": the role after the words that offer it, without its employer
        let fr = try #require(read("""
            <html><head><title>Recrutement</title></head><body><main><h1>Devenir agent chez Kestrel Sécurité</h1>
            <p>Nous investissons sur nos équipes.</p><h2>Les qualités attendues</h2><p>Empathie et écoute active</p></main></body></html>
            """))
        #expect(fr.title == "agent", "\(fr.title ?? "nil")")
        let en = try #require(read("<h1>Become a Data Engineer</h1><p>Kestrel Labs builds data tools for farms.</p>"))
        #expect(en.title == "Data Engineer", "\(en.title ?? "nil")")
        // ("agent" is a role, in English, French, Spanish and Italian)
        #expect(PostingLabels.readsAsRole("Agent de sécurité") && PostingLabels.readsAsRole("Customer Service Agent"))
    }

    @Test func aRegionAloneInThePageTitleIsAPlace() throws {
        // "… | Vaud": the canton the job is in, no employer
        let p = try #require(read("""
            <html><head><title>Recrutement — devenir agent chez Kestrel Sécurité | Vaud</title></head><body><main>
            <h1>Devenir agent chez Kestrel Sécurité</h1><p>Nous investissons sur nos équipes.</p></main>
            <footer><p>© 2025 Kestrel Sécurité Sàrl</p></footer></body></html>
            """))
        #expect(p.company == "Kestrel Sécurité" && p.location == "Vaud", "\(p.company ?? "nil") \(p.location ?? "nil")")
    }

    @Test func aNordicLegalFormMakesAName() throws {
        // "AB" (aktiebolag) and "ASA" end a company's name as "GmbH" does
        #expect(PostingLabels.readsAsCompany("Watt Heating AB") && PostingLabels.readsAsCompany("Nordvik ASA"))
        #expect(LabelledLines.legalSubject("Watt Heating AB i Eslöv är ett privatägt företag i VVS-branschen.") == "Watt Heating AB")
    }

    @Test func aFootersLegalLinksAndANewsMenuNameNoOne() throws {
        // the links after a copyright line's reservation, and a menu's "News" in Swedish, are no employer
        #expect(PostingLabels.isGeneric("Cookie Policy") && PostingLabels.isGeneric("Aktuellt") && PostingLabels.isGeneric("Om oss"))
        let p = try #require(read("""
            <html><head><title>Werken bij</title></head><body><nav><a href="/">Home</a> <a href="/wie">Wie wij zijn</a></nav>
            <main><h1>Vacature: Trainer Teamontwikkeling</h1><p>Wij zoeken een trainer die teams helpt beter samen te werken.</p>
            <p>Je werkt drie dagen per week met onze klanten.</p></main>
            <footer><p>Volg ons</p><p>©2024 All Rights Reserved | Cookie Policy | Privacy</p></footer></body></html>
            """))
        #expect(p.company == nil, "\(p.company ?? "nil")")
    }

    @Test func aGeneratorsPageTitleIsNoTitle() throws {
        let html = """
            <head><title>Lovable App</title><meta property="og:title" content="Lovable App"></head>
            <body><h1>Voorman<span class="block mt-2">Kestrel Bouw.</span></h1><p>Word onderdeel van een familiebedrijf.</p></body>
            """
        let p = try #require(read(html))
        #expect(p.title == "Voorman" && p.evidence["title"] == "h1")
    }

    @Test func theAddressASaverWroteAtASavedPagesTop() throws {
        func saved(_ html: String) -> String? {
            var bytes = Array(html.utf8)
            return bytes.withUnsafeMutableBufferPointer { PostingReader.savedAddress(UnsafeBufferPointer($0)) }
        }
        #expect(saved("<!DOCTYPE html>\n<!-- saved from url=(0043)https://kestrel.example/careers/engineer -->\n<html>")
                == "https://kestrel.example/careers/engineer")
        #expect(saved("<html><!-- Mirrored from kestrelchain.com/careers/compiler-engineer.html by HTTrack Website Copier/3.x -->")
                == "https://kestrelchain.com/careers/compiler-engineer.html")
        // (a site's home is no posting's address)
        #expect(saved("<!-- Mirrored from kestrelchain.com/ by HTTrack Website Copier/3.x -->") == nil)
        #expect(saved("<html><head><title>Engineer</title>") == nil)
        // the employer a mirrored page's host names, where the page's lines name it too
        let html = """
            <html><!-- Mirrored from kestrelchain.com/careers/compiler-engineer.html by HTTrack Website Copier/3.x -->
            <head><title>Compiler Engineer</title></head><body><h1>Compiler Engineer</h1>
            <p>Deliver code that turns the vision and roadmap of Kestrelchain into monthly milestones.</p></body></html>
            """
        let p = try #require(read(html, url: "file:///home/me/mirror/compiler-engineer.html"))
        #expect(p.company == "Kestrelchain" && p.evidence["company"] == "host")
    }

    @Test func aHeadingOfTheOpeningAndItsEmployer() throws {
        // the header heads its one opening and names the employer over the product the site is named for
        let html = """
            <head><title>Kestrel Product Designer</title><meta property="og:site_name" content="Kestrel"></head>
            <body><h1>Product Designer</h1><h4>Open Position at The Forecast Trust</h4>
            <p>Kestrel is an open-source prediction market. The Forecast Trust supports its development.</p></body>
            """
        let p = try #require(read(html, url: "https://kestrel.example/jobs/product-designer"))
        #expect(p.company == "The Forecast Trust" && p.evidence["company"] == "header")
        #expect(PageHeuristics.careersOf("Offene Stelle bei Kestrel Systems") == "Kestrel Systems")
    }

    @Test func aPlaceThatBasesTheJobInItsTitle() throws {
        // the title's place over the employer's home town in the text
        let html = """
            <h1>Looking for an Experienced US-Based Project Manager</h1>
            <p>Kestrel is a 25+ person company, based in central Tel Aviv and with remote employees around the globe.</p>
            """
        let p = try #require(read(html))
        #expect(p.location == "US" && p.evidence["location"] == "title")
        #expect(PageHeuristics.basedPlace(["Berlin-based", "Backend", "Engineer"]) == "Berlin")
        #expect(PageHeuristics.basedPlace(["Cloud-based", "Platform", "Engineer"]) == nil)
    }

    @Test func aCareersPageOfOneOpeningUnderASlogan() throws {
        let html = """
            <title>Vacatures — Kestrel</title><h1>Bouw de tool die de bouw nog niet had.</h1>
            <h2>Domeinkennis eerst.</h2><p>We runden een bouwbedrijf.</p><h3>Dicht bij de werf</h3>
            \((1...30).map { "<p>Punt \($0) van onze werkwijze.</p>" }.joined())
            <h2>Waar we vandaag mensen voor zoeken.</h2><h3>Founding Engineer (full-stack / AI-product)</h3>
            <p>Je bouwt het product mee van dag één.</p><footer><p>© 2026 Kestrel</p></footer>
            """
        let p = try #require(read(html))
        #expect(p.title == "Founding Engineer (full-stack / AI-product)" && p.evidence["title"] == "h2")
    }

    @Test func aPageTitlesPartAfterTheCareersSitesName() throws {
        // the part the page writes as a line of its own is the job, a role's word or not
        let html = """
            <title>Gojek Jobs | Senior Financial Planning &amp; Analysis</title><nav><a>Home</a><a>Jobs</a></nav>
            <h6>Senior Financial Planning &amp; Analysis</h6><p>Jakarta</p><h3>Requirements</h3>
            <ul><li>Enjoy complex commercial negotiations;</li><li>Lead the FP&amp;A team in the yearly budget.</li></ul>
            """
        let p = try #require(read(html))
        #expect(p.title == "Senior Financial Planning & Analysis" && p.evidence["title"] == "title")
        #expect(p.company == "Gojek")
        // (not where the page never writes it: a tagline, no job)
        let tagline = try #require(read(html.replacingOccurrences(of: "<h6>Senior Financial Planning &amp; Analysis</h6>", with: "")))
        #expect(tagline.title != "Senior Financial Planning & Analysis")
    }

    @Test func aGridOfLabelsUnderTheTitle() throws {
        // the title is a label's value: the line under it is the next label, no employer
        let html = """
            <h2>Offres réservées aux travailleurs handicapés</h2><h3>OFFRE n° 7157P</h3>
            <p>Intitulé du poste</p><p>agent de service</p><p>Code ROME</p><p>K2204 - Nettoyage de locaux</p>
            <p>Type de contrat</p><p>CDD - 4 à 24 mois</p><p>Lieu de travail</p><p>NANTES</p>
            """
        let p = try #require(read(html))
        #expect(p.title == "agent de service" && p.evidence["title"] == "label")
        #expect(p.company == nil && p.location == "NANTES")
    }

    @Test func aQuestionInTheFooterIsNoFurniture() throws {
        // the footer's call to apply names the job over a line break: the heading is still the title
        let html = """
            <title>Registered Massage Therapist | Nexus Massage & Rehab</title>
            <nav><a href="/">Home</a><a href="/team">Our Team</a></nav>
            <main><h1>Registered Massage Therapist</h1><p>Now hiring for our clinic.</p>
            <h3>Treatments We Offer</h3><ul><li>Sports massage</li></ul></main>
            <footer><h2>Interested in applying as a <br><strong>Registered Massage Therapist</strong>?</h2>
            <p>© 2018 - Nexus Massage & Rehab. All rights reserved.</p></footer>
            """
        let p = try #require(read(html))
        #expect(p.title == "Registered Massage Therapist" && p.evidence["title"] == "h1")
    }

    @Test func placeholdersInStructuredAddresses() throws {
        let v = try JSON.parse(#"{"address":{"addressLocality":"Leipzig","addressRegion":"-","postalCode":"04109","addressCountry":"DE"}}"#)
        #expect(Location.text(v) == "Leipzig, Germany")
    }

    @Test func theOwnerOfTheEmployersOwnSiteIsTheEmployer() throws {
        // an employer's own vacancy page: its copyright line, its logo and its host agree
        let own = try #require(read("""
            <header><a href="/"><img src="/img/logo.svg" alt="Logo van Bakkerij Smit"></a></header>
            <h1>Verkoopmedewerker</h1><p>Wij zoeken een verkoopmedewerker voor onze winkel.</p>
            <footer><p>© 2024 Bakkerij Smit B.V. Alle rechten voorbehouden.</p></footer>
            """, url: "https://www.bakkerijsmit.nl/vacatures/verkoopmedewerker"))
        #expect(own.company == "Bakkerij Smit B.V." && own.evidence["company"] == "owner")
        // a board's own copyright line and name are never the employer
        let board = try #require(read("""
            <header><img class="site-logo" alt="Stellenmarkt Nord"></header>
            <h1>Lagerist (m/w/d)</h1><p>Ein Lager sucht Verstärkung.</p>
            <footer><p>© 2024 Stellenmarkt Nord GmbH</p></footer>
            """, url: "https://www.stellenmarkt-nord.de/job/123"))
        #expect(board.company == nil)
        #expect(SiteOwner.isBoardHost("jobindex") && SiteOwner.isBoardHost("stepstone") && SiteOwner.isBoardHost("workable"))
        #expect(!SiteOwner.isBoardHost("networkrail") && !SiteOwner.isBoardHost("werkenbijacme"))
    }

    @Test func anEmployersLogoOnABoardNamesTheEmployer() throws {
        // the board's logo is the site's; the one beside the posting is the employer's
        let page = """
            <header><img src="/logo.png" alt="JobHaven logo"></header>
            <main><img class="avatar" src="/c/99.png" alt="Nordwind Foods logo">
            <h1>Export Manager</h1><p>Lead our export sales.</p></main>
            """
        let p = try #require(read(page, url: "https://www.jobhaven.example/job/99"))
        #expect(p.company == "Nordwind Foods" && p.evidence["company"] == "logo")
        // the logos of a list of other employers say nothing
        let list = try #require(read("""
            <main><h1>Export Manager</h1><p>Lead our export sales.</p>
            <img alt="Alpha logo"><img alt="Beta logo"><img alt="Gamma logo"></main>
            """, url: "https://www.jobhaven.example/job/99"))
        #expect(list.company == nil)
    }

    @Test func aTownTheSentencesOrTheTitleName() throws {
        // nothing labels the place: the town the posting's sentences put the work in
        let es = try #require(read("""
            <h1>Desarrollador web</h1><p>Buscamos un desarrollador con experiencia en React.</p>
            <p>Es un trabajo a tiempo completo en nuestras oficinas en Rosario, Santa Fe.</p>
            """))
        // (with the province that ends the sentence, as written)
        #expect(es.location == "Rosario, Santa Fe" && es.evidence["location"] == "text")
        // the town named most often wins; a region's acronym is no town
        let en = try #require(read("""
            <h1>Support Engineer</h1><p>You will support customers in APAC from our office in Leeds.</p>
            <p>We also have a small team in York. The Leeds office is in the city centre; we meet in Leeds weekly.</p>
            """))
        #expect(en.location == "Leeds")
        // a known town that ends the title
        let nl = try #require(read("<h1>Front-end developer 32 - 40 uur Groningen</h1><p>Wij bouwen apps.</p>"))
        #expect(nl.location == "Groningen" && nl.evidence["location"] == "title")
        #expect(Location.mentioned(in: "Experience in Java and in Go, based in APAC.") == nil)
        // a town and its US state, listed town or not (Troy is also an ordinary word); a sentence
        // about working on site is no place, and does not hide the town
        let us = try #require(read("""
            <h1>DevOps Engineer</h1><p>Kestrel Games seeks a DevOps Engineer for its studio based in Troy, NY.</p>
            <ul><li>Experience in Python, Java or Go</li><li>Interest in working on-site at our office in Troy, NY</li></ul>
            """))
        #expect(us.location == "Troy, NY" && us.evidence["location"] == "text")
        #expect(Location.mentioned(in: "Skills in Design, Research or Sales; based in Crystal Lake, Illinois.")?.town
                == "Crystal Lake, Illinois")
        #expect(Location.mentioned(in: "Experience in Java, C or Go.") == nil)
        // Swedish, Danish and Norwegian "i", Portuguese "em"
        #expect(Location.mentioned(in: "Watt Heating AB i Eslöv är ett privatägt företag i VVS-branschen.")?.town == "Eslöv")
        #expect(Location.mentioned(in: "Trabalhará no nosso escritório em Lisboa, com colegas de todo o país.")?.town == "Lisboa")
        // a town its employer's address gives too counts once more (only where the text names it); a district in
        // brackets after its town is no town of its own
        let twice = "Je gaat naar een conferentie in Ede. We maken graag kennis, bij jou in de buurt of in Nijmegen."
        #expect(Location.mentioned(in: twice)?.town == "Ede")
        #expect(Location.mentioned(in: twice, favouring: { "Nijmegen" })?.town == "Nijmegen")
        #expect(Location.mentioned(in: twice, favouring: { "Arnhem" })?.town == "Ede")
        #expect(Location.mentioned(in: "Unsere Praxis: 30171 Hannover (Südstadt), Sallstraße 1.") == nil)
        #expect(Location.mentioned(in: "Unsere Praxis liegt zentral (Südstadt) und ist gut erreichbar.")?.town == "Südstadt")
        // the employer's town set off after its name, before the verb that seeks the role, over a partner's town
        let seeker = """
            The Pathology Group of the Kestrel Medical Center, Nijmegen (The Netherlands), is seeking a Postdoctoral researcher.
            Our clinical partner is the Cancer Institute in Amsterdam.
            """
        #expect(Location.mentioned(in: seeker)?.town == "Nijmegen")
        #expect(Location.seekerTown(in: "Kestrel GmbH, München, Deutschland, sucht einen Entwickler.") == "München")
        #expect(Location.seekerTown(in: "Kestrel, a studio we admire, is seeking a designer.") == nil)
        // a town's German genitive before a noun is the town
        #expect(Location.mentioned(in: "Als Verstärkung für das Team in Hannovers Südstadt.")?.town == "Hannover")
        #expect(Location.mentioned(in: "Wir arbeiten in Berlins Mitte.")?.town == "Berlin")
        // … not a word before a role ("Sales Manager" is no Sale's); English's article "a" before a name of more words
        // than the town's puts no one in it, Italian's before the town alone does
        #expect(Location.mentioned(in: "As a Sales Manager for Vgulp, you sell.") == nil)
        #expect(Location.mentioned(in: "You are a Mongo Hero or a Neo4j King.") == nil)
        #expect(Location.mentioned(in: "Lavorerai a Milano, nel nostro ufficio.")?.town == "Milano")
        #expect(Location.mentioned(in: "Il posto di lavoro è a Torino.\nYour role")?.town == "Torino")
        // the heart or the centre of a town, in the languages read
        #expect(Location.mentioned(in: "Een kantoor in hartje Amsterdam, 2 minuten lopen vanaf CS.")?.town == "Amsterdam")
        #expect(Location.mentioned(in: "Our office is in the heart of Leeds.")?.town == "Leeds")
        // … or a part of it or its edge, its word as long as "arrondissement", the line broken before the town
        #expect(Location.mentioned(in: "Vous travaillerez à Agoranov, dans le 6ème arrondissement de\nParis.")?.town == "Paris")
        #expect(Location.mentioned(in: "Our warehouse is on the outskirts of Leeds.")?.town == "Leeds")
        // a place label said in a sentence; a town bounded as an area
        #expect(Location.mentioned(in: "Wir sind ein Team der Wirtschaft. Arbeitsort ist Köln Rodenkirchen.")?.town == "Köln")
        #expect(Location.mentioned(in: "We're looking for the best drivers in the Austin, Tx area to deliver stone.")?.town == "Austin")
        #expect(Location.mentioned(in: "We work in the Sales Team of our company.") == nil)
        #expect(Location.mentioned(in: "This is Leeds United's shop.") == nil)
        // a town that opens a list of towns names where the employer is
        #expect(Location.mentioned(in: "L'association est présente à Lyon, Nantes, Marseille, Toulouse et Lille.") == nil)
        #expect(Location.mentioned(in: "Nos bureaux au cœur de Lyon.")?.town == "Lyon")
        #expect(Location.mentioned(in: "The state of Mind matters.") == nil)
        // the employer's office in a sentence counts more than a town named in passing; a German adjective of
        // place names its town
        #expect(Location.mentioned(in: "Mit Sitz in Hamburg und Zürich. Wir suchen für unseren Standort in München eine:n Entwickler:in.")?.town
                == "München")
        #expect(Location.mentioned(in: "Studios in Hamburg und Zürich. Aktuell suchen wir für unseren Berliner Standort eine:n Entwickler:in.")?.town
                == "Berlin")
        #expect(Location.townOfAdjective("Münchner") == "München" && Location.townOfAdjective("Hamburger") == "Hamburg"
                && Location.townOfAdjective("Partner") == nil)
        // an office's kind is no place: "our International Office", "our Head Office"
        #expect(Location.mentioned(in: "Read what our International Office can do for you, or ask our Head Office.") == nil)
        #expect(Location.mentioned(in: "You will work from our Portland, OR office.")?.town == "Portland, OR")
        // a text that ends in spaces is read to its last word (the fuzzer found it read past its end)
        #expect(Location.mentioned(in: "Our office is in Leeds. \n ")?.town == "Leeds")
        #expect(Location.mentioned(in: " ") == nil && Location.mentioned(in: "") == nil)
    }

    @Test func aRemoteJobThatNamesNoPlace() throws {
        // the header's word for remote work is its place; a sentence that ends in a country is none
        let p = try #require(read("""
            <h1>Full Stack Developer</h1><p>Full Time, Remote</p><p>As a Full Stack Developer at Kestrel you will build web apps.</p>
            <footer><p>Made with love in Tirana, Albania</p></footer>
            """))
        #expect(p.location == "Remote" && p.workplace == .remote && p.remote == true)
        #expect(LabelledLines.place("Made with love in Tirana, Albania") == nil && LabelledLines.place("Frankfurt am Main, Germany") != nil)
    }

    @Test func aLongLineOfFactsBetweenCommas() throws {
        let p = try #require(read("""
            <h1>Backend Engineer (India) at VectorShift</h1><p>$20K - $30K</p>
            <p>IN / Remote (IN), Full-time, US citizenship/visa not required, Any (new grads ok)</p>
            <p>VectorShift provides tooling to create custom AI workflows quickly for many enterprises.</p>
            """))
        #expect(p.workplace == .remote && p.remote == true && p.evidence["remote"] == "header")
    }

    @Test func thePlaceBesideRemoteWorkAndTheEmployersHome() throws {
        // "(Remote oder Berlin-Zentrum)": remote, or a town's district
        let p = try #require(read("""
            <h1>Product Engineer (d/w/m)</h1><p>(Remote oder Berlin-Zentrum)</p>
            <p>Die Position soll zum nächstmöglichen Zeitpunkt besetzt werden.</p>
            """))
        #expect(p.location == "Berlin-Zentrum" && p.remote == true)
        #expect(LabelledLines.townOfCompound("Gdańsk Wrzeszcz") == "Gdańsk Wrzeszcz" && LabelledLines.townOfCompound("Remote-first") == nil)
        // a place that bases the job ("US-based", "Berlin-based"); an area around a town ("für den Raum Eupen")
        #expect(Location.mentioned(in: "Looking for an Experienced US-Based Project Manager")?.town == "US")
        #expect(Location.mentioned(in: "We are a Berlin-based studio and a plant-based kitchen.")?.town == "Berlin")
        #expect(Location.mentioned(in: "Wir suchen für den Raum Eupen eine Person.")?.town == "Eupen")
        // the employer's home town, with nothing else to go on
        #expect(Location.mentioned(in: "Kestrel is a software studio from Gdańsk, Poland. We build mobile apps.")?.town == "Gdańsk")
    }

    @Test func theEmployerBeforeItsPlaceAndAgreeingPlaces() throws {
        // a header line "Employer / Town, ST" under a user group's site name
        let p = try #require(read("""
            <head><title>Iowa Rubyists - Ruby on Rails Developer</title></head>
            <div id="header"><h1><a href="/">Iowa Rubyists</a></h1><div>A user group for Ruby enthusiasts.</div></div>
            <div class="content"><h1>Kestrel / West Des Moines, IA</h1><h3>Ruby on Rails Developer</h3><p>2 positions</p>
            <p>Join a company in a fast-growing industry, with a team of ten.</p></div>
            """, url: "https://iowarubyists.example/jobs/2015/ror"))
        #expect(p.title == "Ruby on Rails Developer" && p.company == "Kestrel" && p.location == "West Des Moines, IA")
        // … or "Employer - Town, ST" under the title, as boards write it; a town and its country after a dash is a place
        let board = "<h1>Java Developer</h1>%@<p>We need a Java developer with Spring experience to build our trading platform.</p>"
        let dashed = try #require(read(board.replacingOccurrences(of: "%@", with: "<p>Acme Systems, Inc. - Houston, TX</p>")))
        #expect(dashed.company == "Acme Systems, Inc." && dashed.location == "Houston, TX")
        let lyon = try #require(read(board.replacingOccurrences(of: "%@", with: "<p>Lyon - France</p>")))
        #expect(lyon.company == nil && lyon.location == "Lyon - France")
        #expect(Location.tidied("Austin – TX") == "Austin – TX" && Location.tidied("Kirkland WA") == "Kirkland, WA")
        // a note in brackets goes, a country or its code stays (alone, without its brackets)
        #expect(Location.tidied("New York, NY (HQ)") == "New York, NY")
        #expect(Location.tidied("Vienna (AT) or Zürich (CH)") == "Vienna (AT) or Zürich (CH)")
        #expect(Location.tidied("(United States)") == "United States")
        // (and a known town in brackets, the part of the place it names; a note that is no town still goes)
        #expect(Location.tidied("Antwerpen of Brussel (Schaarbeek)") == "Antwerpen of Brussel (Schaarbeek)")
        #expect(Location.tidied("Berlin (Zentrale)") == "Berlin")
        // the name two places agree on (site name, the posting's words) beats a page title's tagline
        let q = try #require(read("""
            <head><title>Kestrel Engineering | Software &amp; System Solutions</title>
            <meta property="og:site_name" content="Kestrel Engineering"></head>
            <p>WORK WITH US</p><h1>Software Engineer (Maryland)</h1>
            <p>About Kestrel Engineering</p><p>We build software for our customers in small teams.</p>
            """, url: "https://www.kestrel-engineering.example/careers/swe-md"))
        #expect(q.company == "Kestrel Engineering")
    }

    @Test func aPlaceAfterTheTitleInAHeading() throws {
        // the <title> gives the title, a heading adds the place after a dash: a state's code, a town, a country
        func page(_ heading: String) -> String {
            """
            <head><title>Software Engineer | Kestrel Media</title><meta property="og:site_name" content="Kestrel Media"></head>
            <body><h1>Kestrel Media</h1><p>Careers</p><h2>\(heading)</h2>
            <p>Build features for our products. Experience with web applications is a plus.</p></body>
            """
        }
        #expect(read(page("Software Engineer - NY"))?.location == "NY")
        #expect(read(page("Software Engineer – Leeds"))?.location == "Leeds")
        #expect(read(page("Software Engineer | Portugal"))?.location == "Portugal")
        // (a team, a stack or an arrangement after the dash is no place)
        #expect(read(page("Software Engineer - Platform"))?.location == nil)
        #expect(read(page("Software Engineer - Remote"))?.location == nil)
        // … or in the title as cleaned from its heading's label ("Vaga: …")
        let cleaned = try #require(read("<h1>Vaga: Vendedor(a) - Curitiba/PR</h1><p>Atividades: atendimento ao cliente.</p>"))
        #expect(cleaned.location == "Curitiba/PR" && cleaned.evidence["location"] == "title")
    }

    @Test func theEmployersDirectoryOfOfficesIsNoPlace() throws {
        // a heading over a list of towns, and the addresses of several offices, are the employer's, not the posting's
        let offices = ["Berlin", "Frankfurt", "Hamburg", "München"].map { "<li>\($0)</li>" }.joined()
        let addresses = "<p>Kestrel Studio</p><p>Völckersstr. 38</p><p>22765 Hamburg</p><p>Kestrel Berlin</p><p>Bergmannstraße 72</p><p>10961 Berlin</p>"
        let page = try #require(read("""
            <h1>Frontend Developer (w/m/x)</h1><p>Kestrel ist eine Digitalagentur mit Sitz in Hamburg und Berlin.</p>
            <p>Aktuell suchen wir für unseren Standort in München eine:n Frontend Developer.</p>
            <h3>Locations</h3><ul>\(offices)</ul>\(addresses)
            """))
        #expect(page.location == "München")
        // a postcode line of its own under the title is the posting's, whatever addresses follow
        let own = try #require(read("""
            <h1>Comptable (h/f)</h1><p>75001 Paris</p><p>Nous cherchons un comptable pour notre équipe finance.</p>
            <p>Kestrel SA</p><p>12 rue de Rivoli</p><p>75004 Paris</p><p>Kestrel Lyon</p><p>3 quai Perrache</p><p>69002 Lyon</p>
            """))
        #expect(own.location == "75001 Paris")
    }

    @Test func thePageTitleThatNamesTheJobAndTaglines() throws {
        // og:title is the site's ("Acme Consulting - Imagine AI"); the title tag names the job and its employer
        let site = try #require(read("""
            <head><meta property="og:title" content="Kestrel Consulting - Imagine AI">
            <title>Data Scientist :: Kestrel Consulting</title></head><h1>Data Scientist</h1><p>Join us.</p>
            """))
        #expect(site.company == "Kestrel Consulting" && site.evidence["company"] == "title")
        // a tagline names no one
        let tagline = try #require(read("""
            <head><title>Data Analyst · Online survey data analysis</title></head><h1>Data Analyst</h1><p>Join us.</p>
            """))
        #expect(tagline.company == nil)
        // an article and an adjective make a slogan, not a name: "Die perfekte Lösung"
        let slogan = try #require(read("""
            <head><title>Lohnbuchhalter/in | Die perfekte Lösung</title></head><h2>Lohnbuchhalter/in</h2><p>Ihr Profil: DATEV.</p>
            """))
        #expect(slogan.company == nil)
        #expect(!PageHeuristics.readsAsTagline("Die Schlosszwerge e.V.") && PageHeuristics.readsAsTagline("The perfect match"))
        // a name before section headings: "Initrode: Careers: Career Opportunities"
        let sections = try #require(read("""
            <head><title>Initrode: Careers: Career Opportunities</title></head><h1>Payroll Clerk</h1><p>Join us.</p>
            """))
        #expect(sections.company == "Initrode")
        // a board's word before the title and its reference after it
        let vaga = try #require(read("""
            <head><title>Vaga Analista de Sistemas Pleno - Globex Brasil (v1253580) | Empregos Hoje</title></head>
            <h1>Analista de Sistemas Pleno (v1253580)</h1><p>Venha trabalhar conosco.</p>
            """, url: "https://www.empregoshoje.com.br/vagas/v1253580"))
        #expect(vaga.title == "Analista de Sistemas Pleno")
        #expect(vaga.company == "Globex Brasil (v1253580)")
    }

    @Test func aPlaceWithItsArrangementAndFactsUnderTheTitle() throws {
        // "Boston (hybrid) or remote US" between dots: the place as written, and the job may be done remote
        let dots = try #require(read("""
            <h1>Full Stack Developer</h1><p>Careers · Full-time · Boston (hybrid) or remote US</p><p>We build tools.</p>
            """))
        #expect(dots.location == "Boston or remote US" && dots.remote == true)
        // a labelled place's arrangement, before the place is tidied
        let label = try #require(read("<h1>Data Scientist</h1><p>Location: South Africa (Remote)</p><p>We build models.</p>"))
        #expect(label.location == "South Africa" && label.remote == true)
        // the employer's office in a sentence: the place and on-site
        let office = try #require(read("""
            <h1>Software Engineer</h1><p>Requirements:</p><ul><li>The ability to work onsite at our Eugene, OR office.</li></ul>
            """))
        #expect(office.location == "Eugene, OR" && office.remote == false)
        // a fact's name or value under the title is no employer
        let facts = try #require(read("<h1>Payroll Clerk</h1><p>Regular</p><p>Tracking Code</p><p>Process payroll.</p>"))
        #expect(facts.company == nil)
    }

    @Test func menusSectionsAndSlogansAreNoValues() throws {
        // a menu's "Company" item before "Contact" is no label; the page title names the employer
        let menu = try #require(read("""
            <head><title>Platform Engineer - Kestrel</title></head><div><p>Company</p><p>Contact</p></div>
            <h1>Platform Engineer</h1><p>Build our platform.</p>
            """))
        #expect(menu.company == "Kestrel")
        // a section heading under the title names no employer
        let section = try #require(read("""
            <head><title>Kestrel | Data Specialist</title></head><h1>Data Specialist</h1><h3>Primary Responsibilities</h3>
            <p>Make charts.</p>
            """))
        #expect(section.company == "Kestrel")
        // a slogan of a page title names no one
        let slogan = try #require(read("""
            <head><title>Consultant Cloud | Solutions de Transformation Numérique Cloud par des Experts Certifiés</title></head>
            <h1>Consultant Cloud</h1><p>Rejoignez-nous.</p>
            """))
        #expect(slogan.company == nil)
    }

    @Test func aPlaceLineWithItsArrangement() throws {
        // "Tartu, Estonia (On-site)" under the title: the place and on-site
        let onSite = try #require(read("<h1>Control Engineer</h1><p>Tartu, Estonia (On-site)</p><p>Build drones.</p>"))
        #expect(onSite.location == "Tartu, Estonia" && onSite.remote == false && onSite.evidence["remote"] == "header")
        // the arrangement line's place counts more than a town the sentences name
        let remote = try #require(read("""
            <h1>Customer Success Manager</h1><p>Remote, United States</p>
            <p>Our team works remotely; our centre of gravity is in Denver. We meet in Denver twice a year.</p>
            """))
        #expect(remote.location == "Remote, United States" && remote.remote == true)
        // Portuguese "Local:"
        let pt = try #require(read("<h1>Analista de Sistemas</h1><p>Local:</p><p>Campinas / BR</p><p>Venha.</p>"))
        #expect(pt.location == "Campinas / BR")
    }

    @Test func theRoleUnderAGenericSectionHeading() throws {
        // a careers page: the h1 and the h2 are section headings, the job is the strong line under the h2
        let p = try #require(read("""
            <h1>Karriere</h1><p>Wir suchen engagierte Menschen für unser Team.</p><h2>Offene Stellen</h2>
            <p><strong>Pädagogische Fachkraft für den U3-Bereich in Vollzeit</strong></p>
            <p>Für unsere Krippe suchen wir ab sofort eine pädagogische Fachkraft.</p><h2>Bewerbung</h2><p>Per E-Mail.</p>
            """))
        #expect(p.title == "Pädagogische Fachkraft für den U3-Bereich in Vollzeit")
    }

    @Test func slogansContractsAndWantedIn() throws {
        // a slogan over the posting's heading is no title
        let slogan = try #require(read("""
            <h1>Ayúdanos a construir la mejor plataforma de gestión de créditos y motor bancario</h1>
            <h1>Representante de Ventas</h1><p>Buscamos un representante.</p>
            """))
        #expect(slogan.title == "Representante de Ventas")
        // a long academic title names its post: no slogan
        let postdoc = try #require(read("""
            <head><title>Postdoc at Kestrel Lab</title></head>
            <h1>Postdoctoral position in probabilistic deep neural networks for weak lensing</h1>
            <p>The Kestrel laboratory invites applications for a postdoctoral position in cosmology.</p>
            """))
        #expect(postdoc.title == "Postdoctoral position in probabilistic deep neural networks for weak lensing")
        // a kind of contract under a title label is no title
        let contract = try #require(read("<h1>Data Scientist</h1><p>Position: Full time</p><p>Build models.</p>"))
        #expect(contract.title == "Data Scientist")
        // "Fliesenleger gesucht in Kriens bei Luzern": the job and its place
        let wanted = TitlePatterns.read("Fliesenleger gesucht in Kriens bei Luzern")
        #expect(wanted?.title == "Fliesenleger" && wanted?.location == "Kriens bei Luzern")
    }

    @Test func twoKindsOfEvidenceAgreeing() throws {
        // the header line and the posting's words name Kestrel Labs; the page title's last part another name
        let page = try #require(read("""
            <head><title>Data Engineer | Initech</title></head><h1>Data Engineer</h1><p>Kestrel Labs</p>
            <p>At Kestrel Labs, we build data pipelines for farmers and their co-operatives across the region.</p>
            """))
        #expect(page.company == "Kestrel Labs")
    }

    @Test func aCareersSiteNamesItsEmployer() throws {
        #expect(PageHeuristics.careersOf("Kestrel Jobs") == "Kestrel")
        #expect(PageHeuristics.careersOf("Karriere bei Müller Logistik") == "Müller Logistik")
        #expect(PageHeuristics.careersOf("Backend Engineer") == nil)
        // the careers section's word alone before the name, not before a role
        #expect(PageHeuristics.careersOf("Karriere GFI") == "GFI" && PageHeuristics.careersOf("Kariéra HAZE") == "HAZE")
        #expect(PageHeuristics.careersOf("Karriere Berater (m/w/d)") == nil)
        // … or its vacancies' word, in capitals too; not before words that open no name
        #expect(PageHeuristics.careersOf("Vacantes AGAMA") == "AGAMA" && PageHeuristics.careersOf("VACATURES KESTREL") == "KESTREL")
        #expect(PageHeuristics.careersOf("KARRIERE GFI") == "GFI")
        #expect(PageHeuristics.careersOf("Vacantes para guardias de seguridad en CDMX") == nil)
        let bare = try #require(read("""
            <head><title>Montážní technik | Kariéra HAZE</title></head><body><h1>Montážní technik</h1>
            <p>Hledáme technika pro montáže a servis našich zařízení u zákazníků.</p></body>
            """))
        #expect(bare.title == "Montážní technik" && bare.company == "HAZE")
        // "Kestrel Jobs | Backend Engineer - Payments": the careers site's name over the team's
        let page = try #require(read("""
            <head><title>Kestrel Jobs | Backend Engineer - Payments</title></head><p>Backend Engineer - Payments</p>
            <p>Build the services that move money for our riders and drivers.</p>
            <footer><p>Copyright text© 2020. All rights reserved.</p></footer>
            """, url: "https://www.kestrel.io/careers/1234/"))
        #expect(page.company == "Kestrel")
        #expect(PageHeuristics.copyrightOwner("Copyright text© 2020") == nil)
        #expect(PageHeuristics.copyrightOwner("© 2020 All rights reserved") == nil)
        // (a year after the owner is no part of its name)
        #expect(PageHeuristics.copyrightOwner("© DISID Corporation 2016") == "DISID Corporation")
        #expect(PageHeuristics.copyrightOwner("Ⓒ 2024 Kalorimeta GmbH") == "Kalorimeta GmbH")
        // a framework's name for the view of one record is neither the job nor the employer
        let view = try #require(read("""
            <head><title>Show - KALO - Einfach. Innovativ. Persönlich.</title><meta property="og:site_name" content="KALO"></head>
            <body><h1>Techniker (m/w/d)</h1><p>Du betreust unsere Messgeräte bei den Kunden vor Ort.</p></body>
            """))
        #expect(view.title == "Techniker (m/w/d)" && view.company == "KALO")
        #expect(PageHeuristics.copyrightOwner("© Kestrel 2016–2024") == "Kestrel")
        // (an abbreviation that opens the name goes on; a legal form's, or one before the reservation, ends it;
        // a middle dot ends it too)
        #expect(PageHeuristics.copyrightOwner("© 2026 S.B. Plattenleger GmbH · Malters · Impressum") == "S.B. Plattenleger GmbH")
        #expect(PageHeuristics.copyrightOwner("© 2026 Kestrel B.V. Privacy policy") == "Kestrel B.V.")
        #expect(PageHeuristics.copyrightOwner("© 2026 Kestrel Inc. All rights reserved.") == "Kestrel Inc")
        #expect(PageHeuristics.copyrightOwner("© 2026 J. Kestrel. Made in Leeds.") == "J. Kestrel")
        // (a bar or a dot after the year is no part of the name)
        #expect(PageHeuristics.copyrightOwner("© 2024 | Kestrel Elektrotechnik") == "Kestrel Elektrotechnik")
        // (nor the word "Copyright" after the mark; the owner before the mark, where a reservation in any of the
        // EU's languages is all after it)
        #expect(PageHeuristics.copyrightOwner("© Copyright 2026 | Kestrel Insumos Generales") == "Kestrel Insumos Generales")
        #expect(PageHeuristics.copyrightOwner("Trans Kestrel © 2020 Wszelkie prawa zastrzeżone.") == "Trans Kestrel")
        #expect(PageHeuristics.copyrightOwner("© 2025 Clínica Kestrel · Goiânia · Todos os direitos reservados") == "Clínica Kestrel")
        #expect(PageHeuristics.copyrightOwner("© 2025 Kestrel AB Alla rättigheter förbehållna") == "Kestrel AB")
        #expect(PageHeuristics.copyrightOwner("© 2025 Všechna práva vyhrazena") == nil)
        #expect(PageHeuristics.copyrightOwner("Copyright (c) 2017, Kestrel; tous droits réservés.") == "Kestrel")
        // a short form spelled out before it in brackets
        #expect(PageHeuristics.nameOfShortForm("EFF", in: ["The Electronic Frontier Foundation (EFF) is seeking a designer."])
                == "Electronic Frontier Foundation")
        #expect(PageHeuristics.nameOfShortForm("KFS", in: ["Join Kestrel Financial Services (KFS)."]) == "Kestrel Financial Services")
        #expect(PageHeuristics.nameOfShortForm("EFF", in: ["Work with EFF (EFF) now."]) == nil)
        #expect(PageHeuristics.nameOfShortForm("EFF", in: ["Our team at EFF builds tools."]) == nil)
        // … or its initials' capitalised words anywhere, apart from other capitalised words
        #expect(PageHeuristics.nameOfShortForm("KDS", in: ["The Kestrel Digital Service is a collective of people."])
                == "Kestrel Digital Service")
        #expect(PageHeuristics.nameOfShortForm("KDS", in: ["Work at New Kestrel Digital Service Labs in Ottawa."]) == nil)
        #expect(PageHeuristics.nameOfShortForm("KDS", in: ["We make Kestrel data simple."]) == nil)
        #expect(PageHeuristics.nameOfShortForm("KDS", in: ["Join Kestrel", "At Kestrel Digital"]) == nil)
        // an imprint's name without its legal form, before or over its address; a heading over it is none
        #expect(PageHeuristics.legalNameLine("Kestrel Elektrotechnik · Hauptstraße 5 · 12345 Neustadt") == "Kestrel Elektrotechnik")
        #expect(PageHeuristics.legalNameLine("Sa09:00 – 20:00 Uhr") == nil)
        #expect(PageHeuristics.nameOverAddress(["Elektro Kestrel", "Hauptstraße 5", "12345 Neustadt"]) == "Elektro Kestrel")
        #expect(PageHeuristics.nameOverAddress(["Contact & Support", "Hauptstraße 5", "12345 Neustadt"]) == nil)
        // (a contact field's label over its value is no name)
        #expect(PageHeuristics.nameOverAddress(["Phone", "+31 20 8932941", "Address", "Lindenhoevestraat 43, 1096 DV, Amsterdam"]) == nil)
        #expect(PageHeuristics.nameOverAddress(["Telefon:", "030 1234567", "Hauptstraße 5, 12345 Neustadt"]) == nil)
        // (a social network's link in the footer's column is no name)
        #expect(PageHeuristics.nameOverAddress(["Research Gate", "+33 (0)6 67 60 59 35", "263 avenue du Général Leclerc, 35 042 RENNES cedex"]) == nil)
        // (a link to the reader's own area of the site is no name: "Mon Espace Partenaire", "My Account")
        #expect(PageHeuristics.nameOverAddress(["Mon Espace Partenaire", "11 avenue de l’île St-Martin, 92737 Nanterre"]) == nil)
        #expect(PageHeuristics.nameOverAddress(["My Account", "12 High Street", "Leeds LS1 4DY"]) == nil)
        #expect(PageHeuristics.nameOverAddress(["Elektro Kestrel", "Wir freuen uns auf Sie."]) == nil)
        // in capitals, and in the other languages
        #expect(PageHeuristics.careersOf("CAREERS AT NVIDIA") == "NVIDIA")
        #expect(PageHeuristics.careersOf("Empleo en DISID") == "DISID")
        #expect(PageHeuristics.careersOf("Lavora con noi") == nil && PageHeuristics.careersOf("Work with us") == nil)
    }

    @Test func aHeadingOfTheCareersSiteNamesTheEmployerAndTheTitlesOwnWordsNone() throws {
        // the site's header heading "CAREERS AT NVIDIA" names the employer; the page title's part after the dash is the
        // job's own words, as the page's heading writes them, not an employer
        let page = try #require(read("""
            <head><title>Senior Test Engineer - Autonomous Driving</title></head>
            <header><h1>CAREERS AT NVIDIA</h1><a href="/">careers home</a></header>
            <main><h2>Senior Test Engineer - Autonomous Driving</h2><p>locations</p><p>US, CA, Santa Clara</p>
            <p>Develop test strategies for autonomous driving products.</p></main>
            """, url: "https://nvidia.wd5.myworkdayjobs.com/NVIDIAExternalCareerSite/job/Senior-Test-Engineer_JR1"))
        #expect(page.company == "NVIDIA")
        // (a line of the posting set in capitals names it as the same line in lower case would)
        let caps = try #require(read("""
            <h1>Data Engineer</h1><main><p>Build pipelines in Python.</p><p>WORKING AT KESTREL</p>
            <p>We are a small team in Leeds.</p></main>
            """))
        #expect(caps.company == "KESTREL" && caps.evidence["company"] == "text")
    }

    @Test func aMenuHeadingInLowerCaseIsNoLabel() throws {
        // a footer's menu headed "company" over its links; the employer's page link names the employer
        let page = try #require(read("""
            <h1>Back-end Developer</h1><a href="/companies/kestrel/"><p>Kestrel</p></a><p>Build our APIs.</p>
            <div><h6>company</h6><a href="/about/">about</a><a href="/team/">Our team</a><a href="/jobs/">jobs</a></div>
            """))
        #expect(page.company == "Kestrel")
    }

    @Test func headingsOfPageWordsAndTheLineOverTheReference() throws {
        // headings made only of the words of a page of jobs, or of those and a reference, name no job
        for generic in ["Job Posting Details", "Current Job Openings", "Détails de l'offre d'emploi", "Job ID 117530",
                        "Popular Searches", "Ofertas de empleo disponibles", "Aktuelle Stellenangebote"] {
            #expect(PostingLabels.isGeneric(generic), "\(generic)")
        }
        for role in ["Information Officer", "Search Engineer", "Job Coach", "3D Artist", "Career Advisor"] {
            #expect(!PostingLabels.isGeneric(role), "\(role)")
        }
        // the job's name stands over its reference and the facts under it
        let page = try #require(read("""
            <head><title>Job Posting Details</title></head><body><h2>Job Posting Details</h2>
            <p>View Job Cart (0)</p><p>Program Development Analyst</p><p>Job ID <b>117530</b></p>
            <p>Location</p><p>Wilkesboro, North Carolina</p><p>Position Type</p><p>Regular Full-Time</p>
            <p>The analyst manages the development of new programs for the contact center.</p></body>
            """))
        #expect(page.title == "Program Development Analyst")
        #expect(page.location == "Wilkesboro, North Carolina")
    }

    @Test func aLabelledValueThatSpeaksOfTheEmployer() throws {
        let page = try #require(read("""
            <head><title>Praktikant Linux</title></head><body><ul><li><a href="/produkte">Produkte</a></li>
            <li><a href="/unternehmen">Unternehmen</a><div><ul><li><a href="/ueber">Über Intra2net</a></li>
            <li><a href="/presse">Presse</a></li></ul></div></li></ul>
            <h1>Praktikant (m/w) im Bereich Linux Entwicklung</h1><p>Ihre Aufgaben: Arbeit an Open-Source Projekten.</p></body>
            """))
        #expect(page.company == "Intra2net")
    }

    @Test func aStreetUnderTheLocationLabelAndTownsWithParticles() throws {
        let page = try #require(read("""
            <head><title>Stellenangebot</title></head><body><h1>Mitarbeiter*in Konfektionierung</h1>
            <h2>Ihre Aufgaben</h2><p>Einpacken von Artikeln.</p>
            <h2>Arbeitsort</h2><p>Im Dreieck 4</p><p>23758 Oldenburg in Holstein</p></body>
            """))
        #expect(page.location == "23758 Oldenburg in Holstein")
        #expect(LabelledLines.postcodeFirst("60311 Frankfurt am Main") && LabelledLines.postcodeFirst("2405 Alphen aan den Rijn"))
        #expect(!LabelledLines.postcodeFirst("12345 Berlin in") && !LabelledLines.postcodeFirst("1234 am an der in"))
        // (nor does one begin it: a year and a blog's category)
        #expect(!LabelledLines.postcodeFirst("2014 in Culture") && !LabelledLines.postcodeFirst("2019 in Review"))
        // Poland's and Portugal's codes, with a comma after them as footers write them; a span is none
        #expect(LabelledLines.postcodeFirst("90-613, Łódź") && LabelledLines.postcodeFirst("1000-001 Lisboa"))
        #expect(!LabelledLines.postcodeFirst("50-100 Mitarbeiter") && !LabelledLines.postcodeFirst("2019-2024 Berlin"))
    }

    @Test func aHeadlineThatEndsOnItsHiringVerb() throws {
        let page = try #require(read("""
            <head><title>Offres d'emploi</title></head><body><h1>PIX recrute</h1><p>un.e développeur.e fullstack JS</p>
            <p>Une offre à pourvoir chez nos camarades. Pix est un service public en ligne.</p></body>
            """))
        #expect(page.title == "développeur.e fullstack JS" && page.company == "PIX")
        #expect(LabelledLines(lines: ["Pass Culture recrute", "5 chargé·e·s de développement territorial"]).soughtTitle
                == "chargé·e·s de développement territorial")
        #expect(LabelledLines.hiringHeadline("Acme is hiring!") == "Acme" && LabelledLines.hiringHeadline("Unser Team in Berlin wächst und sucht") == nil)
    }

    @Test func theRoleASentenceSeeksWhereNothingLeads() throws {
        // a careers heading and a sentence that seeks a role, after Dutch's phrase or an article for both genders
        let dutch = try #require(read("""
            <h1>Werken bij De Haven</h1><p>Wij zijn op zoek naar een zelfstandig werkend kok (m/v) voor 32-38 uur per week.</p>
            """))
        #expect(dutch.title == "zelfstandig werkend kok (m/v)" && dutch.evidence["title"] == "text")
        let french = try #require(read("<h1>Rejoignez-nous</h1><p>Nous recherchons un(e) serveur(se) pour compléter notre équipe.</p>"))
        #expect(french.title == "serveur(se)")
        // … or where what leads is the site's name, the page title's part beside a section's heading
        let german = try #require(read("""
            <title>Zahnarztpraxis Kestrel | Kontakt</title><h1>Stellenanzeige Empfang</h1><p>Wir suchen zur Verstärkung unseres \
            Teams eine/n engagierte/n und freundliche/n Rezeptionistin für unsere Zahnarztpraxis.</p>
            """))
        #expect(german.title == "Rezeptionistin" && german.evidence["title"] == "text")
        // a Romance language's roles sought with no article, in lower case
        #expect(LabelledLines(lines: ["Buscamos camarero/a con experiencia para la temporada de verano."]).soughtTitle == "camarero/a")
        #expect(LabelledLines(lines: ["Buscamos personas con ganas de aprender y crecer."]).soughtTitle == nil)
        // the title cut where the experience it asks for begins; the word for an offer before a colon goes
        #expect(read("<h1>Lavora con noi</h1><p>Cerchiamo un cameriere di sala con esperienza.</p>")?.title == "cameriere di sala")
        #expect(read("<h1>Trabaja con nosotros</h1><h3>Oferta: Camarero/a</h3><p>Jornada completa.</p>")?.title == "Camarero/a")
        // a known town ends a title only written as a name: "Cameriere di sala" ends on no Swedish town
        #expect(read("<h1>Lavora con noi</h1><h2>Cameriere di sala</h2><p>Contratto a tempo indeterminato.</p>")?.location == nil)
    }

    @Test func aPageTitlesNameThenItsTown() throws {
        let page = try #require(read("""
            <head><title>Mondhygiënist | Werken bij Vlijt Tandartsen, Eindhoven</title></head><body><h1>Mondhygiënist</h1>
            <p>Je werkt met je eigen agenda en je eigen patiëntenbestand.</p></body>
            """))
        #expect(page.location == "Eindhoven" && page.company == "Vlijt Tandartsen")
    }

    @Test func labelsOfOtherLanguagesOfTheEUsJobMarket() throws {
        let desc = "<p>Tworzymy oprogramowanie w Javie dla szpitali i urzędów.</p>"
        let pl = try #require(read("<h1>Programista Java</h1><p>Pracodawca: Comarch S.A.</p><p>Miejsce pracy: Kraków</p>\(desc)"))
        #expect(pl.company == "Comarch S.A." && pl.location == "Kraków")
        let se = try #require(read("<h1>Utvecklare</h1><p>Arbetsgivare</p><p>Volvo Cars AB</p><p>Arbetsort</p><p>Göteborg</p>\(desc)"))
        #expect(se.company == "Volvo Cars AB" && se.location == "Göteborg")
        let fi = try #require(read("<h1>Sovellusarkkitehti</h1><p>Työnantaja: Esko Systems Oy</p><p>Sijainti: Oulu</p>\(desc)"))
        #expect(fi.company == "Esko Systems Oy" && fi.location == "Oulu")
        let no = try #require(read("<h1>Utvikler</h1><dl><dt>Arbeidsgiver</dt><dd>Nordlys AS</dd><dt>Sted</dt><dd>Bergen</dd></dl>\(desc)"))
        #expect(no.company == "Nordlys AS" && no.location == "Bergen")
        let pt = try #require(read("<h1>Analista</h1><p><strong>Empresa contratante:</strong> Acme Ltda</p>\(desc)"))
        #expect(pt.company == "Acme Ltda")
    }

    @Test func theJobsLabelsAndAHeadingsWordsBeforeItInMoreLanguages() throws {
        let desc = "<p>Acme builds software for hospitals.</p><p>You will analyse data and build reports.</p>"
        let cases = [
            ("<h1>Acme Careers</h1><p><strong>Tjänst:</strong> Dataanalytiker</p>", "Dataanalytiker"),
            ("<h1>Acme Careers</h1><dl><dt>Stilling</dt><dd>Dataanalytiker</dd></dl>", "Dataanalytiker"),
            ("<h1>Acme Careers</h1><p>Stanowisko: Analityk danych</p>", "Analityk danych"),
            ("<h1>Oferta pracy: Analityk danych (k/m)</h1>", "Analityk danych (k/m)"),
            ("<h1>Job opening: Data Analyst</h1>", "Data Analyst"),
            ("<h1>Szukamy: Analityk danych</h1>", "Analityk danych"),
            ("<h2>Vi søker: Dataanalytiker</h2>", "Dataanalytiker"),
        ]
        for (top, title) in cases {
            let p = try #require(read("<head><title>Acme</title></head><body>\(top)\(desc)</body>"))
            #expect(p.title == title, "\(top)")
        }
    }

    @Test func aBoardsNameBeforeThePageTitleAndAPlaceAfterTheJob() throws {
        let body = "<body><div>JobBoardX.com | Find Jobs | Post Resume</div><h2>Job Details</h2>"
            + "<p>We need a Java developer with Spring experience to build our trading platform.</p></body>"
        // a board's name that opens the page title closes nothing: the segments after the job are the posting's
        let opened = try #require(read("<head><title>JobBoardX.com - Java Developer - Acme Systems - Houston, TX</title></head>"
                                       + body, url: "http://www.jobboardx.com/jobs/12345"))
        #expect(opened.title == "Java Developer" && opened.company == "Acme Systems" && opened.location == "Houston, TX")
        // the job, a comma and its place; a comma in a title with no place, or a region's acronym, stays
        let placed = try #require(read("<head><title>Java Developer, Houston, TX - JobBoardX</title></head>" + body,
                                       url: "http://www.jobboardx.com/jobs/12345"))
        #expect(placed.title == "Java Developer" && placed.location == "Houston, TX")
        #expect(PageHeuristics.roleAndPlace("Senior Mobile Engineer, iOS") == nil)
        #expect(PageHeuristics.roleAndPlace("Customer Success Manager, APAC") == nil)
    }

    @Test func aLabelsValueSaidInASentence() throws {
        let page = try #require(read("""
            <head><title>Systemarchitekt KI</title></head><body><h1>Systemarchitekt Künstliche Intelligenz (KI)</h1>
            <p>Wir entwickeln Software für Versicherungen.</p><p>Arbeitsort ist Köln Rodenkirchen.</p></body>
            """))
        #expect(page.location == "Köln Rodenkirchen")
        let lines = LabelledLines(lines: ["The work location is Leeds, close to the station.", "Le lieu de travail est Lyon."])
        #expect(lines.location == "Leeds")
        // a sentence whose subject is no label's word says nothing
        #expect(LabelledLines(lines: ["The office is Berlin's oldest."]).location == nil)
    }

    @Test func underASectionHeadingAndALineOfFacts() throws {
        // the h1 is a section's word; the line under it is the job; the facts of one line are read each
        let page = try #require(read("""
            <head><title>Stellenausschreibung – Pflegedienst Sonne UG</title></head>
            <h1>Stellenausschreibung</h1><p>Pflegefachkraft (m/w/d) für die ambulante Pflege</p>
            <p>Beginn: nach Absprache | Arbeitsort: Landkreis Görlitz</p><p>Wir suchen Dich!</p>
            """))
        #expect(page.title == "Pflegefachkraft (m/w/d) für die ambulante Pflege")
        #expect(page.location == "Landkreis Görlitz")
        #expect(PostingLabels.readsAsCompany("Pflegedienst Sonne UG"))
    }

    @Test func copyrightLineInANamedElementGivesItsOwner() throws {
        let p = try #require(read("""
            <h1>Targeting Analyst</h1><p>Analysts read the signals all day, every day, for our customers.</p>
            <div class="company-info"><p>&#169; 2019 Larkspur&#174; Pty Ltd <br> All rights reserved</p></div>
            """))
        #expect(p.company == "Larkspur Pty Ltd")
        #expect(PageHeuristics.copyrightOwner("© 2013 All Rights Reserved. Tikva") == "Tikva")
    }

    @Test func factsInAnAsideOfTheContent() throws {
        // the posting's own sidebar of facts, label and value on lines of their own
        let p = try #require(read("""
            <main><article><h1>Drug Safety Associate</h1><p>Process case reports accurately and on time.</p></article>
            <aside><div>Job ID<br><b>PV-001</b></div><div>Location<br><b>Hyderabad / Remote</b></div></aside></main>
            """))
        #expect(p.location == "Hyderabad" && p.remote == true && p.evidence["location"] == "label")
        // the page's own aside is still its furniture
        let q = try #require(read("<h1>Welder</h1><aside><div>Location<br><b>Kiel</b></div></aside>"))
        #expect(q.location == nil)
    }

    @Test func anInlineLabelBeforeItsValue() throws {
        let p = try #require(read("<h1>Controls Engineer</h1><div><b>Location</b><span>Sacramento · On-site</span></div>"))
        #expect(p.location == "Sacramento" && p.workplace == .onSite && p.remote == false)
    }

    @Test func theArrangementWrittenAfterThePlace() {
        #expect(Location.tidied("St. Louis, MO / Remote") == "St. Louis, MO")
        #expect(Location.tidied(", Fribourg") == "Fribourg")
        #expect(Location.tidied("Remote - US") == "Remote - US")
        #expect(WorkArrangement.inLocation("Lyon · Hybride") == .hybrid)
        #expect(WorkArrangement.stated("Télétravail (2j max/semaine)") == .hybrid)
        #expect(WorkArrangement.stated("Remote") == .remote)
    }

    @Test func workFromTheOfficeIsOnSite() {
        #expect(WorkArrangement.stated("Work From Office (WFO)") == .onSite)
        #expect(WorkArrangement.stated("Work from the office") == .onSite)
        #expect(WorkArrangement.stated("Work from home") == .remote)
    }

    @Test func theHeaderLineOfThePlaceSaysTheArrangement() throws {
        let p = try #require(read("<h1>Full-Stack Developer</h1><p>St. Louis, MO / Remote</p><p>Full-Time</p>"))
        #expect(p.location == "St. Louis, MO" && p.remote == true)
        let q = try #require(read("<h1>Android Developer</h1><p>Full time, Pune</p><p>We build apps for shops.</p>"))
        #expect(q.location == "Pune")
        // "open for remote" under the places is remote; a sentence is no place
        let r = try #require(read("<h1>Go Developer</h1><p>We are looking for Go developers to build services.</p>"
                                  + "<p>Open for Remote full-time role.</p>"))
        #expect(r.workplace == .remote && r.location == nil)
        #expect(try #require(read("<h1>Go Developer</h1><p>Fully Remote</p><p>We build services.</p>")).location == "Fully Remote")
        // the arrangement after a town and a slash
        let london = try #require(read("<h1>Go Developer</h1><p>London / Remote</p><p>We build services.</p>"))
        #expect(london.workplace == .remote && london.location == "London")
        let berlin = try #require(read("<h1>Go Developer</h1><p>Berlin / Hybrid</p><p>We build services.</p>"))
        #expect(berlin.workplace == .hybrid && berlin.location == "Berlin")
        #expect(WorkArrangement.inLocation("Distributed") == .remote)
        // a place of work that is "virtual", as the US and Latin America call a job done at home
        let virtual = try #require(read("<h1>Program Manager</h1><p>Location: Virtual</p><p>Company: Acme Foundation</p><p>Lead our programs.</p>"))
        #expect(virtual.remote == true && virtual.workplace == .remote && virtual.location == "Virtual")
        #expect(WorkArrangement.inLocation("Virtual en Colombia") == .remote && WorkArrangement.inLocation("Virtual - US") == .remote)
        #expect(WorkArrangement.inLocation("Virtual Reality Lab, Boston") == nil)
    }

    @Test func aLabelledPlaceThatNamesNone() throws {
        let p = try #require(read("""
            <h1>Analyst</h1><p>Location:</p><p>Flexible, but Washington DC preferred.</p><p>Contract Type:</p><p>Full Time</p>
            <p>Location:</p><p>USA</p>
            """))
        #expect(p.location == "USA")
    }

    @Test func datesSpansAndMenuItemsNameNoEmployer() throws {
        #expect(!PageHeuristics.looksLikeName("parue le 02/12/2013"))
        #expect(!PageHeuristics.looksLikeName("2 years"))
        #expect(PageHeuristics.looksLikeName("3M"))
        #expect(PostingLabels.isGeneric("Actualités") && PostingLabels.isGeneric("We’re Hiring!"))
        let p = try #require(read("<title>Consultant SAP H/F - parue le 02/12/2013</title><h1>Consultant SAP H/F</h1>"))
        #expect(p.company == nil)
        #expect(PageHeuristics.careersOf("Kestrel Technologies Job Page") == "Kestrel Technologies")
    }

    @Test func aTownAfterInInTheTitle() throws {
        let p = try #require(read("<h1>Medienpädagoge in Hamburg gesucht</h1><p>Wir suchen Verstärkung für unser Team.</p>"))
        #expect(p.location == "Hamburg" && p.evidence["location"] == "title")
        // a place in brackets that ends the title; a note in brackets is none
        let q = try #require(read("<h1>Senior iOS Engineer (Durham, NC)</h1><p>You build our ticketing apps.</p>"))
        #expect(q.location == "Durham, NC" && q.evidence["location"] == "title")
        let r = try #require(read("<h1>Senior iOS Engineer (Swift, UIKit)</h1><p>You build our ticketing apps.</p>"))
        #expect(r.location == nil)
    }

    @Test func aStateCodeAloneIsWrittenOut() {
        let loc = Location.text(JSON.object([("address", .object([("addressRegion", .string("CA")), ("addressCountry", .string("US"))]))]))
        #expect(loc == "California, United States")
    }

    @Test func detailsLabelsAndDatedBylines() throws {
        let p = try #require(read("<h1>Security Guard</h1><p>Employer details</p><p>Aldous Security</p><p>Guard our clients' sites.</p>"))
        #expect(p.company == "Aldous Security" && p.evidence["company"] == "label")
        let q = try #require(read("""
            <h2>Product Manager</h2><div>October 1, 2017 by Kestrel Care</div>
            <p>Who We Are</p><p>We build care software for families and their nurses.</p>
            """))
        #expect(q.company == "Kestrel Care" && q.evidence["company"] == "byline")
    }

    @Test func theFootersAddressOnAnEmployersOwnSite() throws {
        let html = """
            <h1>Backend developer</h1><p>Je bouwt onze API's en werkt met het hele team.</p>
            <footer><p>Tractieweg 41<br>3534 AP Utrecht</p></footer>
            """
        let p = try #require(read(html, url: "https://www.kestrelsoft.nl/vacatures/backend"))
        #expect(p.location == "3534 AP Utrecht" && p.evidence["location"] == "footer")
        // a board's footer is the board's address, not the job's
        let q = try #require(read(html, url: "https://www.vacaturebank.example/vacature/123"))
        #expect(q.location == nil)
    }

    @Test func remoteFriendlyAndRemoteConsidered() throws {
        let p = try #require(read("<h1>Software Engineer</h1><p>Benefits</p><ul><li>Remote-friendly environment with the ability to work from the Lisbon office</li></ul>"))
        #expect(p.workplace == .hybrid && p.remote == false)
        // work on site at a place the sentence names is on-site
        let o = try #require(read("<h1>Course Instructor</h1><p>Kestrel is searching for a Course Instructor to support a program onsite in McLean, VA.</p>"))
        #expect(o.workplace == .onSite && o.remote == false)
        // remote-friendly with no office beside it is remote, in a sentence or alone on a line
        let f = try #require(read("<h1>Backend Engineer</h1><p>We build wallets.</p><p>Acme Research is remote-friendly. Timezones overlapping with EST are preferred.</p>"))
        #expect(f.workplace == .remote && f.remote == true)
        let g = try #require(read("<h1>Full Stack Developer</h1><p>7+ Products to Build</p><p>100% Remote Friendly</p><p>Full-time</p>"))
        #expect(g.workplace == .remote && g.remote == true)
        let q = try #require(read("<h1>Web Developer</h1><p>Oh and we're happy to consider hiring remote - our people work from cafes and trains.</p>"))
        #expect(q.remote == true)
        let r = try #require(read("<h1>Sachbearbeiter</h1><p>Wir bieten flexible Arbeitszeiten mit Home-Office-Möglichkeit.</p>"))
        #expect(r.workplace == .hybrid)
    }

    @Test func thePagesWordsAndANameAreNoTitle() throws {
        // "Joboffer Detail: <the institute>" names the page, the heading under "Stellenangebot" the job
        let p = try #require(read("""
            <title>Joboffer Detail: Leibniz-Institut für Kestrelforschung</title><h1>Stellenangebot</h1>
            <h2>Wissenschaftliche*r Mitarbeiter*in - Bioengineering von Immunrezeptoren (m/w/d)</h2>
            <p>Am Leibniz-Institut für Kestrelforschung ist ab sofort eine Stelle zu besetzen.</p>
            <p>Als Ansprechperson bei Fragen zu diesem Stellenangebot steht Ihnen Frau Muster zur Verfügung.</p>
            """))
        #expect(p.title == "Wissenschaftliche*r Mitarbeiter*in - Bioengineering von Immunrezeptoren (m/w/d)")
        #expect(p.company == "Leibniz-Institut für Kestrelforschung" && p.evidence["company"] == "text")
        // "bei Fragen": a noun of the stock phrase, not an employer
        #expect(LabelledLines(lines: ["Als Ansprechperson bei Fragen zu diesem Stellenangebot steht Ihnen Frau Muster zur Verfügung."])
                    .employerMentions == nil)
    }

    @Test func aQuotationIsNoTitleAndALineOfARoleIs() throws {
        let p = try #require(read("""
            <h1>„Design is everything. Everything!“</h1><p>Das dachte nicht nur Paul Rand.</p>
            <p>Folgende Stellen sind noch frei:</p><p>Design &amp; Dev Freelancer</p><p>Wir suchen noch Freelancer im Bereich Design.</p>
            """))
        #expect(p.title == "Design & Dev Freelancer")
    }

    @Test func aLineOfARoleBeatsAPageTitleOfTheSitesName() throws {
        // the only page title is the name the mail domain spells; the job is a styled <div>'s line
        let html = """
            <title>Kestrel</title><div class="Card"><div class="Title">Software Engineer</div><div>Kestrel</div>
            <div>Full-time</div></div><p>The ideal candidate will develop high-quality applications.</p>
            <p>Send your CV to careers@kestrel.io.</p>
            """
        let p = try #require(read(html))
        #expect(p.title == "Software Engineer" && p.company == "Kestrel")
        // (without the mail address the page title may still be the job: nothing says it is the site's)
        let q = try #require(read(html.replacingOccurrences(of: "careers@kestrel.io", with: "us")))
        #expect(q.title == "Kestrel")
    }

    @Test func theTownTheSeekingSentenceGivesIsThePlace() throws {
        // the sentence that seeks the role puts the work in Nantes; a house's address lower down is another place
        let p = try #require(read("""
            <h1>Responsable communication</h1>
            <p>Nous recherchons un Chargé de mission com’ en CDI à temps plein à Nantes !</p>
            <p>Vous pouvez contacter directement les responsables de la maison</p><p>9E Impasse Richelieu<br>63000 Clermont-Ferrand</p>
            """))
        #expect(p.location == "Nantes" && p.evidence["location"] == "text")
        #expect(LabelledLines(lines: ["We are looking for a Site Engineer in Leeds to join us."]).soughtPlace == "Leeds")
    }

    @Test func aDomainInThePageTitleNamesTheEmployer() throws {
        // the page title names the site by its domain; the text writes the name the domain spells
        let p = try #require(read("""
            <title>PHP Developer | Laravel | Cluj Napoca · kestrelworks.com · Ecommerce Development</title>
            <h1>PHP Developer</h1><p>Kestrelworks is currently a team of 6, specialized in custom e-commerce solutions.</p>
            <p>As a member of Kestrelworks you will use Laravel and Vue.js.</p>
            """))
        #expect(p.company == "Kestrelworks")
        #expect(PageHeuristics.domainLabel("kestrel-works.co.uk") == "kestrelworks" && PageHeuristics.domainLabel("Vue.js") == nil)
        #expect(PageHeuristics.domainLabel("Laravel") == nil && PageHeuristics.domainLabel("3.14") == nil)
    }

    @Test func aHeadingThatIsTheSiteNameTheTitleEndsWithIsNoTitle() throws {
        // og:site_name, the page title's end and the first heading are the site's name (a tagline); the job is the
        // page title's first part, written again under the heading
        let p = try #require(read("""
            <head><title>Fulltime Back-End Boss | Creative Design Agency</title>
            <meta property="og:site_name" content="Creative Design Agency"><meta name="author" content="Kestrel">
            <meta name="apple-mobile-web-app-title" content="Kestrel"></head>
            <body><h1>Creative Design Agency</h1><p>Fulltime Back-End Boss</p><p>4 March 2016 / Kestrel</p>
            <p>As a Kestrel UX developer, you will have the time and space you need to grow.</p></body>
            """))
        #expect(p.title == "Fulltime Back-End Boss" && p.company != "Fulltime Back-End Boss")
    }

    @Test func aQuestionIsNoTitle() throws {
        // the section's heading that asks which instructor is sought names a role, but is a question
        let p = try #require(read("""
            <title>ZZP Rijinstructeur B – Autorijschool Kestrel</title>
            <h2 class="entry-title">ZZP Rijinstructeur B</h2><p>Autorijschool Kestrel is op zoek naar een ZZP rijinstructeur.</p>
            <h2>Wat bied ik jou?</h2><p>Een auto en flexibele uren.</p><h2>Welke instructeur zoek ik?</h2><p>Iemand met ervaring.</p>
            """))
        #expect(p.title == "ZZP Rijinstructeur B")
    }

    @Test func aPhraseOfThePagesIsNoEmployerNorPlace() throws {
        // "Why This Role Matters" is no "Why Acme"; lower-case words after "Remote-first, " are no place
        let p = try #require(read("""
            <meta property="og:site_name" content="Kestrel"><h1>Senior Backend Engineer</h1>
            <h3>Why This Role Matters</h3><p>Every partner call flows through the backend.</p>
            <h3>What Kestrel Offers</h3><ul><li>Remote-first, async culture with flexible schedules</li></ul>
            """))
        #expect(p.company == "Kestrel" && p.location == nil && p.remote == true)
    }

    @Test func aLineWithAGenderMarkOverASlogan() throws {
        let p = try #require(read("""
            <h1>Komm ins Team.</h1><p>Wir bauen ehrlich und sind kein Konzern.</p><div class="label">Wir wachsen</div>
            <div class="job">Tiefbauer / Baugeräteführer (m/w/d)</div><div>Vollzeit</div>
            <p>Derzeit suchen wir an unserem Standort eine:n Tiefbauer (m/w/d):</p>
            """))
        #expect(p.title == "Tiefbauer / Baugeräteführer (m/w/d)" && p.evidence["title"] == "text")
        // (under the label of the open position, "Offene Stelle", the label gives it)
        let labelled = try #require(read("""
            <h1>Komm ins Team.</h1><p>Wir bauen ehrlich und sind kein Konzern.</p><div class="label">Offene Stelle</div>
            <div class="job">Tiefbauer / Baugeräteführer (m/w/d)</div><div>Vollzeit</div>
            """))
        #expect(labelled.title == "Tiefbauer / Baugeräteführer (m/w/d)" && labelled.evidence["title"] == "label")
        // a line of a heading the source broke in two is that heading's, not a title of its own
        let q = try #require(read("""
            <h1>Stellenangebot</h1><h2>Wissenschaftliche*r Mitarbeiter*in - Bioengineering von Immunrezeptoren zur<br>
            Resistenz gegen die Kartoffelfäule (m/w/d) (27/2024)</h2><p>Am Leibniz-Institut ist eine Stelle zu besetzen.</p>
            """))
        #expect(q.title?.hasPrefix("Wissenschaftliche*r Mitarbeiter*in") == true)
    }

    @Test func aMarkupSummaryLeavesTheSkillsToThePage() throws {
        let p = try #require(read("""
            <script type="application/ld+json">{"@type":"JobPosting","title":"Administrative Assistant",
            "description":"Kestrel Partners is seeking a proactive Administrative Assistant to support daily office operations.",
            "hiringOrganization":{"name":"Kestrel Partners"},"jobLocation":{"address":{"addressLocality":"Tbilisi"}}}</script>
            <h1>Administrative Assistant</h1><main><p>Kestrel Partners is seeking a proactive Administrative Assistant.</p>
            <h3>Requirements</h3><ul><li>Proficiency in Microsoft Office Suite (Word, Excel, PowerPoint)</li></ul></main>
            """))
        #expect(p.skills.map(\.name) == ["Microsoft Office", "Excel", "PowerPoint"])
        #expect(p.description == "Kestrel Partners is seeking a proactive Administrative Assistant to support daily office operations.")
    }

    /// Each page read states its arrangement.
    func expectWorkplaces(_ cases: [(String, WorkArrangement)]) throws {
        for (html, expected) in cases {
            let p = try #require(read(html))
            #expect(p.workplace == expected, "\(html)")
        }
    }

    @Test func aRoleWithItsArrangementAndASiteNamedAfterTheJob() throws {
        let page = try #require(read("""
            <head><meta property="og:site_name" content="Augur Product Designer"></head>
            <h1>Product Designer</h1><p>Product Designer (remote)</p><p>You will design the screens of our trading app.</p>
            """))
        // the role in the header line is no place; the site's name less the job's title is the employer's
        #expect(page.workplace == .remote && page.location != "Product Designer" && page.company == "Augur")
        #expect(PageHeuristics.withoutTitle("Careers at Acme", "Product Designer") == nil)
        #expect(PageHeuristics.withoutTitle("Product Designer - Acme Labs", "Product Designer") == "Acme Labs")
    }

    @Test func theHeaderUnderATitleUnderALongMenu() throws {
        // fifty lines of menu, then the title and its header line of place and arrangement
        let menu = (1...50).map { "<li><a href='/p\($0)'>Product \($0)</a></li>" }.joined()
        let page = try #require(read("<ul>\(menu)</ul><h1>DevOps Engineer</h1><p>Remote / Toronto, ON</p>"
                                     + "<p>You will run our Kubernetes clusters and our CI pipelines.</p>"))
        #expect(page.workplace == .remote && page.location == "Remote / Toronto, ON" && page.evidence["remote"] == "header")
    }

    @Test func flexiblyPossiblyAndTheWorkItself() {
        // a possibility after the words for work, or joined to the word, is hybrid
        #expect(WorkArrangement.stated("Remote work possible") == .hybrid)
        // … or available, or fine: "Remote work availability", "Remote work = OK"
        #expect(WorkArrangement.stated("Remote work availability") == .hybrid)
        #expect(WorkArrangement.stated("Remote work = OK.") == .hybrid)
        #expect(WorkArrangement.stated("Remote work") == .remote)
        #expect(WorkArrangement.stated("Homeoffice-Möglichkeit") == .hybrid)
        #expect(WorkArrangement.stated("Remote work") == .remote)
        // home working flexibly is hybrid
        #expect(WorkArrangement.stated("Flexibel thuiswerken") == .hybrid)
        #expect(WorkArrangement.inText("We offer flexible working from home.") == .hybrid)
        // the work itself, and smart working as one word
        #expect(WorkArrangement.stated("Trabajo en remoto") == .remote && WorkArrangement.stated("Telearbeit") == .remote)
        #expect(WorkArrangement.inText("Il lavoro è da remoto.") == .remote)
        #expect(WorkArrangement.inText("Offriamo smart working 2 giorni a settimana.") == .hybrid)
    }

    @Test func remoteWorkDeniedAndAWholeWeekAtTheOffice() {
        for text in ["This is not a remote position.", "Remote work is not possible.", "Kein Homeoffice möglich.",
                     "Pas de télétravail.", "Geen thuiswerken mogelijk.", "Homeoffice ist nicht möglich.",
                     "Le télétravail n'est pas possible.", "Remote work is not available for this role.",
                     "You will be in the office 5 days a week."] {
            #expect(WorkArrangement.inText(text) == .onSite, "\(text)")
        }
        // a negation of something else says nothing of it
        #expect(WorkArrangement.inText("Remote, no travel required.") == nil)
        #expect(WorkArrangement.inText("Remote is not just a word for us, it is who we are.") == nil)
        #expect(WorkArrangement.inText("We work hybrid.") == .hybrid)
        // remote work denied for all of the time, home working offered for some of it in a clause of its own
        #expect(WorkArrangement.inText("This role will be office based. While some home-working will be available, "
                                       + "this role is not open to remote candidates.") == .hybrid)
        #expect(WorkArrangement.inText("Not a remote role. Homeworking is available on Fridays.") == .hybrid)
        #expect(WorkArrangement.inText("This role is not open to remote candidates, and home-working is not available.") == .onSite)
    }

    @Test func aVirtualJobAndAJobDoneAtHome() {
        for text in ["This is a virtual position.", "This position is 100% virtual.", "Work from wherever you are.",
                     "This is a work-from-home position.", "Home-based role.", "Standortunabhängiges Arbeiten ist möglich."] {
            #expect(WorkArrangement.inText(text) == .remote, "\(text)")
        }
        // a virtual thing is no job
        #expect(WorkArrangement.inText("We run virtual machines on Kubernetes.") == nil)
    }

    @Test func theChoiceOfHomeOrTheOfficeIsHybrid() {
        for text in ["Sie arbeiten von Ihrem Homeoffice-Standort oder unserem Büro in München aus.",
                     "You can work from home or from our office in Munich.", "Du arbeitest wahlweise im Homeoffice oder im Büro.",
                     "Vous travaillerez en télétravail ou dans nos locaux à Lyon.", "Puedes trabajar en remoto o en nuestra oficina.",
                     "Je werkt vanuit huis of op ons kantoor.", "Work remotely or at one of our offices."] {
            #expect(WorkArrangement.inText(text) == .hybrid, "\(text)")
        }
        // a place or home is remote; an office and a home that are no choice say nothing
        #expect(WorkArrangement.inText("You can work in Berlin or remotely.") == .remote)
        #expect(WorkArrangement.inText("The office of the CEO is in Berlin, home of the bear.") == nil)
    }

    @Test func aNameAfterInBehindTheJob() {
        #expect(PageHeuristics.placeAfterIn(" in Kleinhausen") == "Kleinhausen")
        #expect(PageHeuristics.placeAfterIn(" in Bad Breisig") == "Bad Breisig")
        #expect(PageHeuristics.placeAfterIn(" in 3 Schichten") == nil)
        #expect(PageHeuristics.placeAfterIn(" in unserem Team") == nil)
        #expect(PageHeuristics.placeAfterIn(" bei Acme") == nil)
    }

    @Test func daysOfRemoteWorkAreSomeOfTheWeek() {
        #expect(WorkArrangement.stated("Remote days") == .hybrid)
        #expect(WorkArrangement.stated("Homeoffice-Tage") == .hybrid)
        #expect(WorkArrangement.stated("Remote Fridays") == .hybrid)
        // (a fact after a comma is another fact)
        #expect(WorkArrangement.stated("Remote, day shift") == .remote)
        #expect(WorkArrangement.stated("Remote") == .remote)
    }

    @Test func aPerkForHomeWorkIsNoArrangement() throws {
        #expect(WorkArrangement.stated("Home office stipend") == nil)
        #expect(WorkArrangement.stated("Homeoffice-Zuschuss") == nil)
        #expect(WorkArrangement.stated("Home office") == .remote)
        let p = try #require(read("<h1>Support Engineer</h1><h3>Benefits</h3><ul><li>Home office stipend</li><li>Gym</li></ul>"))
        #expect(p.location == nil && p.workplace == nil)
    }

    @Test func aShareOfTheTimeAndTheEmployersRulesAreHybrid() throws {
        let cases: [(String, WorkArrangement)] = [
            ("<h1>Security Engineer</h1><main><p>You will secure our fleet of devices and our cloud.</p><h3>Flexible work</h3><p>Up to 50% work from home</p></main>", .hybrid),
            ("<h1>Entwickler</h1><main><p>Sie arbeiten bis zu 40 % im Homeoffice.</p></main>", .hybrid),
            ("<h1>Entwickler</h1><main><p>Flexible, familienfreundliche Arbeitszeiten und Homeoffice Regelungen</p></main>", .hybrid),
            ("<h1>Bauingenieur</h1><main><p>Familienfreundlichkeit (z. B. Gleitzeit und mobiles Arbeiten)</p></main>", .hybrid),
            ("<h1>QA Engineer</h1><main><p>We offer unlimited vacation, remote working options and a 401k plan.</p></main>", .hybrid),
            ("<h1>Writer</h1><main><p>You can work independently in a remote environment without hand-holding.</p></main>", .remote),
        ]
        try expectWorkplaces(cases)
        #expect(WorkArrangement.isPartialShare("40%") && !WorkArrangement.isPartialShare("100%") && !WorkArrangement.isPartialShare("%"))
    }

    @Test func allOfTheTimeOrAShareOfIt() throws {
        // a share under all of it after the word of a short line; all of it before a phrase of home or distance
        let cases: [(String, WorkArrangement)] = [
            ("<h1>Entwickler</h1><ul><li>30 Tage Urlaub</li><li>Mobiles Arbeiten bis zu 60 %</li></ul>", .hybrid),
            ("<h1>Analyst</h1><ul><li>Gym</li><li>Remote up to 40% of the time</li></ul>", .hybrid),
            ("<h1>Entwickler</h1><main><p>Bei uns arbeiten Sie komplett von zu Hause aus.</p></main>", .remote),
            ("<h1>Desarrollador</h1><main><p>Trabajo 100% en remoto para toda España.</p></main>", .remote),
            ("<h1>Développeur</h1><main><p>Le poste est entièrement à distance.</p></main>", .remote),
            ("<h1>Analyst</h1><main><p>You will work mostly from home, with a monthly team day.</p></main>", .remote),
            ("<h1>Développeur</h1><ul><li>Tickets restaurant</li><li>Travail hybride : bureau et télétravail</li></ul>", .hybrid),
        ]
        try expectWorkplaces(cases)
        #expect(WorkArrangement.remotePhraseStart(["von", "zu", "hause"], 2) == 0)
        #expect(WorkArrangement.remotePhraseStart(["at", "home"], 1) == nil)
        // a hybrid thing, and the whole of the time at something else, are no arrangement
        #expect(WorkArrangement.stated("Hybrid cloud infrastructure experience") == nil)
        #expect(WorkArrangement.inText("Willingness to travel 100% of the time.") == nil)
    }

    @Test func thePlaceInThePagesSummaryWhereItsLinesNameNone() throws {
        // labelled, put the work in, or a fact of its own; only where the page's lines name no place
        let cases: [(String, String?)] = [
            ("Apply now. Job location Banglore, India. Full time.", "Banglore, India"),
            ("Medewerker klantenservice (40 uur, Delft)", "Delft"),
            ("Join our team in our office in Utrecht.", "Utrecht"),
            ("Join a growing team of engineers.", nil),
        ]
        for (summary, place) in cases {
            #expect(Location.inSummary(summary) == place, "\(summary)")
            let p = try #require(read("""
                <head><meta name="description" content="\(summary)"></head><h1>Support Engineer</h1>
                <main><p>We are looking for a support engineer to help our customers every day.</p></main>
                """))
            #expect(p.location == place && p.evidence["location"] == (place == nil ? nil : "meta"))
        }
        let p = try #require(read("""
            <head><meta name="description" content="Job location Banglore, India"></head><h1>Support Engineer</h1>
            <p>Location: Pune, India</p>
            """))
        #expect(p.location == "Pune, India" && p.evidence["location"] == "label")
    }

    @Test func remoteWorkInMoreLanguagesOfTheEUsJobMarket() throws {
        let cases: [(String, WorkArrangement)] = [
            // a label on its own line, its value on the next: the label says nothing itself
            ("<h1>Ohjelmistokehittäjä</h1><dl><dt>Etätyö:</dt><dd>Osittainen etätyömahdollisuus</dd></dl>", .hybrid),
            ("<h1>Programista</h1><p>Tryb pracy: praca zdalna</p>", .remote),
            ("<h1>Programista</h1><p>Tryb pracy: hybrydowa</p>", .hybrid),
            ("<h1>Vývojář</h1><p>Typ práce: Hybridní</p>", .hybrid),
            ("<h1>Utvecklare</h1><ul><li>Heltid</li><li>På distans</li></ul>", .remote),
            ("<h1>Udvikler</h1><p>Arbejdsform: Hjemmearbejde</p>", .remote),
            ("<h1>Engineer</h1><p>Partial remote</p>", .hybrid),
            // on site at a place the sentence names, and a share of the time there
            ("<h1>Systemutvecklare</h1><main><p>Vi söker en utvecklare.</p><p>Arbetstid: Heltid på plats i Uppsala.</p></main>", .onSite),
            ("<h1>Utvecklare</h1><main><p>Du behöver vara på plats i Sundsvall 50% av tiden.</p></main>", .hybrid),
            ("<h1>Engineer</h1><main><p>You need to be on site in Leeds 50% of the time.</p></main>", .hybrid),
        ]
        try expectWorkplaces(cases)
        // the place's labels in those languages
        let place = try #require(read("<h1>Office Manažér</h1><div><strong>Miesto práce</strong><br><span>Chalupkova 4, Bratislava</span></div>"))
        #expect(place.location == "Chalupkova 4, Bratislava" && place.evidence["location"] == "label")
        // a word of partial before something else is no arrangement ("part-time")
        #expect(WorkArrangement.stated("Osittainen työaika") == nil)
    }

    @Test func theHeadingOfAnAdvertOrOfItsBasicFactsInMoreLanguages() throws {
        // the word for a job advert, and the heading over the posting's facts, are neither the job nor its title
        let facts = try #require(read("""
            <h2>Měřič, technik relé</h2><p>Zabýváme se opravou elektrických zařízení.</p>
            <h2>Základní informace</h2><p>Lokalita:</p><p>Ústí nad Labem</p><p>Datum nástupu:</p><p>Možný ihned.</p>
            <h2>Co nabízíme</h2><p>Stabilní zaměstnání.</p>
            """))
        #expect(facts.title == "Měřič, technik relé")
        let advert = try #require(read("<h1>Ogłoszenie</h1><h2>Magazynier</h2><p>Szukamy osoby do pracy w magazynie.</p>"))
        #expect(advert.title == "Magazynier")
        #expect(read("<h2>Platsannons</h2><p>Vi söker undersköterskor till vårt team i Karlstad.</p>")?.title == nil)
        #expect(PostingLabels.isGeneric("Stillingsannonse") && PostingLabels.isGeneric("Informations générales"))
    }

    @Test func aTitleThatEndsOnTheSitesOwnName() throws {
        // the employer after a word of "at" is the one the site names itself by: its copyright line's, or its page title
        let owned = try #require(read("""
            <head><title>Karriere | KNOLL</title></head>
            <body><h1>SPS-Programmierer (m/w/d) bei KNOLL Maschinenbau GmbH</h1><h2>Ihre Aufgaben</h2>
            <p>Sie programmieren unsere Anlagen.</p><footer>© 2024 KNOLL Maschinenbau GmbH</footer></body>
            """))
        #expect(owned.title == "SPS-Programmierer (m/w/d)" && owned.company == "KNOLL Maschinenbau GmbH")
        let titled = try #require(read("""
            <head><title>De Walrus</title></head>
            <body><p>Vacature: Kok bij De Walrus</p><p>Wij zoeken een kok voor ons restaurant in Leeuwarden.</p></body>
            """))
        #expect(titled.title == "Kok" && titled.company == "De Walrus" && titled.evidence["company"] == "title")
        // (also where the host spells the name: the title had been dropped as the site's own)
        let hosted = try #require(read("""
            <head><title>De Walrus</title></head>
            <body><p>Vacature: Kok bij De Walrus</p><p>Wij zoeken een kok voor ons restaurant in Leeuwarden.</p></body>
            """, url: "https://dewalrus.nl/vacatures/kok"))
        #expect(hosted.title == "Kok" && hosted.company == "De Walrus")
        // (on a board, whose name is another, the heading is kept as it is written)
        let board = try #require(read("""
            <head><title>Jobs | JobBoard</title><meta property="og:site_name" content="JobBoard"></head>
            <body><h1>Koch (m/w/d) bei Gasthaus Krone</h1><p>Das Gasthaus Krone sucht einen Koch.</p>
            <footer>© 2024 JobBoard GmbH</footer></body>
            """, url: "https://jobboard.example/jobs/1"))
        #expect(board.title == "Koch (m/w/d) bei Gasthaus Krone")
    }

    @Test func remoteWorkSaidInSentencesOfMoreLanguages() throws {
        // a sentence of the description that says it, in Swedish, Polish, Danish, Norwegian, Czech and Spanish
        let said = { (sentence: String) in "<h1>Analytiker</h1><main><p>Acme is a growing company.</p><p>\(sentence)</p></main>" }
        let cases: [(String, WorkArrangement)] = [
            (said("Du kan arbeta helt på distans från hela Sverige."), .remote),
            (said("Rollen är 100 % på distans."), .remote),
            (said("Oferujemy pracę w pełni zdalną."), .remote),
            (said("Praca w 100% zdalna."), .remote),
            (said("Du arbejder 100% hjemmefra."), .remote),
            (said("Stillingen kan utføres fra hjemmekontor i hele Norge."), .remote),
            (said("Plně remote pozice."), .remote),
            (said("Vi tillämpar en hybrid arbetsmodell med 2-3 dagar på kontoret."), .hybrid),
            (said("Vi erbjuder hybridarbete."), .hybrid),
            // ("hemifrån", from home, some days or two a week: "två dagar i veckan")
            (said("Du kan arbeta hemifrån vissa dagar."), .hybrid),
            (said("Vi erbjuder flexibelt arbete hemifrån två dagar i veckan."), .hybrid),
            // (an English "to" before "day" counts no days: "day-to-day")
            (said("This is a fully remote role: you will contribute to day-to-day operations from home."), .remote),
            (said("Sistema híbrido de teletrabajo."), .hybrid),
            (said("Praca w biurze w Warszawie."), .onSite),
            (said("Práce na místě v Praze."), .onSite),
            ("<h1>Programista</h1><p>Tryb pracy: stacjonarny</p>", .onSite),
            ("<h1>Programista</h1><p>Tryb pracy: zdalny</p>", .remote),
            // … and more ways of the six languages and Portuguese
            (said("Je werkt hybride."), .hybrid),
            (said("Modelo remoto."), .remote),
            (said("Regime de teletrabalho."), .remote),
            (said("Full télétravail."), .remote),
            (said("Je werkt vanuit ons kantoor in Utrecht."), .onSite),
            (said("Werken op kantoor in Amsterdam."), .onSite),
            (said("Le poste est basé sur site à Lyon."), .onSite),
            (said("Lavoro in presenza a Torino."), .onSite),
            (said("Local de trabalho: presencial em Lisboa."), .onSite),
        ]
        try expectWorkplaces(cases)
        // home working as the reader likes it is some of the time; a Polish tool's "remote" is no work's
        #expect(WorkArrangement.stated("Teletrabajo flexible") == .hybrid && WorkArrangement.stated("Homeoffice flexibel") == .hybrid)
        #expect(WorkArrangement.stated("Zdalnie sterowane urządzenia to nasza specjalność.") == nil)
        #expect(WorkArrangement.stated("Zdalnie") == .remote)
    }

    @Test func theJobItselfSaidToBeRemote() throws {
        // the job, a verb or a preposition, then the remote word, in four languages
        #expect(WorkArrangement.inText("This position is remote, with a yearly meet-up.") == .remote)
        #expect(WorkArrangement.inText("Die Stelle ist remote und in Vollzeit.") == .remote)
        #expect(WorkArrangement.inText("Poste en télétravail, CDI.") == .remote)
        #expect(WorkArrangement.inText("Puesto en remoto con horario flexible.") == .remote)
        #expect(WorkArrangement.inText("You will be working remotely with a distributed team.") == .remote)
        // denied, it is on-site; or not of the job
        #expect(WorkArrangement.inText("The position is not remote.") == .onSite)
        #expect(WorkArrangement.inText("Remote access to the position is logged.") == nil)
        // a tool's "remote" opening a short line states nothing
        #expect(WorkArrangement.stated("Remote access to our servers") == nil)
        #expect(WorkArrangement.stated("Remote (EU)") == .remote)
    }

    @Test func moreWaysOfSayingTheArrangement() throws {
        // now and then is hybrid, right after the word; occasional travel is not
        #expect(WorkArrangement.stated("Télétravail : Occasionnel") == .hybrid)
        #expect(WorkArrangement.stated("Remote (occasional)") == .hybrid)
        #expect(WorkArrangement.stated("Remote, occasional travel to Berlin") == .remote)
        #expect(WorkArrangement.stated("Télétravail fréquent") == .hybrid)
        #expect(WorkArrangement.stated("Télétravail total") == .remote)
        // … and at will, right after the word
        #expect(WorkArrangement.stated("Work from home whenever you need (even after Covid)") == .hybrid)
        #expect(WorkArrangement.stated("Homeoffice bei Bedarf") == .hybrid)
        #expect(WorkArrangement.stated("Remote occasionally") == .hybrid && WorkArrangement.stated("Télétravail ponctuellement") == .hybrid)
        #expect(WorkArrangement.stated("Work from home, wherever you live") == .remote)
        #expect(WorkArrangement.stated("Fully-remote") == .remote)
        #expect(WorkArrangement.stated("Smart working") == .hybrid)
        #expect(WorkArrangement.stated("Full smart working") == .remote)
        #expect(WorkArrangement.inText("Can be based anywhere in the UK.") == .remote)
        #expect(WorkArrangement.inText("Our team works remotely across Europe.") == .remote)
        #expect(WorkArrangement.inText("This role is open to candidates anywhere in the US.") == .remote)
        // a place and its arrangement in brackets among a header line's facts
        let facts = try #require(read("<h1>Backend Engineer</h1><p>Engineering · United States (Remote) · Full-time</p><p>We build software for logistics firms.</p>"))
        #expect(facts.workplace == .remote && facts.location == "United States")
        // the kind of contract and the arrangement between dashes
        let dashed = try #require(read("<h1>Director of Claims</h1><p>multiple locations</p><p>Full-time - Remote</p><p>We run claims for insurers.</p>"))
        #expect(dashed.workplace == .remote && dashed.remote == true)
        // the facts behind a short label: "Job type: Full-time, Remote"
        let p = try #require(read("<h1>Backend Developer</h1><p>Job type: Full-time, Remote</p><p>We build software for logistics firms.</p>"))
        #expect(p.workplace == .remote && p.remote == true)
        // a qualifier in brackets is no place
        let q = try #require(read("<h1>Backend Developer</h1><p>Remote (occasional)</p><p>We build software for logistics firms.</p>"))
        #expect(q.workplace == .hybrid && q.location == nil)
    }

    @Test func placeLabelsOverSentencesAndSlashes() throws {
        let about = "<p>We build software for logistics firms. You know Python.</p>"
        // a sentence under the label: the known town it names
        let sentence = try #require(read("<h1>Backend Engineer</h1><h3>Location</h3><p>Our office is in central Amsterdam, close to the station.</p>\(about)"))
        #expect(sentence.location == "Amsterdam" && sentence.evidence["location"] == "label")
        #expect(LabelledLines.isSentence("Our office is in central Amsterdam, close to the station."))
        #expect(!LabelledLines.isSentence("Via Roma 12, 20100 Milano, Lombardia, Italia"))
        // "Where:" labels a place
        let whereLabel = try #require(read("<h1>Backend Engineer</h1><p>Where: Amsterdam</p>\(about)"))
        #expect(whereLabel.location == "Amsterdam")
        // … with its colon only: a line "Dove" is a word (or a brand), not the Italian label
        let brand = try #require(read("<h1>Backend Engineer</h1><p>Dove</p><p>Premium soap and care</p>\(about)"))
        #expect(brand.location == nil)
        // a known town and a kind of contract between slashes
        let slashed = try #require(read("<h1>Backend Engineer</h1><p>London / Full-time</p>\(about)"))
        #expect(slashed.location == "London")
        // … or a line each, the town beside the kind of contract (a word that is no known town is no place there)
        let stacked = try #require(read("<h1>Programmeur</h1><p>Brussel</p><p>Full-time</p><p>Competitief</p>\(about)"))
        #expect(stacked.location == "Brussel")
        #expect(read("<h1>Programmeur</h1><p>Full-time</p><p>Competitief</p>\(about)")?.location == nil)
    }

    @Test func aPersonUnderARecruitersLabelIsNoEmployer() throws {
        let about = "<p>You will build our API in Python and work with customers.</p>"
        let p = try #require(read("<h1>Backend Engineer</h1><p>Recruiter: Anna Smith</p><p>Company: Brightwave</p>\(about)"))
        #expect(p.company == "Brightwave" && p.evidence["company"] == "label")
        // an agency's name under the label is the poster; a person under the employer's own label is the employer
        #expect(read("<h1>Backend Engineer</h1><p>Recruiter: Kestrel Talent</p>\(about)")?.company == "Kestrel Talent")
        // (one of the largest staffing firms posts for a client it does not name)
        #expect(read("<h1>Backend Engineer</h1><p>Recruiter: Hays</p>\(about)")?.company == "Confidential")
        #expect(read("<h1>Nanny</h1><p>Employer: Anna Smith</p>\(about)")?.company == "Anna Smith")
        #expect(PostingLabels.readsAsPerson("Jean-Paul Martin") && !PostingLabels.readsAsPerson("Grace Technologies"))
    }

    @Test func aHiringHeadlineUnderTheTitle() throws {
        let page = #"<html><head><title>Backend Engineer - JobNest</title><meta property="og:site_name" content="JobNest"></head>"#
            + "<body><main><h1>Backend Engineer</h1><p>Brightwave is hiring</p><p>You will build our API in Python.</p></main></body></html>"
        let p = try #require(read(page, url: "https://www.jobnest.example/job/12345-backend-engineer"))
        #expect(p.company == "Brightwave" && p.evidence["company"] == "header")
    }

    @Test func theSiteNameThatSpellsThePlatformAccount() throws {
        // on an applicant-tracking platform the site's name is the employer's when it spells the account
        let page = "<html><head><title>Backend Engineer - Acme</title></head><body><h1>Backend Engineer</h1>"
            + "<ul><li>Engineering</li><li>Remote, US</li><li>Full-time</li></ul><p>You will build our API in Python and Go.</p></body></html>"
        let p = try #require(read(page, url: "https://acme.recruitee.com/o/backend"))
        #expect(p.company == "Acme" && p.workplace == .remote)
    }

    @Test func aCareersSiteNameNamesItsEmployer() throws {
        // og:site_name "Careers at Roblox" over a department's line under the title
        let page = #"<html><head><title>Principal Engineer - Studio</title><meta property="og:site_name" content="Careers at Roblox"></head>"#
            + "<body><h1>Principal Engineer - Studio</h1><p>San Mateo, CA, United States</p><p>Engineering</p>"
            + "<main><p>At Roblox, we build the tools creators use. You will write C++ and Lua.</p></main></body></html>"
        let p = try #require(read(page, url: "https://careers.roblox.example/jobs/3214"))
        #expect(p.company == "Roblox" && p.evidence["company"] == "site_name")
    }

    @Test func aLineOfHashtagsNamesTheTechnologies() throws {
        // (the tags stand in the page's banner, outside the prose the description is read from)
        let page = #"<div class="top-section"><div class="title">Machine Learning Engineer</div><div class="hashtags">#Azure #AWS #Scikit-Learn #MLOps</div></div>"#
            + #"<div class="content"><h2>About the role</h2><p>You will train and ship models for our clients with a small team of engineers and designers.</p>"#
            + "<p>You will talk to customers every week and help them use what we build.</p><h2>What we offer</h2><p>A friendly team, good pay and time to learn.</p></div>"
        let p = try #require(read(page))
        #expect(["Azure", "AWS", "scikit-learn"].allSatisfy { name in p.skills.contains { $0.name == name } }, "\(p.skills.map(\.name))")
        #expect(PostingReader.isHashtagLine("#Azure #GCP #AWS") && !PostingReader.isHashtagLine("#1 in our field"))
    }

    @Test func pronounsAndRolesOfASentence() throws {
        // a section headed "Us" names no one
        #expect(!LabelledLines.couldNameEmployer("Us") && LabelledLines.couldNameEmployer("Red Kite"))
        // nor does a trail of links from the home page, parted by slashes (a name may hold one: "AC/DC Tours")
        #expect(!LabelledLines.couldNameEmployer("Home / Vacatures / Werfleider") && LabelledLines.couldNameEmployer("AC/DC Tours"))
        let p = try #require(read("""
            <html><head><title>Werfleider | Vacature bij Betonwerken Careye</title></head><body>
            <p>Home / Vacatures / Werfleider</p><h1>Werfleider</h1><p>Als werfleider vormt u de schakel tussen voorbereiding en uitvoering.</p>
            </body></html>
            """))
        #expect(p.company != "Home / Vacatures / Werfleider" && p.company?.contains("/") != true, "\(p.company ?? "nil")")
        // the role a sentence opens with, up to its first small word or comma, where it reads as a role
        #expect(LabelledLines.roleOpening("Als Pflegekraft im Pflegeteam Braunschweig sind Sie verantwortlich.") == "Pflegekraft")
        #expect(LabelledLines.roleOpening("As a DevOps engineer at Acme, you run our clusters.") == "DevOps engineer")
        #expect(LabelledLines.roleOpening("As a result, we grew.") == nil)
        // a name and its verb of seeking before the role
        #expect(LabelledLines.nameSeeking("Acme is hiring a Data Engineer")?.sought == "Data Engineer")
        #expect(LabelledLines.nameSeeking("Dupont recrute un chef de projet")?.name == "Dupont")
    }

    @Test func theRoleASentenceHiresForWhereTheHeadingsNameTheSite() throws {
        // the h1 is the site's name, as its copyright line writes it: the sentence's role, its praise word gone
        let page = try #require(read("""
            <head><title>Rijschool Zebra</title></head><body><h1>Rijschool Zebra</h1><h2>Vacatures</h2>
            <p>Een van onze instructeurs gaat met pensioen. Wij zoeken een gemotiveerde instructeur(trice) die de leerlingen
            met geduld begeleidt.</p><p>Stuur je brief naar ons adres.</p><footer>Copyright © Rijschool Zebra</footer></body>
            """))
        #expect(page.title == "instructeur(trice)" && page.company == "Rijschool Zebra")
        // a heading that writes the same role otherwise stays ("Lassers" over "Als samensteller/lasser maak je …")
        let kept = try #require(read("""
            <body><h2>Lassers / Aflasser</h2><p>Voor onze opdrachtgever zijn wij per direct op zoek naar lassers.</p>
            <p>Als samensteller/lasser maak je aan de hand van tekeningen diverse frames en machines.</p></body>
            """))
        #expect(kept.title == "Lassers / Aflasser")
        #expect(LabelledLines(lines: ["Nous recherchons un ingénieur motivé (homme ou femme) pour notre bureau."]).soughtRole == "ingénieur")
        #expect(LabelledLines(lines: ["We are looking for a motivated person to join us."]).soughtRole == nil)
        // German's asides between the verb and the role, its article and praise in both genders, and the word joining two
        #expect(LabelledLines(lines: ["Wir suchen zur Verstärkung unseres Teams eine/n engagierte/n und freundliche/n "
                                      + "Rezeptionistin für unsere Zahnarztpraxis."]).soughtRole == "Rezeptionistin")
        #expect(LabelledLines(lines: ["Wir suchen ab sofort einen erfahrenen Elektriker für Baustellen in Köln."]).soughtRole
                == "Elektriker")
        #expect(LabelledLines.withoutAsides("Wir suchen ab sofort Unterstützung") == "Wir suchen Unterstützung")
        // the role a Dutch sentence opens with ends before the verb that comes before its subject
        #expect(LabelledLines.roleOpening("Als samensteller/lasser maak je frames.") == "samensteller/lasser")
        // a choice of kinds of employment names them, as one kind does
        #expect(EmploymentType.names("Loondienst of ZZP") && EmploymentType.names("Vollzeit oder Teilzeit"))
        #expect(!EmploymentType.names("Part of Acme"))
    }

    @Test func theMailDomainAndTheSeekingHeadlineNameTheEmployer() throws {
        // the domain of the address that reads the applications agrees with the page title's name, over its tagline
        let mailed = try #require(read("""
            <head><title>Softwareentwickler (m/w/d) | Nordlicht | Software für Handwerker</title></head><body>
            <h1>Softwareentwickler (m/w/d)</h1><p>Du entwickelst unsere Apps für Handwerksbetriebe weiter.</p>
            <p>Bewerbungen bitte an jobs@nordlicht.de</p></body>
            """))
        #expect(mailed.company == "Nordlicht")
        // a headline of a name, its verb of seeking and the role names the employer
        let seeking = try #require(read("""
            <head><title>Dressland | Dress for Success | Home</title></head><body>
            <h1>Dressland sucht neue Mitarbeiter <br><span>im Verkauf Aussendienst</span></h1>
            <p>Wir kleiden Konzerne und KMUs von Kopf bis Fuss ein.</p><p>Ihre Hauptaufgaben sind die Kundenbetreuung.</p></body>
            """))
        #expect(seeking.company == "Dressland")
    }

    @Test func placesInTheRestOfTheEUsLanguages() throws {
        // a Swedish place label, its office "or remote"; a Brazilian town and its state's code after a slash
        let p = try #require(read("<h1>Systemutvecklare</h1><p>Plats</p><p>Kontor i Stockholm eller remote</p><p>Du bygger appar.</p>"))
        #expect(p.location == "Kontor i Stockholm eller remote" && p.evidence["location"] == "label")
        #expect(LabelledLines.place("Indaiatuba/SP") == "Indaiatuba/SP" && LabelledLines.place("Campinas - SP") == "Campinas - SP")
        #expect(LabelledLines.place("Campinas/XY") == nil)
        let q = try #require(read("<h1>Vendedor(a)</h1><p>Indaiatuba/SP</p><p>Comercial</p><p>CLT</p><p>Realizar vendas.</p>"))
        #expect(q.location == "Indaiatuba/SP")
    }

    @Test func theAddressInTheHeadersContactBar() throws {
        // an employer's own page that names no place but in its header's contact bar
        let p = try #require(read("""
            <html><head><title>Nordby Bilverkstad</title></head><body><header><div>Lundavägen 62, 212 25 Malmö</div>
            <div>040-291610</div><nav><a href="/">Hem</a> <a href="/tjanster">Våra tjänster</a> <a href="/om">Om oss</a></nav>
            </header><section><h2>Jobba hos oss</h2><h3>Bilmekaniker</h3><p>Just nu söker vi en erfaren bilmekaniker.</p>
            \((1...32).map { "<p>Uppgift nummer \($0) i verkstaden.</p>" }.joined())</section></body></html>
            """))
        #expect(p.title == "Bilmekaniker" && p.location == "212 25 Malmö" && p.evidence["location"] == "footer", "\(p.evidence)")
    }

    @Test func anAddressSetOutLineByLine() throws {
        // a street, a postcode alone on its line, a known town alone on the next: read together
        #expect(Location.inAddress(lines: ["Västerlånggatan 27", "111 29", "Stockholm", "(Karta)"]) == "111 29 Stockholm")
        #expect(Location.inAddress(lines: ["Torstraße 12", "10119", "Berlin, Germany"]) == "10119 Berlin")
        // (not without the street over it, nor over a word that is no known town, nor a number of no postcode's shape)
        #expect(Location.inAddress(lines: ["Gegründet", "2011", "Stockholm"]) == nil)
        #expect(Location.inAddress(lines: ["Torstraße 12", "27", "Stockholm"]) == nil)
        #expect(Location.inAddress(lines: ["Torstraße 12", "111 29", "Wir suchen dich"]) == nil)
        // an employer's own page whose footer parts its address so
        let p = try #require(read("""
            <html><head><title>Vi söker frontend-utvecklare! - Nordvik</title></head><body><main><h1>Vi söker frontend-utvecklare!</h1>
            <p>Vi letar efter dig som brinner för frontend-utveckling och vill utvecklas tillsammans med likasinnade.</p></main>
            <footer><p>Nordvik AB</p><p>Västerlånggatan 27</p><p>111 29</p><p>Stockholm</p><p>08-500 10 90</p></footer></body></html>
            """))
        #expect(p.location == "111 29 Stockholm" && p.evidence["location"] == "footer", "\(p.location ?? "nil") \(p.evidence)")
    }

    @Test func theTownOfTheFootersAddress() throws {
        #expect(Location.inAddress("Brightwave GmbH · Torstraße 12 · 10119 Berlin") == "10119 Berlin")
        // (a bar that parts the footer's facts may end the line)
        #expect(Location.inAddress("1611 BS Bovenkarspel |") == "1611 BS Bovenkarspel")
        #expect(Location.inAddress("Torstraße 12 · 10119 Berlin ·") == "10119 Berlin")
        #expect(Location.inAddress("90-613, Łódź") == "90-613, Łódź")
        // (a Dutch postcode set apart from its town by a comma: its letters are no town)
        #expect(Location.inAddress("Lindenhoevestraat 43, 1096 DV, Amsterdam") == "1096 DV Amsterdam")
        #expect(!LabelledLines.postcodeFirst("1096 DV") && LabelledLines.postcodeFirst("1096 DV Amsterdam"))
        // (a Polish postcode after the street, of a town the lists lack, its voivodeship after it dropped; not a span)
        #expect(Location.inAddress("ul. 1 Maja 65, 44-348 Skrzyszów śląskie") == "44-348 Skrzyszów")
        #expect(Location.inAddress("Kolejowa 12, 05-800 Pruszków") == "05-800 Pruszków")
        // (a Swedish or Czech postcode with a space after its first three digits)
        #expect(Location.inAddress("Lundavägen 62, 212 25 Malmö") == "212 25 Malmö")
        #expect(Location.inAddress("Na Příkopě 12, 110 00 Praha") == "110 00 Praha")
        #expect(Location.inAddress("Zespół 12 osób, 50-100 Mitarbeiter") == nil)
        // (a French postcode with a space after the département's digits; not a count of two numbers)
        #expect(Location.inAddress("35 000 RENNES") == "35 000 RENNES")
        // (a business address's CEDEX after the town, and its office's number)
        #expect(Location.inAddress("Campus de Beaulieu, 263 avenue du Général Leclerc, 35 042 RENNES cedex, France")
            == "35 042 RENNES cedex")
        #expect(LabelledLines.postcodeFirst("75008 Paris Cedex 08"))
        #expect(Location.inAddress("12 345 Mitarbeiter") == nil)
        // (a house number a comma parts from its street, as France writes it; not a count before a comma)
        #expect(Location.inAddress("217, avenue Jean-Paul Coste 13100 Aix-en-Provence") == "13100 Aix-en-Provence")
        #expect(Location.inAddress("12 bis, rue des Lilas, 44190 Clisson") == "44190 Clisson")
        #expect(Location.isHouseNumber("5b") && !Location.isHouseNumber("2024") && !Location.isHouseNumber("12 personnes"))
        // (an Italian province's code in brackets after the town, the name and the street before them on one line)
        #expect(Location.inAddress("Kestrel S.r.l. Via Cigalini 5/D 22100 Como (CO) | P.I. 03778880132") == "22100 Como (CO)")
        #expect(Location.inAddress("Kestrel S.r.l. Via Cigalini 5/D 22100 Como (Lombardia)") == nil)
        #expect(Location.inAddress("Brightwave, 500 Market St, San Francisco, CA 94105") == "San Francisco, CA 94105")
        #expect(Location.inAddress("12 High Street, Bristol BS1 4DJ, United Kingdom") == "Bristol")
        // a dash between spaces parts the facts; a town before its postcode of four digits, or its state and postcode
        #expect(Location.inAddress("Brightwave SAS – 12 rue de la Paix – 75002 Paris") == "75002 Paris")
        #expect(Location.inAddress("Level 2, 15 Willis Street, Wellington 6011, New Zealand") == "Wellington")
        #expect(Location.inAddress("1 Martin Place, Sydney NSW 2000") == "Sydney NSW")
        #expect(Location.inAddress("1 Martin Place, Sydney, NSW 2000") == "Sydney, NSW")
        #expect(Location.inAddress("100 King St W, Toronto, ON M5X 1A9") == "Toronto, ON")
        // (a year is no postcode)
        #expect(Location.inAddress("Wellington 2024") == nil)
        // no postcode, or a year before a name: no address
        #expect(Location.inAddress("hello@brightwave.example · +44 20 1234 5678 · London, UK") == nil)
        #expect(Location.inAddress("Tsavo BV | 2016 Tsavo BV") == nil)
        // on the employer's own site, failing all else, the footer's address is the place
        let page = "<h1>Backend Engineer</h1><main><p>We build software for logistics firms. You know Python.</p></main>"
            + "<footer><p>Brightwave Ltd, 12 High Street, Bristol BS1 4DJ, United Kingdom</p><p>© 2024 Brightwave Ltd</p></footer>"
        let p = try #require(read(page, url: "https://brightwave.example/careers/backend-engineer"))
        #expect(p.location == "Bristol" && p.evidence["location"] == "footer")
        // the country's letters before the postcode, as Europe wrote it
        #expect(Location.inAddress("D - 13187 Berlin") == "13187 Berlin")
        #expect(Location.inAddress("CH-8001 Zürich") == "8001 Zürich")
        // a footer the markup does not mark as one: the address among the page's last lines
        let unmarked = "<h1>Webentwickler (w/m)</h1><main><p>Wir entwickeln Software für Hotels. Du kennst PHP.</p></main>"
            + #"<div class="l-footer"><p>Toocan GmbH<br>Florastr. 86<br>D - 13187 Berlin</p></div>"#
        let q = try #require(read(unmarked, url: "https://www.toocan.example/ab-sofort/"))
        #expect(q.location == "13187 Berlin" && q.evidence["location"] == "footer")
    }

    @Test func theMarkupsPlaceOrTitleSaysTheArrangement() throws {
        func page(_ title: String, _ town: String) -> String {
            #"<script type="application/ld+json">{"@type":"JobPosting","title":"\#(title)","hiringOrganization":{"name":"Acme"},"#
                + #""jobLocation":{"address":{"addressLocality":"\#(town)"}},"description":"We build trading software."}</script>"#
                + "<h1>\(title)</h1><p>We build trading software.</p>"
        }
        // the words are only in the markup: its place, then its title
        let remote = try #require(read(page("Backend Engineer", "Remote, US")))
        #expect(remote.workplace == .remote && remote.remote == true && remote.evidence["remote"] == "location")
        let hybrid = try #require(read(page("Backend Engineer", "Berlin (Hybrid)")))
        #expect(hybrid.workplace == .hybrid && hybrid.remote == false)
        // a field's "remote" in the title says nothing
        #expect(WorkArrangement.inLocation("Remote Sensing Scientist") == nil)
        #expect(WorkArrangement.inLocation("Hybrid Cloud Engineer") == nil)
        #expect(WorkArrangement.inLocation("Berlin (Hybrid)") == .hybrid)
        #expect(WorkArrangement.inLocation("Backend Engineer (Remote)") == .remote)
        // (in the other languages of the EU's job market too)
        #expect(WorkArrangement.inLocation("Kravanalytiker på distans") == .remote)
        #expect(WorkArrangement.inLocation("Programista Java zdalnie") == .remote)
        #expect(WorkArrangement.inLocation("Kravanalytiker") == nil)
        // a town, and no word of the arrangement anywhere: not remote, the arrangement unknown
        let town = try #require(read(page("Backend Engineer", "Berlin")))
        #expect(town.workplace == nil && town.remote == false)
    }

    @Test func someDaysOfTheWeekAtHomeAreHybrid() throws {
        // in the text: a count of days after the word of home working
        let p = try #require(read("<h1>Back-end developer</h1><main><p>Starting now - Teleworking 2 to 3 days a week possible</p></main>"))
        #expect(p.workplace == .hybrid && p.remote == false)
        let q = try #require(read("<h1>Directeur de Clientèle H/F</h1><main><ul><li>Télétravail 2 à 3 jours par semaine possible</li></ul></main>"))
        #expect(q.workplace == .hybrid)
        // a perk's heading over its words
        let r = try #require(read("""
            <h1>Ingenieur (m/w/d)</h1><h3>Home Office</h3><p>In den meisten Fällen wird Ihnen die Möglichkeit geboten,             2 Tage von zu Hause aus zu arbeiten</p>
            """))
        #expect(r.workplace == .hybrid)
        // "Home Office" alone is an item of a list of perks
        let perks = try #require(read("""
            <h1>Angular Developer</h1><ul><li>flexible working hours</li><li>diverse mix of projects</li><li>home office</li>            <li>free parking</li></ul>
            """))
        #expect(perks.workplace == .hybrid && perks.remote == false)
        // days gone by are no days at home
        let s = try #require(read("<h1>Support Engineer</h1><p>Remote</p><p>Posted 3 days ago</p>"))
        #expect(s.workplace == .remote && s.remote == true)
    }

    @Test func aTitleWithACommaIsNoPlace() throws {
        let p = try #require(read("<title>Kestrel Studio : Senior Mobile Engineer, iOS</title><h1>Senior Mobile Engineer, iOS</h1>"))
        #expect(p.location == nil)
        let loc = Location.text(JSON.object([("address", .object([("addressLocality", .string("Crystal Lake")),
                                                                    ("addressCountry", .string("us"))]))]))
        #expect(loc == "Crystal Lake, United States")
    }

    @Test func sectionsUnderTheirOwnHeadings() throws {
        // each part of the description in a block of its own under its heading: all of them are read
        let q = try #require(read("""
            <h1>iOS Engineer</h1><section class="main">
            <article><h5>The Role</h5><div><p>Build high-quality apps with a team of designers, managers and other developers.</p></div></article>
            <article><h5>Qualifications</h5><div><ul><li>You have shipped original Objective-C code in an iOS app</li>\
            <li>You know the Cocoa design patterns well</li></ul></div></article>
            <article><h5>Equal Employment Opportunity</h5><div><p>Kestrel strongly supports equal employment opportunity for all \
            applicants regardless of race, color, religion, sex, gender identity, national origin, ancestry, age or disability.</p></div></article>
            </section>
            """))
        #expect(q.skills.map(\.name).contains("Objective-C"))
        // a block the markup hides is still read: a script shows it, and boards keep facts in such blocks
        let r = try #require(read("<h1>SharePoint Developer</h1><div class=\"hidden\"><p>Location: Leeds</p></div>"))
        #expect(r.location == "Leeds")
    }

    @Test func aNamedElementThatHoldsALabelOrAHeading() throws {
        let p = try #require(read("""
            <h1>Lead Buyer (m/w/d)</h1><div class="employer-box"><span>Arbeitgeber</span></div>
            <div class="company-info"><h2>Company and salary information</h2></div><p>Arbeitgeber: Stahlbau Kestrel GmbH</p>
            """))
        #expect(p.company == "Stahlbau Kestrel GmbH" && p.evidence["company"] == "label")
        #expect(PostingLabels.isGeneric("Recherche d'offres d'emploi"))
    }

    @Test func theEmployerAfterTheJobInThePageTitle() throws {
        // a board's page title: the job the heading gives, "en" and the employer the text names, then its place
        let page = { (title: String) in """
            <html><head><title>\(title) | Empleo Minero</title></head><body><header><a href="/">Empleo Minero</a></header>
            <h1>Analista Ambiente</h1><p>Minera Andina publicó en su página oficial una vacante de «Analista Ambiente».</p>
            <p>Aplicar en la página oficial de Minera Andina</p></body></html>
            """ }
        let p = try #require(read(page("Analista Ambiente en Minera Andina — Neuquén"), url: "https://empleominero.example/empleos/1/"))
        #expect(p.company == "Minera Andina" && p.evidence["company"] == "title" && p.location == "Neuquén")
        // a country alone is the place, not the employer
        let q = try #require(read(page("Analista Ambiente en Minera Andina — Argentina"), url: "https://empleominero.example/empleos/1/"))
        #expect(q.company == "Minera Andina" && q.location == "Argentina")
        // a field of study after "en" is no employer's name, nor a name the text does not write
        let r = try #require(read(page("Analista Ambiente en Gestión Ambiental — Neuquén"), url: "https://empleominero.example/empleos/1/"))
        #expect(r.company != "Gestión Ambiental")
    }

    @Test func aPlaceAndNoWordOfRemoteWorkIsNotRemote() throws {
        let p = try #require(read("<h1>Welder</h1><p>Location: Kiel</p><p>You weld ship parts in our yard.</p>"))
        #expect(p.remote == false && p.workplace == nil && p.evidence["remote"] == "unstated")
        // a word of remote work the reader cannot place leaves it unknown, as does a page with no place
        let q = try #require(read("<h1>Welder</h1><p>Location: Kiel</p><p>Ask us about remote days when you visit.</p>"))
        #expect(q.remote == nil)
        let r = try #require(read("<h1>Welder</h1><p>You weld ship parts in our yard.</p>"))
        #expect(r.remote == nil)
        // "remote" said of the work's tools or tasks is no word of remote work; of the job, it is
        let s = try #require(read("<h1>Mac Support</h1><p>Location: Kiel</p><p>Meet clients on-site and troubleshoot issues remotely.</p><p>Set up remote access for the team.</p>"))
        #expect(s.remote == false && s.evidence["remote"] == "unstated")
        let t = try #require(read("<h1>Mac Support</h1><p>Location: Kiel</p><p>You may do this job remotely, if you like.</p>"))
        #expect(t.remote == nil)
        // "anywhere" of something else is no word of remote work; of the work, it is
        let u = try #require(read("<h1>Electrician</h1><p>Location: Perth</p><p>\"Great team. I'm not going anywhere.\"</p>"))
        #expect(u.remote == false && u.evidence["remote"] == "unstated")
        let v = try #require(read("<h1>Electrician</h1><p>Location: Perth</p><p>Some of our planners work from anywhere they like.</p>"))
        #expect(v.evidence["remote"] != "unstated")
    }

    @Test func aLongLegalNoteIsNotTheDescription() throws {
        // the posting in three blocks, each shorter than one of the legal notes below them: all are read
        let note = String(repeating: "This description indicates the general nature and level of the work and is not a full list. ", count: 3)
        let p = try #require(read("""
            <h1>Data Engineer</h1><section class="main">
            <article><h5>The Role</h5><div><p>Our data team builds the reporting every department of the company relies on, \
            from sales to finance, and you will own its pipelines.</p></div></article>
            <article><h5>Responsibilities</h5><div><ul><li>Build the batch pipelines that feed our reporting every morning</li>\
            <li>Run the jobs on Airflow and keep them healthy at night and at weekends</li>\
            <li>Work with the analysts who read the numbers and with the teams who write them</li></ul></div></article>
            <article><h5>Qualifications</h5><div><ul><li>Three years of Python in production systems of some size</li>\
            <li>You have modelled data in PostgreSQL for analysts and for reports</li>\
            <li>You explain a slow query to the colleague who wrote it, kindly</li></ul></div></article>
            <article><div><h5>Equal Opportunity</h5><p>We hire regardless of race, religion, sex, age or disability.</p></div>\
            <div><h5>Hiring Practices</h5><p>\(note)</p></div></article>
            </section>
            """))
        #expect(p.skills.map(\.name) == ["Airflow", "Python", "PostgreSQL"])
        // help text shown on hover is not the posting, however long
        let tip = "<table id='info-bulle-offer'><tr><td>\(note) Our quality label is given to offers that show a salary.</td></tr></table>"
        let q = try #require(read("<h1>Data Engineer</h1>\(tip)<div><p>You will build our batch pipelines on Airflow and Kafka.</p></div>"))
        #expect(q.description?.hasPrefix("You will build") == true)
    }

    @Test func theHostsNameAsThePageWritesIt() throws {
        // an employer's own site that names itself nowhere but in its text: the host's name as written there
        let p = try #require(read("""
            <h1>Data Engineer (w/m/x/-) gesucht</h1><main><p>KestrelWerk ist eine Agentur für digitale Produkte \
            mit 500 Menschen in Hamburg und München.</p></main>
            """, url: "https://kestrelwerk.jobs/data-engineer"))
        #expect(p.company == "KestrelWerk" && p.evidence["company"] == "host")
        // a board's host names no employer; a date with a month's name is no name
        let q = try #require(read("<h1>Data Engineer</h1><main><p>Stellenwerk ist ein Portal.</p></main>",
                                  url: "https://stellenwerk.de/job/1"))
        #expect(q.company == nil)
        #expect(!PageHeuristics.looksLikeName("March 20, 2014") && !PageHeuristics.looksLikeName("12 décembre 2013")
                && PageHeuristics.looksLikeName("August Storck KG"))
    }

    @Test func aStatesEmblemAndASocialNetworkNameNoEmployer() throws {
        let p = try #require(read("""
            <header><a href="/"><img class="logo" alt="Emblema della Repubblica Italiana" src="/e.svg"></a></header>
            <h1>API expert</h1><main><p>Cerchiamo un esperto di API per i servizi pubblici digitali del paese.</p>
            <a href="https://www.linkedin.com/company/kestrel-digitale">LinkedIn</a></main>
            """, url: "https://kestrel.gov.it/lavora-con-noi/api-expert"))
        #expect(p.company != "LinkedIn")
        let q = try #require(read("""
            <header><a href="/"><img class="logo" alt="Emblema della Repubblica Italiana" src="/e.svg"></a></header>
            <h1>API expert</h1><main><p>Cerchiamo un esperto di API per i servizi pubblici digitali del paese.</p></main>
            """, url: "https://kestrel.gov.it/lavora-con-noi/api-expert"))
        #expect(q.company != "Emblema della Repubblica Italiana")
    }

    @Test func cardsOfOtherPostsAndCountriesUnderTheTitle() throws {
        // three or more articles headed by links are cards of other posts: their headings are no title
        let cards = (1...3).map { "<article><h1><a href='/jobs/\($0)'>Juniper Engineer \($0)</a></h1><h2>Argentina</h2></article>" }.joined()
        let p = try #require(read("""
            <div class="posts">\(cards)</div><h1>Ingeniero de Software</h1><p>Chile, Santiago de Chile</p>
            <p>Buscamos un ingeniero de software para nuestro equipo de redes en Santiago.</p>
            """))
        #expect(p.title == "Ingeniero de Software" && p.location == "Chile, Santiago de Chile")
        // (or with a dash between: the country is no employer)
        let dashed = try #require(read("""
            <h1>Power BI Developer</h1><p>México - Guadalajara</p><p>Apply now</p>
            <main><p>The ideal candidate will build rich dashboards for our data work.</p></main>
            """))
        #expect(dashed.location == "México - Guadalajara" && dashed.company != "México", "\(dashed.location ?? "nil") \(dashed.company ?? "nil")")
        // a country alone under the title is the place; parts of a posting written as articles are read
        let q = try #require(read("<h1>Engenheiro IP</h1><p>México</p><p>Procuramos um engenheiro de redes IP.</p>"))
        #expect(q.location == "México")
        // a telephone number under a location label is no place; "Say hello" is no title
        let r = try #require(read("<h1>Say Hello</h1><h2>Rails Developer</h2><p>Location:</p><p>515-729-7604</p>"))
        #expect(r.location == nil && r.title == "Rails Developer")
    }

    @Test func aLabelBehindAMark() throws {
        let page = try #require(read("""
            <head><title>Data Engineer</title></head><body><h1>Data Engineer</h1>
            <p>⚓ Location: Karachi</p><p>⏲️ Deadline: as soon as possible</p><p>We build data pipelines for clients.</p></body>
            """))
        #expect(page.location == "Karachi")
        #expect(LabelledLines.unmarked("• Standort: Köln") == "Standort: Köln" && LabelledLines.unmarked("📍 Location:") == "Location:")
        // a line that is no label keeps its mark; a mark is short
        #expect(LabelledLines.unmarked("🚀 Launch: next week") == nil && LabelledLines.unmarked("Location: Karachi") == nil)
    }

    @Test func theHomePagesOpenGraphTitleSaysNothingOfThePosting() throws {
        let html = """
            <head><title>GoTech | Careers</title><meta property="og:site_name" content="GoTech"><meta property="og:url" content="https://gotech.example/">
            <meta property="og:title" content="GoTech | Tech as a Service"></head>
            <body><h2>DBA Oracle / PostgreSQL</h2><p>Netanya, Israel</p><p>GoTech is looking for a DBA!</p></body>
            """
        #expect(try #require(read(html)).title == "DBA Oracle / PostgreSQL")
        // the posting's own og:url: its og:title is read
        let own = html.replacingAll("https://gotech.example/", with: "https://gotech.example/jobs/dba")
        #expect(try #require(read(own)).title == "Tech as a Service")
    }

    @Test func aPageOfNoHeadingsAndNoPageTitle() throws {
        let page = try #require(read("""
            <body><div class="logo">Axcer</div><div class="Title">Software Engineer</div><div>Axcer</div><div>Full-time</div>
            <main><div>About the job</div><div>The ideal candidate will develop high-quality applications.</div></main></body>
            """, url: "https://axcer.example/careers/1"))
        #expect(page.title == "Software Engineer" && page.company == "Axcer")
        #expect(page.evidence["title"] == "text" && page.evidence["company"] == "host")
    }

    @Test func aHeadingUnderTheTitleThatSpeaksOfTheEmployer() throws {
        let page = try #require(read("""
            <head><title>Core Database Engineers | Turple: Cloud Native Platform</title></head>
            <body><h1>Core Database Engineers</h1><h2>About QuestDB</h2>
            <p>We have built the fastest open source time series database. Developers rely on QuestDB.</p></body>
            """))
        #expect(page.company == "QuestDB")
        #expect(LabelledLines.spokenOf("Über Intra2net") == "Intra2net" && LabelledLines.spokenOf("About us") == nil)
    }

    @Test func aHiringHeadlineRightOverTheTitle() throws {
        let page = try #require(read("""
            <head><title>Un ou une développeur.se, Aidants Connect - Incubateur des Territoires</title>
            <meta property="og:site_name" content="L'Incubateur des Territoires"></head>
            <body><p>Aidants Connect recrute :</p><h1>Un ou une développeur.se</h1>
            <p>Nous cherchons une personne pour faire passer le service à l'échelle.</p></body>
            """))
        #expect(page.company == "Aidants Connect" && page.evidence["company"] == "header")
    }

    @Test func aRoleBeatsTheNameItTies() throws {
        // og:title names the practice, a line over the facts the role: the role
        let p = try #require(read("""
            <html><head><title>Offres d'emploi · Étude Notariale Martin · Liège</title>
            <meta property="og:title" content="Étude Notariale Martin"></head><body><h1>Rejoignez notre étude notariale</h1>
            <h2>Nos offres actuelles</h2><p>Collaborateur(trice) — Étude notariale (H/F/X)</p><p>CDI</p><p>Temps plein · 38h/sem</p>
            <p>Vous préparez les actes et suivez les dossiers.</p></body></html>
            """))
        #expect(p.title == "Collaborateur(trice) — Étude notariale (H/F/X)")
        // the page title's part that names the title in the plural is no employer; a heading's colon is no part of the title
        let q = try #require(read("""
            <html><head><title>Kestrelsoft | PHP Developers</title><meta property="og:site_name" content="Kestrelsoft"></head>
            <body><h2>Job Detail</h2><h2>Senior PHP Developer:</h2><p>Location: Bhopal</p><p>You write PHP and SQL.</p></body></html>
            """))
        #expect(q.title == "Senior PHP Developer" && q.company != "PHP Developers")
    }

    @Test func theLineUnderASectionHeadingOnAPageOfNoH1() throws {
        // no h1, and the role below three headings of perks, under a section heading
        let p = try #require(read("""
            <html><head><title>Career</title></head><body><h2>Viel Spaß beim Arbeiten in Deutschland</h2><h2>Goodies</h2>
            <h3>Flexible Arbeitszeit</h3><h3>Home Office</h3><h2>Job Opening</h2><h3>Wirtschaftsingenieur oder Luftfahrttechniker</h3>
            <p>Hamburg / München</p><p>Sie entwickeln Aktivitäten im Projektmanagement.</p></body></html>
            """))
        #expect(p.title == "Wirtschaftsingenieur oder Luftfahrttechniker" && p.evidence["title"] == "header")
    }

    @Test func rolesInTheRestOfTheEUsLanguages() throws {
        // Swedish, Danish, Norwegian, Finnish, Polish, Czech and Portuguese roles, and the Nordic compounds' ends
        for role in ["Bilmekaniker/Skadetekniker", "Seniora fullstackutvecklare", "Softwareudvikler med PHP-erfaringer",
                     "Ohjelmistokehittäjä", "Kierowca B/ B+E", "Programista Java", "Vývojář", "Motorista entregador",
                     "Prosjektleder"] {
            #expect(PostingLabels.readsAsRole(role), "\(role)")
        }
        // (German nouns that Polish roles spell alike are no roles)
        for text in ["Technik", "Grafik", "MB Bilverkstad", "Asistencia técnica"] { #expect(!PostingLabels.readsAsRole(text), "\(text)") }
        // a trade in "-ista" is a role in Spanish, Portuguese and Italian; an interview or a magazine is not
        #expect(PostingLabels.readsAsRole("Interiorista") && PostingLabels.readsAsRole("Recepcionista"))
        // German compounds end in a physician, a scientist or an educator too
        #expect(PostingLabels.readsAsRole("Kleintiermediziner") && PostingLabels.readsAsRole("Datenwissenschaftlerin"))
        #expect(PostingLabels.readsAsRole("Wirtschaftsinformatiker") && PostingLabels.readsAsRole("Sozialpädagoge"))
        #expect(!PostingLabels.readsAsRole("Entrevista") && !PostingLabels.readsAsRole("Revista"))
        // the rest of the EU's languages: Hungarian, Romanian, Greek, Bulgarian, the Baltic ones, Slovak, Slovenian, Croatian
        for role in ["Projekt menedzser", "Inginer proiectant", "Μηχανικός λογισμικού", "Програмист", "Inžinierius automatikas",
                     "Programmētājs", "Tarkvara arendaja", "Účtovník", "Razvijalec programske opreme", "Programer"] {
            #expect(PostingLabels.readsAsRole(role), "\(role)")
        }
        #expect(PageHeuristics.roleAndPlace("Interiorista, Barcelona")! == ("Interiorista", "Barcelona"))
        // a page title of one part that the text never writes is the site's name, where a heading reads as a role
        let p = try #require(read("""
            <html><head><title>Nordby Bilverkstad</title></head><body><nav><a href="/">Hem</a></nav><h2>Jobba hos oss</h2>
            <h3>Bilmekaniker</h3><p>Just nu söker vi dig som trivs på en arbetsplats med en familjär stämning.</p></body></html>
            """))
        #expect(p.title == "Bilmekaniker")
    }

    @Test func genderMarksAndTheRolesOfGermanCompounds() throws {
        #expect(PostingLabels.hasGenderMark("probenehmer (m/w) coronatestungen") && PostingLabels.hasGenderMark("koch (w/m/x)")
                && PostingLabels.hasGenderMark("elektriker (m/w/div)") && PostingLabels.hasGenderMark("monteur (all genders)"))
        #expect(!PostingLabels.hasGenderMark("gmbh (deutschland)") && !PostingLabels.hasGenderMark("and/or (a/b)"))
        // a mark the bracket goes on after, past a comma or a spaced dash
        #expect(PostingLabels.hasGenderMark("leader technique java (f/h - aix-en-provence - cs)")
                && PostingLabels.hasGenderMark("koch (m/w/d, vollzeit)"))
        #expect(!PostingLabels.hasGenderMark("team (m/w-d)") && !PostingLabels.hasGenderMark("paris (f/h-x)"))
        #expect(PostingLabels.readsAsRole("Objektpfleger:innen") && PostingLabels.readsAsRole("Anlagenmechanikerin SHK")
                && PostingLabels.readsAsRole("Finanz- und Lohnbuchhalter/in"))
        #expect(!PostingLabels.readsAsRole("Mikrobiologisches Labor") && !PostingLabels.readsAsRole("Die perfekte Lösung"))
        // the post of leading, as German names it; og:title's post then ties with a sentence that names roles, and comes first
        #expect(PostingLabels.readsAsRole("Teamleitung Schulbegleitung") && PostingLabels.readsAsRole("Leitung Buchhaltung"))
        let lead = try #require(read("""
            <head><title>Teamleitung Schulbegleitung | Karriere GFI</title><meta property="og:title" content="Teamleitung Schulbegleitung">
            </head><body><h1>Sozialarbeiter, Sozialpädagogen als Teamleitung.</h1><p>Du leitest ein Team von Schulbegleitern.</p></body>
            """))
        #expect(lead.title == "Teamleitung Schulbegleitung")
        // the heading with a gender mark beats a page title's slogan; the line of facts that opens with one is no title
        let page = try #require(read("""
            <head><title>Jobs | Acme Labor GmbH - Mikrobiologisches Labor in Reken</title></head><body>
            <header><a href="/">Acme Labor GmbH</a></header><h1>Offene Positionen</h1>
            <h2>Aktuell sind wir auf der Suche nach:</h2><h2>Probenehmer (m/w) - Vollzeit</h2>
            <p>(m/w) Vollzeit – unbefristet</p><p>Die Acme Labor GmbH ist ein Prüflabor für Mikrobiologie.</p>
            <footer>© 2024 Acme Labor GmbH</footer></body>
            """))
        #expect(page.title == "Probenehmer (m/w) - Vollzeit")
        // (a part of the page title after the site's own name is its tagline)
        #expect(page.company == "Acme Labor GmbH")
    }

    @Test func theNameOfTheCareersPagesAndASentenceAreNoTitles() throws {
        let page = try #require(read("""
            <head><title>Werken bij WDeliver</title></head><body><h1>Werken bij WDeliver | W-Install</h1>
            <p>Door onze snelle groei zoeken wij installateurs.</p><h2>Installateur witgoed / bruingoed</h2>
            <p>Je werkt samen met een collega op een bus.</p></body>
            """))
        #expect(page.title == "Installateur witgoed / bruingoed")
        // in capitals too
        #expect(PageHeuristics.namesCareersPage("WERKEN BIJ QUIOSK") && PageHeuristics.namesCareersPage("Karriere bei HMZ"))
        #expect(!PageHeuristics.namesCareersPage("Werkvoorbereider bouw"))
        // a heading that is a link to the home page is the site's name, no title
        let home = try #require(read("""
            <head><title>Careers - Brisa Engineering</title></head><body><h2><a href="/">Brisa Engineering</a></h2>
            <h1>Careers</h1><h2>Web Developer</h2><p>Brisa cerca sviluppatori PHP.</p></body>
            """))
        #expect(home.title == "Web Developer" && home.company == "Brisa Engineering")
        #expect(PageHeuristics.isHomeAddress("/") && PageHeuristics.isHomeAddress("index.html")
                && !PageHeuristics.isHomeAddress("/careers/") && !PageHeuristics.isHomeAddress("https://brisa.example/"))
        // … a language's root or a page named for home too: the heading is the site's, the label's job the title
        let french = try #require(read("""
            <head><title>Atelier Nord</title></head><body><h1><a href="/fr/">Atelier Nord</a></h1>
            <h2>Poste : Chargé de communication</h2><p>Vous animez notre communauté et nos réseaux.</p></body>
            """))
        #expect(french.title == "Chargé de communication" && french.company == "Atelier Nord")
        #expect(["/fr/", "/fr/home.html", "accueil.php", "./index.php", "/nl"].allSatisfy(PageHeuristics.isHomeAddress))
        #expect(!["/fr/jobs.html", "..", "/.", "/fr/home/jobs.html", "home.pdf", "/fr/?p=1"].contains(where: PageHeuristics.isHomeAddress))
        // a logo's words for the home page it links to are no part of its name
        let logo = try #require(read("""
            <head><title>Acme Studio :: urbanisme - mobilité</title></head><body><header><a href="/fr/home.html">
            <img src="/images/logo_acme.gif" alt="Logo Acme Studio - home page - accueil"></a></header>
            <h2>Ingénieur civil (H/F)</h2><p>Notre bureau d'études cherche un collaborateur pour une petite équipe.</p></body>
            """))
        #expect(logo.company == "Acme Studio")
        // a board's link to the employer's website root names the employer, not the board (with the page title only
        // to name the employer, it would be lost as the board's furniture)
        let linked = try #require(read("""
            <head><title>Nurse - St Mary Clinic | Jobly</title><meta property="og:site_name" content="Jobly"></head><body>
            <h1>Nurse</h1><p>Website: <a href="https://stmary.example/">St Mary Clinic</a></p></body>
            """, url: "https://www.jobly.example/jobs/1"))
        #expect(linked.company == "St Mary Clinic")
        // "Empleo en …" heads a careers page, whether an employer or a town follows
        for place in ["Acme Ingeniería", "Valencia"] {
            let careers = try #require(read("""
                <head><title>Empleo en \(place)</title></head><body><h1>Empleo en \(place)</h1>
                <p>Nos gusta conocer a otros profesionales.</p><h2>Desarrollador GIS</h2><p>Trabajarás con Java y PostGIS.</p></body>
                """))
            #expect(careers.title == "Desarrollador GIS")
        }
        let slogan = try #require(read("""
            <head><title>Vacatures | Helio Service</title></head><body><h1>Meer dan 50 jaar ervaring om te delen.</h1>
            <h1>SERVICE TECHNIEKER BUITENDIENST</h1><p>(m/v) Dagwerk – voltijds – Nederlandstalig</p>
            <p>Onderhoud en herstellingen uitvoeren bij onze klanten.</p></body>
            """))
        #expect(slogan.title == "SERVICE TECHNIEKER BUITENDIENST")
        // the sought role under a heading's label
        let sought = try #require(read("""
            <head><title>Stellenangebote &amp; Bewerbung | HMZ</title></head><body><h1>Stellenangebote &amp; Bewerbung</h1>
            <p>Aktuell gesucht: Objektpfleger:innen (m/w/d)</p><p>Für unsere Objekte suchen wir Unterstützung.</p></body>
            """))
        #expect(sought.title == "Objektpfleger:innen (m/w/d)")
    }

    @Test func placesInTheTextThatAListOfTownsMisses() throws {
        func place(_ sentence: String) throws -> String? {
            try #require(read("<h1>Entwickler (m/w)</h1><main><p>\(sentence) Wir bieten ein tolles Team und gute Bezahlung.</p></main>")).location
        }
        // a town of three words joined by a small word, after "Standort"
        #expect(try place("Zur Verstärkung unseres Teams am Standort Frankfurt am Main suchen wir eine/n Entwickler/in.")
                == "Frankfurt am Main")
        // a place the text bounds as one, known or not (Zernsdorf, of under 5,000 people, is no known town)
        #expect(try place("Für unsere Objekte in Zernsdorf und Umgebung suchen wir Unterstützung.") == "Zernsdorf")
        #expect(try place("Für unsere Objekte in Zernsdorf suchen wir Unterstützung.") == nil)
        // (Leegebruch, of 6,600, is one)
        #expect(try place("Für unsere Objekte in Leegebruch suchen wir Unterstützung.") == "Leegebruch")
        // a map pin before a short line
        let pinned = try #require(read("<h1>Glaszetter gezocht!</h1><p>💼 Fulltime</p><p>📍 Burdaard</p><p>Wij zoeken een glaszetter.</p>"))
        #expect(pinned.location == "Burdaard" && pinned.evidence["location"] == "label")
    }

    @Test func aSiteNamesTaglineAndALoadingAnimationNameNoEmployer() throws {
        let page = try #require(read("""
            <head><title>Frontend software developer - Vamp | Automation and Controls for Enterprise Devops</title>
            <meta name="apple-mobile-web-app-title" content="Vamp | Automation and Controls for Enterprise Devops"></head>
            <body><img class="preloader" alt="preloader" src="/p.gif"><h1>Frontend software developer</h1>
            <p>You build the interface of our platform with React.</p></body>
            """))
        #expect(page.company == "Vamp")
        let bare = try #require(read("""
            <body><img class="logo-preloader" alt="preloader" src="/logo.gif"><h1>C# Developer</h1><p>ASP.NET Core and xUnit.</p></body>
            """))
        #expect(bare.company == nil)
    }

    @Test func aPlaceIsNoTitleAndAThesisIsAJob() throws {
        let page = try #require(read("""
            <head><title>Master Thesis within Video Software and Editing Algorithms (20w) &middot; Vidhance</title></head><body>
            <h1>Master Thesis within Video Software and Editing Algorithms (20w)</h1><h1>Uppsala, Sweden</h1>
            <p>We are looking for a skilled master thesis student in software engineering.</p>
            <h1>Job Definition:</h1><p>Motion estimation.</p><h1>Qualifications:</h1><p>C++.</p><h1>Terms:</h1><p>Six months.</p></body>
            """))
        #expect(page.title == "Master Thesis within Video Software and Editing Algorithms (20w)" && page.location == "Uppsala, Sweden")
        #expect(PostingLabels.readsAsRole("Werkstudent Marketing") && PostingLabels.readsAsRole("Stage en alternance"))
    }

    @Test func smallGermanEmployersOwnPages() throws {
        // roles sought with no article; a postcode line over the heading is no employer
        let practice = try #require(read("""
            <head><title>humaxis - Humaxis - Ergotherapie &amp; Beratung in Hannover, Südstadt, Sallstr. - Stellenangebot</title><meta property="og:site_name" content="humaxis"></head><body>
            <p>humaxis - Ergotherapie</p><p>Sallstraße 18</p><p>30171 Hannover (Südstadt)</p><h1>Stellenangebot</h1>
            <h2>Wir suchen Verstärkung in Hannover</h2>
            <p>Wir suchen Ergotherapeut*innen, die uns in der Ergotherapie und in der Frühförderung unterstützen.</p></body>
            """))
        #expect(practice.title == "Ergotherapeut*innen" && practice.company != "30171 Hannover (Südstadt)")
        // a menu's line is no label's value, a kind of contract no employer; a name with its legal form opens a sentence
        let post = try #require(read("""
            <body><p>Unternehmen</p><p>Kontakt · Karriere · Presse · Über uns</p><h1>Büroassistenz (M/W/D)</h1><p>Berlin</p>
            <p>Vollzeit</p><p>Die RusPost GmbH ist ein Tochterunternehmen der Russian Post mit Sitz in Berlin.</p></body>
            """))
        #expect(post.company == "RusPost GmbH" && post.employmentType == "full_time")
        #expect(LabelledLines.isMenuLine("Kontakt · Karriere · Presse · Über uns") && !LabelledLines.isMenuLine("Berlin · Vollzeit"))
        // the employer and the role a hiring heading names
        #expect(PageHeuristics.hiringHeading("Dressland sucht neue Mitarbeiter im Verkauf Aussendienst")
                .map { [$0.0, $0.1] } == ["Dressland", "Mitarbeiter im Verkauf Aussendienst"])
        #expect(PageHeuristics.hiringHeading("Unser Team sucht Verstärkung") == nil)
        // … the many it seeks ("des techniciens", "engineers"), but no plural of a word that names no one
        #expect(PageHeuristics.hiringHeading("Dupont recrute des techniciens").map { [$0.0, $0.1] } == ["Dupont", "techniciens"])
        #expect(PageHeuristics.hiringHeading("Acme is hiring engineers").map { [$0.0, $0.1] } == ["Acme", "engineers"])
        #expect(PageHeuristics.hiringHeading("Dupont recrute des dossiers") == nil)
        #expect(PostingLabels.readsAsSoughtRole("vendedores") && PostingLabels.readsAsSoughtRole("ingegneri meccanici"))
        #expect(!PostingLabels.readsAsRole("engineers") && !PostingLabels.readsAsSoughtRole("process"))
        // a French role in either gender
        #expect(PostingLabels.readsAsRole("Technicienne de maintenance") && PostingLabels.readsAsRole("Animatrice jeunesse"))
    }

    @Test func theAddressElementsPostcodeAndTown() throws {
        let p = try #require(read("""
            <h1>Frontend software developer</h1><main>\((1...100).map { "<p>You love making software, part \($0).</p>" }.joined())</main>
            <div class="lander-row footer"><h3>Contact</h3><address>Raamgracht 8<br>1011 KK Amsterdam<br>The Netherlands</address></div>
            """))
        #expect(p.location == "1011 KK Amsterdam" && p.evidence["location"] == "footer")
    }

    @Test func aFieldsWordInsideAnotherWordNamesNoField() throws {
        let p = try #require(read("""
            <h1>Responsable communication</h1><section class="pop-search d-none"><div class="titre-pop-colocation">            <div class="h1">Rechercher</div></div></section><main><p>Chargé de mission en CDI à Nantes.</p></main>
            <p class="jobLocation">Nantes</p>
            """))
        #expect(p.location == "Nantes" && p.evidence["location"] == "class")
        let v = Array("titre-pop-colocation".utf8), w = Array("jobLocation".utf8)
        #expect(!v.withUnsafeBufferPointer { PageHeuristics.beginsPart($0, Array("location".utf8)) })
        #expect(w.withUnsafeBufferPointer { PageHeuristics.beginsPart($0, Array("location".utf8)) })
    }

    @Test func theTitlesLastWordsAfterAOrTe() throws {
        let p = try #require(read("<h1>(Service civique) Une année de mission à Vaumoise</h1><main><p>Tu as entre 20 et 35 ans.</p></main>"))
        #expect(p.location == "Vaumoise" && p.evidence["location"] == "title")
        let q = try #require(read("<h1>Medewerker te Houten</h1><main><p>Wij zoeken een collega.</p></main>"))
        #expect(q.location == "Houten")
        // (a word in lower case after it is no place)
        let r = try #require(read("<h1>Poste à pourvoir</h1><main><p>Nous recrutons.</p></main>"))
        #expect(r.location == nil)
    }

    @Test func aTownsOwnPostingIsInThatTown() throws {
        let city = try #require(read("""
            <head><title>Erzieher (m/w/d) - Jobs und Karriere – Stadt Leipzig</title>
            <meta property="og:site_name" content="Jobs und Karriere – Stadt Leipzig"></head><body>
            <header><img class="logo" alt="Stadt Leipzig Wappen" src="/logo.svg"></header><h1>Erzieher (m/w/d)</h1>
            <p>Unsere Kinder brauchen Sie als starke Begleitung an ihrer Seite.</p></body>
            """))
        #expect(city.company == "Stadt Leipzig" && city.location == "Leipzig" && city.evidence["location"] == "company")
        #expect(Location.ofMunicipality("Stadt Halle (Saale)") == "Halle (Saale)" && Location.ofMunicipality("City of Austin") == "Austin")
        #expect(Location.ofMunicipality("Stadtwerke München") == nil)
        // an employer's name that ends in a known town, failing all else
        let institute = try #require(read("""
            <h1>Stellenausschreibung (Doktorand/in)</h1><main><p>In unserer Arbeitsgruppe an der TU Chemnitz ist eine Stelle
            als wissenschaftliche/r Mitarbeiter/in mit dem Ziel einer Promotion zu besetzen.</p></main>
            """))
        #expect(institute.company == "TU Chemnitz" && institute.location == "Chemnitz" && institute.evidence["location"] == "company")
        #expect(Location.ofEmployer("Kestrel") == nil && Location.ofEmployer("Kestrel Studio") == nil)
        // a district joined to its town; a university's short form before its town
        let practice = try #require(read("""
            <h1>Medizinische*r Fachangestellte*r (MFA)</h1><main><p>Nach der Übernahme einer Hausarztpraxis mitten in
            Frankfurt-Bornheim möchten wir unser Team verstärken und bieten ab März eine Position als MFA an.</p></main>
            """))
        #expect(practice.location == "Frankfurt-Bornheim")
        #expect(InstitutionMentions.mentioned(in: "In unserer Arbeitsgruppe an der TU Chemnitz ist eine Stelle zu besetzen.")?.name
                == "TU Chemnitz")
    }

    @Test func customersWorkingFromAnywhereSayNothingOfTheJob() throws {
        let p = try #require(read("""
            <h1>Informationselektroniker (m/w/d)</h1><p>Standort: Geesthacht</p><main><p>Wir bieten das Rundum-sorglos-Paket,
            damit unsere Kunden von überall aus, flexibel und sicher digital zusammenarbeiten können.</p></main>
            """))
        #expect(p.remote == false && p.workplace == nil)
        #expect(WorkArrangement.inText("Bei uns kannst du von überall aus arbeiten.") == .remote)
    }

    @Test func aHeadingWithAGenderMarkOverThePageTitlesFirstWords() throws {
        let p = try #require(read("""
            <head><title>wolkenhof - Mitarbeiter und Ausbildung</title></head><body>
            <header><img class="logo" alt="Wolkenhof-Logo" src="/logo.png"></header><h1>Stellenangebot</h1>
            <h2>IT-Techniker (m/w/d)</h2><p>Du bist ein IT-Profi und hast Lust, in einem dynamischen Arbeitsumfeld mitzuwirken?</p></body>
            """))
        #expect(p.title == "IT-Techniker (m/w/d)")
        #expect(p.company == "Wolkenhof" && p.evidence["company"] == "logo")
    }

    @Test func aHeadingThatAsksAQuestionIsAHook() throws {
        let p = try #require(read("""
            <h1>Lavora Con Noi</h1><h2>Sei intraprendente? Sei un individuo che prende l’iniziativa?</h2>
            <p>Technical Project Manager</p><p>Esperienza: 6-10 anni</p><p>Orario di Lavoro: Full-time</p>
            """))
        #expect(p.title == "Technical Project Manager" && p.evidence["title"] == "header")
        // (a sentence under it that names a role is none: the section's text, not a title)
        let q = try #require(read("""
            <h1>Vacatures</h1><h2>Vacature Chef</h2><p>Heb jij passie voor koken?</p><h2>Wat ga je doen?</h2>
            <p>Als kok of keukenhulp help je dagelijks bij het bereiden en opmaken van lunch- en dinergerechten.</p>
            """))
        #expect(q.title == "Chef")
    }

    @Test func aNameCapitalisedAfterItsFirstLetterInAList() throws {
        // "iOS" is written as a name is: "Android et iOS" is a list of two, far from any other skill
        let p = try #require(read("""
            <h1>Ingénieur mobile</h1><main><p>Optimiser les performances de l'application mobile Android et iOS.</p>
            <p>Identifier et corriger les bugs et points faibles existants, et participer à l'évolution du produit.</p></main>
            """))
        #expect(p.skills.map(\.name) == ["Android", "iOS"])
    }

    @Test func expressCapitalisedBesideASkillAndAContactsName() throws {
        let p = try #require(read("""
            <h1>Software Engineer</h1><main><p>Excellent understanding of a backend framework (Express, NestJS or Java Spring).</p>
            <p>We express our thanks to every applicant.</p><p>Your contact:</p><p>Julia Christensen</p></main>
            """))
        let names = p.skills.map(\.name)
        #expect(names.contains("Express.js") && names.contains("NestJS") && !names.contains("Julia"))
        let q = try #require(read("<h1>Data Scientist</h1><main><p>Experience with Julia or R for statistics.</p></main>"))
        #expect(q.skills.map(\.name).contains("Julia"))
    }

    @Test func aHybridThingIsNoWordOfRemoteWork() throws {
        // a page that names its place and speaks only of a hybrid cloud is not remote
        let p = try #require(read("""
            <h1>Head of IT Infrastructure</h1><p>Location: Jakarta</p><main><p>Architect and build a distributed hybrid cloud
            infrastructure with the whole R&amp;D team.</p></main>
            """))
        #expect(p.remote == false && p.evidence["remote"] == "unstated")
    }

    @Test func aBoardsDepartmentAfterThePlaceIsNoPartOfIt() throws {
        #expect(LabelledLines.place("Ho Chi Minh City, Product Engineering") == "Ho Chi Minh City")
        #expect(LabelledLines.place("Singapore, Security") == "Singapore")
        #expect(LabelledLines.place("Palermo, Buenos Aires") == "Palermo, Buenos Aires")
        // the comma that closes a region in a sentence is no part of the place
        let p = try #require(read("""
            <h1>Senior Software Engineer</h1><main><p>Most of our team is concentrated in our Portland, OR, office, and we
            are glad to welcome you there.</p></main>
            """))
        #expect(p.location == "Portland, OR")
    }

    @Test func aTownAndItsSurroundingsAmongTheHeadersFacts() throws {
        let p = try #require(read("""
            <h1>Dachdecker (m/w/d)</h1><div><span>€ 19 – 25 / Stunde</span> <span>Kühbach &amp; Umgebung</span></div>
            <p>Vollzeit · Festanstellung</p><main><p>Erfahrener Dachdecker gesucht!</p></main>
            """))
        #expect(p.location == "Kühbach & Umgebung" && p.evidence["location"] == "header")
    }

    @Test func aFootersStreetPostcodeAndTownOnOneLine() throws {
        #expect(Location.inAddress("Dieselstraße 10 86556 Kühbach, Deutschland") == "86556 Kühbach")
        #expect(Location.inAddress("Seit 1990 über 2000 Kunden") == nil)
        let p = try #require(read("""
            <h1>Dachdecker (m/w/d)</h1><main><p>Wir suchen Verstärkung für unser Team.</p></main>
            <footer><p>Spenglermeisterbetrieb Peters GmbH</p><p>Dieselstraße 10 86556 Kühbach, Deutschland</p></footer>
            """))
        #expect(p.location == "86556 Kühbach" && p.evidence["location"] == "footer")
    }

    @Test func aPlaceLabelInThePlural() throws {
        let p = try #require(read("<h1>Développeur confirmé</h1><div><label>Lieux de travail</label><span>Le Haillan</span></div>"))
        #expect(p.location == "Le Haillan" && p.evidence["location"] == "label")
    }

    @Test func aLinkIntoTheEmployersPagesNamedForAnActionNamesNoOne() throws {
        // "/companies/acme/jobs/…" named "Contacte-nous" is the action's link; named "Acme", the employer's
        let action = try #require(read("""
            <h1>Consultant fonctionnel</h1><p>Tu es intéressé ? <a href="https://board.example/en/companies/4sh/jobs/spontanees">Contacte-nous</a></p>
            """))
        #expect(action.company == nil)
        let named = try #require(read("""
            <h1>Consultant fonctionnel</h1><p><a href="https://board.example/en/companies/acme-conseil/jobs">Acme Conseil</a></p>
            """))
        #expect(named.company == "Acme Conseil" && named.evidence["company"] == "link")
    }

    @Test func aHomePagesGreetingNamesItsOwnerNotTheJob() throws {
        let page = try #require(read("""
            <head><title>Welcome to Bedrock Stone &amp; Design!</title></head><body><nav><a href="/">Home</a></nav>
            <h2>Austin CDL Class A / Class B driver</h2><p>We are hiring a driver for deliveries of stone across Texas.</p></body>
            """))
        #expect(page.title == "Austin CDL Class A / Class B driver" && page.company == "Bedrock Stone & Design")
    }

    @Test func homeWorkingAsAPossibilityInOtherEULanguagesOrBesideFlexibility() {
        // Czech and Polish pages write the German or English word after their own word of possibility
        #expect(WorkArrangement.inText("Nabízíme: možnost homeoffice, stravenky.") == .hybrid)
        #expect(WorkArrangement.inText("Oferujemy możliwość pracy remote.") == .hybrid)
        // flexibility and home working, as perks among others
        #expect(WorkArrangement.inText("Jong bedrijf, vrijheid, flexibiliteit en remote werken.") == .hybrid)
        #expect(WorkArrangement.inText("We offer freedom, flexibility and remote work.") == .hybrid)
        #expect(WorkArrangement.inText("Good pay and remote work.") == nil)
    }

    @Test func remoteAsTheLastOfAListOfPlaces() {
        // a place or remote, as "Berlin or remote" is
        #expect(WorkArrangement.inText("Hiring in Seattle, Madrid, and remote.") == .remote)
        #expect(WorkArrangement.inText("Hiring in Seattle and remote.") == .remote)
        #expect(WorkArrangement.inText("Strong testing and remote debugging skills.") == nil)
    }

    @Test func aGridOfFactsThatPutsItsLabelsInARow() throws {
        // "Standort" over "Starttermin": a label is no other label's value
        let p = try #require(read("""
            <h1>Ausbildung Fachinformatiker (m/w/d)</h1><div>Ausbildungsdauer</div><div>Standort</div><div>Starttermin</div>
            <div>3 Jahre</div><div>Eschborn</div><div>Jährlich zum 01.08.</div>
            <main><p>Starte deine Ausbildung in unserem Team in Eschborn.</p></main>
            """))
        #expect(p.location == "Eschborn")
    }

    @Test func aLabelsColonOnTheValuesLineAndALongRemarkAfterTheName() throws {
        #expect(LabelledLines.afterColon(": Acme Inc.") == "Acme Inc.")
        #expect(LabelledLines.afterColon("Acme Inc.") == "Acme Inc.")
        #expect(LabelledLines.withoutLongRemark("Acme Inc. (HQ)") == "Acme Inc. (HQ)")
        let p = try #require(read("""
            <h1>Software Engineer</h1><p>Positions at Tohoku University can be arranged through the institute.</p>
            <p>Lunch at the Tohoku University cafeteria.</p>
            <ul><li><strong>Company Name</strong>: NanoFrontier Inc. (Headquarters: 2F Urban Net Sendai Central Building, \
            4-4-19 Central, Aoba-ku, Sendai-shi, Miyagi Prefecture)</li></ul>
            """))
        #expect(p.company == "NanoFrontier Inc." && p.evidence["company"] == "label")
    }

    @Test func anAddressOnOneHeaderLineEndsInItsPostcodeAndTown() throws {
        let p = try #require(read("""
            <h1>Technical Project Manager</h1><p>Orario di Lavoro: Full-time</p>
            <p>TOPFLY, Località Cerrani snc, 66010 Pretoro, Abruzzo</p><main><p>Cerchiamo un responsabile tecnico.</p></main>
            """))
        #expect(p.location == "66010 Pretoro, Abruzzo" && p.evidence["location"] == "header")
    }

    @Test func aCountryUnderTheTitlePastTheKindOfContract() throws {
        let p = try #require(read("""
            <h1>Software Engineer (C++)</h1><p>Full Time</p><p>◦</p><p>United States</p>
            <main><p>Build the engine of our simulator.</p></main>
            """))
        #expect(p.location == "United States" && p.evidence["location"] == "header")
    }

    @Test func theMarkupsPlaceAsThePostingsHeaderWritesIt() throws {
        // the country by code in the markup, the page's name for it after the employer and a dash
        let p = try #require(read("""
            <script type="application/ld+json">{"@type":"JobPosting","title":"Solution Engineer",
            "hiringOrganization":{"name":"QUAJOO GmbH"},"jobLocation":{"address":{"addressLocality":"Leipzig",
            "addressCountry":"DE"}},"description":"Python and AWS."}</script>
            <header><h1>Solution Engineer</h1><div><a href="/c/quajoo">QUAJOO GmbH</a> <span>– Leipzig, Deutschland</span></div></header>
            """))
        #expect(p.location == "Leipzig, Deutschland")
    }

    @Test func aHeadingOnlyScreenReadersAreShownIsReadLast() throws {
        // the heading the page shows is the title, not one hidden for screen readers
        let p = try #require(read("""
            <h1 class="sr-only">Careers at Acme</h1><main><h1>Senior Software Engineer</h1><p>Acme builds tools.</p></main>
            """))
        #expect(p.title == "Senior Software Engineer")
        // alone, it is still a heading
        let alone = try #require(read(#"<h1 class="visually-hidden">Data Analyst</h1><main><p>Acme builds tools.</p></main>"#))
        #expect(alone.title == "Data Analyst")
    }

    @Test func aPlaceAndTheArrangementAmongTheHeadersFacts() throws {
        let p = try #require(read("""
            <h1>Software Engineer</h1><p>Full-Time, San Francisco Bay Area &amp; Remote</p>
            <main><p>We build developer tools.</p></main>
            """))
        #expect(p.location == "San Francisco Bay Area" && p.workplace == .remote)
    }

    @Test func aLegalFormWrittenWithDotsEndsTheEmployersName() throws {
        #expect(PostingLabels.readsAsCompany("Rossi Software S.r.l.") && PostingLabels.readsAsCompany("Lumen B.V."))
        #expect(PostingLabels.readsAsCompany("Acme Inc.") && !PostingLabels.readsAsCompany("Dr. Who"))
        // the page title's closing segment, dots and all
        let p = try #require(read("""
            <head><title>Lavora con noi - Rossi Software S.r.l.</title></head><body><h1>Lavora con noi</h1>
            <h2>Sviluppatore Java Senior</h2><p><strong>Sede:</strong> Milano</p><p>Java e Spring Boot.</p></body>
            """))
        #expect(p.company == "Rossi Software S.r.l." && p.title == "Sviluppatore Java Senior")
    }

    @Test func aLineWithNoLegalFormIsPassedOverBeforeItsWordsAreRead() {
        // a necessary condition of readsAsCompany, read on the bytes
        let companies = ["Rossi Software S.r.l.", "Lumen B.V.", "Acme Inc.", "Die Müller GmbH", "Nordlicht GmbH & Co. KG",
                         "Larkspur Pty Ltd", "Globex Corporation", "Dupont SAS", "Pflegedienst Sonne UG", "Acme-Ltd",
                         "Stadtwerke Kiel AG", "Ö Holding S.p.A."]
        for c in companies {
            #expect(PostingLabels.readsAsCompany(c) && PostingLabels.mayHoldLegalForm(c), "\(c)")
        }
        for text in ["Die Stadtwerke Kiel versorgen", "Agile teams at Acme", "Gagnant", "Sacramento", "Incoming", "Ltdx Corps",
                     "Münchner Rück", ""] {
            #expect(!PostingLabels.mayHoldLegalForm(text), "\(text)")
            #expect(!PostingLabels.readsAsCompany(text), "\(text)")
        }
        // (the Kelvin sign lowercases to an ASCII "k": "\u{212A}G" reads as "kg")
        #expect(PostingLabels.mayHoldLegalForm("Acme \u{212A}G"))
    }

    @Test func aPlaceLabelsValueWithoutTheFactsAfterIt() throws {
        #expect(LabelledLines.withoutFacts("Augsburg · Vollzeit · unbefristet") == "Augsburg")
        #expect(LabelledLines.withoutFacts("Remote | Vienna (AT) or Zürich (CH)") == "Vienna (AT) or Zürich (CH)")
        #expect(LabelledLines.withoutFacts("Berlin | München") == "Berlin | München")
        let p = try #require(read("""
            <h1>Elektroniker (m/w/d)</h1><p>Standort: Augsburg · Vollzeit · unbefristet</p><main><p>Wartung unserer Anlagen.</p></main>
            """))
        #expect(p.location == "Augsburg" && p.evidence["location"] == "label")
    }

    @Test func anOfficeBasedRoleIsOnSite() {
        #expect(WorkArrangement.inText("You will use SAP daily. This is an office-based role.") == .onSite)
    }

    @Test func thePlaceWithoutTheArrangementAfterOrAndAnd() {
        #expect(Location.withoutArrangement("Stuttgart oder remote") == "Stuttgart")
        #expect(Location.withoutArrangement("Limassol or Remote") == "Limassol")
        // hybrid or on-site work before the place goes; remote work before it says where it is done from
        #expect(Location.withoutArrangement("Hybrid - Berlin") == "Berlin" && Location.withoutArrangement("On-site · Paris") == "Paris")
        #expect(Location.withoutArrangement("Remote - US") == "Remote - US")
        #expect(Location.withoutArrangement("Bosnia and Herzegovina") == "Bosnia and Herzegovina")
        #expect(WorkArrangement.inLocation("Berlin or Remote") == .remote)
    }

    @Test func theEmployerASentenceAsksTheReaderToJoin() throws {
        #expect(LabelledLines.joinedEmployer("Join the team at Quantive and help our customers succeed.") == "Quantive")
        #expect(LabelledLines.joinedEmployer("Join Acme Inc. as our first designer") == "Acme Inc.")
        #expect(LabelledLines.joinedEmployer("Rejoignez Dupont Conseil !") == "Dupont Conseil")
        #expect(LabelledLines.joinedEmployer("Join BnB Team!") == "BnB" && LabelledLines.joinedEmployer("Join Our Team") == nil)
        #expect(LabelledLines.joinedEmployer("We are looking for engineers to join vChain and help us build a database") == "vChain")
        #expect(LabelledLines.joinedEmployer("You will be invited to join our team of engineers") == nil)
        #expect(LabelledLines.joinedEmployer("Join Us On Discord") == nil)
        #expect(LabelledLines.joinedEmployer("Join our growing team") == nil)
        let p = try #require(read("""
            <h1>Customer Success Manager</h1><main><p>Join the team at Quantive and help our customers succeed.</p>
            <p>You will use Salesforce.</p></main>
            """))
        #expect(p.company == "Quantive" && p.evidence["company"] == "text")
    }

    @Test func inPersonTheOfficesWeekAndSomeDaysOnSite() {
        #expect(WorkArrangement.inText("This is an in-person role.") == .onSite)
        #expect(WorkArrangement.inText("Travail en présentiel.") == .onSite)
        #expect(WorkArrangement.inText("This role requires you to be in the office Monday to Friday.") == .onSite)
        #expect(WorkArrangement.inText("This role is based in our Paris office.") == .onSite)
        // the words around a remote word come first
        #expect(WorkArrangement.inText("The team is based in our Berlin office. This position is remote.") == .remote)
        // an on-site word with some days of the week is hybrid
        #expect(WorkArrangement.stated("Onsite 4 days a week") == .hybrid)
        #expect(WorkArrangement.stated("In-office 3 days/week") == .hybrid)
        #expect(WorkArrangement.stated("Onsite 5 days a week") == .onSite)
        // a thing the workplace offers on site is no arrangement
        #expect(WorkArrangement.stated("On-site health management service: Numerous health promotion offers") == nil)
        #expect(WorkArrangement.stated("Onsite gym and parking") == nil)
        #expect(WorkArrangement.stated("On-site role in Bonn") == .onSite)
        #expect(WorkArrangement.inText("This position is eligible for remote work.") == .remote)
    }

    @Test func aKnownTownWithItsCodeOrDistrict() throws {
        #expect(LabelledLines.place("Berlin (DE)") == "Berlin (DE)")
        #expect(LabelledLines.place("Milano (MI)") == "Milano (MI)")
        #expect(LabelledLines.place("Paris 8e") == "Paris 8e" && LabelledLines.place("Praha 4") == "Praha 4")
        #expect(LabelledLines.place("Team (EU)") == nil && LabelledLines.place("Version 2") == nil)
        let p = try #require(read("<h1>Data Engineer</h1><p>Paris 8e</p><main><p>We build data pipelines.</p></main>"))
        #expect(p.location == "Paris 8e" && p.evidence["location"] == "header")
    }

    @Test func theEmployerFirstAmongTheHeadersFacts() throws {
        let p = try #require(read("<h1>Data Engineer</h1><p>Acme Corp · Berlin</p><main><p>We build data pipelines.</p></main>"))
        #expect(p.company == "Acme Corp" && p.evidence["company"] == "header" && p.location == "Berlin")
    }

    @Test func aNameWithItsLegalFormBeforeAnyVerb() {
        #expect(LabelledLines.legalSubject("Die Stadtwerke Kiel AG versorgt 250.000 Menschen mit Energie.") == "Stadtwerke Kiel AG")
        #expect(LabelledLines.legalSubject("Die Stadtwerke versorgen 250.000 Menschen mit Energie.") == nil)
    }

    @Test func aSentenceThatSaysANameIsACompanyFailingAllElse() throws {
        #expect(LabelledLines.aboutSubject("Northwind is a logistics startup based in Leeds.") == "Northwind")
        #expect(LabelledLines.aboutSubject("Dupont Conseil est un cabinet de conseil basé à Lyon.") == "Dupont Conseil")
        // a house that serves, sells or cares is a company too
        #expect(LabelledLines.aboutSubject("Kestrelón is een brunch & aperitief restaurant aan de dokken.") == "Kestrelón")
        #expect(LabelledLines.aboutSubject("Praxis Kestrel ist eine Klinik für Kleintiere in Wien.") == "Praxis Kestrel")
        // in Portuguese, without its article, and after a label of the line
        #expect(LabelledLines.aboutSubject("A Construtora Kestrel é uma empresa de construção civil.") == "Construtora Kestrel")
        #expect(LabelledLines.aboutSubject("Chi siamo: Kestrel Srl è un'azienda di Verona.") == "Kestrel Srl")
        #expect(LabelledLines.aboutSubject("Python is a programming language we love and a company standard.") == nil)
        #expect(LabelledLines.aboutSubject("Was ist ein Unternehmen ohne seine Menschen?") == nil)
        let p = try #require(read("""
            <h1>Data Engineer</h1><main><p>About the company</p><p>Northwind is a logistics startup based in Leeds.</p></main>
            """))
        #expect(p.company == "Northwind" && p.evidence["company"] == "text")
        // other evidence comes first
        let named = try #require(read("""
            <head><title>Data Engineer | Acme Corp</title></head><h1>Data Engineer</h1>
            <main><p>Northwind is a logistics startup, our client.</p></main>
            """))
        #expect(named.company == "Acme Corp")
    }

    @Test func aSentenceThatSaysWhatAFirmSpecialisesIn() throws {
        #expect(LabelledLines.aboutSubject("Auto Poets Centrale Zaanstad is gespecialiseerd in professionele voertuigverzorging.")
                    == "Auto Poets Centrale Zaanstad")
        #expect(LabelledLines.aboutSubject("Therapion Consulting specialiserer sig i internetpsykologi og blev grundlagt i 2005.")
                    == "Therapion Consulting")
        #expect(LabelledLines.aboutSubject("Kestrel Labs ist spezialisiert auf Messtechnik für die Industrie.") == "Kestrel Labs")
        // (a person is specialised too: a name that begins with a given name is none)
        #expect(LabelledLines.aboutSubject("Anna Berg is specialised in tax law and joined us in 2019.") == nil)
        #expect(LabelledLines.aboutSubject("Unser Unternehmen ist spezialisiert auf Messtechnik.") == nil)
        let p = try #require(read("""
            <h1>Psykolog</h1><main><p>Du er autoriseret psykolog.</p><p>Om os</p>
            <p>Therapion Consulting specialiserer sig i internetpsykologi og blev grundlagt i 2005.</p></main>
            """))
        #expect(p.company == "Therapion Consulting" && p.evidence["company"] == "text")
    }

    @Test func theWordsThatSeekTheRoleAndTheFactsAfterItAreNoTitle() throws {
        func title(_ h1: String) throws -> Posting {
            try #require(read("<h1>\(h1)</h1><main><p>You will build data pipelines with Python for our customers.</p></main>"))
        }
        #expect(try title("We&#39;re hiring a Data Engineer!").title == "Data Engineer")
        #expect(try title("Wir suchen dich als Data Engineer (m/w/d)").title == "Data Engineer (m/w/d)")
        #expect(try title("Buscamos Data Engineer").title == "Data Engineer")
        #expect(try title("Data Engineer gesucht!").title == "Data Engineer")
        #expect(try title("Offre d&#39;emploi - Data Engineer H/F").title == "Data Engineer H/F")
        #expect(try title("Data Engineer (Ref. 2024-17)").title == "Data Engineer")
        let hired = try title("Acme is hiring: Data Engineer")
        #expect(hired.title == "Data Engineer" && hired.company == "Acme")
        // facts after a dash: the place is read, the arrangement too
        let facts = try title("Data Engineer (m/w/d) – Vollzeit – Berlin")
        #expect(facts.title == "Data Engineer (m/w/d)" && facts.location == "Berlin")
        let remote = try title("Data Engineer – Remote (EU)")
        #expect(remote.title == "Data Engineer" && remote.workplace == .remote)
        // a headline that hires no one in particular is no title
        let headline = try #require(read("<h1>Wir suchen Verstärkung</h1><h2>Data Engineer</h2><main><p>Python.</p></main>"))
        #expect(headline.title == "Data Engineer")
    }

    @Test func theArrangementAfterTheTitleInASubheading() throws {
        // the title from the page title: the words after it in the subheading that opens with it state the
        // arrangement, where the text's mixed words ("på distans" and "på plats") do not
        let p = try #require(read("""
            <title>Acme Group - Kravanalytiker</title><a href="index.html"><span class="text-logo">Acme Group</span></a>
            <h2>Kravanalytiker på distans</h2><main><p>Vi söker en erfaren kravanalytiker till ett engagerat team som arbetar
            med elektronisk tull.</p><p>Arbetet utförs på distans, där du arbetar hemifrån eller från våra lokaler. Första
            veckan förväntas du vara på plats 1-2 dagar i Luleå, och ibland kan resor dit krävas.</p></main>
            """))
        #expect(p.title == "Kravanalytiker" && p.workplace == .remote && p.evidence["remote"] == "title", "\(p.title ?? "nil") \(p.evidence)")
        #expect(PageHeuristics.wordsAfterTitle("Kravanalytiker", in: "Kravanalytiker på distans") == "på distans")
        #expect(PageHeuristics.wordsAfterTitle("Kravanalytiker", in: "Kravanalytikern") == nil)
        // a title and its arrangement in brackets: the title's words are no place (the word of the arrangement is
        // a remote job's, as "Remote" is)
        let bracketed = try #require(read("<h1>Kravanalytiker (distans)</h1><main><p>Du arbetar hemifrån.</p></main>"))
        #expect(bracketed.location != "Kravanalytiker" && bracketed.workplace == .remote, "\(bracketed.location ?? "nil")")
    }

    @Test func theCompanyPageOnLinkedInTheSiteLinksToAndItsLogosFileName() throws {
        // failing all else, the name of the site's company page on LinkedIn
        func page(_ slug: String) throws -> Posting {
            try #require(read("""
                <h1>Programmeur</h1><main><p>Wij zoeken een programmeur voor ons team in de regio.</p></main>
                <footer><a href="https://nl.linkedin.com/company/\(slug)/">LinkedIn</a></footer>
                """))
        }
        let p = try page("kestrel-analytics")
        #expect(p.company == "Kestrel Analytics" && p.evidence["company"] == "social", "\(p.company ?? "nil") \(p.evidence)")
        // (a word of its own the text never writes is no name; nor a page named by its number)
        #expect(try page("kestrelanalyticsbv").company == nil)
        #expect(PageHeuristics.linkedInCompanyName("https://www.linkedin.com/company/1234567") == nil)
        #expect(PageHeuristics.linkedInCompanyName("https://www.linkedin.com/in/jane-doe") == nil)
        // (or the logo's file name, its image's text saying nothing)
        let logo = try #require(read("""
            <header><img src="./assets/img/Logo-Kestrel-Partners.svg" alt=""></header><h1>Programmeur</h1>
            <main><p>Wij zoeken een programmeur voor ons team in de regio.</p></main>
            """))
        #expect(logo.company == "Kestrel Partners" && logo.evidence["company"] == "logo", "\(logo.company ?? "nil")")
        #expect(PageHeuristics.logoFileName("/img/logo-white@2x.png") == nil && PageHeuristics.logoFileName("/img/logo.svg") == nil)
        #expect(PageHeuristics.logoFileName("/img/acme-logo-dark.svg") == "acme")
    }

    @Test func aHeadingThatIsTheLogosLinkIsNoTitle() throws {
        // "<h1><a href="#" id="logo">": the site's logo set as a heading; the job's heading below it is the title
        let p = try #require(read("""
            <header><h1><a href="#" id="logo">Kestrel Lab</a></h1><nav><a href="index.html">Home</a><a href="people.html">People</a>
            <a href="jobs.html">Jobs</a></nav></header><main><h2>Bioinformatician</h2><p>We are looking for a bioinformatician
            to join the lab and analyse sequencing data with Python and R.</p></main>
            """))
        #expect(p.title == "Bioinformatician", "\(p.title ?? "nil")")
    }

    @Test func aShortLineThatSaysTheRoleIsSought() throws {
        // under a slogan for a heading and a page title of the site's name: "MFA gesucht" names the job
        let p = try #require(read("""
            <title>Karriere | Praxis Dr. Beispiel</title><p>Praxis Dr. Beispiel</p><p>Karriere</p><p>MFA gesucht</p>
            <h1>Mehr als nur ein Job.</h1><main><p>Sie möchten in einer modernen Praxis arbeiten und Verantwortung
            übernehmen? Dann möchten wir Sie kennenlernen.</p></main>
            """))
        #expect(p.title == "MFA", "\(p.title ?? "nil")")
        func wanted(_ line: String) -> String? { LabelledLines(lines: [line]).wantedRole }
        #expect(wanted("Kok gezocht!") == "Kok" && wanted("Cercasi Cameriere") == "Cameriere")
        #expect(wanted("Verstärkung gesucht") == nil && wanted("Wir haben lange gesucht") == nil)
    }

    @Test func theHeaderUnderAHeadingTheTitleWasCleanedFrom() throws {
        // the heading's line still finds the header under it: the employer on the next line
        let p = try #require(read("""
            <h1>Analista de Contact Center | Lisboa | Hibrido</h1><p>Kestrel Contact</p><p>Lisboa, Portugal</p>
            <main><p>Atendimento ao cliente com Excel.</p></main>
            """))
        #expect(p.title == "Analista de Contact Center" && p.company == "Kestrel Contact")
    }

    @Test func aLabelsYesOrNoAndRemoteOKAreNoPlace() throws {
        func header(_ line: String) throws -> Posting {
            try #require(read("<h1>Data Engineer</h1><p>\(line)</p><main><p>We build data pipelines with Python.</p></main>"))
        }
        let no = try header("Remote: No")
        #expect(no.location == nil && no.workplace == .onSite)
        #expect(try header("Home office: nein").location == nil)
        // "Remote OK" is no town in Oklahoma; "Tulsa OK" is
        #expect(Location.tidied("Remote OK") == "Remote OK" && Location.tidied("Tulsa OK") == "Tulsa, OK")
        #expect(WorkArrangement.stated("Presenziale") == .onSite)
    }
    @Test func aKnownTownBoundedAsTheAreaAroundIt() throws {
        #expect(LabelledLines.townOfArea("Greater Seattle Area") == "Seattle")
        #expect(LabelledLines.townOfArea("New York City Metropolitan Area") == "New York City")
        #expect(LabelledLines.townOfArea("Großraum München") == "München")
        #expect(LabelledLines.townOfArea("Seattle") == nil && LabelledLines.townOfArea("Greater Good Area") == nil)
        // … as networks write it in the other languages
        #expect(LabelledLines.townOfArea("Paris et périphérie") == "Paris")
        #expect(LabelledLines.townOfArea("Área metropolitana de Madrid") == "Madrid")
        #expect(LabelledLines.townOfArea("Utrecht en omgeving") == "Utrecht")
        let fr = try #require(read("<h1>Data Engineer (CDI)</h1><p>CBTW</p><p>Paris et périphérie</p><p>Hybride</p><main><p>Nous construisons des pipelines.</p></main>"))
        #expect(fr.location == "Paris et périphérie")
        // the employer's own name is no place, a town's or not, but under a label
        let named = try #require(read("""
            <html><head><title>Data Engineer H/F | LINCOLN | LinkedIn</title></head><body><h1>Data Engineer H/F</h1><p>LINCOLN</p>
            <p>Boulogne-Billancourt, Île-de-France, France</p><p>Sur site</p><main><p>Rejoignez LINCOLN, cabinet de conseil en data.</p>
            <p>Vous construisez des pipelines.</p></main><a href="https://www.linkedin.com/company/lincoln-fr/">LINCOLN</a>
            <img src="/lincoln-logo.png" alt="LINCOLN logo"></body></html>
            """))
        #expect(named.company == "LINCOLN" && named.location == "Boulogne-Billancourt, Île-de-France, France")
        #expect(LabelledLines.place("San Francisco Bay Area") == "San Francisco Bay Area")
        let p = try #require(read("<h1>Data Engineer</h1><p>Acme · Boston Metro Area · Hybrid</p><main><p>We build pipelines.</p></main>"))
        #expect(p.location == "Boston Metro Area" && p.workplace == .hybrid)
    }

    @Test func theTownAfterTheJobInThePageTitle() throws {
        func page(_ pageTitle: String) -> String {
            "<html><head><title>\(pageTitle)</title></head><body><h1>Backend Engineer</h1><main><p>We build APIs.</p></main></body></html>"
        }
        let p = try #require(read(page("Stellenangebot als Backend Engineer in Dresden bei Acme GmbH | StepStone")))
        #expect(p.location == "Dresden" && p.evidence["location"] == "title")
        #expect(read(page("Offre d'emploi Backend Engineer à Nantes - Acme"))?.location == "Nantes")
        // a town the page title names apart from the job is not read so
        #expect(read(page("Jobs in Dresden | Acme"))?.location == nil)
    }

    @Test func theEmployersOfficeOfATownInASentence() {
        #expect(Location.mentioned(in: "Nous recrutons pour notre agence de Lille un développeur.")?.town == "Lille")
        #expect(Location.mentioned(in: "Per la nostra sede di Bologna cerchiamo uno sviluppatore.")?.town == "Bologna")
        #expect(Location.mentioned(in: "Para nuestra oficina de Valencia buscamos un desarrollador.")?.town == "Valencia")
        #expect(Location.mentioned(in: "The office of Communications leads the work.") == nil)
        // … its shop, restaurant or plant, and the region around a town
        #expect(Location.mentioned(in: "Estamos a recrutar um vendedor para a nossa loja de Coimbra.")?.town == "Coimbra")
        #expect(Location.mentioned(in: "Il nostro ristorante di Bologna cerca un cuoco.")?.town == "Bologna")
        #expect(Location.mentioned(in: "Join the team at our Leeds store.")?.town == "Leeds")
        #expect(Location.mentioned(in: "Trabalho na região de Setúbal.")?.town == "Setúbal")
        #expect(Location.mentioned(in: "You will grow your area of Expertise with us.") == nil)
        // a capital "A" that opens a Portuguese sentence is its article, no Italian word of place
        #expect(Location.mentioned(in: "A Oliveira Engenharia é uma empresa líder no setor.") == nil)
        #expect(Location.mentioned(in: "Il lavoro si svolge a Bologna.")?.town == "Bologna")
    }

    @Test func someDaysOfTheWeekInTheOfficeOrAtHome() {
        #expect(WorkArrangement.inText("You will be in the office 3 days a week.") == .hybrid)
        #expect(WorkArrangement.inText("Du arbeitest zwei Tage pro Woche im Büro.") == .hybrid)
        #expect(WorkArrangement.inText("You will work from our office in Gothenburg, three days a week.") == .hybrid)
        #expect(WorkArrangement.inText("We work from home on Fridays.") == .hybrid)
        #expect(WorkArrangement.stated("WFH Fridays") == .hybrid)
        // the office's whole week, a range of days, days gone by
        #expect(WorkArrangement.inText("You will be in the office 5 days a week.") == .onSite)
        #expect(WorkArrangement.stated("Remote, Monday to Friday") == .remote)
        #expect(WorkArrangement.inText("Our office opened 3 days ago.") == nil)
    }
    @Test func theJobAndItsEmployerInOnePartOfThePageTitle() throws {
        func page(_ pageTitle: String) -> String {
            "<html><head><title>\(pageTitle)</title></head><body><h1>Backend Engineer</h1><main><p>We build APIs.</p></main></body></html>"
        }
        let p = try #require(read(page("Nordlicht Analytics : Backend Engineer"), url: "https://jobs.example-board.com/1"))
        #expect(p.company == "Nordlicht Analytics" && p.evidence["company"] == "title")
        #expect(read(page("Backend Engineer / Nordlicht Analytics"), url: "https://jobs.example-board.com/1")?.company == "Nordlicht Analytics")
        // the board's word for a posting, a place, or a sentence's rest after a headline's colon names no employer
        #expect(read(page("Stellenangebot: Backend Engineer"), url: "https://jobs.example-board.com/1")?.company == nil)
        #expect(read(page("Berlin: Backend Engineer"), url: "https://jobs.example-board.com/1")?.company == nil)
    }

    @Test func theCopyrightOwnerAgreesWithThePageTitlesFirstPart() throws {
        let p = try #require(read("""
            <head><title>KestrelTech | PHP Developers</title><meta name="author" content="kestrel software pvt. Ltd."></head>
            <body><nav><a href="/">Home</a><a href="/careers">Careers</a></nav><h2>Job Detail</h2><h2>Senior PHP Developer:</h2>
            <p>Location: Bhopal</p><p>PHP, MySQL and CodeIgniter.</p><footer><p>Copyright © Kestreltech 2015</p></footer></body>
            """))
        #expect(p.company == "KestrelTech")
    }

    @Test func anAddressOfManyWordsUnderItsLabelIsNoSentence() throws {
        let p = try #require(read("""
            <head><title>Senior Python Developer</title></head><body><h2>Senior Python Developer</h2>
            <p>Headquartered in Singapore, we build loan software.</p><p>Location</p>
            <p>22/42 Vũ Ngọc Phan, Láng Hạ, Đống Đa, Hà Nội</p><p>Send your resume to jobs@kestrel.example</p></body>
            """))
        #expect(p.location == "22/42 Vũ Ngọc Phan, Láng Hạ, Đống Đa, Hà Nội")
    }

    @Test func aBlogsSectionAndATaglineInTheSitesNamesPlace() throws {
        let p = try #require(read("""
            <head><title>Hire Vietnamese Software Engineers and Developers for Singapore Companies</title>
            <meta property="og:title" content="Insights">
            <meta property="og:site_name" content="Hire Vietnamese Software Engineers and Developers for Singapore Companies"></head>
            <body><p>COME AND JOIN US</p><h2>Senior PHP Developer</h2><p>We build loan software with PHP and Vue.js.</p></body>
            """))
        #expect(p.title == "Senior PHP Developer")
        #expect(p.company == nil)
    }

    @Test func aPublicBodysNameInLowerCaseThatTheFurnitureSpells() throws {
        func page(_ sentence: String) -> String {
            """
            <head><title>Ministero per la ricerca | Data scientist</title>
            <meta property="og:site_name" content="Ministero per la ricerca"></head>
            <body><nav><a href="/">Ministero per la ricerca</a></nav><h1>Data scientist</h1><p>\(sentence)</p>
            <footer><ul><li><a href="https://ufficio.example/">Dipartimento per la Trasformazione Digitale</a></li>
            <li><a href="/trasparenza">Amministrazione Trasparente</a></li></ul></footer></body>
            """
        }
        let p = try #require(read(page("Il dipartimento per la trasformazione digitale è alla ricerca di esperti data scientist.")))
        #expect(p.company == "Dipartimento per la trasformazione digitale")
        // (a subject the furniture does not spell, or a determiner's, says nothing)
        #expect(read(page("Il gruppo di lavoro è alla ricerca di esperti data scientist."))?.company == "Ministero per la ricerca")
        #expect(LabelledLines.hiringSubject("Il dipartimento per la trasformazione digitale è alla ricerca di esperti") == nil)
    }

    @Test func theEmployerAfterAGermanOrDutchVerbOfSeeking() {
        #expect(LabelledLines.invertedSubject("Für unseren Standort in Berlin sucht die Nordlicht GmbH einen Backend Engineer.") == "Nordlicht GmbH")
        #expect(LabelledLines.invertedSubject("Zur Verstärkung unseres Teams sucht der Landkreis Leipzig eine Fachkraft.") == "Landkreis Leipzig")
        #expect(LabelledLines.invertedSubject("Voor onze vestiging in Zwolle zoekt Nordlicht B.V. een developer.") == "Nordlicht B.V.")
        // German capitalises its nouns: a noun after the verb is no name
        #expect(LabelledLines.invertedSubject("Unser Team in Berlin sucht Verstärkung im Vertrieb.") == nil)
        #expect(LabelledLines(lines: ["Für unseren Standort in Berlin sucht die Nordlicht GmbH einen Backend Engineer."]).employerMentions?.0 == "Nordlicht GmbH")
        #expect(LabelledLines(lines: ["Pourquoi rejoindre Nordlicht ?"]).employerMentions?.0 == "Nordlicht")
    }

    @Test func aCompanyWordAtTheEndOfAGermanOrDutchCompound() {
        #expect(LabelledLines.aboutSubject("Nordlicht is een softwarebedrijf uit Utrecht.") == "Nordlicht")
        #expect(LabelledLines.aboutSubject("Nordlicht ist ein Softwareunternehmen aus Berlin.") == "Nordlicht")
        #expect(LabelledLines.aboutSubject("Berlin ist eine Stadt mit vielen Parks und Seen.") == nil)
    }
    @Test func anArrangementAsAnyShortLabelsValueAndAPlaceBeforeRemote() throws {
        #expect(LabelledLines(lines: ["Position type: Remote"]).labelledArrangement == .remote)
        #expect(LabelledLines(lines: ["Werkplek: Thuis"]).labelledArrangement == .remote)
        #expect(LabelledLines(lines: ["Team: Remote Operations"]).labelledArrangement == nil)
        // a bracket after the value qualifies it; remote work whose bracket counts days is hybrid
        #expect(LabelledLines(lines: ["Werken: hybride (2 dagen kantoor)"]).labelledArrangement == .hybrid)
        #expect(LabelledLines(lines: ["Work: Remote (EU time zones)"]).labelledArrangement == .remote)
        #expect(LabelledLines(lines: ["Work: Remote (2 days in the office)"]).labelledArrangement == .hybrid)
        #expect(LabelledLines(lines: ["Team: Remote Operations (EMEA)"]).labelledArrangement == nil)
        #expect(LabelledLines.placeBeforeRemote("US Remote") == "US")
        #expect(LabelledLines.placeBeforeRemote("Germany - Remote") == "Germany")
        #expect(LabelledLines.placeBeforeRemote("Data Engineer Remote") == nil && LabelledLines.placeBeforeRemote("Fully Remote") == nil)
        let p = try #require(read("<h1>Data Engineer</h1><p>US Remote</p><main><p>We build pipelines.</p></main>"))
        #expect(p.workplace == .remote && p.location == "US")
    }

    @Test func allOfTheTimeIfPossibleAndRemoteWorkNotOpenToTheRole() {
        #expect(WorkArrangement.stated("100% Homeoffice möglich") == .remote)
        #expect(WorkArrangement.stated("Homeoffice möglich") == .hybrid)
        #expect(WorkArrangement.inText("This position is not eligible for remote work.") == .onSite)
        #expect(WorkArrangement.inText("This role requires you to work on-site in Berlin.") == .onSite)
    }
    @Test func aFirstHeadingThatNamesTheEmployerOverOneOfTheRole() throws {
        // the page title names the site alone, or names the role beside it
        for pageTitle in ["Nordlicht Analytics", "Nordlicht Analytics - Backend Engineer"] {
            let p = try #require(read("""
                <html><head><title>\(pageTitle)</title></head><body><h1>Nordlicht Analytics</h1><h2>Backend Engineer</h2>
                <p>Berlin · Full-time</p><main><p>We build APIs.</p></main></body></html>
                """))
            #expect(p.title == "Backend Engineer" && p.evidence["title"] == "h2" && p.company == "Nordlicht Analytics")
        }
        // a first heading that nothing names the site's keeps the title (a related job under it is no title)
        let p = try #require(read("""
            <html><head><title>Barista - Kaffeehaus</title></head><body><h1>Barista</h1><main><p>You make coffee.</p></main>
            <h2>Store Manager</h2></body></html>
            """))
        #expect(p.title == "Barista")
    }

    @Test func aHeadingOfTheRoleAtItsEmployer() throws {
        #expect(PageHeuristics.roleAtEmployer("Backend Engineer at Nordlicht") ?? ("", "") == ("Backend Engineer", "Nordlicht"))
        #expect(PageHeuristics.roleAtEmployer("Entwickler (m/w/d) bei Nordlicht GmbH") ?? ("", "") == ("Entwickler (m/w/d)", "Nordlicht GmbH"))
        #expect(PageHeuristics.roleAtEmployer("Backend Engineer at Berlin") == nil)
        #expect(PageHeuristics.roleAtEmployer("Life at Nordlicht") == nil)
        let p = try #require(read("<h1>Backend Engineer @ Nordlicht</h1><main><p>We build APIs.</p></main>"))
        #expect(p.title == "Backend Engineer" && p.company == "Nordlicht")
        // a place with its arrangement after a dash
        let q = try #require(read("<h1>Backend Engineer – Berlin (Hybrid)</h1><main><p>We build APIs.</p></main>"))
        #expect(q.title == "Backend Engineer" && q.location == "Berlin" && q.workplace == .hybrid)
    }
    @Test func theEmployerAndItsTownUnderTheTitleAndATrailNamedForOne() throws {
        #expect(PageHeuristics.employerInTown("Nordlicht Analytics in Leipzig") ?? ("", "") == ("Nordlicht Analytics", "Leipzig"))
        #expect(PageHeuristics.employerInTown("chez Dupont à Lyon") ?? ("", "") == ("Dupont", "Lyon"))
        #expect(PageHeuristics.employerInTown("Backend Engineer in Leipzig") == nil)
        #expect(PageHeuristics.employerInTown("Wir sind in Leipzig") == nil)
        let p = try #require(read("<h1>Backend Engineer</h1><p>bei Nordlicht GmbH in Leipzig</p><main><p>We build APIs.</p></main>",
                                  url: "https://jobs.example-board.com/1"))
        #expect(p.company == "Nordlicht GmbH" && p.location == "Leipzig")
        // a trail of links in a block named for one, not a <nav>
        let q = try #require(read("""
            <div class="breadcrumbs"><a href="/">Jobs</a> / <a href="/sachsen">Sachsen</a> / <a href="/leipzig">Leipzig</a> / Backend Engineer</div>
            <h1>Backend Engineer</h1><main><p>We build APIs.</p></main>
            """, url: "https://jobs.example-board.com/1"))
        #expect(q.location == "Leipzig" && q.evidence["location"] == "breadcrumb")
    }
    @Test func aKnownTownWithItsPostcodeInBracketsOrItsBritishOutwardCode() {
        #expect(LabelledLines.place("Paris (75008)") == "Paris (75008)")
        #expect(LabelledLines.place("London EC2A") == "London EC2A" && LabelledLines.place("Leeds LS1") == "Leeds LS1")
        #expect(LabelledLines.isOutwardCode("SW19") && LabelledLines.isOutwardCode("M1") && !LabelledLines.isOutwardCode("MBA")
                    && !LabelledLines.isOutwardCode("B2B2"))
        #expect(LabelledLines.place("Team (12345)") == nil)
    }
    @Test func applicantTrackingSystemsPagesAsTheyAreLaidOut() throws {
        #expect(PageHeuristics.accountName("NordlichtAnalytics") == "Nordlicht Analytics")
        #expect(PageHeuristics.accountName("acme-corp") == "Acme Corp")
        // the account in the subdomain, where nothing else names the employer
        let workday = try #require(read("""
            <html><head><title>Backend Engineer</title></head><body><h2 data-automation-id="jobPostingHeader">Backend Engineer</h2>
            <dl><dt>locations</dt><dd>Leipzig</dd><dt>time type</dt><dd>Full time</dd></dl></body></html>
            """, url: "https://nordlicht.wd3.myworkdayjobs.com/en-US/Careers/job/Leipzig/Backend-Engineer_R-1234"))
        #expect(workday.company == "Nordlicht" && workday.evidence["company"] == "url" && workday.location == "Leipzig")
        // the employer before the job in one part of the page title; the place a data-ui attribute names
        let p = try #require(read("""
            <html><head><title>Nordlicht Analytics Backend Engineer | Jobs</title></head><body>
            <h1 data-ui="job-title">Backend Engineer</h1><span data-ui="job-location">Leipzig, Saxony, Germany</span></body></html>
            """, url: "https://jobs.example-board.com/1"))
        #expect(p.company == "Nordlicht Analytics" && p.location == "Leipzig, Saxony, Germany" && p.evidence["location"] == "class")
    }
    @Test func theJobsPlaceInBracketsOrItsEmployerAndPlaceBetweenCommasInThePageTitle() throws {
        func page(_ pageTitle: String) -> String {
            "<html><head><title>\(pageTitle)</title></head><body><h1>Software Engineer</h1><p>You write C++ for embedded systems.</p></body></html>"
        }
        let url = "http://jobs.jobmart.example/getjob/123"
        #expect(try #require(read(page("Software Engineer (Boston, MA) - Acme Corp - JobMart"), url: url)).location == "Boston, MA")
        let p = try #require(read(page("Software Engineer, Acme Corp, Boston, MA - JobMart"), url: url))
        #expect(p.company == "Acme Corp" && p.evidence["company"] == "title" && p.location == "Boston, MA")
        // a title with a comma of its own names no employer
        #expect(try #require(read(page("Software Engineer, Embedded, Boston, MA - JobMart"), url: url)).company == nil)
    }

    @Test func aHeadingsSubtitleASentenceWithinALineAndAPostingWordInThePageTitle() throws {
        // the subtitle the page's style sets apart is no part of the title
        let p = try #require(read("""
            <html><head><title>Jobs</title></head><body><h1>Inżynier projektu<span class="job-subtitle">Stolarka okienna</span></h1>
            <p>Wir sind einer der größten Arbeitgeber der Region. Die Nordlicht GmbH ist ein Tochterunternehmen der Acme.</p></body></html>
            """))
        // and a name with its legal form opens a sentence within a line
        #expect(p.title == "Inżynier projektu" && p.company == "Nordlicht GmbH" && p.evidence["company"] == "text")
        // the board's word for a posting opens a job's part of the page title, not an employer's name
        let q = try #require(read("""
            <html><head><title>Vacature Mondhygiënist · Werken bij Nordlicht Tandartsen, Eindhoven</title></head>
            <body><h1>Mondhygiënist</h1><p>Je werkt in een team van tien.</p></body></html>
            """))
        #expect(q.company == "Nordlicht Tandartsen" && q.location == "Eindhoven")
    }

    @Test func anArrangementAmongAValuesFactsEitherOfTwoAndAnOfficeInOtherLanguages() throws {
        #expect(WorkArrangement.labelled("Pełny etat, stacjonarnie") == .onSite)
        #expect(WorkArrangement.labelled("Full-time, remote") == .remote && WorkArrangement.labelled("Full-time") == nil)
        for either in ["Remote/Hybrid", "Remote or hybrid", "Zdalnie/Hybrydowo", "Remote oder hybrid"] {
            #expect(WorkArrangement.stated(either) == .hybrid, "\(either)")
        }
        #expect(WorkArrangement.stated("Remote / US") == .remote && WorkArrangement.stated("Remote or relocation") == .remote)
        for (office, town) in [("Fast arbejdssted fra vores kontor i Odense", "Odense"), ("Praca w naszym biurze w Rzeszowie", "")] {
            let p = try #require(read("<html><body><h1>Backend-udvikler</h1><ul><li>\(office)</li><li>Frokostordning</li></ul></body></html>"))
            #expect(p.workplace == .onSite && p.remote == false, "\(office) \(town)")
        }
    }

    @Test func anAddressUnderTheEmployersNameAndAPlaceLabelOfSeveralWordsInASentence() throws {
        #expect(Location.withoutCountryLetters("DK 2730 Herlev") == "2730 Herlev" && Location.withoutCountryLetters("D-04109 Leipzig") == "04109 Leipzig")
        // (letters that are no country's code stay: a US state's before a ZIP code)
        #expect(Location.withoutCountryLetters("CA 94105") == nil)
        // on a board, the address under the employer's labelled name, failing all else
        let board = "https://www.jobboard.example/job/123"
        let p = try #require(read("""
            <html><body><h1>Test Engineer</h1><p>You test exhaust systems.</p><p>Employer</p><p>Nordlicht A/S</p>
            <p>Fynsvej 39</p><p>DK 5500 Middelfart</p><p>Denmark</p><footer><p>Jobboard ApS, Vesterbrogade 1, 1620 København</p></footer></body></html>
            """, url: board))
        #expect(p.company == "Nordlicht A/S" && p.location == "5500 Middelfart" && p.evidence["location"] == "address")
        // a place label of several words said in a sentence: its value to the sentence's end
        let q = try #require(read("<html><body><h1>Assistant Professor</h1><p>Place of work is Ny Munkegade 120, Aarhus C.</p></body></html>", url: board))
        #expect(q.location == "Ny Munkegade 120, Aarhus C" && q.evidence["location"] == "label")
        // (a one-word label shared by other things needs a known town: "Location is Key" says none)
        #expect(try #require(read("<html><body><h1>Assistant Professor</h1><p>Location is Key to us.</p></body></html>", url: board)).location == nil)
    }

    @Test func aHeadingItsClassNamesTheSitesLogoIsNoTitle() throws {
        let p = try #require(read("""
            <html><head><title>Nordlicht IT Careers | Developers Job</title></head><body>
            <h1 class="logo"><a href="https://nordlicht.example/">Nordlicht</a></h1><div id="title">Back-end developer</div>
            <p>Nordlicht is looking for a PHP Back-end Developer in Rome.</p></body></html>
            """))
        #expect(p.title == "PHP Back-end Developer")
        // (a colour named for the brand is no logo: "text-brand-navy")
        let q = try #require(read(#"<html><body><h1 class="text-4xl text-brand-navy">DevOps Engineer</h1><p>Kubernetes.</p></body></html>"#))
        #expect(q.title == "DevOps Engineer")
        #expect(WorkArrangement.inText("Acme is looking for a Coordinator to join us on a remote basis.") == .remote)
        #expect(WorkArrangement.inText("The role is offered on a hybrid basis from Leeds.") == .hybrid)
    }

    @Test func aCountrysCodeBeforeItsTownAndTheEmployerAsAPlaceToWorkAtOrThatOffers() throws {
        #expect(LabelledLines.place("DE-Leipzig") == "DE-Leipzig" && LabelledLines.place("CH-Zürich") == "CH-Zürich")
        #expect(LabelledLines.place("XY-Leipzig") == nil && LabelledLines.place("DE-Nowhere") == nil)
        for sentence in ["Work with us at Nordlicht Analytics.", "Wat bieden wij bij Nordlicht Analytics?"] {
            let p = try #require(read("<html><body><h1>Backend Engineer</h1><p>Berlin</p><p>\(sentence)</p><p>Go and Postgres.</p></body></html>"))
            #expect(p.company == "Nordlicht Analytics" && p.evidence["company"] == "text", "\(sentence)")
        }
    }

    @Test func anAgencysOwnClientsATitlesDesignMarkACopyrightByItsOwnerAndTheOfficeBesideHomeWorking() throws {
        // "Our client roster", "Our client base": the agency's own clients, no unnamed one it recruits for
        #expect(!UnnamedClient.isSpokenOf(in: ["We plan and buy media. Our client roster spans retail and FMCG."]))
        #expect(UnnamedClient.isSpokenOf(in: ["Our client, a fintech in Berlin, is looking for an engineer."]))
        #expect(UnnamedClient.isSpokenOf(in: ["Our client is a leading logistics company."]))
        #expect(UnnamedClient.isSpokenOf(in: ["For our client in Munich we seek a developer."]))
        let p = try #require(read("""
            <html><head><title>OOH Consultant — Nordlicht Ads Careers</title></head><body>
            <h1>OOH Consultant<span class="slash">/</span></h1><p>Nordlicht Ads is an independent agency. Our client roster spans retail.</p>
            <footer><p>Copyright by Nordlicht Ads 2023</p></footer></body></html>
            """))
        #expect(p.title == "OOH Consultant" && p.company == "Nordlicht Ads")
        #expect(PageHeuristics.copyrightOwner("Copyright by Interstellar Digital 2023") == "Interstellar Digital")
        #expect(read("<html><body><h1>C/C++ Developer (m/w/d)</h1><p>Embedded.</p></body></html>")?.title == "C/C++ Developer (m/w/d)")
        #expect(WorkArrangement.inText("Our team is mainly working from our Amsterdam offices, and we fully support working from home.") == .hybrid)
        #expect(WorkArrangement.inText("You will be working from our Amsterdam office.") == .onSite)
    }

    @Test func aShareOfTheTimeRemoteIsHybridAndAPhraseOfItAfterAPlaceIsNoPlace() {
        // a share of under all of the time before the word of remote work, as a value or in a place's
        #expect(WorkArrangement.stated("70% Remote") == .hybrid && WorkArrangement.stated("40 % Homeoffice") == .hybrid)
        #expect(WorkArrangement.stated("100% Remote") == .remote)
        #expect(WorkArrangement.inLocation("Westerstede – Büro, Außendienst und bis zu 70 % Remote.") == .hybrid)
        #expect(WorkArrangement.inLocation("Berlin / Remote") == .remote)
        // a known place, a dash and a phrase of where the work is done: the place
        #expect(Location.withoutArrangement("Westerstede – Büro, Außendienst und bis zu 70 % Remote.") == "Westerstede")
        #expect(Location.withoutArrangement("Lyon - 2 jours de télétravail par semaine") == "Lyon")
        // (a place's own dash stays: "Aix-en-Provence", "Stratford - upon - Avon" names no arrangement)
        #expect(Location.withoutArrangement("Frankfurt - Sachsenhausen") == "Frankfurt - Sachsenhausen")
    }

    @Test func theOpenPositionAsALabelBehindAMark() throws {
        // "📌 Posizione aperta:" names the posting's title, in the languages read, under a generic heading
        let p = try #require(read("""
            <head><title>Lavora con noi — Carrelli Nord Bologna</title></head><body>
            <header><a href="/"><img src="/img/logo.png" alt="Carrelli Nord"></a></header><h1>Lavora con noi</h1>
            <h2>Carrelli Nord assume! Entra nel nostro team</h2><p>📌 Posizione aperta:</p><p>Tecnico manutentore di carrelli elevatori</p>
            <p>📍 Luogo:</p><p>Bentivoglio</p></body>
            """))
        #expect(p.title == "Tecnico manutentore di carrelli elevatori" && p.location == "Bentivoglio")
        // (the page title's name with its town after it is the logo's name)
        #expect(p.company == "Carrelli Nord")
        for label in ["Open position", "Offene Stelle", "Poste à pourvoir", "Posición abierta", "Open positie"] {
            #expect(PostingLabels.title.contains(label.lowercased()), "\(label)")
        }
    }

    @Test func theOfficeOrHomeEitherWayRoundIsHybrid() {
        for text in ["We make sure everyone has the tech they need – be it in the office or at home.",
                     "Du arbeitest wahlweise zu Hause oder im Büro.", "Tu travailles au bureau ou à la maison, comme tu veux.",
                     "Je werkt op kantoor of thuis.", "Lavori in ufficio o a casa."] {
            #expect(WorkArrangement.inText(text) == .hybrid, "\(text)")
        }
        #expect(WorkArrangement.inText("Make yourself at home in our office.") == nil)
    }

    @Test func aResearchUnitsOwnPagesNameTheUnitNotTheJobNorTheEmployer() throws {
        // two h1s: the lab's name, then the posting's role
        let lab = try #require(read("""
            <head><title>Dietze Lab Publications</title></head><body><h1>Ecological Forecasting Lab</h1>
            <h1>Postdoc: A Data Assimilation System for the Carbon Cycle</h1><h3>Duties:</h3><p>Build models in R.</p></body>
            """))
        #expect(lab.title == "Postdoc: A Data Assimilation System for the Carbon Cycle" && lab.evidence["title"] == "h1")
        // no h1: the page title that names a group yields to the heading that names a role, and the group to the
        // institution its text places the work at
        let group = try #require(read("""
            <head><title>Sensorimotor Interaction Group</title></head><body><h2>Post-Doc Positions in HCI</h2>
            <h3>Qualifications</h3><p>We offer two positions at Saarland University, in Saarbrücken.</p></body>
            """))
        #expect(group.title == "Post-Doc Positions in HCI" && group.company == "Saarland University")
        // the first h2's role and its employer, where the page has no h1
        let at = try #require(read("<head><title>Interaction Lab</title></head><body><h2>Postdoc in HCI at Saarland University</h2><p>Two years.</p></body>"))
        #expect(at.title == "Postdoc in HCI" && at.company == "Saarland University")
        // the institution "of" which a department offers the position
        let of = try #require(read("""
            <head><title>PhD position</title></head><body><h1>PhD position</h1><p>The department <a href="/elec">ELEC</a> of the \
            <a href="https://vub.example">Vrije Universiteit Brussel</a>, Belgium, offers a funded PhD position.</p></body>
            """))
        #expect(of.company == "Vrije Universiteit Brussel")
        // (not the papers of one: "We read the papers of the Radboud University Medical Center")
        #expect(InstitutionMentions.mentioned(in: "We read the papers of the Radboud University Medical Center with interest.") == nil)
        // a page title a template left in place of one is no title
        #expect(PostingLabels.isGeneric("- no title specified") && PostingLabels.isGeneric("Untitled Document"))
        #expect(PostingLabels.readsAsRole("3 Post-Doc Positions"))
    }

    @Test func aBoxOfThePostingsFactsBesideItAndOtherPostingsUnderASectionsHeader() throws {
        // the sidebar that labels the place is the posting's; the cards under "Similar roles you might like", in a
        // section's header block, are other postings'
        let p = try #require(read("""
            <body><main><h1>Production Line Supervisor</h1><p>We are seeking a supervisor for our production lines.</p></main>
            <aside class="jd-sidebar"><div class="row"><div class="row-label">Location</div>
            <div class="row-value">Campbellfield, VIC</div></div></aside>
            <section><div class="container"><div class="section-header"><div class="eyebrow">More Opportunities</div>
            <h2>Similar roles you might like</h2></div><div class="card"><h3>Forklift Operator</h3><span>📍 Derrimut, VIC</span></div>
            </div></section></body>
            """))
        #expect(p.location == "Campbellfield, VIC")
    }

    @Test func boardsPageTitlesThatNameTheEmployer() throws {
        func page(_ title: String, _ site: String) -> String {
            """
            <head><title>\(title)</title><meta property="og:site_name" content="\(site)"></head><body><h1>Backend Engineer</h1>
            <p>You will build services in Go and PostgreSQL.</p><footer>© 2025 \(site)</footer></body>
            """
        }
        // the employer before the job and a board's "Job in Berlin"
        let g = try #require(read(page("Kestrel Pay Backend Engineer Job in Berlin | Glassdoor", "Glassdoor"),
                                  url: "https://www.glassdoor.com/job-listing/123"))
        #expect(g.company == "Kestrel Pay")
        // a kind of contract and its place closing the page title is no employer, but the place
        let w = try #require(read(page("Backend Engineer - Kestrel Pay - CDI à Paris | Welcome to the Jungle", "Welcome to the Jungle"),
                                  url: "https://www.welcometothejungle.com/fr/companies/kestrel-pay/jobs/backend"))
        #expect(w.company == "Kestrel Pay" && PageHeuristics.contractAndPlace("CDI à Paris") == "Paris")
        // a bullet between the parts
        let b = try #require(read(page("Backend Engineer at Kestrel Pay • Berlin | Wellfound", "Wellfound"), url: "https://wellfound.com/jobs/123"))
        #expect(b.company == "Kestrel Pay")
        // "X is hiring a Role": the role without its article
        #expect(TitlePatterns.read("Kestrel Pay is hiring a Backend Engineer")?.title == "Backend Engineer")
        #expect(TitlePatterns.read("Kestrel Pay is hiring a Backend Engineer")?.company == "Kestrel Pay")
    }

    @Test func theRegionRemoteWorkIsDoneFromIsKeptAsWritten() {
        // a continent or a region in brackets is a part of the place, as a country is; a town, "or", and remote work
        // from a country is the town
        #expect(Location.tidied("Remote (Europe)") == "Remote (Europe)" && Location.tidied("Remote (EMEA)") == "Remote (EMEA)")
        #expect(Location.withoutArrangement(Location.tidied("Dublin or Remote (Ireland)")) == "Dublin")
        // (a note in brackets is not: "Berlin (close to the station)")
        #expect(Location.tidied("Berlin (close to the station)") == "Berlin")
    }

    @Test func remoteWorkDeniedPastAPrepositionAndDaysAtHomeInDutch() {
        #expect(WorkArrangement.inText("Die Stelle ist nicht für Homeoffice geeignet.") == .onSite)
        #expect(WorkArrangement.inText("Ce poste n'est pas pour le télétravail.") == .onSite)
        #expect(WorkArrangement.inText("Je werkt twee dagen per week thuis.") == .hybrid)
        // (a perk for home working is no denial: "Zuschuss für Homeoffice")
        #expect(WorkArrangement.inText("Wir zahlen einen Zuschuss für Homeoffice-Ausstattung.") == nil)
    }

    @Test func homeWorkingBesideTheOfficeWithItsVerbApart() {
        // the verb of working and "home" apart, in the languages read: hybrid beside the employer's office
        for text in ["Een prettige werkplek in ons kantoor aan de Maliebaan in Utrecht, maar thuis werken kan ook",
                     "Ein Arbeitsplatz in unserem Büro in Köln, an einzelnen Tagen auch von zu Hause",
                     "Lavorerai nei nostri uffici di Torino, con la possibilità di lavorare da casa il venerdì",
                     "Trabajarás en nuestra oficina de Valencia y podrás trabajar desde casa dos días"] {
            #expect(WorkArrangement.inText(text) == .hybrid, "\(text)")
        }
        #expect(WorkArrangement.inText("Een prettige werkplek in ons kantoor aan de Maliebaan in Utrecht") == .onSite)
        // ("vicino a casa", close to home, is no home working)
        #expect(WorkArrangement.inText("Lavorerai nei nostri uffici di Torino, a due passi da casa") == .onSite)
    }

    @Test func theTownThePageTitleAddsToTheOwnersName() throws {
        func page(_ footer: String) -> String {
            """
            <head><title>Vacature kok - Brasserie Kestrel Knokke</title></head><body><h1>Vacature kok</h1>
            <p>Wij zoeken een gemotiveerde kok voor onze keuken.</p>
            <footer><p>\(footer)</p><p>© 2026 Brasserie Kestrel. Alle rechten voorbehouden</p></footer></body>
            """
        }
        #expect(read(page("De oudste brasserie van Knokke. Authentieke Belgische keuken met zicht op zee, sinds 1920."))?.location
                == "Knokke")
        // (a word the page never puts anything in is no town)
        #expect(read(page("Authentieke Belgische keuken met zicht op zee, sinds 1920."))?.location == nil)
    }

    @Test func aLabelledListOfOfficesOfWhichTheTitleNamesOne() throws {
        func page(_ title: String) -> String {
            """
            <head><title>\(title)</title></head><body><h1>\(title)</h1>
            <p>Wir bauen Plattformen für maschinelles Lernen.</p>
            <p>Standorte: Leipzig, Berlin, Düsseldorf, Hannover und München.</p></body>
            """
        }
        #expect(read(page("Machine Learning Ops Engineer (m/w/d) in Berlin"))?.location == "Berlin")
        #expect(read(page("Machine Learning Ops Engineer (m/w/d)"))?.location == "Leipzig, Berlin, Düsseldorf, Hannover und München")
    }

    @Test func theAuthorTheHostDoesNotSpellGivesWayToTheSiteName() throws {
        let p = try #require(read("""
            <head><title>Approbierte (m/w/d)</title>
            <meta property="og:site_name" content="Kestrel Apotheke, Berlin"><meta name="author" content="Webhaus GmbH"></head>
            <body><h1>Approbierte (m/w/d)</h1><p>Wir suchen Verstärkung für unser Team.</p></body>
            """, url: "https://www.kestrel-apo.example/karriere/approbierte/"))
        #expect(p.company == "Kestrel Apotheke")
    }

    @Test func theSiteOwnersNameInThePageTitleIsNoTitle() throws {
        let p = try #require(read("""
            <head><title>Emploi | Kestrel Solutions</title></head><body><nav><a href="/"><img src="l.png"
            alt="Kestrel Solutions Menubar Logo"></a><a href="/produits">Produits</a><a href="/emploi">Emploi</a></nav>
            <h1>Postes vacants</h1><p>poste vacant</p><h2>Ingénieur de projet</h2>
            <p>Vous serez responsable des installations robotisées.</p></body>
            """))
        #expect(p.title == "Ingénieur de projet")
        #expect(p.company == "Kestrel Solutions")
    }

    @Test func aStepOfTheHiringDoneRemotelyIsNoArrangement() throws {
        let p = try #require(read("""
            <head><title>Stage Level Designer H/F</title></head><body><h1>Stage Level Designer H/F</h1><p>Kestrel Studio</p>
            <p>Bordeaux</p><h2>Tes missions</h2><p>Nous proposons un stage de 6 mois, à temps plein, en présentiel à Bordeaux.</p>
            <h2>Processus de recrutement</h2><ul><li>Entretien avec un membre de l'équipe RH (à distance)</li>
            <li>Entretien technique avec les Leads du projet</li></ul></body>
            """))
        #expect(p.workplace == .onSite && p.remote == false)
        // (a place or a role with its arrangement in brackets still says it)
        let q = try #require(read("<h1>Level Designer</h1><p>Bordeaux (Hybride)</p><p>Tu conçois des niveaux.</p>"))
        #expect(q.workplace == .hybrid && q.location == "Bordeaux")
    }

    @Test func theOfficeAndRemoteWorkInOneSentenceAndOfficeBasedValues() {
        // a job placed in the office, remote work beside it in the sentence: hybrid
        #expect(WorkArrangement.inText("""
            Although this position is primarily based in our SoHo office, our employees can work at home or remotely
            depending on what works best for them.
            """) == .hybrid)
        #expect(WorkArrangement.inText("Based in our Leeds office, you can also work remotely when you need to.") == .hybrid)
        // (apart, the remote job's sentence says where its work is done)
        #expect(WorkArrangement.inText("The team is based in our Berlin office. This position is fully remote.") == .remote)
        #expect(WorkArrangement.inText("Our engineers are based in our Berlin office. You can work from home or remotely.") == .remote)
        // a short value that ends on an on-site word, past a degree or a second place
        #expect(WorkArrangement.stated("Primarily Office-Based") == .onSite)
        #expect(WorkArrangement.stated("Office & Field-Based") == .onSite)
        #expect(WorkArrangement.stated("Office-based") == .onSite && WorkArrangement.stated("Hybrid (office-based)") == .hybrid)
        // French's "distanciel", beside "présentiel", under a label of the format
        #expect(WorkArrangement.stated("Distanciel") == .remote && WorkArrangement.stated("100% distanciel") == .remote)
        let p = read("<h1>Community manager</h1><p>Format : Distanciel</p><p>Tu animes nos réseaux sociaux.</p>")
        #expect(p?.workplace == .remote && p?.remote == true)
    }

    @Test func aLabelAndItsValueWithADashBetweenAndAPlaceOrRemoteWorkInstead() throws {
        #expect(LabelledLines.dashedLabel("Location - Leeds") == "Location: Leeds")
        #expect(LabelledLines.dashedLabel("Company – Nordlicht Ltd") == "Company: Nordlicht Ltd")
        // (not a sentence's rest after a label's word, nor a title and its place)
        #expect(LabelledLines.dashedLabel("organization — and began a crackdown. But the killing") == nil)
        #expect(LabelledLines.dashedLabel("Backend Engineer - Leeds") == nil)
        let p = try #require(read("""
            <html><body><h1>Backend Engineer</h1><ul><li><strong>Location</strong> - Leeds</li><li><strong>Salary</strong> - £40k</li></ul>
            <p>Go and Postgres.</p></body></html>
            """))
        #expect(p.location == "Leeds" && p.evidence["location"] == "label")
        #expect(LabelledLines.place("London or Remote (UK)") == "London" && LabelledLines.place("Nowhere or remote") == nil)
    }

    @Test func aSeparatorLeftDanglingAfterTheTitleAndASectionsIntroduction() throws {
        let p = try #require(read("""
            <html><head><title>Nordlicht - DevOps Engineer –</title></head><body><p>DevOps Engineer –</p><p>Introduction</p>
            <p>Nordlicht is a small engineering team focused on applying machine learning to retail.</p></body></html>
            """))
        #expect(p.title == "DevOps Engineer" && p.company == "Nordlicht")
        #expect(PostingLabels.isGeneric("Introduction") && PostingLabels.isGeneric("Einleitung"))
    }

    @Test func aPageTitlesPartThatNamesOnlyTheEmployerThatHires() throws {
        let r = try #require(TitlePatterns.read("We’re Hiring! - Grove Technologies is hiring"))
        #expect(r.company == "Grove Technologies" && r.title == nil)
        #expect(TitlePatterns.read("Dupont recrute !")?.company == "Dupont")
        // (a sentence in lower case names no one)
        #expect(TitlePatterns.read("we are hiring")?.company == nil)
        let p = try #require(read("""
            <html><head><title>We’re Hiring! - Grove Technologies is hiring | Mac Support DC</title></head><body>
            <h1>Mac Support Specialist</h1><p>Washington D.C.</p><p>You triage support requests.</p></body></html>
            """))
        #expect(p.company == "Grove Technologies" && p.evidence["company"] == "title")
    }

    @Test func aTownUnknownToTheListWithItsCountryAfterAComma() throws {
        let p = try #require(read("<html><body><h1>Backend Engineer</h1><p>You will be based in Herlev, Denmark.</p></body></html>"))
        #expect(p.location == "Herlev, Denmark" && p.evidence["location"] == "text")
        // (a list of countries is no town and its country)
        let q = try #require(read("<html><body><h1>Backend Engineer</h1><p>We sell in Spain, Italy and France.</p></body></html>"))
        #expect(q.location == nil)
    }

    @Test func theHeadingRightOverThePostingsFirstSectionIsItsTitle() throws {
        // a careers page's slogan over its list, and one opening's heading right over its sections
        let p = try #require(read("""
            <html><head><title>Nordlicht Konstrukcje</title></head><body><nav><a href="/">Home</a><a href="/kariera">Kariera</a></nav>
            <h1>KARIERA- zapoznaj się z ofertami pracy i dołącz do zespołu!</h1><h2>Oferty pracy</h2>
            <h3>Monter konstrukcji stalowych</h3><h4>Opis stanowiska:</h4><ul><li>Montaż konstrukcji stalowych i żelbetowych</li>
            <li>Wykonywanie prac ogólnobudowlanych</li></ul><h4>Wymagania:</h4><ul><li>Prawo jazdy kategorii B</li></ul>
            <footer>© Nordlicht Konstrukcje Sp. z o.o.</footer></body></html>
            """, url: "https://example.org/kariera"))
        #expect(p.title == "Monter konstrukcji stalowych")
        #expect(PostingLabels.opensSection("Opis stanowiska:") && PostingLabels.opensSection("Wat ga je doen?")
            && PostingLabels.opensSection("Descripción:") && PostingLabels.opensSection("Your responsibilities"))
        #expect(!PostingLabels.opensSection("Monter konstrukcji stalowych") && !PostingLabels.opensSection("Backend Engineer"))
    }

    @Test func aHeadlineThatHiresStaffAndNoRoleIsNoTitle() throws {
        #expect(PageHeuristics.seeksStaffOnly("MITRA poszukuje pracowników"))
        #expect(PageHeuristics.seeksStaffOnly("Nordlicht sucht neue Mitarbeiter (m/w/d)!"))
        #expect(PageHeuristics.seeksStaffOnly("Bakkerij Jansen zoekt medewerkers"))
        #expect(!PageHeuristics.seeksStaffOnly("Nordlicht sucht Mitarbeiter im Verkauf"))
        #expect(!PageHeuristics.seeksStaffOnly("Nordlicht sucht einen Schreiner"))
        #expect(PageHeuristics.hiringHeading("Nordlicht sucht Mitarbeiter") == nil)
        let p = try #require(read("""
            <html><head><title>Nordlicht Estrich</title></head><body><h1>Nordlicht sucht Mitarbeiter</h1><h3>Aktuelle Stellen:</h3>
            <h2>Bauhelfer Estrich</h2><p>Ihre Aufgaben:</p><ul><li>Estrich verlegen in Neubauten</li></ul><p>Ihr Profil:</p>
            <ul><li>Teamfähigkeit und Zuverlässigkeit</li></ul></body></html>
            """, url: "https://example.org/jobs"))
        #expect(p.title == "Bauhelfer Estrich")
    }

    @Test func thePositionASentenceNames() throws {
        #expect(LabelledLines(lines: ["Poszukujemy osób na stanowisko Doradca Energetyczny."]).soughtTitle == "Doradca Energetyczny")
        #expect(LabelledLines(lines: ["We are recruiting for the position of Office Manager at our Leeds branch."]).soughtTitle
            == "Office Manager")
        #expect(LabelledLines(lines: ["Apply now for the position of your dreams, with us."]).soughtTitle == nil)
        let p = try #require(read("""
            <html><head><title>Nordlicht Energia - o nas</title></head><body><h2>Dołącz do naszego zespołu!</h2>
            <p>Poszukujemy osób na stanowisko Doradca Energetyczny.</p><p>Chcesz spróbować swoich sił w branży OZE? Damy Ci
            najlepsze warunki prowizyjne w Polsce!</p></body></html>
            """, url: "https://example.org/kariera"))
        #expect(p.title == "Doradca Energetyczny")
    }

    @Test func theNameBesideTheEmployersOwnJobBoardInThePageTitle() throws {
        let p = try #require(read("""
            <html><head><title>Bolsa de Trabajo - Panadería Sol</title></head><body><h1>Bolsa de Trabajo</h1><h2>Panadero/a</h2>
            <p>Descripción:</p><p>Estamos buscando un panadero/a apasionado por el pan artesanal y de alta calidad.</p>
            <p>Requisitos:</p><p>Experiencia previa en un puesto similar.</p></body></html>
            """, url: "https://example.org/empleo"))
        #expect(p.title == "Panadero/a" && p.company == "Panadería Sol")
    }

    @Test func theNameInsideTheLogosBlockAndADirectoryOfEmployers() throws {
        // BEM names: the logo's block holds an element named for the company's name
        func namesOther(_ v: String) -> Bool { Array(v.utf8).withUnsafeBufferPointer { PageHeuristics.namesOther($0) } }
        #expect(!namesOther("ij-OfferDetailHeader-companyLogo-companyName"))
        #expect(namesOther("company-logo") && namesOther("companyLogo") && namesOther("logo company-name"))
        // a footer's directory of "Trabajar en …" links names no employer; one such line does
        #expect(LabelledLines(lines: ["Trabajar en Adiciona", "Trabajar en Mercadona", "Trabajar en Inditex"]).employerMentions == nil)
        #expect(LabelledLines(lines: ["Trabajar en Adiciona"]).employerMentions?.0 == "Adiciona")
        let p = try #require(read("""
            <html><head><title>Oferta de empleo: Data Scientist en Santander - Bolsa trabajo Tablón</title>
            <meta property="og:site_name" content="Tablón"></head><body><h1>Data Scientist</h1>
            <div class="ij-OfferDetailHeader-companyLogo"><a href="/nordlicht"><img alt="NORDLICHT - Ofertas de trabajo"></a>
            <div class="ij-OfferDetailHeader-companyLogo-companyName"><a href="/nordlicht">NORDLICHT</a></div></div><p>Santander</p>
            <h3>Descripción</h3><p>Buscamos una persona apasionada por los datos para el departamento de Data, con SQL y Python.</p>
            <footer><h3>Top Empresas</h3><ul><li><a href="/a">Trabajar en Adiciona</a></li><li><a href="/b">Trabajar en Mercadona</a></li>
            <li><a href="/c">Trabajar en Inditex</a></li></ul></footer></body></html>
            """, url: "https://example.org/oferta"))
        #expect(p.company == "NORDLICHT")
    }

    @Test func theOneCompanyTheTextNamesWithItsLegalForm() throws {
        #expect(LabelledLines.onlyLegalName(in: ["The clerk processes the liabilities of Nordlicht Offshore Services, Inc. and subsidiaries."])
            == "Nordlicht Offshore Services, Inc.")
        #expect(LabelledLines.onlyLegalName(in: ["Nordlicht AS leverer tjenester til kunder i hele Norge."]) == "Nordlicht AS")
        // two companies, a form that is an ordinary word, or a short one not in capitals: none
        #expect(LabelledLines.onlyLegalName(in: ["Nordlicht GmbH works with Kestrel Ltd on every project."]) == nil)
        #expect(LabelledLines.onlyLegalName(in: ["View Company"]) == nil)
        #expect(LabelledLines.onlyLegalName(in: ["Our Financial Services As a team we grow."]) == nil)
        let p = try #require(read("""
            <html><head><title>Accounts Payable Clerk</title></head><body><h2>Accounts Payable Clerk</h2><p>Location: Headquarters</p>
            <p>The Accounts Payable Clerk is responsible for processing transactions for the liabilities of Nordlicht Offshore
            Services, Inc. and subsidiaries. These liabilities include accounts payable and accrued liabilities.</p></body></html>
            """, url: "https://example.org/job"))
        #expect(p.company == "Nordlicht Offshore Services, Inc.")
    }

    @Test func theWordsOfThePagesControlsAreNoEmployer() throws {
        #expect(PostingLabels.isControlText("Return To Job Listings") && PostingLabels.isControlText("Fill Below Lines")
            && PostingLabels.isControlText("Zurück zur Übersicht"))
        #expect(!PostingLabels.isControlText("Return Path") && !PostingLabels.isControlText("Backbase"))
        // a hidden application form's heading over the posting's title
        let p = try #require(read("""
            <html><head><title>Job Posting - Head of Sales</title></head><body><nav><a href="/">Home</a> <a href="/careers">Careers</a>
            <a href="/about">About</a></nav><div class="popup" style="display: none;"><div class="contact-form"><h3>Fill Below Lines</h3>
            <form action="send.php"><label>Name:</label><input name="n"><label>CV (PDF):</label><input type="file" name="cv">
            <button>Submit</button></form></div></div><h1>Head of Sales</h1><h4>Colombo, Sri Lanka</h4><p>We are seeking a visionary
            Head of Sales to steer our dynamic team towards growth.</p><footer><p>© 2024 NORDLICHT International. All rights
            reserved.</p></footer></body></html>
            """, url: "https://example.org/job"))
        #expect(p.company == "NORDLICHT International")
    }

    @Test func aMarkedLineThatEndsBeforeTheRoleGoesOnOnTheNext() throws {
        // "… Sie (m/w/d) als" over the heading of the role; the reader sought, and a slogan of the reader, are no title
        let p = try #require(read("""
            <html><head><title>Kurklinik Nordlicht</title></head><body><p>Stellenanzeigen</p><p>Wir suchen Sie (m/w/d) als</p>
            <h1>Fachärztin für Allgemeinmedizin</h1><p>in unserer Einrichtung in</p><p>Bad Wurzach</p><h2>Aufgaben:</h2>
            <ul><li>Sicherstellen der medizinischen Versorgung</li></ul><h2>Kommen Sie in unser Team</h2><h3>Was wir bieten:</h3>
            <ul><li>Ein Umfeld, in dem Sie sich weiterentwickeln können.</li></ul></body></html>
            """, url: "https://example.org/jobs"))
        #expect(p.title == "Fachärztin für Allgemeinmedizin")
        // "… suchen Verstärkung (m/w/d) für" / "Außendienst und Disposition. Bei uns …": the next line's first clause
        let q = try #require(read("""
            <html><head><title>Nordlicht Schlüsseldienst</title></head><body><header><a href="/">Nordlicht Schlüsseldienst</a></header>
            <h1>Wir stellen ein – bundesweit</h1><h2>Starte bei Nordlicht Schlüsseldienst</h2><p>Wir wachsen in ganz Deutschland
            und suchen Verstärkung (m/w/d) für<br>Außendienst und Disposition. Bei uns triffst du auf klare Abläufe.</p>
            <p>Dein Profil</p><ul><li>Technische Berufserfahrung oder Ausbildung</li></ul>
            <footer>© 2025 Nordlicht Schlüsseldienst</footer></body></html>
            """, url: "https://example.org/jobs"))
        #expect(q.title == "Außendienst und Disposition")
    }

    @Test func aCopyrightLineThatGoesOnPastItsOwner() throws {
        func page(_ footer: String) -> String {
            """
            <html><head><title>Detail pozice</title></head><body><h1>Referent povolování dopravních staveb</h1><p>Praha, plný úvazek</p><p>Hledáme kolegu nebo kolegyni do oddělení
            povolování dopravních staveb.</p><footer><p>\(footer)</p></footer></body></html>
            """
        }
        let p = try #require(read(page("© 2026 Nordlicht úřad • Informace jsou poskytovány v souladu se zákonem č. 106/1999 Sb."),
                                  url: "https://example.org/kariera/referent"))
        #expect(p.company == "Nordlicht úřad")
        // (a person's name so written is a personal site's author, no employer)
        let q = try #require(read(page("© Copyright 2026 Werner Nordlicht. Powered by Jekyll &amp; Minimal Mistakes, a theme for sites."),
                                  url: "https://example.org/kariera/referent"))
        #expect(q.company != "Werner Nordlicht")
    }

    @Test func failingAllElseTheNameTheMailDomainSpells() throws {
        func page(_ mail: String) -> String {
            """
            <html><body><h1>Python Developer</h1><p><strong>Miejsce Pracy: Katowice lub zdalnie</strong></p><p>Wymagania:</p>
            <ul><li>Znajomość następujących narzędzi i technologii: Python, Django</li></ul><p>Osoby zainteresowane prosimy o
            przesłanie CV na adres \(mail).</p></body></html>
            """
        }
        #expect(try #require(read(page("praca@nordlicht.pl"), url: "https://example.org/kariera/python")).company == "Nordlicht")
        // (a free mail provider's address, or a name of digits, names no one)
        #expect(try #require(read(page("nordlicht.praca@gmail.com"), url: "https://example.org/kariera/python")).company == nil)
        #expect(try #require(read(page("praca@nordlicht44katowice.pl"), url: "https://example.org/kariera/python")).company == nil)
    }

    @Test func aTownBeforeTheJobInThePageTitleIsNoEmployerInItsSwissSpelling() throws {
        // "Lossburg Physiotherapeutin": the town the page puts the work in ("in Loßburg"), written with "ss", then the job
        let p = try #require(read("""
            <html><head><title>Lossburg Physiotherapeutin</title></head><body><h1>Physiotherapeutin</h1>
            <p>in unserer Klinik in Loßburg, in Vollzeit oder Teilzeit</p><h2>Aufgaben:</h2><ul><li>Einzel- und Gruppentherapie</li></ul>
            <footer><p>© 2025 Nordlicht Kurklinik</p></footer></body></html>
            """, url: "https://example.org/stellen/lossburg-physiotherapeutin/"))
        #expect(p.company == "Nordlicht Kurklinik")
    }

    @Test func thePagesAuthorAgreesWithItsCopyrightOwner() throws {
        // a page title of the address's words ("Nordstadt Allgemeinmedizin") against the copyright line's owner, whom
        // the page's author names whole
        func page(_ author: String) -> String {
            """
            <html><head><title>Nordstadt Allgemeinmedizin</title><meta name="author" content="\(author)"></head><body>
            <h1>Fachärztin für Allgemeinmedizin</h1><p>Sicherstellen der medizinischen Versorgung unserer Patientinnen</p>
            <h2>Aufgaben:</h2><ul><li>Aufnahme- und Abschlussuntersuchungen</li></ul>
            <footer><p>© 2025 Müttergenesung in Nordlicht</p></footer></body></html>
            """
        }
        let url = "https://example.org/stellen/nordstadt-allgemeinmedizin/"
        #expect(try #require(read(page("Evangelische Müttergenesung in Nordlicht"), url: url)).company == "Müttergenesung in Nordlicht")
        // (an author who names someone else adds nothing: the answer is the one the page gives without one)
        #expect(try #require(read(page("Webdesign Weber"), url: url)).company
            == read(page("").replacingOccurrences(of: "<meta name=\"author\" content=\"\">", with: ""), url: url)?.company)
    }

    @Test func theTownALineUnderTheTitleEndsOnAPrepositionFor() throws {
        // "in unserer Einrichtung in" / "Bad Wurzach in Vollzeit": the posting's town, over a labelled line of the
        // employer's sites that names it among others
        func page(_ sites: String) -> String {
            """
            <html><head><title>Stellen</title></head><body><p>Wir suchen Sie (m/w/d) als</p><h1>Fachärztin für Allgemeinmedizin</h1>
            <p>in unserer Einrichtung in</p><p>Bad Wurzach in Vollzeit oder Teilzeit</p><h2>Aufgaben:</h2>
            <ul><li>Aufnahme- und Abschlussuntersuchungen</li></ul><h3>Standorte</h3><p>\(sites)</p>
            <footer><p>© 2025 Nordlicht Kurkliniken</p></footer></body></html>
            """
        }
        let url = "https://example.org/stellen/allgemeinmedizin/"
        #expect(try #require(read(page("In Loßburg (im Schwarzwald), in Bad Wurzach (in Oberschwaben) und in Scheidegg."), url: url))
            .location == "Bad Wurzach")
        #expect(try #require(read(page("In Loßburg (im Schwarzwald) und in Scheidegg."), url: url)).location != "Bad Wurzach")
        // (an employer's name that opens with a town's is no place: "Join our team at" / "Boston Dynamics")
        let q = try #require(read("""
            <html><body><h1>Robotics Engineer</h1><p>Join our growing team in</p><p>Boston Dynamics Research, a lab of 40 people</p>
            <h2>Responsibilities</h2><ul><li>Build control software for legged robots</li></ul></body></html>
            """, url: "https://example.org/jobs/robotics"))
        #expect(q.evidence["location"] != "header")
    }

    @Test func aFrenchTownWithItsDepartementAsThePageWritesIt() throws {
        // the markup's "Toulouse, Occitanie, France" as the header writes it, with the département's number
        let p = try #require(read("""
            <html><head><script type="application/ld+json">{"@type":"JobPosting","title":"Employé Fruits et Légumes H/F",
            "hiringOrganization":{"name":"Nordlicht Distribution"},"jobLocation":{"@type":"Place","address":{"@type":"PostalAddress",
            "addressLocality":"Toulouse","addressRegion":"Occitanie","postalCode":"31000","addressCountry":"FR"}},
            "description":"Vous accueillez les clients du rayon."}</script></head><body><h1>Employé Fruits et Légumes H/F</h1>
            <p>Nordlicht Distribution</p><p>Toulouse - 31</p><p>CDI</p><p>Vous accueillez les clients du rayon.</p></body></html>
            """, url: "https://example.org/offre/1"))
        #expect(p.location == "Toulouse - 31")
    }

    @Test func aPlaceOrRemoteAmongTheHeadersFacts() throws {
        // "Full-Time • Pune / Remote": the last fact before the slash is the place
        let p = try #require(read("""
            <html><head><title>Job Details</title></head><body><h2>Frontend Developer</h2><p>Full-Time • Pune / Remote</p>
            <h3>About the Role</h3><p>You will build web applications with modern frontend technologies.</p></body></html>
            """, url: "https://example.org/job-details.html"))
        #expect(p.location == "Pune")
    }

    @Test func aSiteNameOfANameAndACommaBeforeItsTagline() throws {
        // og:site_name "Nordlicht Network, defending our basic rights and freedoms": the name, before a phrase in lower case
        let p = try #require(read("""
            <html><head><title>Executive Director | Nordlicht Network, defending our basic rights and freedoms</title>
            <meta property="og:site_name" content="Nordlicht Network, defending our basic rights and freedoms"></head><body>
            <h2>Executive Director</h2><p>Location: San Francisco</p><h3>Job Description</h3><p>You will plan and execute
            our campaigns and manage the organization's operations.</p></body></html>
            """, url: "https://example.org/jobs/ed.html"))
        #expect(p.company == "Nordlicht Network")
    }

    @Test func theSiteOwnersNameWithoutItsLegalFormIsNoTitle() throws {
        // "Stillinger — Nordlicht Entreprenør" over "© 2025 Nordlicht Entreprenør AS": the page title's part is the
        // owner's name, no job
        let p = try #require(read("""
            <html><head><title>Stillinger — Nordlicht Entreprenør</title></head><body><nav><a href="/">Hjem</a>
            <a href="/stillinger">Stillinger</a></nav><h1>Bli en del av et fagmiljø som tar vare på det som er.</h1>
            <p>Vi rekrutterer faglærte tømrere og murere.</p><p>Nordlicht Entreprenør AS er stadig i vekst og søker nye
            medarbeidere.</p><footer><p>© 2025 Nordlicht Entreprenør AS</p></footer></body></html>
            """, url: "https://example.org/stillinger"))
        #expect(p.title != "Nordlicht Entreprenør")
    }

    @Test func aCareersWordAndTheNameAcrossASlash() throws {
        // "Careers / TAIC", "Nordlicht / Karriere": the careers section's word, a slash and the site's name
        #expect(PageHeuristics.careersOf("Careers / Nordlicht") == "Nordlicht")
        #expect(PageHeuristics.careersOf("Nordlicht Werke / Karriere") == "Nordlicht Werke")
        #expect(PageHeuristics.careersOf("Frontend / Backend") == nil)
        #expect(PageHeuristics.careersOf("Careers / TAIC") == "TAIC")
    }
}

