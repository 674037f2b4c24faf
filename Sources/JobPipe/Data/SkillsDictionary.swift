#if canImport(Glibc)
import Glibc
#endif

/// The shipped tech-skills dictionary (see data/gen-skills.py): surface forms
/// of O*NET Technology Skills names, GitHub Linguist language names and
/// jobpipe's own aliases, keyed by their lower-cased words joined by one space.
///
/// Built once per process from the table's bytes into one open-addressing hash
/// table over byte keys: no String is made until a skill is found.
struct SkillDictionary: Sendable {
    struct Entry: Sendable {
        /// The form as written in the table, words joined by one space ("Go", "Node.js").
        let form: Range<Int>
        /// The name the output uses.
        let display: Range<Int>
        /// Matches only when the text has the form's exact case.
        let exactCase: Bool
        /// Counts only next to another, unambiguous skill.
        let ambiguous: Bool
        /// The next entry with the same key, or -1.
        var next: Int32 = -1
    }

    /// One distinct key: a whole form, the first words of a longer form, or both.
    struct Key: Sendable {
        let bytes: Range<Int>
        let hash: UInt64
        /// The first and last entry with this key, or -1 for a key that only begins longer forms.
        var first: Int32 = -1
        var last: Int32 = -1
        /// Whether some longer form begins with this key ("ruby on" for "ruby on rails").
        var isPrefix = false
    }

    /// The table's bytes (display names are read from here).
    let text: [UInt8]
    /// Keys and forms, back to back.
    private(set) var store: [UInt8] = []
    private(set) var keys: [Key] = []
    private(set) var entries: [Entry] = []
    /// By hash: the key's index + 1 in the low 30 bits, `Self.hasEntries` and
    /// `Self.isPrefix` above them (set once the table is complete), the hash's
    /// high 32 bits on top (a probe rules most keys out without reading them);
    /// 0 for empty. A power of two long.
    private var slots: [UInt64]
    /// One bit per hash of each one-word key: a word whose bit is clear
    /// begins no form, which most words of a text are found out by.
    private var firstWords = [UInt64](repeating: 0, count: 1 << 10)
    /// The same for every key: most lookups miss, and this 32 KiB stays in
    /// cache where the table does not.
    private var anyKey = [UInt64](repeating: 0, count: 1 << 12)
    /// The most words any form has.
    private(set) var maxWords = 1

    static let shared = SkillDictionary(table: table)

    init(table: String) {
        text = Array(table.utf8)
        slots = Array(repeating: 0, count: 1 << 16)
        var scratch: [UInt8] = []
        let text = self.text
        // sized once (a table line is 45 bytes on average): growing copies
        // and faults in pages again, which start-up waits for
        let lines = text.count / 32 + 64
        store.reserveCapacity(text.count * 2)
        keys.reserveCapacity(lines * 2)
        entries.reserveCapacity(lines)
        var words: [SkillTokenizer.Word] = []
        text.withUnsafeBufferPointer { t in
            var lineStart = 0
            while lineStart < t.count {
                var lineEnd = lineStart
                while lineEnd < t.count, t[lineEnd] != 0x0A { lineEnd += 1 }
                addLine(t, lineStart..<lineEnd, &scratch, &words)
                lineStart = lineEnd + 1
            }
        }
        rebuildSlots()
    }

    static let hasEntries: UInt64 = 1 << 31
    static let isPrefix: UInt64 = 1 << 30

    /// The slots again, each with its key's flags.
    private mutating func rebuildSlots() {
        slots = Array(repeating: 0, count: slots.count)
        for k in keys.indices {
            var flags: UInt64 = keys[k].first >= 0 ? Self.hasEntries : 0
            if keys[k].isPrefix { flags |= Self.isPrefix }
            insert(k, flags: flags)
        }
    }

    /// "form<TAB>display<TAB>flags"; other lines are skipped.
    private mutating func addLine(_ t: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, _ scratch: inout [UInt8],
                                  _ words: inout [SkillTokenizer.Word]) {
        // exactly two tabs
        var tabs = (-1, -1)
        for i in line where t[i] == 0x09 {
            if tabs.0 < 0 { tabs.0 = i } else if tabs.1 < 0 { tabs.1 = i } else { return }
        }
        guard tabs.1 >= 0 else { return }
        let form = UnsafeBufferPointer(rebasing: t[line.lowerBound..<tabs.0])
        SkillTokenizer.scan(form, into: &words)
        guard !words.isEmpty else { return }
        maxWords = max(maxWords, words.count)
        // the form as words joined by one space, then its lower-cased key
        let formStart = store.count
        for (n, w) in words.enumerated() {
            if n > 0 { store.append(0x20) }
            store.append(contentsOf: form[w.start..<w.end])
        }
        let formRange = formStart..<store.count
        scratch.removeAll(keepingCapacity: true)
        for (n, w) in words.enumerated() {
            if n > 0 {
                // every proper prefix of the key begins a longer form
                let prefix = keyIndex(scratch)
                keys[prefix].isPrefix = true
                scratch.append(0x20)
            }
            for b in form[w.start..<w.end] { scratch.append(SkillTokenizer.lower(b)) }
        }
        let k = keyIndex(scratch)
        let flags = t[(tabs.1 + 1)..<line.upperBound]
        let e = Int32(entries.count)
        entries.append(Entry(form: formRange, display: (tabs.0 + 1)..<tabs.1,
                             exactCase: flags.contains(UInt8(ascii: "c")), ambiguous: flags.contains(UInt8(ascii: "a"))))
        if keys[k].last >= 0 { entries[Int(keys[k].last)].next = e } else { keys[k].first = e }
        keys[k].last = e
    }

    /// The index of a key, added when new.
    private mutating func keyIndex(_ key: [UInt8]) -> Int {
        let h = key.withUnsafeBufferPointer { Self.hash($0) }
        if let found = key.withUnsafeBufferPointer({ find($0, hash: h) }) { return found }
        if keys.count * 2 >= slots.count { grow() }
        if !key.contains(0x20) { firstWords[Int(h >> 6) & 1023] |= 1 << (h & 63) }
        anyKey[Int(h >> 6) & 4095] |= 1 << (h & 63)
        let start = store.count
        store.append(contentsOf: key)
        keys.append(Key(bytes: start..<store.count, hash: h))
        insert(keys.count - 1)
        return keys.count - 1
    }

    private mutating func insert(_ k: Int, flags: UInt64 = 0) {
        let mask = slots.count - 1
        let h = keys[k].hash
        var s = Int(truncatingIfNeeded: h) & mask
        while slots[s] != 0 { s = (s + 1) & mask }
        slots[s] = h & 0xFFFF_FFFF_0000_0000 | flags | UInt64(k + 1)
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        for k in keys.indices { insert(k) }
    }

    @inline(__always) static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = fnvStart
        for b in key { fnv(&h, b) }
        return mixed(h)
    }

    /// FNV-1a, a byte at a time: `hash` is `mixed` of the state after the key.
    static let fnvStart: UInt64 = 0xcbf2_9ce4_8422_2325
    @inline(__always) static func fnv(_ h: inout UInt64, _ b: UInt8) { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }

    /// FNV's low bits, which pick the slot, are weak: mixed with the high ones.
    @inline(__always) static func mixed(_ h: UInt64) -> UInt64 {
        let m = (h ^ (h >> 32)) &* 0xD6E8_FEB8_6659_FD93
        return m ^ (m >> 32)
    }

    /// Whether some form may begin with this one (lower-case) word's hash.
    @inline(__always) func mayBegin(hash h: UInt64) -> Bool {
        firstWords[Int(h >> 6) & 1023] & (1 << (h & 63)) != 0
    }

    /// The key with these (lower-case) bytes.
    func find(_ key: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> Int? {
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: h) & mask
        guard anyKey[Int(h >> 6) & 4095] & (1 << (h & 63)) != 0 else { return nil }
        let tag = h & 0xFFFF_FFFF_0000_0000
        while true {
            let slot = slots[s]
            if slot == 0 { return nil }
            guard slot & 0xFFFF_FFFF_0000_0000 == tag else { s = (s + 1) & mask; continue }
            let k = Int(slot & 0x3FFF_FFFF) - 1
            let candidate = keys[k]
            if candidate.hash == h, candidate.bytes.count == key.count,
               store.withUnsafeBufferPointer({ memcmp($0.baseAddress! + candidate.bytes.lowerBound, key.baseAddress!, key.count) == 0 }) {
                return k
            }
            s = (s + 1) & mask
        }
    }

    /// A key (lower-case bytes) as a matcher needs it, reading only its slot
    /// when it merely begins longer forms: the key's index, whether forms end
    /// with it (those are checked byte for byte) and whether longer ones go on.
    /// A key that only begins forms is known by its hash; a rare false match
    /// costs one more lookup, never a wrong skill. `h` is the key's `hash`,
    /// which a matcher carries on a word at a time (`fnv`, then `mixed`).
    func probe(_ key: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> (key: Int, hasEntries: Bool, isPrefix: Bool)? {
        guard anyKey[Int(h >> 6) & 4095] & (1 << (h & 63)) != 0 else { return nil }
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: h) & mask
        let tag = h & 0xFFFF_FFFF_0000_0000
        while true {
            let slot = slots[s]
            if slot == 0 { return nil }
            if slot & 0xFFFF_FFFF_0000_0000 == tag {
                let k = Int(slot & 0x3FFF_FFFF) - 1
                let prefix = slot & Self.isPrefix != 0
                if slot & Self.hasEntries == 0 { return (k, false, prefix) }
                let candidate = keys[k]
                if candidate.hash == h, candidate.bytes.count == key.count,
                   store.withUnsafeBufferPointer({ memcmp($0.baseAddress! + candidate.bytes.lowerBound, key.baseAddress!, key.count) == 0 }) {
                    return (k, true, prefix)
                }
            }
            s = (s + 1) & mask
        }
    }

    func find(_ key: [UInt8]) -> Int? {
        key.withUnsafeBufferPointer { find($0, hash: Self.hash($0)) }
    }

    func display(_ e: Entry) -> String { String(decoding: text[e.display], as: UTF8.self) }

    /// The dictionary's name for a skill written out ("golang" → "Go"), if it knows it.
    func displayName(of item: String) -> String? {
        let bytes = Array(item.utf8)
        var key: [UInt8] = []
        bytes.withUnsafeBufferPointer { buf in
            for (n, w) in SkillTokenizer.scan(buf).enumerated() {
                if n > 0 { key.append(0x20) }
                for b in buf[w.start..<w.end] { key.append(SkillTokenizer.lower(b)) }
            }
        }
        guard let k = find(key), keys[k].first >= 0 else { return nil }
        return display(entries[Int(keys[k].first)])
    }
}
