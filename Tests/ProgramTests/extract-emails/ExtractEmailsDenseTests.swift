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

    /// 3,000 h-cards: the first 1,000 read (and of those, the first 200 addresses
    /// named as `NameFinder.maxAddresses` has it, the rest by their card alone), none after.
    @Test func threeThousandCards() throws {
        let cards = (0..<3_000).map { #"<div class='h-card'><span class='p-name'>Anna Roth</span> <a class='u-email' href='mailto:u\#($0)@acme.de'>m</a></div>"# }
        let line = #"{"body":""# + cards.joined() + #""}"#
        let r = try run("extract-emails", stdin: line + "\n", timeout: 600)
        #expect(!r.hung && r.status == 0 && r.stderr == "")
        let emails = (try object(r.stdout)["emails"] as? [[String: Any]]) ?? []
        #expect(emails.count == 3_000)
        #expect(emails.prefix(1_000).allSatisfy { $0["name"] as? String == "Anna Roth" })
        #expect(emails.dropFirst(1_000).allSatisfy { $0["name"] is NSNull })
    }

    /// A card holding 20,000 nested title elements over a long text: each property's text is made once.
    @Test func nestedPropertiesInACard() throws {
        let line = #"{"body":"<div class=vcard><span class=fn>Anna Roth</span> a.roth@acme.de"#
            + String(repeating: "<div class=title>", count: 20_000) + String(repeating: "word ", count: 2_000) + #"</div>"}"#
        let r = try run("extract-emails", stdin: line + "\n", timeout: 600)
        #expect(!r.hung && r.status == 0 && r.stderr == "")
        let emails = (try object(r.stdout)["emails"] as? [[String: Any]]) ?? []
        #expect(emails.map { "\($0["email"]!) \($0["name"]!) \($0["position"]!)" } == ["a.roth@acme.de Anna Roth <null>"])
    }
}
