import Foundation
import Testing

/// extract-emails on pages dense with addresses: one entry per address, the
/// work linear in the page. No timings: the kill-timeout catches a version
/// whose work grows with the square of the page (an element boundary list
/// filtered for every address) as a hang.
@Suite struct ExtractEmailsDenseTests {
    static let expected = #"{"emails":[{"email":"x@y.com","name":null,"position":null,"method":"text","source_url":null,"context":"x@y.com x@y.com x@y.com x@y.com x@y.com x@y.com x@y.com x@y.com…"}],"people":[]}"# + "\n"

    /// 200,000 times the same address in the text (1.6 MB): one entry, its context from the first.
    @Test func oneAddressRepeatedAllOverThePage() throws {
        let line = #"{"body":""# + String(repeating: "x@y.com ", count: 200_000) + #""}"#
        let r = try run("extract-emails", stdin: line + "\n", timeout: 600)
        #expect(!r.hung && r.status == 0 && r.stderr == "")
        #expect(r.stdout == Self.expected)
    }

    /// 50,000 addresses each in its own element: 100,000 element boundaries.
    @Test func oneAddressInFiftyThousandElements() throws {
        let line = #"{"body":""# + String(repeating: "<span>x@y.com</span> ", count: 50_000) + #""}"#
        let r = try run("extract-emails", stdin: line + "\n", timeout: 600)
        #expect(!r.hung && r.status == 0 && r.stderr == "")
        #expect(r.stdout == Self.expected)
    }

    /// 20,000 different addresses: every one, in page order.
    @Test func twentyThousandAddresses() throws {
        let addresses = (0..<20_000).map { "u\($0)@acme.de" }
        let line = #"{"body":"<p>"# + addresses.joined(separator: " ") + #"</p>"}"#
        let r = try run("extract-emails", stdin: line + "\n", timeout: 600)
        #expect(!r.hung && r.status == 0 && r.stderr == "")
        let out = try object(r.stdout)
        let emails = (out["emails"] as? [[String: Any]]) ?? []
        #expect(emails.compactMap { $0["email"] as? String } == addresses)
        #expect(emails.last?["context"] as? String == "…u19996@acme.de u19997@acme.de u19998@acme.de u19999@acme.de")
    }
}
