import Foundation
import Testing

/// fetch-page's robots.txt (RFC 9309) and circuit breaker, against samples/httpd.py.
@Suite(.serialized) struct FetchPolitenessTests {
    let server: TestServer
    init() throws { server = try TestServer() }

    var hosts: [String] {
        ["robots-rules.example", "robots-5xx.example", "robots-404.example"].flatMap { ["--resolve", "\($0):\(server.port):127.0.0.1"] }
    }

    /// Each output record as `PATH STATUS CODE: MESSAGE`.
    func rows(_ r: RunResult) throws -> [String] {
        try r.lines.map { line in
            let page = (try object(line)["pages"] as! [[String: Any]])[0]
            let url = URLComponents(string: page["url"] as! String)!
            let path = url.percentEncodedPath + (url.percentEncodedQuery.map { "?" + $0 } ?? "")
            let error = (page["error"] as? [String: Any]).map { " \($0["code"]!): \($0["message"]!)" } ?? ""
            return "\(path) \(page["status"].map { "\($0)" } ?? "-")\(error)"
        }
    }

    @Test func robotsTxtIsObeyedAndCached() throws {
        let tmp = try TempDir()
        let cache = tmp.path("robots.ndjson")
        let urls = ["/private/x", "/private/ok.html", "/a.pdf", "/a.pdf?x"].map { server.url($0, host: "robots-rules.example") }
            + [server.url("/x", host: "robots-5xx.example"), server.url("/x", host: "robots-404.example")]
        let input = urls.joined(separator: "\n") + "\n"
        let r = try run("fetch-page", ["--delay", "0", "--robots-cache", cache, "--trace", tmp.path("trace")] + hosts, stdin: input)
        #expect(r.status == 0 && r.stderr == "")
        #expect(try rows(r) == [
            "/private/x - robots_disallowed: robots.txt of robots-rules.example disallows /private/x",
            "/private/ok.html 200",
            "/a.pdf - robots_disallowed: robots.txt of robots-rules.example disallows /a.pdf",
            "/a.pdf?x 200",
            "/x - robots_disallowed: robots.txt of robots-5xx.example unavailable (HTTP 503): everything disallowed",
            "/x 200",
        ])
        // robots.txt once per host; Crawl-delay 0.4 s (±50 %) spaces robots-rules' requests.
        let log = try server.requests()
        #expect(log.filter { ($0["path"] as! String) == "/robots.txt" }.map { $0["host"] as! String }.sorted()
                == ["robots-404.example", "robots-5xx.example", "robots-rules.example"])
        #expect(log.filter { ($0["host"] as! String) == "robots-rules.example" }.count == 3)
        // on fetch-page's own clock: what the server sees also depends on how fast each request travels
        let starts = try traceStarts(tmp.path("trace")).filter { $0.url.contains("robots-rules.example") }
        #expect(starts.count == 3 && gaps(starts).allSatisfy { $0 >= 199.99 }, "\(starts)")

        // The 2xx and 4xx answers are cached (the 5xx is not), and a second run uses them.
        let cached = try String(contentsOfFile: cache, encoding: .utf8).split(separator: "\n")
            .map { try object(String($0)) }
        #expect(cached.map { "\($0["origin"]!) \($0["status"]!)" }
                == ["http://robots-404.example:\(server.port) 404", "http://robots-rules.example:\(server.port) 200"])
        let again = try run("fetch-page", ["--delay", "0", "--robots-cache", cache, "--trace", tmp.path("trace2")] + hosts,
                            stdin: [urls[0], urls[5], urls[1], urls[3]].joined(separator: "\n") + "\n")
        #expect(try rows(again) == [
            "/private/x - robots_disallowed: robots.txt of robots-rules.example disallows /private/x", "/x 200",
            "/private/ok.html 200", "/a.pdf?x 200",
        ])
        let later = try server.requests().dropFirst(log.count)
        #expect(later.count == 3)
        // The cached Crawl-delay spaces this run's requests too.
        #expect(later.filter { ($0["host"] as! String) == "robots-rules.example" }.count == 2)
        let spaced = try traceStarts(tmp.path("trace2")).filter { $0.url.contains("robots-rules.example") }
        #expect(spaced.count == 2 && gaps(spaced).allSatisfy { $0 >= 199.99 }, "\(spaced)")
    }

    /// A site whose robots.txt gets no answer reports why, as its pages' own
    /// error, and none of its pages is tried.
    @Test func unreachableRobotsTxtGivesTheNetworkError() throws {
        let r = try run("fetch-page", ["--delay", "0", "--robots-cache", "none"],
                        stdin: "http://127.0.0.1:1/a\nhttp://127.0.0.1:1/b\n")
        #expect(r.status == 0)
        let errors = try r.lines.map { line -> String in
            let page = (try object(line)["pages"] as! [[String: Any]])[0]
            let error = page["error"] as! [String: Any]
            return "\(error["code"]!) \(page["attempts"]!) \((error["message"] as! String).hasSuffix(" (asking for robots.txt)"))"
        }
        #expect(errors == ["connect 0 true", "connect 0 true"])
    }

    @Test func ignoreRobotsFetchesEverything() throws {
        let r = try run("fetch-page", ["--delay", "0", "--ignore-robots"] + hosts,
                        stdin: server.url("/private/x", host: "robots-rules.example") + "\n")
        #expect(try rows(r) == ["/private/x 200"])
        #expect(try server.requests().map { $0["path"] as! String } == ["/private/x"])
    }

    @Test func circuitOpensAfterConsecutiveFailures() throws {
        let urls = (1...5).map { server.url("/_hostile/always-503?n=\($0)") }
        let r = try run("fetch-page", ["--delay", "0", "--retries", "0", "--per-host", "1", "--circuit-failures", "3"],
                        stdin: urls.joined(separator: "\n") + "\n")
        #expect(r.status == 0)
        #expect(try rows(r).map { String($0.prefix(40)) } == [
            "/_hostile/always-503?n=1 503 http_status", "/_hostile/always-503?n=2 503 http_status",
            "/_hostile/always-503?n=3 503 http_status", "/_hostile/always-503?n=4 - circuit_open:",
            "/_hostile/always-503?n=5 - circuit_open:",
        ])
        #expect(try rows(r)[3].hasSuffix("circuit_open: 127.0.0.1 failed 3 times in a row; skipped for 900 s"))
        #expect(try server.requests().filter { ($0["path"] as! String).hasPrefix("/_hostile/") }.count == 3)
    }

    @Test func cacheRevalidatesInsteadOfDownloading() throws {
        let tmp = try TempDir()
        // Kept and found under the URL as fetched: the fragment is no part of it.
        let url = server.url("/contact.html", host: "acme.example") + "#top"
        // A relative --cache folder is made where the program runs.
        let options = ["--delay", "0", "--cache", "kept/pages", "--resolve", "acme.example:\(server.port):127.0.0.1"]
        let first = try run("fetch-page", options, stdin: url + "\n", in: tmp.url)
        let second = try run("fetch-page", options, stdin: url + "\n", in: tmp.url)
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.path("kept/pages")).count == 1)
        #expect(first.status == 0 && second.status == 0)
        let a = (try object(first.lines[0])["pages"] as! [[String: Any]])[0]
        let b = (try object(second.lines[0])["pages"] as! [[String: Any]])[0]
        #expect(a["cached"] == nil && b["cached"] as? Bool == true)
        #expect(b["status"] as? Int == 200 && b["body"] as? String == a["body"] as? String && !(a["body"] as! String).isEmpty)
        #expect(try server.requests().filter { ($0["path"] as! String) == "/contact.html" }.map { $0["status"] as! Int } == [200, 304])
    }
}
