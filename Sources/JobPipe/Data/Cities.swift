/// The shipped list of towns and cities (data/cities.txt: GeoNames' places of
/// 15,000 people or more; see data/SOURCES.md), for telling a place from an
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

    /// Whether the text is a known town or city, in any case.
    static func contains(_ text: some StringProtocol) -> Bool {
        let t = text.trimmingSpaces
        guard t.utf8.count >= 3, t.utf8.count <= 40 else { return false }
        let key = Array(t.lowercased().utf8)
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
