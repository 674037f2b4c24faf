/// Up to 64 short needles looked for in bytes at once, ASCII letters folded
/// to lower case (needles are given in lower case; other bytes compare as
/// they are): one pass over the text, trying at each byte only the needles
/// that begin with it and the byte after it.
struct ByteNeedles: Sendable {
    private let bytes: [UInt8]
    private let bounds: [(start: Int, end: Int)]
    /// For each byte, a bit per needle that begins with it (first 256) or
    /// has it second (next 256); an ASCII capital has its small letter's bits,
    /// so that the text is folded by the table, not byte by byte.
    private let table: [UInt64]

    init(_ needles: [String]) {
        precondition(needles.count <= 64 && needles.allSatisfy { $0.utf8.count >= 2 })
        var bytes: [UInt8] = []
        var bounds: [(Int, Int)] = []
        var table = [UInt64](repeating: 0, count: 512)
        for (i, n) in needles.enumerated() {
            let b = Array(n.utf8)
            bounds.append((bytes.count, bytes.count + b.count))
            bytes += b
            for (base, byte) in [(0, b[0]), (256, b[1])] {
                // (a capital in a needle never matched the folded text, and still does not)
                guard !(byte >= 0x41 && byte <= 0x5A) else { continue }
                table[base + Int(byte)] |= 1 << UInt64(i)
                if byte >= 0x61 && byte <= 0x7A { table[base + Int(byte - 0x20)] |= 1 << UInt64(i) }
            }
        }
        self.bytes = bytes
        self.bounds = bounds
        self.table = table
    }

    @inline(__always) private static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

    /// A bit for each needle that occurs in `text` (bit i for needle i).
    func matches(_ text: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var found: UInt64 = 0
        let n = text.count
        guard n >= 2 else { return 0 }
        bytes.withUnsafeBufferPointer { needleBytes in
            table.withUnsafeBufferPointer { table in
                // (each byte is looked up once as a first byte, a step ahead of its turn)
                var firsts = table[Int(text[0])]
                for j in 0..<(n - 1) {
                    let next = Int(text[j + 1])
                    var m = firsts & table[256 + next] & ~found
                    firsts = table[next]
                    while m != 0 {
                        let k = m.trailingZeroBitCount
                        m &= m - 1
                        let (a, b) = bounds[k]
                        guard j + (b - a) <= n else { continue }
                        var x = 2
                        while x < b - a, Self.lower(text[j + x]) == needleBytes[a + x] { x += 1 }
                        if x == b - a { found |= 1 << UInt64(k) }
                    }
                }
            }
        }
        return found
    }

    func matches(_ s: String) -> UInt64 {
        var s = s
        return s.withUTF8 { matches($0) }
    }
}

/// Any number of needles, looked for in sets of 64: whether one occurs.
struct ManyNeedles: Sendable {
    private let sets: [ByteNeedles]

    init(_ needles: [String]) {
        sets = stride(from: 0, to: needles.count, by: 64).map { ByteNeedles(Array(needles[$0..<min($0 + 64, needles.count)])) }
    }

    func occurs(in text: String) -> Bool { sets.contains { $0.matches(text) != 0 } }
}
