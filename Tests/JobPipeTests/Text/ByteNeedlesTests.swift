import Testing
@testable import JobPipe

@Suite struct ByteNeedlesTests {
    @Test func findsEveryNeedleFoldingASCII() {
        let n = ByteNeedles(["company", "location", "job-title", "télétravail"])
        #expect(n.matches("top-card__Company-Name job-location") == 0b011)
        #expect(n.matches("JOB-TITLE") == 0b100)
        #expect(n.matches("Télétravail partiel") == 0b1000)
        #expect(n.matches("comp any loc") == 0)
        #expect(n.matches("") == 0 && n.matches("c") == 0)
        // a needle at the very end, and one longer than the text
        #expect(n.matches("the company") == 1 && n.matches("compan") == 0)
        // capitals in the text's first two bytes of a needle fold as the rest do
        #expect(n.matches("CO") == 0 && n.matches("COMPANY") == 1 && n.matches("LOcation") == 0b10)
        // a needle given with a capital (needles are lower case) matches nothing, as the folded text never has one
        #expect(ByteNeedles(["Acme", "xY"]).matches("Acme ACME acme xy XY") == 0)
        // bytes outside ASCII compare as they are
        #expect(ByteNeedles(["éa"]).matches("ÉA éA") == 1 && ByteNeedles(["éa"]).matches("ÉA") == 0)
    }

    @Test func moreThanSixtyFourNeedles() {
        // a set of 64 holds one bit per needle: more are looked for in several sets
        let n = ManyNeedles((0..<150).map { "needle\($0)x" })
        #expect(n.occurs(in: "a NEEDLE149X here") && n.occurs(in: "needle0x") && n.occurs(in: "needle64x"))
        #expect(!n.occurs(in: "needle150x needle") && !ManyNeedles([]).occurs(in: "anything"))
    }

    @Test func rangesOnTheBytes() {
        let s = "Müller GmbH – Köln: Entwickler in Köln"
        let r = s.byteRange(of: "Köln")
        #expect(r.map { String(s[$0]) } == "Köln" && r.map { String(s[..<$0.lowerBound]) } == "Müller GmbH – ")
        let last = s.lastByteRange(of: "Köln")
        #expect(last.map { String(s[$0.lowerBound...]) } == "Köln" && last != r)
        #expect(s.byteRange(of: "Berlin") == nil && s.lastByteRange(of: "") == nil)
    }

    @Test func wordsCompareAsTheirLettersAndDigits() {
        #expect(Words.normalized("Senior Engineer (m/w/d)") == Words.normalized("senior-engineer-m-w-d"))
        #expect(Words.normalized("Zapier’s  ÜBER\u{00A0}Team – 2026") == "zapier s über team 2026")
        // ASCII text (read on its bytes) and the same text with one other character agree
        #expect(Words.normalized("  Acme, Inc. -- SRE/Ops 24x7 ") == "acme inc sre ops 24x7")
        #expect(Words.normalized("  Acme, Inc. -- SRE/Ops 24x7 é") == "acme inc sre ops 24x7 é")
        #expect(Words.normalized("") == "" && Words.normalized(" -- ") == "")
        #expect(Words.contains("find jobs senior engineer jobs in austin", "senior engineer"))
        #expect(!Words.contains("senior engineering", "senior engineer"))
    }
}
