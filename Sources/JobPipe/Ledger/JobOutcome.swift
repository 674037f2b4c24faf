/// How a record that reaches `finish` ends its job. It fails when it has a
/// top-level `error` that is not null, or a non-empty `pages` array in
/// which every page has an `error`, or when one of the `--fail-when`
/// conditions holds. Finding nothing is a success unless such a condition says otherwise.
public struct JobOutcome: Equatable, Sendable {
    /// nil for a success; the reason for a failure.
    public let error: String?

    public var succeeded: Bool { error == nil }

    public init(error: String?) { self.error = error }

    public init(_ record: Record, failWhen conditions: [FailCondition] = []) {
        if let e = record.value("error"), !e.isNull {
            error = JobOutcome.describe(e)
            return
        }
        if let pages = record.value("pages")?.arrayValue, !pages.isEmpty,
           pages.allSatisfy({ ($0["error"].map { !$0.isNull }) ?? false }) {
            let first = pages[0]["error"].map(JobOutcome.describe) ?? "error"
            error = pages.count == 1 ? "page failed: \(first)" : "all \(pages.count) pages failed: \(first)"
            return
        }
        error = conditions.lazy.compactMap { $0.failure(of: record) }.first
    }

    /// An error value as one line: `code: message`, the message, or its JSON.
    static func describe(_ e: JSON) -> String {
        if let s = e.stringValue { return s }
        let code = e["code"]?.scalarText
        let message = e["message"]?.stringValue
        switch (code, message) {
        case let (c?, m?): return "\(c): \(m)"
        case let (c?, nil): return c
        case let (nil, m?): return m
        default: return e.text
        }
    }
}

/// Cuts `text` to at most `limit` bytes of UTF-8 without splitting a character.
public func truncatedUTF8(_ text: String, limit: Int = 1000) -> String {
    let bytes = Array(text.utf8)
    guard bytes.count > limit else { return text }
    var end = limit
    while end > 0, bytes[end] & 0xC0 == 0x80 { end -= 1 }
    return String(decoding: bytes[..<end], as: UTF8.self)
}

extension Record {
    /// The record without the `body` of its pages: what the ledger keeps as a result.
    public var withoutPageBodies: Record {
        guard let pages = value("pages")?.arrayValue else { return self }
        var copy = self
        copy.set("pages", .array(pages.map { $0.removing("body") }))
        return copy
    }
}
