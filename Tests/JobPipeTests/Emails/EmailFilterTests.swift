import Testing
@testable import JobPipe

/// Each class of look-alike is refused, for the reason it is.
@Suite struct EmailFilterTests {
    let filter = AddressFilter()

    @Test(arguments: [
        ("logo@2x.png", Rejection.fileName), ("lib@2.0.5.js", .fileName), ("icon-72@2x.webp", .fileName),
        ("enavi-sommerakademie@iassp.chiussi.jpg", .fileName),
        ("background@2x.example", .retinaSuffix),
        ("vue@2.6.12", .syntax), ("keycdn@18.01.2020", .syntax), ("soci@s", .syntax),
        ("if@a.exports", .unknownTopLevelDomain), ("tp.ocilbup@otnip.atlov.esoj", .unknownTopLevelDomain),
        ("uhu5s6ouetxb5fcc154wgqnztdpyepa2m2x1vvdqhbi1@thread.tacv", .unknownTopLevelDomain),
        ("b9182fe15766496ea7d9d6dbe35a0b2f@o4682.ingest.sentry.io", .token),
        ("yourname@example.com", .placeholder), ("name@domain.de", .placeholder), ("your@email.com", .placeholder),
        ("alice@example.com", .placeholder), ("jane@mail.example.co.uk", .placeholder), ("max.mustermann@acme.de", .placeholder),
    ])
    func refuses(address: String, reason: Rejection) {
        #expect(filter.check(address) == .failure(RejectionError(reason)))
    }

    @Test(arguments: ["Info@ACME.de", "0630@wdr.de", "jobs@163.com", "a.b-c_d+e@sub.acme.co.uk", "email@georgholzer.at",
                      "jeff@臺網中心.tw", "hr@bücher.de"])
    func accepts(address: String) {
        #expect(filter.check(address) == .success(address.lowercased()))
    }

    /// One mailbox, one form: an internationalised domain in Unicode, whichever the page used.
    @Test func internationalisedDomainsInUnicode() {
        #expect(filter.check("HR@XN--BCHER-KVA.DE") == .success("hr@bücher.de"))
        #expect(FoundEmail.asciiForm("hr@bücher.de") == "hr@xn--bcher-kva.de")
        #expect(FoundEmail.asciiForm("hr@acme.de") == nil)
        // Both finds on the page are the same address: one entry.
        #expect(finds("<p>hr@bücher.de, HR@XN--BCHER-KVA.DE</p>") == ["hr@bücher.de text -"])
    }

    @Test func placeholdersCanBeKept() {
        #expect(AddressFilter(allowPlaceholders: true).accepts("yourname@example.com") == "yourname@example.com")
    }

    @Test func freeEmailProviders() {
        #expect(FreeEmailProviders.contains("gmail.com") && FreeEmailProviders.contains("mail.yahoo.de"))
        #expect(!FreeEmailProviders.contains("acme.de") && !FreeEmailProviders.contains("notgmail.com"))
    }
}
