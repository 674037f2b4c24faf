/// Postal addresses written as a person would: "Austin, TX",
/// "Mountain View, California, United States", "Camberwell, VIC 3124".
enum Location {
    /// ISO 3166 codes, expanded when a country is given as a code: GeoNames'
    /// table (data/countries.tsv), with "Netherlands" as people write it (not
    /// GeoNames' "The Netherlands") and "UK" as sites write it.
    /// Alpha-3 codes ("NLD", "DEU", data/country-alpha3.tsv) name their country as its alpha-2 code does.
    static let countries: [String: String] = {
        let alpha2 = countryCodeTable.merging(["UK": "United Kingdom", "NL": "Netherlands"]) { _, common in common }
        let alpha3 = countryAlpha3Table.compactMapValues { alpha2[$0] }
        return alpha2.merging(alpha3) { two, _ in two }
    }()

    /// Countries' own names, and their names in the languages read, for the page's way of writing
    /// an address structured data gives in English or by code ("Almere, Nederland").
    static let countryNames: [String: [String]] = [
        "Germany": ["Deutschland", "Allemagne", "Alemania", "Germania", "Duitsland", "Alemanha"],
        "France": ["Frankrijk", "Frankreich", "Francia", "França"],
        "Netherlands": ["Nederland", "Niederlande", "Pays-Bas", "Países Bajos", "Paesi Bassi", "Holanda"],
        "Spain": ["España", "Spanien", "Espagne", "Spagna", "Spanje", "Espanha"],
        "Italy": ["Italia", "Italien", "Italie", "Italië", "Itália"],
        "Switzerland": ["Schweiz", "Suisse", "Svizzera", "Suiza", "Zwitserland", "Suíça"],
        "Austria": ["Österreich", "Autriche", "Oostenrijk"],
        "Belgium": ["België", "Belgique", "Belgien", "Bélgica", "Belgio"],
        "Portugal": ["Portogallo"], "Brazil": ["Brasil", "Brasilien", "Brésil", "Brasile"],
        "Mexico": ["México", "Mexique", "Messico"], "Poland": ["Polska", "Polen", "Pologne", "Polonia"],
        "Sweden": ["Sverige", "Schweden", "Suède", "Suecia", "Svezia", "Zweden"],
        "Denmark": ["Danmark", "Dänemark", "Danemark", "Dinamarca", "Danimarca", "Denemarken"],
        "Norway": ["Norge", "Norwegen", "Norvège", "Noruega", "Norvegia", "Noorwegen"],
        "Finland": ["Suomi", "Finnland", "Finlande", "Finlandia"],
        "Czechia": ["Česko", "Tschechien", "Tchéquie", "Chequia", "Tsjechië"],
        "United Kingdom": ["Vereinigtes Königreich", "Royaume-Uni", "Reino Unido", "Regno Unito", "Verenigd Koninkrijk"],
        "United States": ["Vereinigte Staaten", "États-Unis", "Estados Unidos", "Stati Uniti", "Verenigde Staten"],
        "Ireland": ["Irland", "Irlande", "Irlanda", "Ierland", "Éire"],
    ]

    /// Whether a name is a country's, in English or in a language of `countryNames`.
    static func isCountry(_ name: String) -> Bool {
        countryNameSet.contains(name.lowercased())
    }

    private static let countryNameSet: Set<String> = Set(
        (Array(countries.values) + countryNames.values.flatMap { $0 }
         + ["Chile", "Perú", "Peru", "Ecuador", "Uruguay", "Paraguay", "Bolivia", "Venezuela", "Costa Rica", "Panamá",
            "Guatemala", "República Dominicana", "Luxembourg", "Luxemburg", "Barbados", "Jamaica", "Trinidad and Tobago",
            "Honduras", "El Salvador", "Nicaragua", "Cuba", "Puerto Rico"]).map { $0.lowercased() })

    /// A schema.org `jobLocation` (Place, PostalAddress, text, or an array of them).
    static func text(_ value: JSON) -> String? {
        if let items = value.arrayValue {
            var seen: [String] = []
            for item in items { if let t = text(item), !seen.contains(t) { seen.append(t) } }
            return seen.isEmpty ? nil : seen.joined(separator: "; ")
        }
        if let s = value.stringValue { return clean(s) }
        if let address = value["address"] { return text(address) }
        guard value.objectValue != nil else { return nil }
        let part = { (key: String) in addressPart(value, key) }
        let locality = part("addressLocality")
        var region = part("addressRegion")
        // ("us" in lower case is the code too)
        let countryRaw = part("addressCountry").map { $0.count <= 3 ? $0.uppercased() : $0 }
        if region == locality { region = nil }
        // a region that ends in the country's code the address gives too ("Uusimaa,FI" with "FI"): without it
        if let r = region, let code = countryRaw, code.count <= 3, r.hasSuffix("," + code) || r.hasSuffix(", " + code) {
            region = String(r.dropLast(code.count)).trimmingCharacters(in: " ,").nilIfEmpty
        }
        let regionIsCode = region.map { $0.count <= 3 && $0 == $0.uppercased() } ?? false
        var parts: [String] = []
        if let locality { parts.append(locality) }
        // a US state's code alone, with no town before it, is written out: "CA", "US" is California, United States
        if locality == nil, regionIsCode, countryRaw == "US" || countryRaw == "USA", let code = region,
           let state = usStates.first(where: { $0.value == code })?.key {
            region = state
        }
        // (the postcode is left out, as a person writes a job's place: "München, Bayern, Deutschland")
        if let region { parts.append(region) }
        if let countryRaw {
            let isCode = countryRaw.count <= 3 && countryRaw == countryRaw.uppercased()
            // A town and its state code already tell a reader the country ("Austin, TX"); a state code
            // alone does not ("NSW, Australia"), and a country written out is kept. (Only the countries whose
            // readers know their states' codes: "Amsterdam, NH" is "Amsterdam, NH, Netherlands".)
            if !(isCode && regionIsCode && Self.stateCodeCountries.contains(countryRaw)) || locality == nil {
                parts.append(isCode ? countries[countryRaw] ?? countryRaw : countryRaw)
            }
        }
        if parts.isEmpty, let street = part("streetAddress") { parts.append(street) }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// The countries whose states' codes are written after a town with no country: "Austin, TX", "Toronto, ON",
    /// "Sydney, NSW".
    static let stateCodeCountries: Set<String> = ["US", "USA", "CA", "AU"]

    /// Whether a schema.org `jobLocation` names a town: an address's locality, or a place given as text
    /// (which may); not a region, a country or a street alone.
    static func namesTown(_ value: JSON) -> Bool {
        if let items = value.arrayValue { return items.contains(where: namesTown) }
        if value.stringValue != nil { return true }
        if let address = value["address"] { return namesTown(address) }
        guard value.objectValue != nil else { return false }
        return addressPart(value, "addressLocality").map { $0.count > 1 } ?? false
    }

    /// One part of a schema.org address as text: its value, its thing's name, or its list of values
    /// ("addressLocality": ["Medellín"]); none for a placeholder ("-", "N/A").
    static func addressPart(_ address: JSON, _ key: String) -> String? {
        guard let value = address[key] else { return nil }
        let v = value.scalarText.flatMap { clean($0) } ?? value["name"]?.stringValue.flatMap { clean($0) }
            ?? value.arrayValue.flatMap { items in items.compactMap { $0.scalarText.flatMap { clean($0) } }.joined(separator: ", ").nilIfEmpty }
        return v.flatMap { addressPlaceholders.contains($0.lowercased()) ? nil : $0 }
    }

    private static let addressPlaceholders: Set<String> = ["-", "–", "—", "n/a", "na", "none", "null", "undefined", "0", "."]

    /// A name and the known town after its last comma ("Werken bij Acme, Eindhoven"), apart.
    static func nameAndTown(_ s: String) -> (name: String, town: String)? {
        guard let comma = s.lastByteRange(of: ",") else { return nil }
        let town = s[comma.upperBound...].trimmingSpaces
        guard Cities.contains(town) else { return nil }
        return (String(s[..<comma.lowerBound]).trimmingSpaces, town)
    }

    static func clean(_ s: String) -> String? {
        let t = collapseSpace(Array(s.utf8))
        return t.isEmpty ? nil : t
    }
}
