/// The place of the organisation a site's markup describes: the town of the
/// postal address of its JSON-LD `Organization`, `LocalBusiness` (a clinic, a
/// garage, a shop) or `Place`, as small employers' sites mark up their own
/// ("addressLocality": "Wellington", "addressCountry": "NZ" is "Wellington,
/// New Zealand"). It is where an employer that states no place of work is.
extension Location {
    static func ofOrganization(in values: [JSON]) -> String? {
        for value in values { if let place = organizationPlace(value, depth: 0) { return place } }
        return nil
    }

    /// The first address with a town in a node that is no posting (nor a person's), depth first.
    private static func organizationPlace(_ value: JSON, depth: Int) -> String? {
        guard depth < 8 else { return nil }
        if let items = value.arrayValue {
            for item in items { if let place = organizationPlace(item, depth: depth + 1) { return place } }
            return nil
        }
        guard let pairs = value.objectValue, !SchemaPosting.isJobPosting(value), !SchemaPosting.hasType(value, "Person") else { return nil }
        if let address = value["address"], let place = townOf(address) { return place }
        for (key, v) in pairs where key != "address" {
            if let place = organizationPlace(v, depth: depth + 1) { return place }
        }
        return nil
    }

    /// An address's town, region and country, where it names its town; the first of several.
    private static func townOf(_ address: JSON) -> String? {
        if let items = address.arrayValue { return items.lazy.compactMap(townOf).first }
        // (an address written as one line: "15 Willis Street, Wellington 6011")
        if let line = address.stringValue { return inAddress(line) }
        guard address["addressLocality"]?.scalarText.flatMap(clean) != nil else { return nil }
        return text(address)
    }
}
