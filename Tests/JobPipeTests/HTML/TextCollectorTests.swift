import Testing
@testable import JobPipe

/// White space collapsed 64 bytes at a time (text_scan.h) against the byte
/// loop, on random text dense in every kind of white space.
@Suite struct TextCollectorTests {
    func collect(_ chunks: [[UInt8]], oneLine: Bool, bytewise: Bool) -> [String] {
        var c = TextCollector(oneLine: oneLine)
        for chunk in chunks {
            chunk.withUnsafeBufferPointer { bytewise ? c.appendBytewise($0) : c.append($0) }
            c.space()
        }
        return c.finish()
    }

    @Test func sameAsByteByByte() {
        var rng = SplitMix(seed: 7)
        let pieces = ["word", "a", " ", " ", "  ", "\n", "\t", "\r\n", "\u{0C}", "\u{A0}", "é", "\u{01}", "©", " \u{A0} ",
                      "\n\n   ", "\u{C2}", "x\u{C2}", "\u{200B}", " \u{200B} ", "\u{AD}", "\u{FEFF}", "\u{2060}", "\u{2019}",
                      "\u{200D}"]
        for _ in 0..<5_000 {
            var chunks: [[UInt8]] = []
            for _ in 0..<Int(rng.next() % 3 + 1) {
                var s: [UInt8] = []
                for _ in 0..<Int(rng.next() % 120) {
                    let k = Int(rng.next() % 100)
                    s += Array((k < 50 ? "text" : pieces[Int(rng.next() % UInt64(pieces.count))]).utf8)
                }
                // a lone C2 byte at a chunk's end, as a cut-off page may leave
                if rng.next() % 8 == 0 { s.append(0xC2) }
                chunks.append(s)
            }
            for oneLine in [false, true] {
                #expect(collect(chunks, oneLine: oneLine, bytewise: false) == collect(chunks, oneLine: oneLine, bytewise: true))
            }
            var counter = TextCollector.counter(), bytewise = TextCollector.counter()
            for chunk in chunks {
                chunk.withUnsafeBufferPointer { counter.append($0); bytewise.appendBytewise($0) }
                counter.space()
                bytewise.space()
            }
            #expect(counter.count == bytewise.count)
        }
    }

    @Test func examples() {
        let text = Array("  Senior   engineer\u{A0}\u{A0}(remote)\n\n  Apply\tnow  ".utf8)
        var counter = TextCollector.counter()
        text.withUnsafeBufferPointer { counter.append($0) }
        #expect(counter.count == "Senior engineer (remote) Apply now".utf8.count)
        #expect(collect([text], oneLine: false, bytewise: false) == ["Senior engineer (remote)", "Apply now"])
        #expect(collect([text], oneLine: true, bytewise: false) == ["Senior engineer (remote) Apply now"])
    }

    @Test func invisibleCharactersGo() {
        let text = Array("Presales Engineer (m/w/d)\u{200B}\nSoftware\u{AD}entwickler \u{FEFF}in Kiel\n\u{200B}\nKuber\u{2060}netes \u{200B} Go\nEmoji 👩\u{200D}💻".utf8)
        #expect(collect([text], oneLine: false, bytewise: false)
            == ["Presales Engineer (m/w/d)", "Softwareentwickler in Kiel", "Kubernetes Go", "Emoji 👩\u{200D}💻"])
        #expect(collect([text], oneLine: true, bytewise: true) == ["Presales Engineer (m/w/d) Softwareentwickler in Kiel Kubernetes Go Emoji 👩\u{200D}💻"])
    }
}
