import CJobPipe

/// One NDJSON record, kept as the bytes it came in as.
///
/// Only the top level is indexed: each field's key and the byte range of its
/// value. A program decodes just the fields it needs and adds or replaces its
/// own by splicing bytes, so every other field, its key order and its exact
/// bytes pass through untouched.
public struct Record: Sendable {
    public private(set) var bytes: [UInt8]
    private var fields: [Field]
    /// Index of the closing `}`.
    private var close: Int
    /// Where the long strings inside end, by where they start (see
    /// `JSONParser.longStrings`); emptied when the bytes change.
    private var longStrings: [Int: Int] = [:]

    struct Field: Sendable {
        var key: String
        var value: Range<Int>
    }

    /// Room kept after a record's bytes for the fields a program adds, so
    /// that adding one does not copy the whole record again.
    static let room = 4096

    /// Whether the line held invalid UTF-8 (inside its strings: nowhere else
    /// does JSON allow a byte above 0x7F), replaced by U+FFFD in `bytes`.
    public private(set) var repairedUTF8 = false

    /// Indexes a line that must hold exactly one JSON object. Invalid UTF-8
    /// is repaired: each maximal ill-formed sequence becomes U+FFFD (as
    /// Unicode recommends and Swift's `String(decoding:)` does), so output is
    /// always UTF-8.
    public init(line: some Collection<UInt8>) throws {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(line.count + Record.room)
        bytes.append(contentsOf: line)
        var spans: [Int: Int] = [:]
        (fields, close) = try bytes.withUnsafeBufferPointer { try Record.index($0, longStrings: &spans) }
        if bytes.withUnsafeBufferPointer({ jp_utf8_invalid($0.baseAddress, $0.count) }) >= 0 {
            // rare: made again from the repaired bytes (the structure is the same)
            let repaired = String(decoding: bytes, as: UTF8.self).utf8
            bytes = []
            bytes.reserveCapacity(repaired.count + Record.room)
            bytes.append(contentsOf: repaired)
            (fields, close) = try bytes.withUnsafeBufferPointer { try Record.index($0, longStrings: &spans) }
            repairedUTF8 = true
        }
        longStrings = spans
        self.bytes = bytes
    }

    /// The top-level fields of the one JSON object `buf` must hold, and the
    /// index of its closing brace.
    private static func index(_ buf: UnsafeBufferPointer<UInt8>, longStrings: inout [Int: Int]) throws -> ([Field], Int) {
        var p = JSONParser(buf)
        p.longStrings = [:]
        defer { longStrings = p.longStrings ?? [:] }
        p.skipSpace()
        guard p.peek() == UInt8(ascii: "{") else {
            throw p.error(p.peek() == nil ? "empty record" : "not a JSON object")
        }
        let (fields, close) = try Record.indexObject(&p)
        p.skipSpace()
        guard p.pos == buf.count else { throw p.error("unexpected data after the JSON object") }
        return (fields, close)
    }

    /// The fields of the object at the parser's `{`, leaving the parser after its `}`.
    private static func indexObject(_ p: inout JSONParser) throws -> ([Field], Int) {
        p.pos += 1
        p.depth = 1
        var fields: [Field] = []
        p.skipSpace()
        if p.peek() == UInt8(ascii: "}") {
            p.pos += 1
            return (fields, p.pos - 1)
        }
        while true {
            p.skipSpace()
            guard p.peek() == UInt8(ascii: "\"") else { throw p.error("expected a key string") }
            let key = try p.parseString()
            p.skipSpace()
            try p.expect(UInt8(ascii: ":"), "':'")
            p.skipSpace()
            let start = p.pos
            try p.skipValue()
            fields.append(Field(key: key, value: start..<p.pos))
            p.skipSpace()
            guard let d = p.peek() else { throw p.error("unexpected end of line in the object") }
            if d == UInt8(ascii: "}") { break }
            guard d == UInt8(ascii: ",") else { throw p.error("expected ',' or '}'") }
            p.pos += 1
        }
        p.pos += 1
        return (fields, p.pos - 1)
    }

    /// A new record from a JSON object value.
    public init(_ object: JSON) {
        // Serialized output of an object always parses.
        self = try! Record(line: object.serialized)
    }

    public var keys: [String] { fields.map(\.key) }

    private func index(of key: String) -> Int? { fields.lastIndex { $0.key == key } }

    /// The raw bytes of a field's value.
    public func raw(_ key: String) -> ArraySlice<UInt8>? {
        index(of: key).map { bytes[fields[$0].value] }
    }

    public func has(_ key: String) -> Bool { index(of: key) != nil }

    /// A field decoded into a value; nil when absent.
    public func value(_ key: String) -> JSON? {
        guard let i = index(of: key) else { return nil }
        let r = fields[i].value
        return bytes.withUnsafeBufferPointer { buf in
            var p = JSONParser(buf, at: r.lowerBound)
            return try? p.parseValue()
        }
    }

    public func string(_ key: String) -> String? { value(key)?.stringValue }

    /// A string field's text as UTF-8 bytes, unescaped, without making a
    /// String of it (page bodies: large, and read as bytes); nil when the
    /// field is absent or not a string. Invalid UTF-8 is repaired.
    public func stringBytes(_ key: String) -> [UInt8]? {
        guard let i = index(of: key) else { return nil }
        return bytes.withUnsafeBufferPointer { Record.stringBytes($0, fields[i].value) }
    }

    static func stringBytes(_ buf: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> [UInt8]? {
        guard r.count >= 2, buf[r.lowerBound] == UInt8(ascii: "\""), buf[r.upperBound - 1] == UInt8(ascii: "\"") else { return nil }
        var ascii = false
        let text = JSONParser.unescape(UnsafeBufferPointer(rebasing: buf[(r.lowerBound + 1)..<(r.upperBound - 1)]),
                                       ascii: &ascii)
        if ascii || text.withUnsafeBufferPointer(Charset.isValidUTF8) { return text }
        return Array(String(decoding: text, as: UTF8.self).utf8)
    }

    /// The fields of an object inside a record, read in place.
    struct View {
        let buf: UnsafeBufferPointer<UInt8>
        let fields: [Field]

        private func range(_ key: String) -> Range<Int>? { fields.last { $0.key == key }?.value }

        func stringBytes(_ key: String) -> [UInt8]? { range(key).flatMap { Record.stringBytes(buf, $0) } }

        func string(_ key: String) -> String? {
            guard let r = range(key) else { return nil }
            var p = JSONParser(buf, at: r.lowerBound)
            return (try? p.parseValue())?.stringValue
        }
    }

    /// Calls `body` with each object of an array field, read in place (no
    /// copy) until it returns false.
    func forEachObject(_ key: String, _ body: (View) -> Bool) {
        guard let i = index(of: key) else { return }
        let r = fields[i].value
        guard bytes[r.lowerBound] == UInt8(ascii: "[") else { return }
        bytes.withUnsafeBufferPointer { buf in
            var p = JSONParser(buf, at: r.lowerBound + 1)
            p.longStrings = longStrings  // checked when this record was read: jumped over
            while true {
                p.skipSpace()
                guard let c = p.peek(), c != UInt8(ascii: "]") else { return }
                if c == UInt8(ascii: ",") { p.pos += 1; continue }
                if c == UInt8(ascii: "{") {
                    guard let (inner, _) = try? Record.indexObject(&p) else { return }
                    if !body(View(buf: buf, fields: inner)) { return }
                } else {
                    guard (try? p.skipValue()) != nil else { return }
                }
            }
        }
    }

    /// Why a field that should hold an array of objects does not: nil when
    /// it does, or is absent or null. Read in place, as `forEachObject`.
    func arrayOfObjectsProblem(_ key: String) -> String? {
        guard let i = index(of: key) else { return nil }
        let r = fields[i].value
        switch bytes[r.lowerBound] {
        case UInt8(ascii: "n"): return nil
        case UInt8(ascii: "["): break
        default: return "'\(key)' is not an array"
        }
        return bytes.withUnsafeBufferPointer { buf in
            var p = JSONParser(buf, at: r.lowerBound + 1)
            p.longStrings = longStrings  // checked when this record was read: jumped over
            while true {
                p.skipSpace()
                guard let c = p.peek(), c != UInt8(ascii: "]") else { return nil }
                if c == UInt8(ascii: ",") { p.pos += 1; continue }
                if c != UInt8(ascii: "{") { return "'\(key)' holds a value that is not an object" }
                guard (try? p.skipValue()) != nil else { return nil }
            }
        }
    }

    /// Sets a field to raw JSON bytes (which must be one valid value): replaced
    /// where it stands, or appended before the closing brace.
    public mutating func set(_ key: String, raw: some Collection<UInt8>) {
        longStrings = [:]
        let n = raw.count
        if let i = index(of: key) {
            let r = fields[i].value
            bytes.replaceSubrange(r, with: raw)
            let shift = n - r.count
            fields[i].value = r.lowerBound..<(r.lowerBound + n)
            for j in (i + 1)..<fields.count {
                fields[j].value = (fields[j].value.lowerBound + shift)..<(fields[j].value.upperBound + shift)
            }
            close += shift
            return
        }
        var insert: [UInt8] = []
        insert.reserveCapacity(key.utf8.count + n + 4)
        if !fields.isEmpty { insert.append(UInt8(ascii: ",")) }
        JSONWriter.writeString(key, to: &insert)
        insert.append(UInt8(ascii: ":"))
        let valueStart = close + insert.count
        insert.append(contentsOf: raw)
        bytes.insert(contentsOf: insert, at: close)
        fields.append(Field(key: key, value: valueStart..<(valueStart + n)))
        close += insert.count
    }

    public mutating func set(_ key: String, _ value: JSON) {
        set(key, raw: value.serialized)
    }

    /// Removes a field with its separator.
    public mutating func remove(_ key: String) {
        guard let i = index(of: key) else { return }
        longStrings = [:]
        // Remove from the end of the previous value (or the opening brace) to the end of this one.
        let end = fields[i].value.upperBound
        let start: Int
        if i > 0 {
            start = fields[i - 1].value.upperBound
        } else if fields.count > 1 {
            // First field: remove up to the start of the next key.
            let nextKeyStart = bytes[end...].firstIndex(of: UInt8(ascii: "\""))!
            start = bytes.firstIndex(of: UInt8(ascii: "{"))! + 1
            let removed = nextKeyStart - start
            bytes.removeSubrange(start..<nextKeyStart)
            fields.remove(at: i)
            for j in fields.indices {
                fields[j].value = (fields[j].value.lowerBound - removed)..<(fields[j].value.upperBound - removed)
            }
            close -= removed
            return
        } else {
            start = bytes.firstIndex(of: UInt8(ascii: "{"))! + 1
        }
        let removed = end - start
        bytes.removeSubrange(start..<end)
        fields.remove(at: i)
        for j in i..<fields.count {
            fields[j].value = (fields[j].value.lowerBound - removed)..<(fields[j].value.upperBound - removed)
        }
        close -= removed
    }

    /// Whether the record carries a top-level `error` that is not null.
    public var hasError: Bool {
        guard let r = raw("error") else { return false }
        return !r.elementsEqual("null".utf8)
    }
}
