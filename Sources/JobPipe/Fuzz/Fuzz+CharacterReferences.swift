extension Fuzz {
    /// Character references decoded in each context: the decoder stays in
    /// its input, makes valid UTF-8 of valid UTF-8, and decodes nothing that
    /// has no `&` (the strict context, for scripts and comments, also through
    /// the email decoders' `references`).
    static func characterReferences(_ data: UnsafeBufferPointer<UInt8>) {
        let valid = Charset.isValidUTF8(data)
        for context in [CharacterReferences.Context.text, .attribute, .strict] {
            var out: [UInt8] = []
            CharacterReferences.decode(data, in: context, into: &out)
            if valid { check(isValidUTF8(out), "decoded references are not valid UTF-8 (\(context))") }
            if !data.contains(0x26) { check(out.elementsEqual(data), "text without a & changed (\(context))") }
            let viaBody = CharacterReferences.withDecoded(data, in: context) { Array($0) }
            check(viaBody == out, "withDecoded and decode differ (\(context))")
        }
        let js = Decoders.references(data)
        if valid { check(isValidUTF8(js), "Decoders.references made invalid UTF-8") }
    }
}
