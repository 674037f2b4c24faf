import Testing
@testable import JobPipe

/// Labels read off a posting's lines.
@Suite struct LabelledLinesTests {
    @Test func aQualifiedLabelIsTheLabel() {
        let labels = PostingLabels.location
        #expect(LabelledLines.unqualified("location (city)", in: labels) == "location")
        // a plural's ending in brackets is the plural, or the singular where only that is a label
        #expect(LabelledLines.unqualified("location(s)", in: labels) == "locations")
        #expect(LabelledLines.unqualified("standort(e)", in: labels) == "standorte")
        #expect(LabelledLines.unqualified("lieu(x)", in: labels) == "lieux")
        #expect(LabelledLines.unqualified("ville(s)", in: labels) == "ville")
        // no label inside: as it is
        #expect(LabelledLines.unqualified("team(s)", in: labels) == "team(s)")
        #expect(LabelledLines.unqualified("salary (gross)", in: labels) == "salary (gross)")
    }

    @Test func aDashedLabelReadsAsItsColon() {
        #expect(LabelledLines.dashedLabel("Location - Leeds") == "Location: Leeds")
        #expect(LabelledLines.dashedLabel("Company – Acme Ltd") == "Company: Acme Ltd")
        // the dash must end a label within the line's first 32 bytes
        #expect(LabelledLines.dashedLabel("A very long opening of a sentence, then Location - Leeds") == nil)
        #expect(LabelledLines.dashedLabel("Remote - United States") == nil)
        #expect(LabelledLines.dashedLabel("Leeds-Bradford airport is near") == nil)
    }
}
