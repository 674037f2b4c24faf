/// The exit statuses of DESIGN.md (sysexits; never 255, which makes xargs
/// abandon a batch).
public enum ExitStatus {
    /// Every line was processed.
    public static let ok: Int32 = 0
    /// With `--strict`: some records carry errors.
    public static let recordErrors: Int32 = 1
    /// Usage error (swift-argument-parser's own).
    public static let usage: Int32 = 64
    /// Some input lines were rejected.
    public static let dataError: Int32 = 65
    /// An I/O or database error stopped the program.
    public static let ioError: Int32 = 74
}
