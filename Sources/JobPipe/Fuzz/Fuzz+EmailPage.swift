extension Fuzz {
    /// extract-emails on one record holding the input as its page: the
    /// record stays a record, and every address it adds is one (lower case,
    /// valid syntax, no replacement character).
    static func emailPage(_ data: UnsafeBufferPointer<UInt8>) {
        let page = JSON.object([("url", .string("https://example.com/kontakt")), ("body", .string(text(data)))])
        var record = Record(.object([("id", .number("1")), ("pages", .array([page]))]))
        do { try EmailExtraction().apply(to: &record) } catch { fatalError("a record of one page was rejected: \(error)") }
        guard let again = try? Record(line: record.bytes) else { fatalError("extract-emails wrote a record that does not read") }
        guard let emails = again.value("emails")?.arrayValue else { fatalError("no emails array") }
        for e in emails {
            guard let address = e["email"]?.stringValue else { fatalError("an entry without an email: \(e.text)") }
            check(address == address.lowercased(), "an address is not lower case: \(address.debugDescription)")
            check(!address.unicodeScalars.contains("\u{FFFD}"), "an address holds U+FFFD: \(address.debugDescription)")
            check(EmailSyntax.isValid(address), "an address is not valid syntax: \(address.debugDescription)")
        }
    }
}
