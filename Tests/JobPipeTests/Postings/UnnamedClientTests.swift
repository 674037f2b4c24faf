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
        // clients spoken of in passing, or a plural, are no such sentence
        for line in ["You will work closely with our clients every day.", "Our clients are banks and insurers.",
                     "We build tools for our client teams."] {
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
        // (markup that names another employer, the client, names it)
        #expect(try #require(read(page("Kestrel Pay"), url: "https://talentis.example/offres/head-of-data")).company == "Kestrel Pay")
    }
}
