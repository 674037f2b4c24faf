#if canImport(Glibc)
import Glibc
#endif

/// How a command ended.
public struct CommandResult: Sendable, Equatable {
    /// The exit status, when it exited.
    public var exitStatus: Int32?
    /// The signal that ended it, when one did.
    public var signal: Int32?
    public var elapsedMilliseconds: Int64
    public var timedOut: Bool
    /// The last bytes of its standard error, cut at a character boundary.
    public var stderrTail: String
    /// Why it could not be started, when it could not.
    public var spawnError: String?

    public var succeeded: Bool { exitStatus == 0 && spawnError == nil }

    /// The status to exit with: the command's own, 128 + signal, 126/127 when
    /// it could not run; never 255 (xargs stops at 255), which becomes 1.
    public var shellStatus: Int32 {
        let s: Int32
        if let exitStatus { s = exitStatus } else if let signal { s = 128 + signal } else { s = 1 }
        return s == 255 ? 1 : s
    }

    /// One line for `last_error`.
    public var summary: String {
        var s: String
        if let spawnError { return spawnError }
        if timedOut { s = "timed out after \(elapsedMilliseconds) ms" }
        else if let signal { s = "killed by signal \(signal) after \(elapsedMilliseconds) ms" }
        else { s = "exit status \(exitStatus ?? -1) after \(elapsedMilliseconds) ms" }
        if !stderrTail.isEmpty { s += ": " + stderrTail }
        return s
    }
}

/// Runs one command with posix_spawn: standard input and output inherited,
/// standard error passed through while its tail is kept. `tick` runs about
/// every 200 ms while it runs; returning false stops the command.
public struct CommandRunner {
    public let arguments: [String]
    public let timeout: Int64?
    public static let tailBytes = 1000

    public init(arguments: [String], timeout: Int64?) {
        self.arguments = arguments
        self.timeout = timeout
    }

    public func run(tick: () -> Bool) -> CommandResult {
        let start = monotonicNanoseconds()
        var result = CommandResult(exitStatus: nil, signal: nil, elapsedMilliseconds: 0, timedOut: false,
                                   stderrTail: "", spawnError: nil)
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else {
            result.spawnError = "cannot run \(arguments[0]): \(String(cString: strerror(errno)).lowercased())"
            result.exitStatus = 126
            return result
        }
        // Only the copy on the child's fd 2 survives exec.
        _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_adddup2(&actions, fds[1], 2)
        defer { posix_spawn_file_actions_destroy(&actions) }
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        // The command starts with no blocked and no ignored signals, whatever this process has.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        var all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let rc = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, environ)
        close(fds[1])
        guard rc == 0 else {
            close(fds[0])
            result.spawnError = "cannot run \(arguments[0]): \(String(cString: strerror(rc)).lowercased())"
            result.exitStatus = rc == ENOENT ? 127 : 126
            return result
        }
        var tail = TailBuffer(limit: CommandRunner.tailBytes)
        var open = true
        var killedAt: UInt64?
        var status: Int32 = 0
        while true {
            if open {
                var p = pollfd(fd: fds[0], events: Int16(POLLIN), revents: 0)
                if poll(&p, 1, 200) > 0 { open = pass(fds[0], into: &tail) }
            } else {
                if waitpid(pid, &status, WNOHANG) == pid { break }
                usleep(10_000)
            }
            if !open, waitpid(pid, &status, WNOHANG) == pid { break }
            let elapsed = monotonicNanoseconds() - start
            if killedAt == nil {
                let late = timeout.map { elapsed >= UInt64($0) * 1_000_000_000 } ?? false
                if late { result.timedOut = true }
                if late || !tick() {
                    kill(pid, SIGTERM)
                    killedAt = elapsed
                }
            } else if let k = killedAt, elapsed - k > 5_000_000_000 {
                kill(pid, SIGKILL)
            }
        }
        if open { while pass(fds[0], into: &tail) {} }
        close(fds[0])
        result.elapsedMilliseconds = Int64((monotonicNanoseconds() - start) / 1_000_000)
        if status & 0x7F == 0 { result.exitStatus = (status >> 8) & 0xFF } else { result.signal = status & 0x7F }
        result.stderrTail = tail.text
        return result
    }

    /// Copies what is readable to standard error and the tail; false at end of file.
    private func pass(_ fd: Int32, into tail: inout TailBuffer) -> Bool {
        var buf = [UInt8](repeating: 0, count: 65536)
        let n = buf.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if n < 0 { return errno == EINTR || errno == EAGAIN }
        if n == 0 { return false }
        buf.withUnsafeBytes { _ = write(2, $0.baseAddress, n) }
        tail.append(buf[0..<n])
        return true
    }
}

/// The last `limit` bytes written to it.
struct TailBuffer {
    let limit: Int
    private var bytes: [UInt8] = []

    init(limit: Int) { self.limit = limit }

    mutating func append(_ more: ArraySlice<UInt8>) {
        bytes.append(contentsOf: more)
        if bytes.count > limit * 2 { bytes.removeFirst(bytes.count - limit) }
    }

    /// The tail as text: whole characters, trimmed, lines joined with " | ".
    var text: String {
        var start = max(0, bytes.count - limit)
        while start < bytes.count, bytes[start] & 0xC0 == 0x80 { start += 1 }
        let lines = String(decoding: bytes[start...], as: UTF8.self)
            .split(whereSeparator: { $0 == "\n" || $0 == "\r" })
            .map { $0.trimmingSpaces }.filter { !$0.isEmpty }
        return lines.joined(separator: " | ")
    }
}
