/// The shipped list of given names (data/given-names.txt: Faker's European and
/// American person lists and the US Census 1990 given names; see data/SOURCES.md).
public enum GivenNames {
    /// The list's bytes and where each name starts, in the list's order: sorted by code point,
    /// which is the order of their UTF-8 bytes (read with no String made, once per process).
    private static let list: (bytes: [UInt8], starts: [Int]) = {
        let bytes = Array(givenNameList.utf8)
        var starts = [0]
        for (i, b) in bytes.enumerated() where b == 0x0A { starts.append(i + 1) }
        if starts.last == bytes.count { starts.removeLast() }
        return (bytes, starts)
    }()

    /// Whether a word is a known given name, in any case (`Katrin`, `KATRIN`).
    public static func contains(_ word: some StringProtocol) -> Bool {
        var lowered = word.lowercased()
        return lowered.withUTF8(isListed)
    }

    /// Whether lower-case UTF-8 bytes are one of the names: a binary search of the list.
    static func isListed(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        list.bytes.withUnsafeBufferPointer { bytes in
            let starts = list.starts
            var low = 0, high = starts.count
            while low < high {
                let mid = (low + high) / 2
                let start = starts[mid]
                let end = mid + 1 < starts.count ? starts[mid + 1] - 1 : bytes.count
                // compare the name at mid with the one sought, byte by byte
                var k = 0
                while k < name.count, start + k < end, bytes[start + k] == name[k] { k += 1 }
                if k == name.count, start + k == end { return true }
                let listedIsLess = k == name.count ? false : start + k == end ? true : bytes[start + k] < name[k]
                if listedIsLess { low = mid + 1 } else { high = mid }
            }
            return false
        }
    }

    /// A quick look at a line's bytes: whether a capitalised word in it is a
    /// known given name (a hyphenated one by its first part). Letters of
    /// Latin-1 are lower-cased by their bytes; a word with other letters
    /// outside ASCII counts as a possible name. No false negatives for what
    /// `PersonName.candidates` would find with a given name from the list.
    static func mayHoldName(_ line: Substring) -> Bool {
        var word: [UInt8] = []
        word.reserveCapacity(24)
        var inWord = false, capital = false, other = false
        func done() -> Bool {
            defer { word.removeAll(keepingCapacity: true); inWord = false; capital = false; other = false }
            guard capital, word.count >= 2 else { return false }
            return other || word.withUnsafeBufferPointer(isListed)
        }
        var prev: UInt8 = 0
        for b in line.utf8 {
            let isLetter = (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80
            if !isLetter {
                if inWord, done() { return true }
                prev = b
                continue
            }
            if !inWord {
                inWord = true
                capital = (b >= 0x41 && b <= 0x5A) || b >= 0xC3
            }
            if b >= 0x41 && b <= 0x5A {
                word.append(b | 0x20)
            } else if b >= 0x80 && b <= 0x9E && prev == 0xC3 {
                word.append(b + 0x20)  // À-Þ to à-þ
            } else {
                if b >= 0x80, !(prev == 0xC3 || b == 0xC3 || (b & 0xC0 == 0x80 && prev == 0xC3)) { other = true }
                word.append(b)
            }
            prev = b
        }
        return inWord && done()
    }
}
