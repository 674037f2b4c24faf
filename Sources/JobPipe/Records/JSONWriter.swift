/// Writes compact JSON: keys in the order given, `/` left alone, only the
/// characters RFC 8259 requires escaped, invalid UTF-8 replaced by U+FFFD.
public enum JSONWriter {
    public static func write(_ v: JSON, to out: inout [UInt8]) {
        switch v {
        case .null: out.append(contentsOf: "null".utf8)
        case let .bool(b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case let .number(n): out.append(contentsOf: n.utf8)
        case let .string(s): writeString(s, to: &out)
        case let .array(items):
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                write(item, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case let .object(pairs):
            out.append(UInt8(ascii: "{"))
            for (i, (k, item)) in pairs.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                writeString(k, to: &out)
                out.append(UInt8(ascii: ":"))
                write(item, to: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    public static func writeString(_ s: String, to out: inout [UInt8]) {
        var s = s
        s.withUTF8 { writeString(bytes: $0, to: &out) }
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Whether one of the eight bytes of `w` is below 0x20, `"` or `\`
    /// (the classic "has zero byte" bit trick, exact for these tests).
    @inline(__always) static func needsEscape(_ w: UInt64) -> Bool { escapeMask(w) != 0 }

    /// The high bit of each byte of `w` that is below 0x20, `"` or `\`. Bits
    /// above the lowest may be false alarms (a borrow runs on); the lowest is
    /// exact, so `trailingZeroBitCount / 8` is the first such byte's index.
    @inline(__always) static func escapeMask(_ w: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        // Bytes below 0x20: (b - 0x20) borrows into the high bit only for b < 0x20 when b < 0x80.
        let below = (w &- ones &* 0x20) & ~w & highs
        return below | zeroByteMask(w ^ (ones &* 0x22)) | zeroByteMask(w ^ (ones &* 0x5C))
    }

    /// The high bit of each zero byte of `x` (the lowest exact, as above).
    @inline(__always) static func zeroByteMask(_ x: UInt64) -> UInt64 {
        (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
    }

    /// Writes bytes that are valid UTF-8 (Swift strings always are) as a JSON string.
    public static func writeString(bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var runStart = 0
        let n = bytes.count
        var i = 0
        let raw = UnsafeRawPointer(bytes.baseAddress)
        while i < n {
            // Eight bytes at a time while none needs escaping (none below
            // 0x20, no `"`, no `\`): the usual case, page text.
            if let raw {
                while i + 8 <= n {
                    let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    if JSONWriter.needsEscape(w) { break }
                    i += 8
                }
                if i >= n { break }
            }
            let b = bytes[i]
            if b >= 0x20 && b != 0x22 && b != 0x5C { i += 1; continue }
            if runStart < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i])) }
            out.append(0x5C)
            switch b {
            case 0x22: out.append(0x22)
            case 0x5C: out.append(0x5C)
            case 0x0A: out.append(UInt8(ascii: "n"))
            case 0x0D: out.append(UInt8(ascii: "r"))
            case 0x09: out.append(UInt8(ascii: "t"))
            default:
                out.append(contentsOf: [UInt8(ascii: "u"), 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 15)]])
            }
            i += 1
            runStart = i
        }
        if runStart < n { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<n])) }
        out.append(UInt8(ascii: "\""))
    }
}
