import Foundation
import Testing

/// score-contacts on inputs built to be slow: the work per record grows
/// linearly with it. No timings: a quadratic version takes minutes, which the
/// kill-timeout reports as a hang.
@Suite struct ScoreContactsHostileTests {
    /// One address on 30,000 pages, each named twice: merged in first-seen order
    /// (it took 6.5 s when each source was looked for in the list so far).
    @Test func anAddressOnThirtyThousandPages() throws {
        let urls = (0..<30_000).map { "https://acme.de/p\($0)" }
        let entries = (urls + urls).map { #"{"email":"jobs@acme.de","method":"text","source_url":"\#($0)"}"# }
        let line = #"{"url":"https://acme.de/","emails":["# + entries.joined(separator: ",") + "]}"
        let r = try run("score-contacts", stdin: line + "\n", timeout: 600)
        #expect(!r.hung && r.status == 0 && r.stderr == "")
        let sources = urls.map { "\"\($0)\"" }.joined(separator: ",")
        #expect(r.stdout == line.dropLast() + #","email_pattern":null,"contacts":[{"email":"jobs@acme.de","name":null,"position":null,"kind":"role","confidence":0.80,"domain_match":"exact","free_provider":false,"method":"text","sources":["# + sources + #"],"reasons":["matches company domain","recruiting address","found on 30000 pages"],"guessed":false,"pattern":null}]}"# + "\n")
    }

    /// A domain of 14,000 labels (a 28 KB line; it took 35 s) or with a label
    /// over 63 octets is not a domain (RFC 5321, RFC 1035): judged up front,
    /// the record's failure (`bad_field`), and the next one goes on.
    @Test func domainsOverTheLimitsAreTheRecordsFailure() throws {
        let labels = Array(repeating: "a", count: 14_000).joined(separator: ".") + ".de"
        let long = #"{"url":"https://acme.de/","emails":["jobs@\#(labels)"]}"#
        let wide = #"{"emails":[{"email":"jobs@\#(String(repeating: "b", count: 64)).de"}]}"#
        let r = try run("score-contacts", stdin: long + "\n" + wide + "\n" + #"{"emails":["jobs@acme.de"]}"# + "\n", timeout: 600)
        #expect(!r.hung && r.status == 0)
        #expect(r.stderr == """
            score-contacts: line 1: warning: 'emails' holds an address that is not valid: its domain is longer than 255 octets
            score-contacts: line 2: warning: 'emails' holds an address that is not valid: its domain has a label longer than 63 octets

            """)
        #expect(r.lines.count == 3)
        #expect(r.lines[0] == String(long.dropLast()) + #","error":{"code":"bad_field","message":"'emails' holds an address that is not valid: its domain is longer than 255 octets"}}"#)
        #expect(r.lines[1] == String(wide.dropLast()) + #","error":{"code":"bad_field","message":"'emails' holds an address that is not valid: its domain has a label longer than 63 octets"}}"#)
        #expect(r.lines[2] == #"{"emails":["jobs@acme.de"],"email_pattern":null,"contacts":[{"email":"jobs@acme.de","name":null,"position":null,"kind":"role","confidence":0.50,"domain_match":"none","free_provider":false,"method":null,"sources":[],"reasons":["company domain unknown","recruiting address"],"guessed":false,"pattern":null}]}"#)
    }

    /// A domain of exactly 255 octets, four labels of 63, is scored.
    @Test func aDomainAtTheLimitIsScored() throws {
        let domain = Array(repeating: String(repeating: "a", count: 63), count: 4).joined(separator: ".")
        #expect(domain.utf8.count == 255)
        let line = #"{"url":"https://acme.de/","emails":["jobs@\#(domain)"]}"#
        let r = try run("score-contacts", stdin: line + "\n", timeout: 600)
        #expect(r.status == 0 && r.stderr == "")
        #expect(r.stdout == line.dropLast() + #","email_pattern":null,"contacts":[{"email":"jobs@\#(domain)","name":null,"position":null,"kind":"role","confidence":0.50,"domain_match":"none","free_provider":false,"method":null,"sources":[],"reasons":["other domain than company","recruiting address"],"guessed":false,"pattern":null}]}"# + "\n")
    }
}
