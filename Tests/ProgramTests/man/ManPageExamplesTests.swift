import Foundation
import Testing

/// Every example in the EXAMPLES section of every man page, read from the
/// pages when the test runs (as jq's docs/build_mantests.py does), run with
/// /bin/sh in a fresh folder of fixtures with the built programs first on the
/// PATH. The examples of one page run in order in one folder, as a reader
/// trying them one after the other would: `job-ledger add` fills the ledger
/// that `job-ledger stats` then shows.
///
/// An example is a `.Dl` line or a `.Bd -literal` block. Comment lines right
/// before it say what it must do (at least one is required, so that a new
/// example states its result):
///
///     .\" test: stdout TEXT       standard output contains TEXT
///     .\" test: stderr TEXT       standard error contains TEXT
///     .\" test: file NAME TEXT    the file NAME contains TEXT afterwards
///     .\" test: quiet             standard output is empty
///     .\" test: status N          the exit status is N (otherwise 0)
///     .\" test: port N            N in the example stands for the test server's port
///
/// The sample sites (samples/httpd.py) stand in for the companies: a
/// `fetch-page` on the PATH ahead of the real one adds `--resolve` for their
/// `.example` names and `--delay 0` (an example's own `--delay` comes later
/// and wins), and an `extract-emails` adds `--allow-placeholders`, as `.example`
/// addresses are refused otherwise. A stand-in `ssh` runs `--sshlogin` work here.
/// Examples that cannot run offline are listed in `notRunnable` with the reason.
@Suite struct ManPageExamplesTests {
    static let manDir = packageRoot.appendingPathComponent("man")

    static let pages: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: manDir.path)) ?? [])
        .filter { $0.hasSuffix(".1") || $0.hasSuffix(".7") }.sorted()

    /// Examples that need what no test has, by page and the start of the command.
    static let notRunnable: [String: [String: String]] = [
        "fetch-page.1": [
            "printf '%s\\n' https://www.python.org/jobs/": "fetches real sites over https: needs the network",
            "echo '{\"application_id\": 7, \"url\": \"https://www.mozilla.org/": "fetches a real site over https: needs the network",
        ],
        "job-ledger.1": [
            "export JOBPIPE_DB='postgresql://": "needs a PostgreSQL server of one's own (the ledger's tests run on one)",
        ],
        "jobpipe.7": [
            "pipelines/discover-contacts --follow 5m": "a service: runs until it is stopped, by design",
        ],
    ]

    @Test(arguments: pages) func examplesRun(_ page: String) throws {
        let text = try String(contentsOf: Self.manDir.appendingPathComponent(page), encoding: .utf8)
        let examples = try ManExample.all(in: text)
        #expect(!examples.isEmpty, "\(page) has no examples")
        try checkRendering(page, examples)

        let skipped = Self.notRunnable[page] ?? [:]
        for prefix in skipped.keys {
            #expect(examples.contains { $0.command.hasPrefix(prefix) }, "\(page): notRunnable lists an example that is gone: \(prefix)")
        }
        let server = try TestServer()
        let tmp = try TempDir()
        let feeds = try FeedServer(routes: Self.feedRoutes)
        let shims = try prepare(tmp, server, feeds: feeds)
        var ran = 0
        for example in examples {
            if skipped.keys.contains(where: { example.command.hasPrefix($0) }) { continue }
            try run(example, page: page, in: tmp, shims: shims, server: server)
            ran += 1
        }
        print("\(page): \(examples.count) examples, \(ran) run, \(examples.count - ran) not runnable offline")
    }

    /// The reader sees what is run: each line of each example, as extracted,
    /// is a line of the page as mandoc renders it.
    func checkRendering(_ page: String, _ examples: [ManExample]) throws {
        guard let mandoc = ["/usr/bin/mandoc", "/usr/local/bin/mandoc"].first(where: FileManager.default.isExecutableFile) else {
            print("ManPageExamplesTests: mandoc not installed; the examples are not checked against the rendered page")
            return
        }
        let r = try runExecutable(URL(fileURLWithPath: mandoc), ["-Tascii", "-O", "width=500", Self.manDir.appendingPathComponent(page).path])
        let rendered = Set(r.stdout.replacingOccurrences(of: ".\u{8}", with: "", options: .regularExpression)
            .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
        for example in examples {
            for line in example.command.split(separator: "\n") {
                let shown = line.trimmingCharacters(in: .whitespaces)
                #expect(rendered.contains(shown), "\(page):\(example.line): not rendered as extracted: \(shown)")
            }
        }
    }

    func run(_ example: ManExample, page: String, in tmp: TempDir, shims: URL, server: TestServer) throws {
        let place = "\(page):\(example.line): \(example.command)"
        var command = example.command
        var status: Int32 = 0
        var expectations = 0
        var checks: [(RunResult) throws -> Void] = []
        for directive in example.directives {
            let (word, rest) = split(directive)
            switch word {
            case "status":
                status = try #require(Int32(rest), "\(place): status takes a number")
            case "port":
                command = command.replacingOccurrences(of: rest, with: String(server.port))
            case "stdout", "stderr":
                expectations += 1
                checks.append { r in
                    #expect((word == "stdout" ? r.stdout : r.stderr).contains(rest),
                            "\(place): \(word) lacks \(rest)\nstdout: \(r.stdout)\nstderr: \(r.stderr)")
                }
            case "file":
                expectations += 1
                let (name, wanted) = split(rest)
                checks.append { _ in
                    let contents = (try? String(contentsOfFile: tmp.path(name), encoding: .utf8)) ?? "(no such file)"
                    #expect(contents.contains(wanted), "\(place): \(name) lacks \(wanted): \(contents.prefix(500))")
                }
            case "quiet":
                expectations += 1
                checks.append { r in #expect(r.stdout.isEmpty, "\(place): prints \(r.stdout.prefix(500))") }
            default:
                Issue.record("\(place): unknown test directive: \(directive)")
            }
        }
        #expect(expectations > 0, "\(place): no expected result: add a .\\\" test: line before it")
        let r = try runExecutable(URL(fileURLWithPath: "/bin/sh"), ["-c", command],
                                  environment: ["PATH": shims.path + ":" + binDir.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"),
                                                "HOME": tmp.url.path, "XDG_CACHE_HOME": tmp.path("cache")],
                                  in: tmp.url, timeout: 300)
        #expect(!r.hung, "\(place): still running after 300 s, killed")
        #expect(r.status == status, "\(place): status \(r.status), not \(status)\nstderr: \(r.stderr)")
        for check in checks { try check(r) }
    }

    func split(_ s: String) -> (String, String) {
        guard let space = s.firstIndex(of: " ") else { return (s, "") }
        return (String(s[..<space]), String(s[s.index(after: space)...]))
    }

    /// The example folder: the fixtures the examples name, the shipped
    /// pipelines, and the shims; returns the folder of shims.
    /// The job boards find-postings' examples read (Tests/Fixtures/boards), over HTTPS.
    static let feedRoutes: [String: Any] = [
        "boards-api.greenhouse.io/v1/boards/acme/jobs?content=true": fixtureRoute("greenhouse-acme-1.json"),
        "nordlicht.jobs.personio.de/xml": fixtureRoute("personio.xml", type: "application/xml"),
        "careers.example/jobs": fixtureRoute("careers-jsonld.html", type: "text/html"),
        "careers.example/careers": fixtureRoute("careers-embed.html", type: "text/html"),
    ]

    func prepare(_ tmp: TempDir, _ server: TestServer, feeds: FeedServer) throws -> URL {
        let samples = packageRoot.appendingPathComponent("samples")
        func sample(_ path: String) throws -> String {
            try String(contentsOf: samples.appendingPathComponent("sites/" + path), encoding: .utf8)
        }
        let site = { (host: String, path: String) in "http://\(host):\(server.port)\(path)" }
        /// A record of fetched pages, as fetch-page writes it.
        func fetched(_ id: Int, _ pages: [(host: String, path: String, file: String, role: String)]) throws -> String {
            let record: [String: Any] = [
                "application_id": id, "url": site(pages[0].host, pages[0].path),
                "pages": try pages.map { ["url": site($0.host, $0.path), "role": $0.role, "status": 200,
                                          "content_type": "text/html", "body": try sample($0.host + $0.file)] as [String: Any] },
            ]
            return String(decoding: try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys, .withoutEscapingSlashes]), as: UTF8.self)
        }
        let resume = #"{"basics": {"name": "Sam Roe"}, "skills": [{"name": "Backend", "keywords": ["Go", "PostgreSQL", "Python"]}]}"# + "\n"
        let fixtures: [String: String] = [
            // The demo's applications, and one whose site is down (its job fails, to be seen and cancelled).
            "applications.ndjson": try sampleApplications(server)
                + #"{"application_id": 7, "company": "Hooli", "url": "http://127.0.0.1:9/"}"# + "\n",
            "companies.ndjson": #"{"company": "Acme Robotics", "url": "\#(site("acme.example", "/"))"}"# + "\n"
                + #"{"company": "Globex Logistik", "url": "\#(site("globex.example", "/"))"}"# + "\n",
            "postings.ndjson": #"{"url": "\#(site("initech.example", "/jobs/42.html"))"}"# + "\n"
                + #"{"url": "\#(site("acme.example", "/careers/"))"}"# + "\n",
            "urls.txt": [site("acme.example", "/"), site("globex.example", "/"), site("initech.example", "/jobs/42.html")]
                .joined(separator: "\n") + "\n",
            "submitted.ndjson": #"{"url": "\#(site("acme.example", "/contact.html"))"}"# + "\n" + #"{"url": "http://10.1.2.3/jobs"}"# + "\n",
            "pages.ndjson": try fetched(1, [("acme.example", "/contact.html", "/contact.html", "seed"),
                                            ("acme.example", "/careers/", "/careers/index.html", "careers")]) + "\n"
                + (try fetched(3, [("initech.example", "/jobs/42.html", "/jobs/42.html", "seed")])) + "\n",
            "found.ndjson": #"{"application_id": 7, "url": "https://acme.de/karriere", "emails": [{"email": "jobs@acme.de", "method": "mailto", "source_url": "https://acme.de/karriere"}, {"email": "help@gmail.com", "method": "text", "source_url": "https://acme.de/"}]}"# + "\n",
            "in.ndjson": #"{"application_id": 7, "body": "<p>Write to hr@acme.de</p>"}"# + "\nnot a record\n",
            "posting.html": try sample("initech.example/jobs/42.html"),
            "contact.html": try sample("acme.example/contact.html"),
            "me.json": resume,
            "resume.json": resume,
            "words.txt": "pear\napple\n",
            "boards.ndjson": #"{"company": "Acme", "url": "https://boards.greenhouse.io/acme"}"# + "\n"
                + #"{"company": "Nordlicht", "ats": "personio", "board": "nordlicht"}"# + "\n",
        ]
        for (name, contents) in fixtures { _ = try tmp.file(name, contents) }
        try FileManager.default.createSymbolicLink(at: tmp.url.appendingPathComponent("pipelines"),
                                                   withDestinationURL: packageRoot.appendingPathComponent("pipelines"))

        let shims = tmp.url.appendingPathComponent(".shims")
        try FileManager.default.createDirectory(at: shims, withIntermediateDirectories: true)
        let resolve = server.resolve.map { "'\($0)'" }.joined(separator: " ")
        let scripts = [
            "fetch-page": "exec '\(binDir.path)/fetch-page' --delay 0 \(resolve) \"$@\"\n",
            "extract-emails": "exec '\(binDir.path)/extract-emails' --allow-placeholders \"$@\"\n",
            // the boards' API hosts (and careers.example) are the feed server, trusted through its CA
            "find-postings": "exec '\(binDir.path)/find-postings' --delay 0 \(feeds.options.map { "'\($0)'" }.joined(separator: " ")) \"$@\"\n",
            "ssh": sshStandIn(),
        ]
        for (name, body) in scripts {
            let file = try tmp.file(".shims/" + name, body.hasPrefix("#!") ? body : "#!/bin/sh\n" + body)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: file.path)
        }
        return shims
    }
}

/// One example of a man page: its command as a reader types it, the line it
/// starts on, and the `.\" test:` lines before it.
struct ManExample {
    var command: String
    var line: Int
    var directives: [String]

    /// The examples of an mdoc page's EXAMPLES section, in order.
    static func all(in page: String) throws -> [ManExample] {
        var examples: [ManExample] = []
        var inSection = false, literal: [String]? = nil, start = 0
        var directives: [String] = []
        for (i, line) in page.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).enumerated() {
            if line.hasPrefix(".Sh ") {
                if inSection && !directives.isEmpty { throw ExampleError("line \(i + 1): test lines after the last example") }
                inSection = line == ".Sh EXAMPLES"
                continue
            }
            guard inSection else { continue }
            if var block = literal {
                if line == ".Ed" {
                    examples.append(ManExample(command: try block.map(unescape).joined(separator: "\n"), line: start, directives: directives))
                    directives = []
                    literal = nil
                } else {
                    block.append(line)
                    literal = block
                }
            } else if line.hasPrefix(".\\\" test: ") {
                directives.append(String(line.dropFirst(".\\\" test: ".count)))
            } else if line.hasPrefix(".Dl ") {
                examples.append(ManExample(command: try unescape(String(line.dropFirst(4))), line: i + 1, directives: directives))
                directives = []
            } else if line.hasPrefix(".Bd -literal") {
                literal = []
                start = i + 1
            }
        }
        return examples
    }

    /// The text of a roff line as it is shown: the escapes these pages use.
    static func unescape(_ s: String) throws -> String {
        let named = ["(dq": "\"", "(aq": "'", "(ga": "`", "(ti": "~", "(ha": "^", "e": "\\", "-": "-", "&": "", " ": " "]
        var out = "", rest = Substring(s)
        while let slash = rest.firstIndex(of: "\\") {
            out += rest[..<slash]
            rest = rest[rest.index(after: slash)...]
            guard let (escape, text) = named.first(where: { rest.hasPrefix($0.key) }) else {
                throw ExampleError("an escape the test cannot read: \\\(rest.prefix(3)) in \(s)")
            }
            out += text
            rest = rest.dropFirst(escape.count)
        }
        return out + rest
    }
}

struct ExampleError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
