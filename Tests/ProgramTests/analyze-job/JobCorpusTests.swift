import Foundation
import Testing

/// analyze-job over the real-world corpus (../shared/corpus/job), scored by
/// its own score.py. Fails below 0.85 (strict) for title, company and
/// location, and below 0.6 for skills F1.
@Suite struct JobCorpusTests {
    @Test(.enabled(if: sharedCorpus != nil, "needs ../shared/corpus"))
    func corpusScores() throws {
        let corpus = sharedCorpus!.appendingPathComponent("job")
        let pages = try FileManager.default.contentsOfDirectory(atPath: corpus.appendingPathComponent("pages").path)
            .filter { $0.hasSuffix(".html") }.sorted()
        var input = ""
        for name in pages {
            let data = try Data(contentsOf: corpus.appendingPathComponent("pages/\(name)"))
            let body = String(decoding: data, as: UTF8.self)
            let record: [String: Any] = ["id": String(name.dropLast(5)), "pages": [["body": body]]]
            input += String(decoding: try JSONSerialization.data(withJSONObject: record), as: UTF8.self) + "\n"
        }
        let r = try run("analyze-job", stdin: input)
        #expect(r.status == 0)
        let predictions = try r.lines.map { line -> [String: Any] in
            let o = try object(line)
            var job = o["job"] as? [String: Any] ?? [:]
            job["id"] = o["id"]
            return job
        }
        let summary = try corpusScore(corpus, predictions: predictions)
        let fields = summary["fields"] as? [String: [String: Any]] ?? [:]
        let skills = summary["skills"] as? [String: Any] ?? [:]
        let strict = { (f: String) in fields[f]?["strict"] as? Double ?? 0 }
        #expect(strict("title") >= 0.85)
        #expect(strict("company") >= 0.85)
        #expect(strict("location") >= 0.85)
        #expect(skills["f1"] as? Double ?? 0 >= 0.6)
    }
}
