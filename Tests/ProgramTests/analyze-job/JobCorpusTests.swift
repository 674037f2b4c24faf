import Foundation
import Testing

/// analyze-job over the real-world corpora, scored by their own score.py,
/// held to the level reached (development figures; see man/analyze-job.1):
/// the job corpus as served and with its JSON-LD and microdata taken out (the
/// page heuristics alone), and the SWDE development sample (boards of 2010).
@Suite struct JobCorpusTests {
    /// One input record per page of `pages`, its id the file name; with
    /// `stripped`, JSON-LD scripts and microdata/RDFa attributes removed.
    func records(_ pages: URL, stripped: Bool = false) throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: pages.path).filter { $0.hasSuffix(".html") }.sorted()
        var input = ""
        for name in names {
            var body = String(decoding: try Data(contentsOf: pages.appendingPathComponent(name)), as: UTF8.self)
            if stripped {
                body = body.replacingOccurrences(of: #"(?is)<script[^>]*application/ld\+json[^>]*>.*?</script>"#, with: "",
                                                 options: .regularExpression)
                body = body.replacingOccurrences(of: #"(?i)\s(itemscope|itemtype|itemprop|typeof|vocab)(="[^"]*")?"#, with: "",
                                                 options: .regularExpression)
            }
            let record: [String: Any] = ["id": String(name.dropLast(5)), "pages": [["body": body]]]
            input += String(decoding: try JSONSerialization.data(withJSONObject: record), as: UTF8.self) + "\n"
        }
        return input
    }

    func predictions(_ input: String) throws -> [[String: Any]] {
        let r = try run("analyze-job", stdin: input)
        #expect(r.status == 0)
        return try r.lines.map { line -> [String: Any] in
            let o = try object(line)
            var job = o["job"] as? [String: Any] ?? [:]
            job["id"] = o["id"]
            return job
        }
    }

    @Test(.enabled(if: sharedCorpus != nil, "needs ../shared/corpus"))
    func corpusScores() throws {
        let corpus = sharedCorpus!.appendingPathComponent("job")
        let summary = try corpusScore(corpus, predictions: try predictions(try records(corpus.appendingPathComponent("pages"))))
        let fields = summary["fields"] as? [String: [String: Any]] ?? [:]
        let skills = summary["skills"] as? [String: Any] ?? [:]
        let strict = { (f: String) in fields[f]?["strict"] as? Double ?? 0 }
        let loose = { (f: String) in fields[f]?["loose"] as? Double ?? 0 }
        #expect(strict("title") >= 0.96)
        #expect(strict("company") >= 0.96)
        #expect(strict("location") >= 0.95)
        #expect(loose("location") >= 0.99)
        #expect(strict("remote") >= 0.9)
        #expect(skills["f1"] as? Double ?? 0 >= 0.8)
    }

    @Test(.enabled(if: sharedCorpus != nil, "needs ../shared/corpus"))
    func heuristicsAloneOnTheCorpus() throws {
        let corpus = sharedCorpus!.appendingPathComponent("job")
        let input = try records(corpus.appendingPathComponent("pages"), stripped: true)
        let summary = try corpusScore(corpus, predictions: try predictions(input))
        let fields = summary["fields"] as? [String: [String: Any]] ?? [:]
        let loose = { (f: String) in fields[f]?["loose"] as? Double ?? 0 }
        // two pages are only JSON-LD: without it nothing is left to read
        #expect(loose("title") >= 0.92)
        #expect(loose("company") >= 0.75)
        #expect(loose("location") >= 0.9)
        #expect(loose("remote") >= 0.9)
    }

    @Test(.enabled(if: sharedCorpus != nil, "needs ../shared/corpus"))
    func swdeDevelopmentSample() throws {
        let corpus = sharedCorpus!.appendingPathComponent("swde-job")
        let jobs = try predictions(try records(corpus.appendingPathComponent("pages")))
        let tmp = try TempDir()
        let text = try jobs.map { String(decoding: try JSONSerialization.data(withJSONObject: $0), as: UTF8.self) + "\n" }.joined()
        let file = try tmp.file("predictions.ndjson", text)
        let score = try runExecutable(URL(fileURLWithPath: "/usr/bin/env"),
                                      ["python3", corpus.appendingPathComponent("score.py").path, corpus.path, file.path, "--json"])
        #expect(score.status == 0)
        let summary = try object(score.lines.last ?? "{}")
        for field in ["title", "company", "location"] {
            #expect(summary[field] as? Double ?? 0 >= 0.95, "\(field)")
        }
    }
}
