extension Fuzz {
    /// A line as every program reads it (`Record(line:)`), then each field
    /// read the ways programs read them, then edited the way they edit: a
    /// line that was accepted stays a record whatever is set or removed.
    static func record(_ data: UnsafeBufferPointer<UInt8>) {
        guard var r = try? Record(line: data) else { return }
        let keys = r.keys
        for key in keys {
            check(r.raw(key) != nil, "an indexed field has no bytes")
            check(r.value(key) != nil, "field \(key.debugDescription) was accepted but does not decode")
            if let bytes = r.stringBytes(key) { check(isValidUTF8(bytes), "stringBytes is not valid UTF-8") }
            r.forEachObject(key) { page in
                if let body = page.stringBytes("body") { check(isValidUTF8(body), "a page's body is not valid UTF-8") }
                _ = page.string("url")
                return true
            }
        }
        _ = r.hasError
        r.set("fuzz", .string("\u{0}\"\\é"))
        if let first = keys.first { r.set(first, .array([.null, .number("-0.5e3")])) }
        if let last = keys.last { r.remove(last) }
        guard let again = try? Record(line: r.bytes) else {
            fatalError("an edited record no longer reads: \(Fuzz.text(r.bytes))")
        }
        check(again.keys == r.keys, "an edited record reads back with other keys: \(again.keys) against \(r.keys)")
        check(again.value("fuzz") == .string("\u{0}\"\\é") || keys.last == "fuzz", "a field set does not read back")
    }
}
