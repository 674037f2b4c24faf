import Foundation

/// Tests/ProgramTests/Support/feedserver.py on 127.0.0.1: HTTPS with a CA
/// made for the run, standing in for the job boards' API hosts; answers
/// from a routes file the test may rewrite between runs.
final class FeedServer {
    let process = Process()
    let port: Int
    let dir: TempDir
    let routesFile: URL

    /// The hosts a test may send here (the certificate names them all).
    static let hosts = ["boards-api.greenhouse.io", "api.lever.co", "api.ashbyhq.com", "apply.workable.com",
                        "api.smartrecruiters.com", "spring.recruitee.com", "nordlicht.jobs.personio.de", "careers.example"]

    init(routes: [String: Any]) throws {
        dir = try TempDir()
        routesFile = dir.url.appendingPathComponent("routes.json")
        try FeedServer.write(routes, to: routesFile)
        port = try startPythonServer(process, "Tests/ProgramTests/Support/feedserver.py", [
            "--dir", dir.url.path, "--routes", routesFile.path, "--lifetime", "300"])
    }

    deinit {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    static func write(_ routes: [String: Any], to url: URL) throws {
        try JSONSerialization.data(withJSONObject: routes).write(to: url)
    }

    func setRoutes(_ routes: [String: Any]) throws { try FeedServer.write(routes, to: routesFile) }

    /// The CA the server's certificate comes from.
    var cacert: String { dir.path("ca.pem") }

    /// `--connect-to` options sending every board host's port 443 here, and `--cacert`.
    var options: [String] {
        FeedServer.hosts.flatMap { ["--connect-to", "\($0):443:127.0.0.1:\(port)"] } + ["--cacert", cacert]
    }

    /// The requests answered so far (host, path, status).
    func requests() throws -> [[String: Any]] {
        guard let text = try? String(contentsOfFile: dir.path("log"), encoding: .utf8) else { return [] }
        return try text.split(separator: "\n").map { try object(String($0)) }
    }
}

/// A route answering with a file of Tests/Fixtures/boards.
func fixtureRoute(_ name: String, type: String = "application/json") -> [String: Any] {
    ["file": packageRoot.appendingPathComponent("Tests/Fixtures/boards/\(name)").path, "type": type]
}
