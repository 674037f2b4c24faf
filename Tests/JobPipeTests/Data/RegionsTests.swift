import Testing
@testable import JobPipe

/// The shipped list of regions (data/regions.txt).
@Suite struct RegionsTests {
    @Test func regionsInTheirOwnAndOtherLanguages() {
        for name in ["Bayern", "Bavaria", "Gelderland", "Noord-Holland", "Toscana", "Jalisco", "Loire-Atlantique", "Île-de-France"] {
            #expect(Regions.contains(name), "\(name)")
        }
        // ordinary words and given names are left out; a region is written capitalised
        for name in ["Marche", "Centre", "Victoria", "bayern"] { #expect(!Regions.contains(name), "\(name)") }
    }

    @Test func aRegionThatIsATownsNameEndsNoTownsLine() {
        #expect(Regions.isEnd("Gelderland"))
        #expect(!Regions.isEnd("Oslo"))
        #expect(!Regions.isEnd("Madrid"))
    }
}
