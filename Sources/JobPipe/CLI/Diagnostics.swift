#if canImport(Glibc)
import Glibc
#endif

/// Where in the input a diagnostic points.
public struct InputLocation: Sendable {
    /// The file name, or nil for standard input.
    public var file: String?
    /// 1-based line number within that input.
    public var line: Int
    public init(file: String?, line: Int) {
        self.file = file
        self.line = line
    }
}

/// One-line diagnostics on standard error, as text (`PROGRAM: line N: what`)
/// or JSON, and a progress line that appears only on a terminal.
public final class Diagnostics: @unchecked Sendable {
    public let program: String
    public let format: LogFormat
    private let color: Bool
    private let progressEnabled: Bool
    private var progressShown = false
    private var lastProgress: UInt64 = 0
    private let lock = Lock()

    public init(program: String, format: LogFormat = .text) {
        self.program = program
        self.format = format
        color = Environment.useColor(fd: 2)
        progressEnabled = Environment.isTerminal(2) && format == .text
    }

    public func error(_ message: String, at location: InputLocation? = nil) {
        emit(level: "error", message, at: location)
    }

    public func warning(_ message: String, at location: InputLocation? = nil) {
        emit(level: "warning", message, at: location)
    }

    public func info(_ message: String) {
        emit(level: "info", message, at: nil)
    }

    private func emit(level: String, _ message: String, at location: InputLocation?) {
        let oneLine = message.map { $0 == "\n" || $0 == "\r" ? " " : $0 }
        var line: [UInt8]
        switch format {
        case .text:
            var s = program + ": "
            if let location {
                if let file = location.file { s += file + ": " }
                s += "line \(location.line): "
            }
            if level == "warning" { s += "warning: " }
            s += String(oneLine)
            if color && level == "error" { s = "\u{1B}[1m" + program + ":\u{1B}[0m" + s.dropFirst(program.count + 1) }
            line = Array(s.utf8)
        case .json:
            var pairs: [(String, JSON)] = [("program", .string(program)), ("level", .string(level))]
            if let location {
                if let file = location.file { pairs.append(("file", .string(file))) }
                pairs.append(("line", .int(location.line)))
            }
            pairs.append(("message", .string(String(oneLine))))
            line = JSON.object(pairs).serialized
        }
        line.append(0x0A)
        lock.locked {
            if progressShown { clearLocked() }
            line.withUnsafeBytes { _ = Glibc.write(2, $0.baseAddress, $0.count) }
        }
    }

    /// Shows `text` as the progress line, at most a few times a second, only on a terminal.
    public func progress(_ text: @autoclosure () -> String) {
        guard progressEnabled else { return }
        let now = monotonicNanoseconds()
        guard now &- lastProgress > 200_000_000 else { return }
        lastProgress = now
        let s = Array(("\r\u{1B}[K" + program + ": " + text()).utf8)
        lock.locked {
            s.withUnsafeBytes { _ = Glibc.write(2, $0.baseAddress, $0.count) }
            progressShown = true
        }
    }

    public func clearProgress() {
        lock.locked { if progressShown { clearLocked() } }
    }

    private func clearLocked() {
        let s = Array("\r\u{1B}[K".utf8)
        s.withUnsafeBytes { _ = Glibc.write(2, $0.baseAddress, $0.count) }
        progressShown = false
    }
}
