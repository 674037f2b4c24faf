import Testing
@testable import JobPipe

/// The public suffix list and the free email providers.
@Suite struct PublicSuffixListTests {
    @Test func publicSuffixList() {
        let psl = PublicSuffixList.shared
        #expect(psl.isTopLevelDomain("de") && psl.isTopLevelDomain("xn--p1ai") && psl.isTopLevelDomain("рф"))
        #expect(!psl.isTopLevelDomain("png") && !psl.isTopLevelDomain("example"))
        #expect(psl.registrableDomain(of: "jobs.acme.co.uk") == "acme.co.uk")
        #expect(psl.registrableDomain(of: "co.uk") == nil)
        #expect(psl.registrableDomain(of: "a.b.acme.github.io") == "acme.github.io")
        #expect(psl.registrableDomain(of: "www.ck") == "www.ck")
        #expect(psl.registrableDomain(of: "x.y.ck") == "x.y.ck")
        #expect(FreeEmailProviders.contains("gmail.com") && FreeEmailProviders.contains("mail.yahoo.de"))
        #expect(!FreeEmailProviders.contains("acme.de") && !FreeEmailProviders.contains("notgmail.com"))
    }
}
