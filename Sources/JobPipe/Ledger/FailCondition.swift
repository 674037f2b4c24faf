import ArgumentParser

/// `finish --fail-when CONDITION`: fails a job on something other than an
/// `error`. `FIELD` fails it when the record's top-level FIELD is set (present
/// and not null, false, "", [] or {}); `empty:FIELD` fails it when FIELD is
/// not set (e.g. `empty:contacts`: finding nothing counts as a failure).
public struct FailCondition: ExpressibleByArgument, Equatable, Sendable {
    public let field: String
    /// True for `empty:FIELD`.
    public let whenEmpty: Bool

    public init(field: String, whenEmpty: Bool) {
        self.field = field
        self.whenEmpty = whenEmpty
    }

    public init?(argument: String) {
        let empty = argument.hasPrefix("empty:")
        let field = empty ? String(argument.dropFirst(6)) : argument
        guard !field.isEmpty else { return nil }
        self.init(field: field, whenEmpty: empty)
    }

    /// Why `record` fails under this condition, or nil when it does not.
    public func failure(of record: Record) -> String? {
        let set = record.value(field).map(FailCondition.isSet) ?? false
        if whenEmpty { return set ? nil : "fail-when empty:\(field): '\(field)' is empty" }
        return set ? "fail-when \(field): '\(field)' is set" : nil
    }

    static func isSet(_ v: JSON) -> Bool {
        switch v {
        case .null: return false
        case let .bool(b): return b
        case let .string(s): return !s.isEmpty
        case let .array(a): return !a.isEmpty
        case let .object(o): return !o.isEmpty
        case .number: return true
        }
    }
}
