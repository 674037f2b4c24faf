import Foundation

/// Scores prediction lines with a corpus's own `score.py --json` and returns
/// its summary object.
func corpusScore(_ corpus: URL, predictions: [[String: Any]]) throws -> [String: Any] {
    let tmp = try TempDir()
    let text = try predictions.map { String(decoding: try JSONSerialization.data(withJSONObject: $0), as: UTF8.self) + "\n" }.joined()
    let file = try tmp.file("predictions.ndjson", text)
    let score = try runExecutable(URL(fileURLWithPath: "/usr/bin/env"),
                                  ["python3", corpus.appendingPathComponent("score.py").path,
                                   corpus.appendingPathComponent("truth.ndjson").path, file.path, "--json"])
    guard score.status == 0 else { throw CocoaError(.fileReadUnknown) }
    return try object(score.lines.last ?? "{}")
}

/// The sample applications of samples/ with the test server's port filled in.
func sampleApplications(_ server: TestServer) throws -> String {
    try String(contentsOf: packageRoot.appendingPathComponent("samples/applications.ndjson"), encoding: .utf8)
        .replacingOccurrences(of: "PORT", with: "\(server.port)")
}

/// The status of each contacts job in the ledger at `db`, by id.
func jobStatuses(_ db: String) throws -> [String] {
    try run("job-ledger", ["list", "--db", db, "--kind", "contacts"]).lines.map { try object($0)["status"] as! String }
}

/// Arguments as one line of shell words, each single-quoted.
func shellWords(_ arguments: [String]) -> String {
    arguments.map { "'" + $0.replacingOccurrences(of: "'", with: #"'\''"#) + "'" }.joined(separator: " ")
}
