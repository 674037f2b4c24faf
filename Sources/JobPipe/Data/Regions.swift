/// The shipped list of regions (data/regions.txt: ISO 3166-2's states, provinces, counties and departments of
/// the countries read, in their own and five other languages; see data/SOURCES.md), for a place a page writes
/// as a town the lists lack and its region ("Kleindorp, Gelderland", "Saint-Herblain, Loire-Atlantique").
enum Regions {
    /// The names as written (a region is written capitalised).
    static let names: Set<String> = Set(regionNameList.split(separator: "\n").map(String.init))

    static func contains(_ name: some StringProtocol) -> Bool { names.contains(String(name)) }

    /// Whether a name ends a place's line as a region: a region's that is no town's too ("Gelderland", not
    /// "Oslo", "Madrid" or "Roma", which name their capital first).
    static func isEnd(_ name: some StringProtocol) -> Bool { contains(name) && !Cities.contains(name) }
}
