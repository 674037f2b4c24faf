import Foundation
import Testing

/// fetch-page against samples/httpd.py on 127.0.0.1.
@Suite(.serialized) struct FetchPageTests {
    let server: TestServer
    init() throws { server = try TestServer() }

    /// Options that keep the tests fast: no politeness delay, short backoff.
    var fast: [String] { ["--delay", "0", "--retry-delay", "0.05"] + server.resolve }

    @Test func recordKeepsItsFieldsAndGainsPages() throws {
        let url = server.url("/contact.html", host: "acme.example")
        let r = try run("fetch-page", fast, stdin: #"{"application_id":7,"url":"\#(url)","note":[1, 2]}"# + "\n")
        #expect(r.status == 0)
        #expect(r.stderr == "")
        let body = try String(contentsOf: packageRoot.appendingPathComponent("samples/sites/acme.example/contact.html"), encoding: .utf8)
        let bodyJSON = String(decoding: try JSONSerialization.data(withJSONObject: [body], options: [.withoutEscapingSlashes]), as: UTF8.self).dropFirst().dropLast()
        #expect(r.lines.map(stable) == [
            #"{"application_id":7,"url":"\#(url)","note":[1, 2],"pages":[{"url":"\#(url)","final_url":"\#(url)","role":"seed","status":200,"content_type":"text/html","charset":"utf-8","fetched_at":"T","elapsed_ms":0,"bytes":\#(body.utf8.count),"attempts":1,"truncated":false,"body":\#(bodyJSON)}]}"#,
        ])
    }

    @Test func bareURLLinesBecomeRecords() throws {
        let url = server.url("/_hostile/status?code=404")
        let r = try run("fetch-page", fast, stdin: url + "\n")
        #expect(r.status == 0)
        #expect(r.lines.map(stable) == [
            #"{"url":"\#(url)","pages":[{"url":"\#(url)","final_url":"\#(url)","role":"seed","status":404,"content_type":"text/html","charset":"utf-8","fetched_at":"T","elapsed_ms":0,"bytes":45,"attempts":1,"truncated":false,"body":"<html><body><h1>status 404</h1></body></html>","error":{"code":"http_status","message":"HTTP 404","attempts":1}}]}"#,
        ])
        let strict = try run("fetch-page", fast + ["--strict"], stdin: url + "\n")
        #expect(strict.status == 1)
    }

    @Test func discoveryFindsContactCareersAndAboutPages() throws {
        let seeds = [
            server.url("/", host: "acme.example"), server.url("/", host: "globex.example"),
            server.url("/jobs/42.html", host: "initech.example"),
        ]
        let r = try run("fetch-page", fast + ["--discover"], stdin: seeds.map { #"{"url":"\#($0)"}"# }.joined(separator: "\n") + "\n")
        #expect(r.status == 0)
        let roles = try r.lines.map { line -> [String] in
            let pages = try object(line)["pages"] as! [[String: Any]]
            return pages.map { "\($0["role"]!) \(($0["url"] as! String).replacingOccurrences(of: ":\(server.port)", with: ""))" }
        }
        #expect(roles == [
            ["seed http://acme.example/", "contact http://acme.example/contact.html",
             "careers http://acme.example/careers/", "about http://acme.example/about.html"],
            ["seed http://globex.example/", "careers http://globex.example/karriere.html",
             "imprint http://globex.example/impressum.html"],
            ["seed http://initech.example/jobs/42.html", "home http://initech.example/",
             "careers http://initech.example/jobs/", "team http://initech.example/team.html"],
        ])
        let capped = try run("fetch-page", fast + ["--discover", "--max-pages", "2"], stdin: #"{"url":"\#(seeds[0])"}"# + "\n")
        #expect(try (object(capped.lines[0])["pages"] as! [[String: Any]]).count == 2)
    }

    /// One hostile case: the page entry fetch-page writes, less the body.
    /// Each ends by fetch-page's own limits (3 attempts of 2 s at most); one
    /// still running after the harness's generous kill-timeout is a hang.
    func page(_ path: String, _ extra: [String] = []) throws -> String {
        let r = try run("fetch-page", fast + ["--timeout", "2", "--max-bytes", "100000"] + extra, stdin: server.url(path) + "\n",
                        timeout: 120)
        #expect(!r.hung, "\(path): fetch-page hung past its timeouts")
        #expect(r.status == 0)
        var page = try #require((try object(r.lines[0])["pages"] as? [[String: Any]])?.first)
        page["url"] = nil
        page["final_url"] = nil
        page["fetched_at"] = nil
        page["elapsed_ms"] = nil
        let body = page.removeValue(forKey: "body") as? String
        let data = try JSONSerialization.data(withJSONObject: page, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + (body.map { " " + String($0.prefix(24)) } ?? "")
    }

    /// A page entry with either timeout message as "T": the low-speed cut
    /// or the total timeout, whichever curl saw first.
    func timedOut(_ page: String) -> String {
        var s = page
        for message in ["too slow: under 64 bytes/s for 1 s", "no complete answer within 2 s"] {
            s = s.replacingOccurrences(of: #""message":"\#(message)""#, with: #""message":"T""#)
        }
        return s
    }

    @Test func hostileServersAreSurvived() throws {
        #expect(try page("/_hostile/endless") == #"{"attempts":1,"bytes":100000,"charset":"utf-8","content_type":"text/html","role":"seed","status":200,"truncated":true} <p>xxxxxxxxxxxxxxxxxxxxx"#)
        #expect(try page("/_hostile/gzip-bomb") == #"{"attempts":1,"bytes":100000,"charset":"utf-8","content_type":"text/html","role":"seed","status":200,"truncated":true} <p>000000000000000000000"#)
        #expect(try page("/_hostile/redirect-loop") == #"{"attempts":1,"error":{"attempts":1,"code":"too_many_redirects","message":"maximum (5) redirects followed"},"role":"seed"}"#)
        // Headers that never come (the server sleeps a minute) and a body that never ends (a byte
        // a second of 100000): only fetch-page's limits can end these, so the code is fixed. Which
        // limit fires is not: with --timeout 2 the low-speed cut (64 bytes/s over 1 s, seen after
        // curl's second whole-second sample, so at about 2 s) and the 2 s total fire together.
        #expect(try timedOut(page("/_hostile/slow-headers?s=60", ["--retries", "0"])) == #"{"attempts":1,"error":{"attempts":1,"code":"timeout","message":"T"},"role":"seed"}"#)
        // The reset comes mid-body or before it, as the kernel schedules: the code is fixed, the message varies.
        #expect(try page("/_hostile/reset", ["--retries", "1"]).hasPrefix(#"{"attempts":2,"error":{"attempts":2,"code":"network","message":"#))
        #expect(try timedOut(page("/_hostile/trickle", ["--retries", "0"])) == #"{"attempts":1,"error":{"attempts":1,"code":"timeout","message":"T"},"role":"seed"}"#)
        #expect(try page("/_hostile/huge-header") == #"{"attempts":1,"error":{"attempts":1,"code":"too_large","message":"the response headers are too large"},"role":"seed"}"#)
        #expect(try page("/_hostile/binary") == #"{"attempts":1,"error":{"attempts":1,"code":"not_html","message":"content type image/png"},"role":"seed","status":200}"#)
    }

    @Test func transientFailuresAreRetried() throws {
        #expect(try page("/_hostile/429?id=retry-429") == #"{"attempts":2,"bytes":19,"charset":"utf-8","content_type":"text/html","role":"seed","status":200,"truncated":false} <p>ok after 429</p>"#)
        // The retry waited for the server's Retry-After: 1 (the backoff alone is far shorter).
        // A lower bound that load cannot break: the first time is logged before the 429 is
        // sent, the second when the retry has come, and fetch-page waits 1 s in between.
        let times = try server.requests().filter { ($0["path"] as! String).contains("id=retry-429") }.map { $0["t"] as! Double }
        #expect(times.count == 2 && times[1] - times[0] >= 0.95, "\(times)")
        #expect(try page("/_hostile/503-then-200?id=retry-503") == #"{"attempts":2,"bytes":19,"charset":"utf-8","content_type":"text/html","role":"seed","status":200,"truncated":false} <p>ok after 503</p>"#)
        #expect(try page("/_hostile/always-503", ["--retries", "1"]) == #"{"attempts":2,"bytes":11,"charset":"utf-8","content_type":"text/html","error":{"attempts":2,"code":"http_status","message":"HTTP 503"},"role":"seed","status":503,"truncated":false} <p>down</p>"#)
    }

    @Test func charsetsAreDecodedToUTF8() throws {
        #expect(try page("/_hostile/latin1").hasSuffix(#""charset":"windows-1252","content_type":"text/html","role":"seed","status":200,"truncated":false} <p>Café Zürich — ok</p>"#))
        #expect(try page("/_hostile/meta-charset").contains(#""charset":"windows-1252""#))
        #expect(try page("/_hostile/wrong-charset").hasSuffix(#"} <p>Caf\#u{FFFD}</p>"#))
    }

    /// UTF-16 with a byte-order mark is text, not binary, and the mark is no part of it.
    @Test(arguments: ["utf-16le", "utf-16be"]) func utf16WithAByteOrderMark(_ charset: String) throws {
        let tmp = try TempDir()
        let html = "<p>Grüße, jobs@acme.de</p>"
        var bytes: [UInt8] = charset == "utf-16le" ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in html.utf16 { bytes += charset == "utf-16le" ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        try Data(bytes).write(to: tmp.url.appendingPathComponent("page.html"))
        let r = try run("fetch-page", ["--robots-cache", "none"], stdin: "file://\(tmp.path("page.html"))\n")
        let page = (try object(r.lines[0])["pages"] as! [[String: Any]])[0]
        #expect(page["charset"] as? String == charset)
        #expect(page["body"] as? String == html)
    }

    @Test func badLinesAndBadURLs() throws {
        let tmp = try TempDir()
        let input = "not a url at all\n{\"id\":1}\n{\"url\":\"ftp://example.org/x\"}\n[1]\n"
        let r = try run("fetch-page", fast + ["--rejects", tmp.path("bad")], stdin: input)
        #expect(r.status == 65)
        #expect(r.stderr == "fetch-page: line 1: neither a JSON object nor a URL\nfetch-page: line 4: neither a JSON object nor a URL\n")
        #expect(r.lines == [
            #"{"id":1,"pages":[],"error":{"code":"invalid_url","message":"the record has no url","attempts":0}}"#,
            #"{"url":"ftp://example.org/x","pages":[{"url":"ftp://example.org/x","role":"seed","attempts":0,"error":{"code":"invalid_url","message":"not an http, https or file URL: ftp://example.org/x","attempts":0}}]}"#,
        ])
        #expect(try String(contentsOfFile: tmp.path("bad"), encoding: .utf8) == "not a url at all\n[1]\n")
    }

    /// Seconds that would overflow a timer are usage errors, not a trap.
    @Test(arguments: [["--delay", "inf"], ["--circuit-cooldown", "1e300"], ["--timeout", "0"], ["--retry-delay", "nan"]])
    func secondsOutOfRange(_ option: [String]) throws {
        let r = try run("fetch-page", option, stdin: "")
        #expect(r.status == 64)
        #expect(r.stderr.hasPrefix("Error: \(option[0]) takes seconds, "))
        #expect(r.stderr.contains(" up to 1000000, not "))
    }

    /// Every private, loopback, link-local, metadata, CGNAT and unspecified
    /// range, in IPv4, IPv6 and IPv4-mapped form, is refused before connecting.
    @Test(arguments: ["10.1.2.3", "172.16.5.4", "192.168.1.1", "169.254.169.254", "100.64.0.1", "127.0.0.2", "0.0.0.0",
                      "[::1]", "[fe80::1]", "[fc00::1]", "[::ffff:127.0.0.1]", "[::ffff:10.0.0.1]"])
    func denyPrivateRefusesEveryPrivateRange(_ address: String) throws {
        let r = try run("fetch-page", ["--deny-private", "--ignore-robots", "--retries", "0", "--connect-timeout", "2",
                                       "--resolve", "inside.example:80:\(address)"], stdin: "http://inside.example/\n")
        let page = (try object(r.lines[0])["pages"] as! [[String: Any]])[0]
        #expect((page["error"] as? [String: Any])?["code"] as? String == "private_address", "\(address): \(page)")
    }

    @Test func denyPrivateRefusesLoopbackAfterResolution() throws {
        let url = server.url("/", host: "acme.example")
        let r = try run("fetch-page", fast + ["--deny-private"], stdin: url + "\n" + "file:///etc/hostname\n")
        #expect(r.lines == [
            #"{"url":"\#(url)","pages":[{"url":"\#(url)","role":"seed","attempts":1,"error":{"code":"private_address","message":"acme.example resolves to a private or loopback address","attempts":1}}]}"#,
            #"{"url":"file:///etc/hostname","pages":[{"url":"file:///etc/hostname","role":"seed","attempts":0,"error":{"code":"private_address","message":"file URLs are refused with --deny-private","attempts":0}}]}"#,
        ])
    }

    @Test func outputKeepsInputOrderUnlessUnordered() throws {
        let input = [server.url("/_hostile/slow-headers?s=1"), server.url("/", host: "acme.example"), server.url("/", host: "globex.example")]
            .joined(separator: "\n") + "\n"
        let ordered = try run("fetch-page", fast, stdin: input)
        #expect(try ordered.lines.map { try object($0)["url"] as! String } == input.split(separator: "\n").map(String.init))
        let unordered = try run("fetch-page", fast + ["--unordered"], stdin: input)
        #expect(try unordered.lines.map { try object($0)["url"] as! String }.last == server.url("/_hostile/slow-headers?s=1"))
    }

    @Test func closedPipeEndsQuietly() throws {
        let tmp = try TempDir()
        let file = try tmp.file("page.html", "<p>hello</p>")
        let script = "yes 'file://\(file.path)' | head -n 5000 | fetch-page | head -n 1 >/dev/null; echo \"status=${PIPESTATUS[2]}\""
        let r = try runExecutable(URL(fileURLWithPath: "/bin/bash"), ["-c", script])
        #expect(r.stdout == "status=0\n")
        #expect(r.stderr == "")
    }

    @Test func perHostLimitAndDelayAreKept() throws {
        let slow = try TestServer(pause: 0.3)
        let urls = (1...6).map { slow.url("/_hostile/status?code=200&n=\($0)") }
        let r = try run("fetch-page", ["--delay", "0", "--per-host", "2"], stdin: urls.joined(separator: "\n") + "\n")
        #expect(r.status == 0)
        let log = try slow.requests().filter { ($0["path"] as! String) != "/robots.txt" }
        #expect(log.count == 6)
        #expect(log.map { $0["active"] as! Int }.max() == 2)
        #expect(log.allSatisfy { ($0["ua"] as? String)?.hasPrefix("jobpipe-fetch-page/") == true })

        let spaced = try TestServer()
        let tmp = try TempDir()
        let r2 = try run("fetch-page", ["--delay", "0.4", "--trace", tmp.path("trace")],
                         stdin: (1...3).map { spaced.url("/_hostile/status?code=200&n=\($0)") }.joined(separator: "\n") + "\n")
        #expect(r2.status == 0)
        #expect(try spaced.requests().filter { ($0["path"] as! String) != "/robots.txt" }.count == 3)
        // ±50 % jitter: never closer than half the delay, on fetch-page's own clock
        // (what the server sees also depends on how fast each request travels).
        let starts = try traceStarts(tmp.path("trace"))
        #expect(starts.map(\.url).filter { $0.hasSuffix("/robots.txt") }.count == 1)
        #expect(starts.count == 4 && gaps(starts).allSatisfy { $0 >= 199.99 }, "\(starts)")
    }
}
