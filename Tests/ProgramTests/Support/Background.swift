import Foundation

/// A program started in the background, to be killed mid-work by a crash test.
final class Background {
    let process = Process()

    /// Starts `executable` with standard input from `stdin` (a file) and
    /// standard output to `stdout` (a file); standard error is discarded.
    init(_ executable: URL, _ arguments: [String], stdin: URL? = nil, stdout: URL,
         environment: [String: String] = [:]) throws {
        process.executableURL = executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["PATH"] = binDir.path + ":" + (env["PATH"] ?? "/usr/bin:/bin")
        env.removeValue(forKey: "JOBPIPE_DB")
        for (k, v) in environment { env[k] = v }
        process.environment = env
        _ = FileManager.default.createFile(atPath: stdout.path, contents: nil)
        process.standardInput = try stdin.map { try FileHandle(forReadingFrom: $0) } ?? FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: stdout)
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    /// Waits (up to a minute) until `condition` holds; false if it never did.
    static func wait(until condition: () -> Bool) -> Bool {
        for _ in 0..<6000 {
            if condition() { return true }
            usleep(10_000)
        }
        return false
    }

    /// SIGKILL to it, then to `orphans` (children it leaves running, which
    /// could otherwise hold the end up), then waits for the end; returns the
    /// signal that ended it (9), or nil if it had exited.
    func kill9(orphans: [Int32] = []) -> Int32? {
        kill(process.processIdentifier, SIGKILL)
        for pid in orphans { kill(pid, SIGKILL) }
        process.waitUntilExit()
        return process.terminationReason == .uncaughtSignal ? process.terminationStatus : nil
    }
}

/// The size of a file, 0 when it is not there.
func fileSize(_ path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
}
