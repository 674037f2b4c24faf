/// The shipped list of towns and cities (data/cities.txt: GeoNames' places of
/// 15,000 people or more, and of 5,000 or more named as no word; see data/SOURCES.md), for telling a place from an
/// employer on a page that names both without labels ("Cafe Classen - Arnhem").
enum Cities {
    /// The list's bytes and where each name starts: searched as they are,
    /// without building a set of thirty thousand strings in every process.
    private static let store: [UInt8] = Array(cityNameList.utf8)
    private static let starts: [Int32] = {
        var out: [Int32] = [0]
        for (i, b) in store.enumerated() where b == 0x0A && i + 1 < store.count { out.append(Int32(i + 1)) }
        return out
    }()

    /// Whether the text is a known town or city, in any case. ASCII is folded
    /// from its bytes; only a name with other letters is lower-cased as a String.
    static func contains(_ text: some StringProtocol) -> Bool {
        let u = text.utf8
        guard u.count >= 3, u.count <= 60 else { return false }
        var key: [UInt8] = []
        key.reserveCapacity(u.count)
        for b in u {
            if b >= 0x80 { return search(Array(text.trimmingSpaces.lowercased().utf8)) }
            key.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
        }
        while let last = key.last, last == 0x20 || last == 0x09 { key.removeLast() }
        let lead = key.prefix { $0 == 0x20 || $0 == 0x09 }.count
        let name = Array(key.dropFirst(lead))
        return search(name) || withSharpS(name).contains(where: search)
    }

    /// The spellings with "ß" of a name written with "ss", as Switzerland and addresses write German
    /// ("Lossburg", "Giessen" for "Loßburg", "Gießen"): one "ss" at a time.
    private static func withSharpS(_ key: [UInt8]) -> [[UInt8]] {
        guard key.count >= 4 else { return [] }
        return (0..<(key.count - 1)).filter { key[$0] == 0x73 && key[$0 + 1] == 0x73 }.map { i in
            Array(key[..<i]) + [0xC3, 0x9F] + Array(key[(i + 2)...])
        }
    }

    private static func search(_ key: [UInt8]) -> Bool {
        guard key.count >= 3, key.count <= 40 else { return false }
        var lo = 0, hi = starts.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let start = Int(starts[mid])
            var end = start
            while end < store.count, store[end] != 0x0A { end += 1 }
            let name = store[start..<end]
            if name.elementsEqual(key) { return true }
            if name.lexicographicallyPrecedes(key) { lo = mid + 1 } else { hi = mid - 1 }
        }
        return false
    }
}
