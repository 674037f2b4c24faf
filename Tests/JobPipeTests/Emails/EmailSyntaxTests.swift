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
