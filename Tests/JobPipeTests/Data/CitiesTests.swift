import Testing
@testable import JobPipe

/// The shipped list of towns (data/cities.txt).
@Suite struct CitiesTests {
    @Test func smallTownsOfFiveThousandPeopleAreKnown() {
        // GeoNames' towns of 5,000 to 15,000 people, added strictly by gen-places.py
        for name in ["Salzhemmendorf", "Sarrians", "Danderyd", "salzhemmendorf"] { #expect(Cities.contains(name), "\(name)") }
        // a small town named as a word, a person or a technology stays out ("Gómez", "Bourne" of the shell,
        // "Gantt" of the chart); so does a town of under 5,000 people ("Vorden", 4,900)
        for name in ["Gómez", "Bourne", "Eudora", "Gantt", "Vorden"] { #expect(!Cities.contains(name), "\(name)") }
    }

    @Test func aTownOfSharpSIsKnownAsSwitzerlandWritesIt() {
        // "Loßburg" and "Gießen" as Swiss German, addresses and web addresses write them
        for name in ["Lossburg", "Giessen", "lossburg", "Loßburg"] { #expect(Cities.contains(name), "\(name)") }
        // (an "ss" no "ß" stands for stays what it is)
        #expect(!Cities.contains("Lossberg") && !Cities.contains("Boss"))
    }
}
