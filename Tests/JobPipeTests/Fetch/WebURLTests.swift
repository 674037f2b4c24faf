import Testing
@testable import JobPipe

/// WebURL reads its parts off curl's normalised text.
@Suite struct WebURLTests {
    func parts(_ s: String, base: String? = nil) -> String {
        guard let u = WebURL(s, base: base.flatMap { WebURL($0) }) else { return "nil" }
        return "\(u.text) | \(u.scheme) | \(u.host) | \(u.port.map(String.init) ?? "-") | \(u.pathAndQuery) | \(u.hostKey)"
    }

    @Test func partsOfNormalisedURLs() {
        #expect(parts("HTTP://Acme.Example/Jobs?a=1#top") == "http://Acme.Example/Jobs?a=1 | http | acme.example | - | /Jobs?a=1 | acme.example:80")
        #expect(parts("https://user:pw@acme.example:8443") == "https://user:pw@acme.example:8443/ | https | acme.example | 8443 | / | acme.example:8443")
        #expect(parts("http://[::1]:8080/x") == "http://[::1]:8080/x | http | [::1] | 8080 | /x | [::1]:8080")
        #expect(parts("https://acme.example?q=1") == "https://acme.example/?q=1 | https | acme.example | - | /?q=1 | acme.example:443")
        #expect(parts("file:///tmp/a b.html") == "file:///tmp/a%20b.html | file |  | - | /tmp/a%20b.html | file:")
        #expect(parts("../kontakt", base: "https://acme.example/de/jobs/") == "https://acme.example/de/kontakt | https | acme.example | - | /de/kontakt | acme.example:443")
        #expect(parts("not a url") == "nil")
    }

    /// Found by the url fuzzer: a host that percent-decoding makes numeric
    /// reads as IPv4 only the second time; the normal form reads as itself.
    @Test func theNormalFormIsAFixedPoint() {
        #expect(parts("http:/%3271/A") == "http://0.0.1.15/A | http | 0.0.1.15 | - | /A | 0.0.1.15:80")
        #expect(WebURL("http:/%3271/A").map { WebURL($0.text) == $0 } == true)
    }
}

/// The plain-URL shortcut gives exactly what curl's URL API gives.
@Suite struct WebURLShortcutTests {
    static let urls = [
        "http://acme.example", "https://acme.example/", "https://Acme.Example/Jobs/Senior-Dev_42?ref=li&x=1",
        "http://127.0.0.1:8080/p1.html", "https://acme.example:443/a", "https://a.example/x;y=1,2/(z)*!$'~@:",
        "https://a.example/?q=a?b", "https://a.example/x/./y", "https://a.example/x/../y", "https://a.example/.",
        "https://a.example/a%20b", "https://a.example/a b", "https://a.example/ü", "https://a.example#top",
        "https://a.example:0/", "https://a.example:08080/", "https://a.example:65536/", "https://a.example:/x",
        "https://-a.example/", "https://a.example./", "HTTPS://a.example/", "https://user@a.example/",
        "https://a.example/x\\y", "https://a.example/x{y}", "https://a.example/x|y", "https://a.example/x^y",
        "https://a..example/", "https://a.example/x//y", "https://a.example/x/.hidden", "http://[::1]:80/",
        "http://127.1/", "http://0x7f.0.0.1/", "http://2130706433/", "http://127.000.0.1/", "http://127.0.0.1/",
        "http://10.0.0.256/", "http://h.example/a/b?", "http://h.example/a/?", "http://h.example/?b?", "http://h.example/??", "http://1.2.3.4.5/", "http://a1.example/", "http://example.123/", "http://ex.1ab/",
    ]

    @Test(arguments: urls) func sameAsCurl(_ url: String) {
        // Text, scheme, host, port, path and query alike, whichever way it was read.
        #expect(WebURL(url) == WebURL(curl: url, base: nil))
    }

    @Test func theShortcutIsTakenForPlainURLs() {
        #expect(WebURL.plain("https://Acme.Example/Jobs?ref=li") != nil)
        #expect(WebURL.plain("http://127.0.0.1:8080") != nil)
        #expect(WebURL.plain("https://a.example/x/../y") == nil)
        #expect(WebURL.plain("https://a.example/a%20b") == nil)
        #expect(WebURL.plain("http://127.1/") == nil)
        #expect(WebURL.plain("http://0x7f.0.0.1/") == nil)
    }
}
