import Testing
@testable import JobPipe

@Suite struct ContactTests {
    @Test(arguments: [
        ("jobs", ContactKind.role), ("careers", .role), ("hr", .role), ("recruiting.de", .role), ("talent-team", .role),
        ("bewerbung", .role), ("karriere", .role), ("bewerbungen2024", .role),
        ("info", .generic), ("hello", .generic), ("kontakt", .generic), ("office", .generic), ("kundeninfo", .generic),
        ("support", .service), ("sales", .service), ("press", .service), ("privacy", .service), ("billing", .service),
        ("newstips", .service), ("chip-newsletter", .service),
        ("noreply", .noreply), ("no-reply", .noreply), ("donotreply", .noreply),
        ("jane.doe", .personal), ("d.toelle", .personal), ("newsome", .personal), ("helenlouisewest", .personal),
    ])
    func kinds(local: String, kind: ContactKind) {
        #expect(ContactKind.of(local: local) == kind)
    }

    @Test func domainMatch() {
        #expect(DomainMatch.of(domain: "acme.de", site: "www.acme.de") == .exact)
        #expect(DomainMatch.of(domain: "jobs.acme.de", site: "acme.de") == .subdomain)
        #expect(DomainMatch.of(domain: "acme.de", site: "karriere.acme.de") == .subdomain)
        #expect(DomainMatch.of(domain: "mail.acme.co.uk", site: "jobs.acme.co.uk") == .related)
        #expect(DomainMatch.of(domain: "a.github.io", site: "b.github.io") == .none)
        #expect(DomainMatch.of(domain: "acme.com", site: "acme.de") == .none)
        #expect(DomainMatch.of(domain: "acme.de", site: nil) == .none)
    }

    @Test func companyHost() throws {
        func host(_ line: String) throws -> String? {
            let r = try Record(line: Array(line.utf8))
            return JobPipe.companyHost(of: r, pages: r.value("pages")?.arrayValue ?? [])
        }
        #expect(try host(#"{"domain":"Acme.DE","url":"https://other.de/"}"#) == "acme.de")
        #expect(try host(#"{"domain":"https://www.acme.de/jobs"}"#) == "www.acme.de")
        #expect(try host(#"{"url":"https://jobs.acme.de:8443/x?y"}"#) == "jobs.acme.de")
        #expect(try host(#"{"pages":[{"url":"https://x.de/","role":"about"},{"url":"https://a.de/","final_url":"https://b.de/j","role":"seed"}]}"#) == "b.de")
        #expect(try host(#"{"pages":[{"url":"file:///tmp/a.html"}]}"#) == nil)
    }

    @Test func formula() {
        let c = ContactScore.contact(email: "jobs@acme.de", name: nil, methods: [.text], sources: ["https://acme.de/karriere"],
                                     roles: ["careers"], site: "acme.de")
        #expect(c.confidence == 85)
        #expect(c.reasons == ["found on careers page", "matches company domain", "recruiting address"])
        let g = ContactScore.contact(email: "max.roe@gmail.com", name: "Max Roe", methods: [.mailto, .text],
                                     sources: ["https://acme.de/", "https://acme.de/team"], roles: ["home", "team"], site: "acme.de")
        #expect(g.confidence == 20 + 10 + 0 + 20 - 10 + 5 + 5 + 5)
        #expect(g.freeProvider && g.domainMatch == .none)
        #expect(g.reasons == ["found on team page", "other domain than company", "personal address", "free email provider",
                              "name given on page", "published to be written to", "found on 2 pages"])
        let n = ContactScore.contact(email: "noreply@gmail.com", name: nil, methods: [], sources: [], roles: [], site: nil)
        #expect(n.confidence == 0 && n.reasons.first == "company domain unknown")
        #expect(Contact(email: "a@b.de", name: nil, kind: .role, confidence: 100, domainMatch: .exact, freeProvider: false, method: nil,
                        sources: [], reasons: []).json["confidence"] == .number("1.00"))
    }
}
