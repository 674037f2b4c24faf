#if canImport(Glibc)
import Glibc
#endif

/// Times as whole seconds since the epoch, written as RFC 3339 UTC with
/// seconds (`2026-11-22T12:00:00Z`): the form they take in records and in the
/// database, where such text sorts in time order. `Clock` says what "now" is.
///
/// Only the years 0000 to 9999 have that form (four digits), so only times in
/// `Timestamp.range` are written: `format` writes a time outside it as the
/// nearest end (0000-01-01T00:00:00Z or 9999-12-31T23:59:59Z), which keeps
/// every stamp RFC 3339 and the order of stamps the order of times; `parse`
/// refuses text that names a time outside it; `adding` computes a time plus
/// or minus seconds without overflow, held within the range.
public enum Timestamp {
    /// 0000-01-01T00:00:00Z through 9999-12-31T23:59:59Z.
    public static let range: ClosedRange<Int64> = -62_167_219_200...253_402_300_799

    /// `t` plus `seconds` (which may be negative), held within `range`: never traps.
    public static func adding(_ seconds: Int64, to t: Int64) -> Int64 {
        let (sum, overflow) = t.addingReportingOverflow(seconds)
        if overflow { return seconds < 0 ? range.lowerBound : range.upperBound }
        return min(max(sum, range.lowerBound), range.upperBound)
    }

    public static func format(_ t: Int64) -> String {
        var secs = time_t(min(max(t, range.lowerBound), range.upperBound))
        var tm = tm()
        gmtime_r(&secs, &tm)
        // `YYYY-MM-DDTHH:MM:SSZ`, digits written in place (a record per page asks).
        var out = [UInt8](repeating: 0, count: 20)
        func put(_ v: Int32, _ at: Int, _ width: Int) {
            var v = max(0, v)
            for k in stride(from: at + width - 1, through: at, by: -1) {
                out[k] = UInt8(0x30 + v % 10)
                v /= 10
            }
        }
        put(tm.tm_year + 1900, 0, 4); out[4] = 0x2D
        put(tm.tm_mon + 1, 5, 2); out[7] = 0x2D
        put(tm.tm_mday, 8, 2); out[10] = 0x54
        put(tm.tm_hour, 11, 2); out[13] = 0x3A
        put(tm.tm_min, 14, 2); out[16] = 0x3A
        put(tm.tm_sec, 17, 2); out[19] = 0x5A
        return String(decoding: out, as: UTF8.self)
    }

    /// Parses `YYYY-MM-DDTHH:MM:SS` with an optional fraction (dropped) and
    /// `Z` or a `±HH:MM` offset.
    public static func parse(_ text: String) -> Int64? {
        let b = Array(text.utf8)
        func num(_ at: Int, _ n: Int) -> Int32? {
            guard at + n <= b.count else { return nil }
            var v: Int32 = 0
            for i in at..<(at + n) {
                guard b[i] >= 0x30, b[i] <= 0x39 else { return nil }
                v = v * 10 + Int32(b[i] - 0x30)
            }
            return v
        }
        guard b.count >= 20, b[4] == 0x2D, b[7] == 0x2D, b[10] == 0x54 || b[10] == 0x74 || b[10] == 0x20,
              b[13] == 0x3A, b[16] == 0x3A,
              let year = num(0, 4), let month = num(5, 2), let day = num(8, 2),
              let hour = num(11, 2), let minute = num(14, 2), let second = num(17, 2),
              (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
        else { return nil }
        var i = 19
        if b[i] == 0x2E {
            i += 1
            let start = i
            while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
            guard i > start else { return nil }
        }
        guard i < b.count else { return nil }
        var offset: Int64 = 0
        if b[i] == 0x5A || b[i] == 0x7A {
            i += 1
        } else if b[i] == 0x2B || b[i] == 0x2D {
            guard let oh = num(i + 1, 2), b.count > i + 3, b[i + 3] == 0x3A, let om = num(i + 4, 2),
                  oh < 24, om < 60 else { return nil }
            offset = Int64(oh) * 3600 + Int64(om) * 60
            if b[i] == 0x2D { offset = -offset }
            i += 6
        } else {
            return nil
        }
        guard i == b.count else { return nil }
        var tm = tm()
        tm.tm_year = year - 1900
        tm.tm_mon = month - 1
        tm.tm_mday = day
        tm.tm_hour = hour
        tm.tm_min = minute
        tm.tm_sec = second
        // An offset can carry a time in year 0000 or 9999 past the range (`9999-12-31T23:00:00-02:00`).
        let t = Int64(timegm(&tm)) - offset
        return range.contains(t) ? t : nil
    }
}
