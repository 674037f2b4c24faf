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

        // Names next to addresses, against labels of our own (Tests/Fixtures/email-corpus-names.md):
        // precision first, on both halves together (even ids were studied, odd ones only measured).
        var found: [String: String] = [:]
        for line in r.lines {
            let o = try object(line)
            for e in o["emails"] as? [[String: Any]] ?? [] {
                if let name = e["name"] as? String { found["\(o["id"]!) \(e["email"]!)"] = name }
            }
        }
        func norm(_ s: String) -> String { s.lowercased().split(separator: " ").joined(separator: " ") }
        let labels = try String(contentsOf: packageRoot.appendingPathComponent("Tests/Fixtures/email-corpus-names.ndjson"), encoding: .utf8)
        var right = [0, 0], wrong = [0, 0], named = [0, 0]
        for line in labels.split(separator: "\n") {
            let l = try object(String(line))
            guard l["doubtful"] as? Bool == false, let id = l["id"] as? String, let half = Int(id).map({ $0 % 2 }) else { continue }
            let gold = (l["name"] as? String).map(norm)
            let got = found["\(id) \(l["email"]!)"].map(norm)
            if gold != nil { named[half] += 1 }
            if let got { if got == gold { right[half] += 1 } else { wrong[half] += 1 } }
        }
        for (half, label) in ["development", "evaluation"].enumerated() {
            print("EmailCorpusTests: names, \(label) half: \(right[half]) right, \(wrong[half]) wrong, \(named[half]) labelled")
        }
        let precision = Double(right.reduce(0, +)) / Double(max(1, right.reduce(0, +) + wrong.reduce(0, +)))
        let recall = Double(right.reduce(0, +)) / Double(max(1, named.reduce(0, +)))
        #expect(precision >= 0.95, "name precision \(precision)")
        #expect(recall >= 0.7, "name recall \(recall)")
    }
}
