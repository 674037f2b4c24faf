import Foundation
import Testing

/// extract-emails over the real-world corpus (../shared/corpus/email: pages no one
/// on this project wrote, with labelled truth), scored by the corpus's own score.py.
/// The gate is F1 ≥ 0.95; see the closing notes for the measured figure.
@Suite struct EmailCorpusTests {
    @Test(.enabled(if: sharedCorpus != nil, "needs ../shared/corpus"))
    func corpusF1() throws {
        let corpus = sharedCorpus!.appendingPathComponent("email")
        let pages = try FileManager.default.contentsOfDirectory(atPath: corpus.appendingPathComponent("pages").path)
            .filter { $0.hasSuffix(".html") }.sorted()
        #expect(pages.count >= 100)
        var input = ""
        for name in pages {
            let id = String(name.dropLast(5))
            let body = String(decoding: try Data(contentsOf: corpus.appendingPathComponent("pages/\(name)")), as: UTF8.self)
            let record: [String: Any] = ["id": id, "pages": [["url": "https://corpus.invalid/\(id)", "body": body]]]
            input += String(decoding: try JSONSerialization.data(withJSONObject: record), as: UTF8.self) + "\n"
        }
        let r = try run("extract-emails", stdin: input)
        #expect(r.status == 0 && r.stderr == "")
        #expect(r.lines.count == pages.count)
        let predictions = try r.lines.map { line -> [String: Any] in
            let o = try object(line)
            let emails = (o["emails"] as? [[String: Any]] ?? []).compactMap { $0["email"] as? String }
            return ["id": o["id"] ?? "", "emails": emails]
        }
        let summary = try corpusScore(corpus, predictions: predictions)
        let f1 = summary["f1"] as? Double ?? 0
        #expect(f1 >= 0.95, "F1 \(f1): \(summary)")
    }
}
