extension Fuzz {
    /// The JSON reader: the checking pass (`skipValue`, how records pass
    /// through) and the building pass (`parseValue`) agree on what is JSON,
    /// and a value written out reads back the same.
    static func json(_ data: UnsafeBufferPointer<UInt8>) {
        let parsed = try? JSON.parse(data)
        for noting in [false, true] {
            var p = JSONParser(data)
            if noting { p.longStrings = [:] }
            p.skipSpace()
            var skipped = (try? p.skipValue()) != nil
            if skipped { p.skipSpace(); skipped = p.pos == data.count }
            check(skipped == (parsed != nil), "skipValue says \(skipped), parseValue \(parsed != nil)")
        }
        guard let value = parsed else { return }
        let written = value.serialized
        check(isValidUTF8(written), "written JSON is not valid UTF-8")
        guard let again = try? JSON.parse(written) else {
            fatalError("written JSON does not read back: \(String(decoding: written, as: UTF8.self).debugDescription)")
        }
        check(again == value, "JSON written and read back differs")
        check(again.serialized == written, "JSON written twice differs")
    }
}
