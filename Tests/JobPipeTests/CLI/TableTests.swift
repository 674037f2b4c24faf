import Testing
@testable import JobPipe

@Suite struct TableTests {
    @Test func tablesRenderAlignedAndAsCSV() {
        var t = Table(columns: ["name", "n", "note"])
        t.append([.string("a,b"), .int(7), .null])
        t.append([.string("line\nbreak"), .int(12), .strings(["x"])])
        #expect(t.text == "name         n  note\na,b          7  -\nline break  12  [\"x\"]\n")
        #expect(t.csv == "name,n,note\n\"a,b\",7,\n\"line\nbreak\",12,\"[\"\"x\"\"]\"\n")
        #expect(t.ndjson == "{\"name\":\"a,b\",\"n\":7,\"note\":null}\n{\"name\":\"line\\nbreak\",\"n\":12,\"note\":[\"x\"]}\n")
    }
}
