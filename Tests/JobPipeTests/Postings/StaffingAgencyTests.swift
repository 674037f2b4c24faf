import Testing
@testable import JobPipe

/// A staffing agency's posting on a page that tags the poster as one.
@Suite struct StaffingAgencyTests {
    func read(_ html: String) -> Posting? {
        var bytes = Array(html.utf8)
        return bytes.withUnsafeMutableBufferPointer { PostingReader.read(html: UnsafeBufferPointer($0), url: "https://jobs.example/offer/1") }
    }

    @Test func aKindAloneOrBeforeItsPeopleIsATag() {
        #expect(StaffingAgency.isTagged(in: ["Zadavatel", "Personální agentura"]))
        #expect(StaffingAgency.isTagged(in: ["Follow", "Staffing and Recruiting 1,001-5,000 employees 2,510 on LinkedIn"]))
        #expect(StaffingAgency.isTagged(in: ["Personaldienstleister"]))
        // kinds a board joins
        #expect(StaffingAgency.isTagged(in: ["See company profile", "Recruitment agency / Staffing"]))
        #expect(StaffingAgency.isTagged(in: ["Uitzendbureau | Werving en selectie"]))
        #expect(!StaffingAgency.isTagged(in: ["Recruitment agency services / Staffing solutions"]))
        // a sentence or a link that names the kind is none
        #expect(!StaffingAgency.isTagged(in: ["We are a staffing agency based in Leeds."]))
        #expect(!StaffingAgency.isTagged(in: ["Staffing agencies", "Recruitment agency services"]))
    }

    @Test func theAgencysOwnJobIsItsOwn() {
        #expect(StaffingAgency.hiresForItself("Senior Recruiter (m/w/d)"))
        #expect(StaffingAgency.hiresForItself("Chargé de recrutement H/F"))
        #expect(!StaffingAgency.hiresForItself("Frontend Developer"))
    }

    @Test func theEmployerOfATaggedAgencysPostingIsConfidential() throws {
        func page(_ title: String, _ text: String) -> String {
            """
            <html><head><title>\(title) | Kestrel Jobs</title></head><body><h1>\(title)</h1>
            <p>Společnost</p><p>Jobs Kestrel Personal, s.r.o.</p><p>Brno</p><p>\(text)</p>
            <p>Zadavatel</p><p>Personální agentura</p><footer>© 2026 Kestrel Jobs</footer></body></html>
            """
        }
        #expect(try #require(read(page("Frontend Developer", "Vue.js a TypeScript."))).company == "Confidential")
        // (the agency's own recruiter, and a posting whose sentence names the client, keep the board's label of the
        // company, as the man page says a board's label does)
        #expect(try #require(read(page("Senior Recruiter", "Nábor pro naše klienty."))).company == "Jobs Kestrel Personal, s.r.o.")
        let named = try #require(read(page("Frontend Developer", "On behalf of our client, Harrow & Finch Ltd, we are looking for a developer.")))
        #expect(named.company == "Jobs Kestrel Personal, s.r.o.")
    }

    @Test func aLargeStaffingFirmsPostingIsForAClient() throws {
        #expect(StaffingAgency.isLargeFirm("Robert Half Technology") && StaffingAgency.isLargeFirm("Randstad Chile"))
        #expect(StaffingAgency.isLargeFirm("CyberCoders") && StaffingAgency.isLargeFirm("Hays Recruitment"))
        #expect(!StaffingAgency.isLargeFirm("Hays Medical Center") && !StaffingAgency.isLargeFirm("Kestrel Labs"))
        // (a name of no letter or digit is none, and no trap)
        #expect(!StaffingAgency.isLargeFirm("—") && !StaffingAgency.isLargeFirm(""))
        // (its country whole, or its code)
        #expect(StaffingAgency.isLargeFirm("Randstad United Kingdom") && StaffingAgency.isLargeFirm("Hays UK"))
        let p = try #require(read("""
            <html><head><title>Java Developer - CyberCoders</title></head><body><h1>Java Developer</h1>
            <p>CyberCoders is looking for a Java developer for a fast-growing company in Irvine, CA.</p>
            <p>Location: Irvine, CA</p></body></html>
            """))
        #expect(p.company == "Confidential")
        // (so it is where a sentence speaks of the client without naming it)
        let unnamed = try #require(read("""
            <html><head><title>Java Developer | Computer Futures</title></head><body><h1>Java Developer</h1>
            <p>Company: Computer Futures</p><p>Für unseren Kunden, ein Softwarehaus in Bonn, suchen wir einen Java Developer.</p>
            <p>Ort: Bonn</p></body></html>
            """))
        #expect(unnamed.company == "Confidential")
        // (its own recruiter's job is its own)
        let own = try #require(read("""
            <html><head><title>Recruiter - CyberCoders</title></head><body><h1>Recruiter</h1>
            <p>CyberCoders is looking for a recruiter to join our Irvine office.</p><p>Location: Irvine, CA</p></body></html>
            """))
        #expect(own.company == "CyberCoders")
    }

    @Test func theSitesOwnNameOverAnUnnamedClientIsTheRecruiters() throws {
        // a recruiter's own site: its name is all the page gives as employer, and its sentence speaks of a client
        let lines = ["CTO — Scale-up SaaS — Paris", "Lieu : Paris", "Notre client est une scale-up SaaS en forte croissance."]
        #expect(PostingReader.isRecruitersOwnName(from: "site_name", lines: lines))
        #expect(PostingReader.isRecruitersOwnName(from: "owner", lines: lines))
        // (not a name the page labels or its sentences give, nor a site that speaks of no client)
        #expect(!PostingReader.isRecruitersOwnName(from: "label", lines: lines))
        #expect(!PostingReader.isRecruitersOwnName(from: "site_name", lines: ["Vous accompagnez nos clients dans leurs projets SAP."]))
        let p = try #require(read("""
            <html><head><title>CTO — Scale-up SaaS — Paris | Offre Kestrel</title></head><body><h1>CTO — Scale-up SaaS — Paris</h1>
            <p>Lieu : Paris</p><p>Notre client est une scale-up SaaS en forte croissance.</p>
            <footer>© 2026 Kestrel. Tous droits réservés.</footer></body></html>
            """))
        #expect(p.company == "Confidential")
    }
}
