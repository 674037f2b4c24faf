import Foundation

/// samples/httpd.py on 127.0.0.1: the sample sites by Host name, the hostile
/// endpoints under /_hostile/, and a JSON log of every request.
final class TestServer {
    let process = Process()
    let port: Int
    let log: URL
    private let dir: TempDir

    /// `root`: a folder of sites by host name other than samples/sites.
    init(pause: Double = 0, root: URL? = nil) throws {
        dir = try TempDir()
        log = dir.url.appendingPathComponent("access.ndjson")
        port = try startPythonServer(process, "samples/httpd.py", [
            "--root", (root ?? packageRoot.appendingPathComponent("samples/sites")).path,
            "--hostile", "--log", log.path, "--pause", String(pause), "--lifetime", "300"])
    }

    deinit {
        // SIGKILL: the test runner may hand its children a mask that blocks SIGTERM.
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// `--resolve` options sending the sample hosts to this server.
    var resolve: [String] {
        ["acme.example", "globex.example", "initech.example"].flatMap { ["--resolve", "\($0):\(port):127.0.0.1"] }
    }

    /// `--resolve` options sending these hosts to this server.
    func resolve(_ hosts: [String]) -> [String] { hosts.flatMap { ["--resolve", "\($0):\(port):127.0.0.1"] } }

    func url(_ path: String, host: String = "127.0.0.1") -> String { "http://\(host):\(port)\(path)" }

    /// The requests logged so far.
    func requests() throws -> [[String: Any]] {
        guard let text = try? String(contentsOf: log, encoding: .utf8) else { return [] }
        return try text.split(separator: "\n").map { try object(String($0)) }
    }
}

/// A line with its run-dependent fields (`fetched_at`, `elapsed_ms`) fixed,
/// so the rest can be compared byte for byte.
func stable(_ line: String) -> String {
    var s = line
    for (pattern, fixed) in [(#""fetched_at":"[^"]*""#, #""fetched_at":"T""#), (#""elapsed_ms":[0-9]+"#, #""elapsed_ms":0"#)] {
        s = s.replacingOccurrences(of: pattern, with: fixed, options: .regularExpression)
    }
    return s
}

/// Starts a Python server of the package (`script`, relative to its root)
/// that prints the port it listens on as its first line, and returns the port.
func startPythonServer(_ process: Process, _ script: String, _ arguments: [String]) throws -> Int {
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", packageRoot.appendingPathComponent(script).path] + arguments
    let out = Pipe()
    process.standardOutput = out
    try process.run()
    let line = String(decoding: out.fileHandleForReading.availableData, as: UTF8.self)
    guard let port = Int(line.trimmingCharacters(in: .whitespacesAndNewlines)) else {
        process.terminate()
        throw CocoaError(.fileReadUnknown)
    }
    return port
}
