/// One address of a record with what is known about it: an element of `contacts`.
public struct Contact: Equatable, Sendable {
    public var email: String
    public var name: String?
    public var kind: ContactKind
    /// 0…1 in hundredths (see `ContactScore`).
    public var confidence: Int
    public var domainMatch: DomainMatch
    public var freeProvider: Bool
    /// How the address was first found (`mailto`, `text`, …), when the input said.
    public var method: String?
    public var sources: [String]
    public var reasons: [String]

    public var confidenceValue: Double { Double(confidence) / 100 }

    /// The confidence as a JSON number with two decimals (`0.85`, `1.00`).
    var confidenceText: String {
        let frac = confidence % 100
        return "\(confidence / 100)." + (frac < 10 ? "0" : "") + String(frac)
    }

    public var json: JSON {
        .object([
            ("email", .string(email)), ("name", .optional(name)), ("kind", .string(kind.rawValue)),
            ("confidence", .number(confidenceText)), ("domain_match", .string(domainMatch.rawValue)),
            ("free_provider", .bool(freeProvider)), ("method", .optional(method)), ("sources", .strings(sources)), ("reasons", .strings(reasons)),
        ])
    }
}
