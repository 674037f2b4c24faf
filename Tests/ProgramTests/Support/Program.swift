import Foundation
import Testing

/// What a run of one of the built programs produced.
struct RunResult {
    var stdout: String
    var stderr: String
    var status: Int32
    /// The run outlived the harness's kill-timeout (`timeout:`) and was killed:
    /// a hang, whatever its status says.
    var hung = false
    /// Standard output split into lines (without the final empty one).
    var lines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) }
}

/// The folder holding the built programs: next to this test executable.
let binDir: URL = {
    if let env = ProcessInfo.processInfo.environment["JOBPIPE_BIN"] { return URL(fileURLWithPath: env) }
    let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    var dir = exe.deletingLastPathComponent()
    // swift test runs .build/<triple>/debug/<name>.xctest
    if dir.pathExtension == "xctest" { dir = dir.deletingLastPathComponent() }
    return dir
}()

/// The package's root folder.
let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// `../shared/corpus` beside the repository, when it is there.
let sharedCorpus: URL? = {
    let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")
    return FileManager.default.fileExists(atPath: url.path) ? url : nil
}()

/// Runs a built program with standard input from `stdin`; stdout and stderr
/// go through files, so no pipe can fill up and deadlock the test.
func run(_ program: String, _ arguments: [String] = [], stdin: String = "",
         environment: [String: String] = [:], in directory: URL? = nil, timeout: Int? = nil) throws -> RunResult {
    try runExecutable(binDir.appendingPathComponent(program), arguments, stdin: stdin,
                      environment: environment, in: directory, timeout: timeout)
}

/// Runs any executable (a pipeline script, a shell) the same way.
///
/// With `timeout` (seconds), a run that has not ended by then is a hang: it
/// is killed with its whole process group (coreutils timeout(1): SIGTERM,
/// SIGKILL 10 s later) and comes back with `hung` set. The limit is a guard
/// against a test that would never end, far above any run's expected time,
/// never a measure of speed.
func runExecutable(_ executable: URL, _ arguments: [String] = [], stdin: String = "",
                   environment: [String: String] = [:], in directory: URL? = nil, timeout: Int? = nil) throws -> RunResult {
    let tmp = try TempDir()
    let inURL = tmp.url.appendingPathComponent("stdin")
    let outURL = tmp.url.appendingPathComponent("stdout")
    let errURL = tmp.url.appendingPathComponent("stderr")
    try Data(stdin.utf8).write(to: inURL)
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let process = Process()
    if let timeout {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
        process.arguments = ["--kill-after", "10", String(timeout), executable.path] + arguments
    } else {
        process.executableURL = executable
        process.arguments = arguments
    }
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    env["PATH"] = binDir.path + ":" + (env["PATH"] ?? "/usr/bin:/bin")
    env.removeValue(forKey: "JOBPIPE_DB")
    // Caches (fetch-page's robots.txt) go to this run's own folder, never the user's.
    env["XDG_CACHE_HOME"] = tmp.path("cache")
    for (k, v) in environment { env[k] = v }
    process.environment = env
    if let directory { process.currentDirectoryURL = directory }
    process.standardInput = try FileHandle(forReadingFrom: inURL)
    process.standardOutput = try FileHandle(forWritingTo: outURL)
    process.standardError = try FileHandle(forWritingTo: errURL)
    try process.run()
    process.waitUntilExit()
    // timeout(1) exits 124 when it had to stop the command, 137 when it had to kill it.
    return RunResult(stdout: try String(contentsOf: outURL, encoding: .utf8),
                     stderr: try String(contentsOf: errURL, encoding: .utf8),
                     status: process.terminationStatus,
                     hung: timeout != nil && [124, 137].contains(process.terminationStatus))
}

/// A fresh temporary directory, removed when the value goes.
final class TempDir {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("jobpipe-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    func file(_ name: String, _ contents: String) throws -> URL {
        let f = url.appendingPathComponent(name)
        try Data(contents.utf8).write(to: f)
        return f
    }
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
    deinit { try? FileManager.default.removeItem(at: url) }
}

/// Decodes one output line into a dictionary for field checks.
func object(_ line: String) throws -> [String: Any] {
    let v = try JSONSerialization.jsonObject(with: Data(line.utf8))
    guard let o = v as? [String: Any] else { throw CocoaError(.coderReadCorrupt) }
    return o
}

/// The lines of fetch-page's `--trace` file: when each request started
/// (ms on fetch-page's own clock) and its URL.
func traceStarts(_ path: String) throws -> [(ms: Double, url: String)] {
    try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map {
        let line = try object(String($0))
        return (Double(truncating: line["ms"] as! NSNumber), line["url"] as! String)
    }
}

/// The gaps in ms between consecutive starts.
func gaps(_ starts: [(ms: Double, url: String)]) -> [Double] {
    zip(starts, starts.dropFirst()).map { $1.ms - $0.ms }
}
