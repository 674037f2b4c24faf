#if canImport(Glibc)
import Glibc
#endif

/// Wall-clock time as the programs write it: RFC 3339 UTC with seconds.
/// `JOBPIPE_NOW` (an RFC 3339 time) fixes "now", so tests get exact output.
public enum Clock {
    /// Seconds since the epoch: `JOBPIPE_NOW` when set, else the system clock.
    public static func now() -> Int64 {
        if let fixed = Environment.get("JOBPIPE_NOW"), let t = parse(fixed) { return t }
        return Int64(time(nil))
    }

    public static func nowRFC3339() -> String { format(now()) }

    /// `2026-11-22T12:00:00Z`
    public static func format(_ t: Int64) -> String {
        var tt = time_t(t)
        var tm = tm()
        gmtime_r(&tt, &tm)
        func two(_ v: Int32) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(tm.tm_year + 1900)-\(two(tm.tm_mon + 1))-\(two(tm.tm_mday))T\(two(tm.tm_hour)):\(two(tm.tm_min)):\(two(tm.tm_sec))Z"
    }

    /// Parses `YYYY-MM-DDTHH:MM:SS` with `Z` or a `±HH:MM` offset (fractions ignored).
    public static func parse(_ s: String) -> Int64? {
        let b = Array(s.utf8)
        guard b.count >= 19 else { return nil }
        func num(_ r: Range<Int>) -> Int? {
            var v = 0
            for i in r { guard b[i] >= 0x30, b[i] <= 0x39 else { return nil }; v = v * 10 + Int(b[i] - 0x30) }
            return v
        }
        guard let y = num(0..<4), let mo = num(5..<7), let d = num(8..<10), let h = num(11..<13),
              let mi = num(14..<16), let sec = num(17..<19), (1...12).contains(mo), (1...31).contains(d) else { return nil }
        var i = 19
        if i < b.count, b[i] == UInt8(ascii: ".") { i += 1; while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { i += 1 } }
        var offset = 0
        if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-"), i + 6 <= b.count,
           let oh = num((i + 1)..<(i + 3)), let om = num((i + 4)..<(i + 6)) {
            offset = (oh * 3600 + om * 60) * (b[i] == UInt8(ascii: "-") ? -1 : 1)
        }
        return days(y, mo, d) * 86400 + Int64(h * 3600 + mi * 60 + sec - offset)
    }

    /// Days from 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    static func days(_ y0: Int, _ m: Int, _ d: Int) -> Int64 {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return Int64(era * 146097 + doe - 719468)
    }
}
