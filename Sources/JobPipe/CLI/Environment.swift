#if canImport(Glibc)
import Glibc
#endif

/// The process environment and terminal, read through libc.
public enum Environment {
    public static func get(_ name: String) -> String? {
        guard let v = getenv(name) else { return nil }
        return String(cString: v)
    }

    public static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    /// Colour only on a terminal, never with NO_COLOR set (no-color.org) or TERM=dumb.
    public static func useColor(fd: Int32) -> Bool {
        guard isTerminal(fd) else { return false }
        if let v = get("NO_COLOR"), !v.isEmpty { return false }
        return get("TERM") != "dumb"
    }
}
