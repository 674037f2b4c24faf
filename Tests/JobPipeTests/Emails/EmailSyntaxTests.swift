import Foundation
import Testing
@testable import JobPipe

/// `../shared/corpus/email` beside the repository, when it is there.
let emailCorpus: URL? = {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpus/email")
    return FileManager.default.fileExists(atPath: url.path) ? url : nil
}()

@Suite struct EmailSyntaxTests {
    /// python-email-validator's syntax cases (300 of them), as shipped in the shared corpus.
    @Test(.enabled(if: emailCorpus != nil, "needs ../shared/corpus/email"))
    func validatorVectors() throws {
        let text = try String(contentsOf: emailCorpus!.appendingPathComponent("validator_vectors.ndjson"), encoding: .utf8)
        var checked = 0
        for line in text.split(separator: "\n") {
            let v = try JSON.parse(String(line))
            let address = try #require(v["address"]?.stringValue)
            guard let valid = v["valid"]?.boolValue else {
                Issue.record("no valid flag: \(line)")
                continue
            }
            #expect(EmailSyntax.isValid(address) == valid, "\(address.debugDescription) should be \(valid ? "valid" : "invalid")")
            checked += 1
        }
        #expect(checked == 300)
    }

    @Test(arguments: [
        ("jane.doe@acme.de", true), ("o'brien+jobs@acme.co.uk", true), ("0630@wdr.de", true),
        ("jeff@臺網中心.tw", true), ("test@xn--hxajbheg2az3al.xn--jxalpdlp", true),
        ("a..b@acme.de", false), (".a@acme.de", false), ("a.@acme.de", false), ("a@acme", false),
        ("a@-acme.de", false), ("a@acme-.de", false), ("a@acme..de", false), ("a@acme.de.", false),
        ("a@acme.123", false), ("a@host.localhost", false), ("a@xn--0.de", false), ("a b@acme.de", false),
        ("\"a\"@acme.de", false), ("a@[127.0.0.1]", false), ("Jane <a@acme.de>", false),
    ])
    func syntax(address: String, valid: Bool) {
        #expect(EmailSyntax.isValid(address) == valid)
    }

    @Test func internationalisedDomains() {
        #expect(EmailSyntax.asciiDomain("Bücher.de") == "xn--bcher-kva.de")
        #expect(EmailSyntax.unicodeDomain("xn--bcher-kva.de") == "bücher.de")
    }
}

/// The length limits score-contacts checks first, at a cost bounded whatever the input.
@Suite struct EmailLengthLimitTests {
    @Test func domainsAndLabelsAreMeasuredInASCIIForm() {
        let label63 = String(repeating: "a", count: 63)
        #expect(EmailSyntax.lengthProblem("jobs@\(label63).de") == nil)
        #expect(EmailSyntax.lengthProblem("jobs@\(label63)a.de") == "its domain has a label longer than 63 octets")
        let d255 = Array(repeating: label63, count: 4).joined(separator: ".")
        #expect(EmailSyntax.lengthProblem("jobs@\(d255)") == nil)
        #expect(EmailSyntax.lengthProblem("jobs@a\(d255)") != nil)
        #expect(EmailSyntax.lengthProblem("jobs@x.\(d255)") == "its domain is longer than 255 octets")
        // 40 × ü is 80 octets of UTF-8 but `xn--` and 45 in ASCII: a label that fits.
        #expect(EmailSyntax.lengthProblem("jobs@\(String(repeating: "ü", count: 40)).de") == nil)
        let many = Array(repeating: "a", count: 14_000).joined(separator: ".")
        #expect(EmailSyntax.lengthProblem("jobs@\(many).de") == "its domain is longer than 255 octets")
    }

    @Test func suffixLookupsRefuseHostsNoDomainCanBe() {
        let many = Array(repeating: "a", count: 14_000).joined(separator: ".") + ".de"
        #expect(PublicSuffixList.shared.registrableDomain(of: many) == nil)
        #expect(!PublicSuffixList.shared.knowsTopLevelDomain(of: many))
        #expect(PublicSuffixList.shared.registrableDomain(of: "jobs.acme.de") == "acme.de")
    }
}
