extension Fuzz {
    /// URLs as fetch-page reads them: the input, and the input after a NUL
    /// resolved against it as a base. curl's normal form is a fixed point
    /// (read again, a URL comes back the same), and the fast path for URLs
    /// already in that form says what curl would.
    static func url(_ data: UnsafeBufferPointer<UInt8>) {
        let (first, second) = split(data)
        let reference = text(first)
        guard let url = WebURL(reference) else { return }
        checkNormalForm(url)
        if let viaCurl = WebURL(curl: reference, base: nil), WebURL.plain(reference) != nil {
            check(viaCurl == url, "the fast path reads \(reference.debugDescription) as \(url.text.debugDescription), curl as \(viaCurl.text.debugDescription)")
        }
        _ = url.home
        _ = url.hostKey
        guard !second.isEmpty, let resolved = WebURL(text(second), base: url) else { return }
        checkNormalForm(resolved)
        _ = resolved.sameSite(as: url)
    }

    static func checkNormalForm(_ url: WebURL) {
        guard let again = WebURL(url.text) else { fatalError("\(url.text.debugDescription) does not read again") }
        check(again == url, "\(url.text.debugDescription) reads again as \(again.text.debugDescription) (\(again) vs \(url))")
        check(url.pathAndQuery.hasPrefix("/"), "a path \(url.pathAndQuery.debugDescription) without a /")
    }
}
