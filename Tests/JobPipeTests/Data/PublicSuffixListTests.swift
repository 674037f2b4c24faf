import Testing
@testable import JobPipe

/// The Public Suffix List as libpsl reads it: the answers the compiled-in copy gave.
@Suite struct PublicSuffixListTests {
    let psl = PublicSuffixList.shared

    @Test func topLevelDomains() {
        #expect(psl.knowsTopLevelDomain(of: "acme.de"))
        #expect(psl.knowsTopLevelDomain(of: "xn--j1aef.xn--p1ai") && psl.knowsTopLevelDomain(of: "пример.рф"))
        // A wildcard rule (`*.ck`) names its top-level domain too.
        #expect(psl.knowsTopLevelDomain(of: "acme.co.ck"))
        // No rule for `za` itself, only below it (`co.za`).
        #expect(psl.knowsTopLevelDomain(of: "acme.co.za"))
        #expect(!psl.knowsTopLevelDomain(of: "logo.png") && !psl.knowsTopLevelDomain(of: "acme.example"))
        #expect(!psl.knowsTopLevelDomain(of: "a.exports") && !psl.knowsTopLevelDomain(of: "thread.tacv"))
    }

    @Test(arguments: [
        ("jobs.acme.co.uk", "acme.co.uk"),          // a suffix of two labels
        ("JOBS.ACME.CO.UK", "acme.co.uk"),
        ("co.uk", nil), ("uk", nil),                 // public suffixes are not registrable
        ("a.b.acme.github.io", "acme.github.io"),    // a rule of the private section
        ("github.io", nil),
        ("x.y.ck", "x.y.ck"), ("y.ck", nil),         // the wildcard `*.ck`
        ("www.ck", "www.ck"), ("a.www.ck", "www.ck"), // and its exception `!www.ck`
        ("mail.acme.unknowntld", "acme.unknowntld"), // the `*` default rule
        ("jobs.xn--bcher-kva.de", "xn--bcher-kva.de"),
        ("www.xn--j1aef.xn--p1ai", "xn--j1aef.xn--p1ai"), ("www.пример.рф", "пример.рф"),
    ] as [(String, String?)])
    func registrableDomain(host: String, expected: String?) {
        #expect(psl.registrableDomain(of: host) == expected)
    }

    @Test func addressesAndSites() {
        #expect(AddressFilter().accepts("info@acme.co.za") == "info@acme.co.za")
        #expect(AddressFilter().check("jane@mail.example.co.uk") == .failure(RejectionError(.placeholder)))
        #expect(DomainMatch.of(domain: "mail.acme.co.uk", site: "jobs.acme.co.uk") == .related)
        #expect(DomainMatch.of(domain: "acme.co.uk", site: "other.co.uk") == .none)
        #expect(DomainMatch.of(domain: "a.acme.github.io", site: "b.acme.github.io") == .related)
        #expect(DomainMatch.of(domain: "acme.github.io", site: "other.github.io") == .none)
    }
}
