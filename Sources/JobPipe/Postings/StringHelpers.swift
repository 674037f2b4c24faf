/// Small String helpers the posting readers share.
extension String {
    /// The non-empty lines, split at line feeds on the UTF-8 bytes (cheaper
    /// than `split(separator: "\n")`, which walks Characters).
    var nonEmptyLines: [String] {
        var out: [String] = []
        var s = self
        s.withUTF8 { buf in
            var start = 0
            for i in 0...buf.count where i == buf.count || buf[i] == 0x0A {
                if i > start { out.append(String(decoding: UnsafeBufferPointer(rebasing: buf[start..<i]), as: UTF8.self)) }
                start = i + 1
            }
        }
        return out
    }

    var nilIfEmpty: String? { isEmpty ? nil : self }

    /// Whether the UTF-8 bytes hold `needle`: a byte search, far cheaper
    /// than `contains(_: String)`, which compares Characters.
    func hasBytes(_ needle: StaticString) -> Bool {
        var s = self
        return s.withUTF8 { bytesFind($0, Array(UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount))) != nil }
    }

    func replacingAll(_ target: String, with replacement: String) -> String {
        guard contains(target) else { return self }
        return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
