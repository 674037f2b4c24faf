/// One address of a record with what is known about it: an element of `contacts`.
public struct Contact: Equatable, Sendable {
    public var email: String
    public var name: String?
    /// The person's position, when a page gave one.
    public var position: String? = nil
    public var kind: ContactKind
    /// 0…1 in hundredths (see `ContactScore`).
    public var confidence: Int
    public var domainMatch: DomainMatch
    public var freeProvider: Bool
    /// How the address was first found (`mailto`, `text`, …), when the input said.
    public var method: String?
    public var sources: [String]
    public var reasons: [String]
    /// Made from the company's address pattern, not seen on a page (`--guess`).
    public var guessed = false
    /// The pattern a guessed address was made by.
    public var pattern: String? = nil
    /// Whether the domain accepts mail (`--check-mx`): nil when not checked
    /// (the field is left out) or when no answer came in time (`null`).
    public var mx: Bool?? = .none
    /// Where an applicant looks first, before confidence (0 first): the
    /// person the posting names, the company's recruiting addresses (role
    /// addresses, and recruiting people's), guessed addresses of recruiting
    /// people or of people the posting names, the rest. Not written out; it orders `contacts`.
    var rank = 3

    public var confidenceValue: Double { Double(confidence) / 100 }

    /// The confidence as a JSON number with two decimals (`0.85`, `1.00`).
    var confidenceText: String {
        let frac = confidence % 100
        return "\(confidence / 100)." + (frac < 10 ? "0" : "") + String(frac)
    }

    public var json: JSON {
        var pairs: [(String, JSON)] = [
            ("email", .string(email)), ("name", .optional(name)), ("position", .optional(position)), ("kind", .string(kind.rawValue)),
            ("confidence", .number(confidenceText)), ("domain_match", .string(domainMatch.rawValue)),
            ("free_provider", .bool(freeProvider)), ("method", .optional(method)), ("sources", .strings(sources)), ("reasons", .strings(reasons)),
            ("guessed", .bool(guessed)), ("pattern", .optional(pattern)),
        ]
        if case let .some(answer) = mx { pairs.append(("mx", answer.map(JSON.bool) ?? .null)) }
        return .object(pairs)
    }
}
