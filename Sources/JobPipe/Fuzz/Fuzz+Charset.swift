extension Fuzz {
    /// Charset detection and decoding, fetch-page's first look at a body:
    /// the input is the body, and after a NUL a Content-Type header. The
    /// byte check for UTF-8 agrees with Swift's own validation.
    static func charset(_ data: UnsafeBufferPointer<UInt8>) {
        let (body, header) = split(data)
        check(Charset.isValidUTF8(body) == (String(validating: body, as: UTF8.self) != nil),
              "isValidUTF8 says \(Charset.isValidUTF8(body)), Swift says otherwise")
        let declared = Charset.detect(contentType: header.isEmpty ? nil : text(header), body: body)
        for charset in [declared, nil, "utf-16le", "shift_jis", "windows-1252"] {
            let (_, used) = Charset.decode(body, charset: charset)
            check(!used.isEmpty, "decoded with no charset")
        }
    }
}
