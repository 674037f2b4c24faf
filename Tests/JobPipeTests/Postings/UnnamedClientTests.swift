import Testing
@testable import JobPipe

/// A recruiter's posting for a client it does not name.
@Suite struct UnnamedClientTests {
    func read(_ html: String, url: String) -> Posting? {
        var bytes = Array(html.utf8)
        return bytes.withUnsafeMutableBufferPointer { PostingReader.read(html: UnsafeBufferPointer($0), url: url) }
    }

    @Test func aSentenceThatOpensWithTheClient() {
        for line in ["Our client, a fast-growing fintech in Berlin, is looking for a backend developer.",
                     "We are hiring. For our client we seek an engineer.", "Für unseren Kunden suchen wir einen Entwickler.",
                     "Pour l’un de nos clients, nous recherchons un ingénieur.", "Voor onze opdrachtgever zoeken wij een monteur.",
                     "Per un nostro cliente cerchiamo uno sviluppatore.", "Nuestro cliente es una empresa de software."] {
            #expect(UnnamedClient.isSpokenOf(in: [line]), "\(line)")
        }
        // a client, not ours: "for a client", "one of our clients", in the six languages
        for line in ["For a client in Leeds we are looking for a tester.", "Für einen Kunden in Köln suchen wir Verstärkung.",
                     "Pour un client basé à Lille, nous recrutons un développeur.", "Para un cliente del sector seguros buscamos un analista.",
                     "Voor een klant regio Antwerpen zijn wij op zoek naar een tester.", "Per un cliente di Torino cerchiamo un sistemista.",
                     "One of our clients, a bank, needs a data engineer."] {
            #expect(UnnamedClient.isSpokenOf(in: [line]), "\(line)")
        }
        // the client a recruiter calls its partner
        for line in ["Notre partenaire recherche un leader charismatique.", "Our partner, a school group, is looking for a director.",
                     "Pour notre partenaire, leader de l'éducation, nous recrutons un directeur."] {
            #expect(UnnamedClient.isSpokenOf(in: [line]), "\(line)")
        }
        // a recruiter's first person for the client it stands for
        for line in ["I'm representing a growing, seed-stage healthtech company that builds AI software.",
                     "I am partnering with an established bank in Leeds who need a tester.",
                     "We are representing a leading retailer and are looking for a buyer."] {
            #expect(UnnamedClient.isSpokenOf(in: [line]), "\(line)")
        }
        // the first person's phrase of the rest of the EU's languages, anywhere in the sentence
        for line in ["Etsimme asiakkaallemme useita kokeneita ohjelmistosuunnittelijoita.",
                     "Poszukujemy dla naszego klienta doświadczonego programisty.", "Hledáme pro našeho klienta testera.",
                     "Vi söker för vår kunds räkning en utvecklare.", "Procuramos para o nosso cliente um engenheiro."] {
            #expect(UnnamedClient.isSpokenOf(in: [line]), "\(line)")
        }
        #expect(!UnnamedClient.isSpokenOf(in: ["Asiakkaamme ovat pankkeja ja vakuutusyhtiöitä."]))
        // a description in the client's name's place, anywhere in the sentence
        for line in ["Headquartered in Singapore, we help our client - an intelligent loan marketplace - hire engineers.",
                     "Nous accompagnons notre client, une PME lyonnaise, dans son recrutement."] {
            #expect(UnnamedClient.isSpokenOf(in: [line]), "\(line)")
        }
        #expect(!UnnamedClient.isSpokenOf(in: ["We help our client teams, and our clients, every day."]))
        // the client's possessive, in a sentence that hires; the third person's "on behalf of its client"
        #expect(UnnamedClient.isSpokenOf(in: ["Our client's corporate HQ in Birmingham, AL is seeking a QA Analyst."]))
        #expect(!UnnamedClient.isSpokenOf(in: ["Our client's needs come first. We are looking for a consultant."]))
        #expect(UnnamedClient.isSpokenOf(in: ["Die Personalberatung SThree betreut die Stelle im Auftrag ihres Kunden."]))
        // (an employer's customer, in a line that seeks no one)
        #expect(!UnnamedClient.isSpokenOf(in: ["Acima de tudo, gostamos de criar valor para o nosso cliente, enquanto garantimos um sistema robusto."]))
        #expect(!UnnamedClient.isSpokenOf(in: ["Dbamy o jakość usług dla naszego klienta na każdym etapie projektu."]))
        // (an employer's "we" that partners with another names no client)
        #expect(!UnnamedClient.isSpokenOf(in: ["We are partnering with a local charity to teach coding."]))
        for line in ["Our partners are schools across France.", "Our partner schools welcome 3,000 pupils."] {
            #expect(!UnnamedClient.isSpokenOf(in: [line]), "\(line)")
        }
        // clients spoken of in passing, or a plural, are no such sentence, nor a word the client makes
        for line in ["You will work closely with our clients every day.", "Our clients are banks and insurers.",
                     "We build tools for our client teams.", "For a client-facing role you need good English.",
                     "Our client-facing teams work from Leeds."] {
            #expect(!UnnamedClient.isSpokenOf(in: [line]), "\(line)")
        }
    }

    @Test func theEmployerIsConfidentialNotTheRecruiter() throws {
        let page = """
            <html><head><title>Backend Developer | TalentFinders</title><meta property="og:site_name" content="TalentFinders">
            </head><body><h1>Backend Developer</h1><p>Our client, a fast-growing fintech in Berlin, is looking for a backend
            developer.</p><p>You write Go and Python.</p><footer>© 2024 TalentFinders GmbH</footer></body></html>
            """
        #expect(try #require(read(page, url: "https://www.talentfinders.example/jobs/123")).company == "Confidential")
        // a label that names the client still does
        let named = page.replacingOccurrences(of: "<p>You write", with: "<p>Company: Acme Payments GmbH</p><p>You write")
        #expect(try #require(read(named, url: "https://www.talentfinders.example/jobs/123")).company == "Acme Payments GmbH")
    }

    @Test func aClientNamedInAnApposition() throws {
        // "On behalf of our client, Harrow & Finch Ltd, …": the client is named, and is the employer
        #expect(UnnamedClient.client(in: ["On behalf of our client, Harrow & Finch Ltd, we are looking for an accountant."])
                == .named("Harrow & Finch Ltd"))
        #expect(!UnnamedClient.isSpokenOf(in: ["On behalf of our client, Harrow & Finch Ltd, we are looking for an accountant."]))
        // (an apposition that is no name leaves it unnamed)
        #expect(UnnamedClient.isSpokenOf(in: ["Our client, a fast-growing fintech in Berlin, is looking for a developer."]))
        let page = """
            <html><head><title>Senior Accountant | Peak Recruitment</title></head><body><main><h1>Senior Accountant</h1>
            <p>On behalf of our client, Harrow &amp; Finch Ltd, we are looking for a senior accountant.</p>
            <p>Sage and Excel.</p></main><footer>© Peak Recruitment</footer></body></html>
            """
        #expect(try #require(read(page, url: "https://peakrecruitment.example/jobs/senior-accountant")).company == "Harrow & Finch Ltd")
    }

    @Test func thePageTitleThatNamesTheRecruiterIsNoEmployer() throws {
        // (the page title's last part is the recruiter's site name: it yields to the client, confidential)
        let page = """
            <html><head><title>Sr. functioneel analist – | Konstel</title><meta property="og:site_name" content="Konstel">
            </head><body><header><a href="/">Life @ Konstel</a></header><h1>Sr. functioneel analist</h1>
            <p>Voor een klant in Brussel zijn we op zoek naar een ervaren functioneel analist.</p><p>Locatie: Brussel</p>
            <footer>© 2026 KONSTEL NV</footer></body></html>
            """
        let p = try #require(read(page, url: "https://konstel.example/jobs/sr-functioneel-analist"))
        #expect(p.company == "Confidential" && p.location == "Brussel")
        // (without the client, the recruiter is the employer)
        let own = page.replacingOccurrences(of: "Voor een klant in Brussel zijn we", with: "In Brussel zijn we")
        #expect(try #require(read(own, url: "https://konstel.example/jobs/sr-functioneel-analist")).company == "Konstel")
    }

    @Test func aClientPraisedInASentenceThatHires() {
        #expect(UnnamedClient.isSpokenOf(in: ["Kestrel, consultora líder, requiere contratar a un Analista para un importante cliente del rubro."]))
        #expect(UnnamedClient.isSpokenOf(in: ["Per importante azienda cliente ricerchiamo un addetto paghe."]))
        #expect(UnnamedClient.isSpokenOf(in: ["Importante empresa del área de alimentos, requiere contratar a Jefe de Bodega."]))
        // (a consultancy's placement with its client, whose employer is the consultancy; an employer's own praise)
        #expect(!UnnamedClient.isSpokenOf(in: ["Vous interviendrez pour un grand client du secteur bancaire à Paris."]))
        #expect(!UnnamedClient.isSpokenOf(in: ["Somos una importante empresa del área de alimentos con 20 años de historia."]))
    }

    @Test func markupThatNamesTheRecruiterWhereThePageSaysItsClientIsUnnamed() throws {
        func page(_ employer: String) -> String {
            """
            <html><head><title>Head of Data | Talentis</title><script type="application/ld+json">{"@type": "JobPosting",
            "title": "Head of Data", "hiringOrganization": {"name": "\(employer)"}, "jobLocation": {"address":
            {"addressLocality": "Bruxelles"}}}</script></head><body><header><a href="/">Talentis</a></header>
            <h1>Head of Data</h1><p>Notre client est une FinTech B2B belge fondée en 2020, à Bruxelles.</p>
            <p>Snowflake, dbt et Airflow.</p><footer>© 2025 Talentis</footer></body></html>
            """
        }
        #expect(try #require(read(page("Talentis"), url: "https://talentis.example/offres/head-of-data")).company == "Confidential")
        // (markup that names another employer is the recruiter's too, as a staffing agency's on a board: whoever
        // names the client in its markup does not hide it in its text)
        #expect(try #require(read(page("Kestrel Pay"), url: "https://talentis.example/offres/head-of-data")).company == "Confidential")
        // (a sentence that names the client still names it)
        let named = page("Kestrel Pay").replacingOccurrences(of: "Notre client est une FinTech", with: "Notre client, Kestrel Pay SA, est une FinTech")
        #expect(try #require(read(named, url: "https://talentis.example/offres/head-of-data")).company == "Kestrel Pay")
    }
}
