extension Fuzz {
    /// Locations: the input as a schema.org `jobLocation` when it is JSON,
    /// as text to clean otherwise; then the page's way of writing it looked
    /// for among the input's lines. What comes out is collapsed text.
    static func location(_ data: UnsafeBufferPointer<UInt8>) {
        let whole = text(data)
        let structured: String?
        if let value = try? JSON.parse(data) {
            structured = Location.text(value)
        } else {
            structured = Location.clean(whole)
        }
        guard let structured else { return }
        check(!structured.isEmpty, "an empty location")
        let lines = whole.split(whereSeparator: \.isNewline).map(String.init)
        if let shown = Location.asWrittenOnPage(structured, labelled: lines.first, lines: lines) {
            check(!shown.isEmpty, "an empty location as written on the page")
        }
        _ = Location.equivalentWords(structured)
    }
}
