/// A place the page's summary for search engines gives (its meta
/// description), for pages whose own lines state the place nowhere.
extension Location {
    /// The place the summary labels ("Job location Banglore, India", "Standort: Köln"), puts the work in
    /// ("… in our office in Utrecht"), or gives as a fact of its own between commas, bars or brackets
    /// ("Medewerker klantenservice (40 uur, Delft)"), or nil.
    static func inSummary(_ summary: String) -> String? {
        guard summary.utf8.count <= 1000 else { return nil }
        let words = summary.spaceParts
        for (i, w) in words.enumerated() where i + 1 < words.count {
            let label = w.hasSuffix(":") ? w.dropLast() : w
            guard label.utf8.count >= 4, sentenceLabels.contains(label.lowercased()) else { continue }
            // the value runs to the end of its sentence or its fact, five words at most
            var value: [Substring] = []
            for v in words[(i + 1)...].prefix(5) {
                let end = v.last.map { ".;|)(".contains($0) } ?? false
                value.append(end ? v.dropLast() : v)
                if end { break }
            }
            let text = value.joined(separator: " ").trimmingSpaces
            if let place = LabelledLines.place(text) ?? (Cities.contains(text) ? text : nil) { return place }
        }
        if let (town, _) = mentioned(in: summary) { return town }
        let facts = summary.split(whereSeparator: { ",()|·•".contains($0) }).map { String($0).trimmingSpaces }
        return facts.first { Cities.contains($0) }
    }
}
