/// Rows of named columns, rendered as NDJSON (one object per row), an
/// aligned text table for people, or CSV as RFC 4180 has it but with LF line
/// ends (a header row, fields quoted when they hold a comma, quote or line break).
///
/// In a table, `null` shows as `-`, numeric columns are right-aligned and
/// control characters become spaces; in CSV `null` is an empty field. Arrays
/// and objects are written as compact JSON text in both.
public struct Table {
    public let columns: [String]
    public private(set) var rows: [[JSON]] = []

    public init(columns: [String]) { self.columns = columns }

    public mutating func append(_ row: [JSON]) {
        precondition(row.count == columns.count, "row width")
        rows.append(row)
    }

    /// The table in `format`, every line ending in a newline.
    public func rendered(as format: OutputFormat) -> String {
        switch format {
        case .ndjson: return ndjson
        case .table: return text
        case .csv: return csv
        }
    }

    public var ndjson: String {
        rows.map { JSON.object(Array(zip(columns, $0))).text + "\n" }.joined()
    }

    public var text: String {
        let cells = rows.map { $0.map(Table.cellText) }
        var widths = columns.map(\.count)
        for row in cells {
            for (i, c) in row.enumerated() { widths[i] = max(widths[i], c.count) }
        }
        let rightAligned = columns.indices.map { i in
            rows.contains { if case .number = $0[i] { return true } else { return false } }
                && rows.allSatisfy { if case .number = $0[i] { return true }; return $0[i].isNull }
        }
        func line(_ row: [String]) -> String {
            var s = ""
            for (i, c) in row.enumerated() {
                let padding = String(repeating: " ", count: widths[i] - c.count)
                let last = i == row.count - 1
                if i > 0 { s += "  " }
                if rightAligned[i] { s += padding + c } else { s += last ? c : c + padding }
            }
            return s + "\n"
        }
        return line(columns) + cells.map(line).joined()
    }

    public var csv: String {
        func field(_ s: String) -> String {
            guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
            return "\"" + s.replacingAll("\"", with: "\"\"") + "\""
        }
        func line(_ row: [String]) -> String { row.map(field).joined(separator: ",") + "\n" }  // LF, as Unix tools expect; fields with CR or LF are quoted
        return line(columns) + rows.map { line($0.map(Table.csvText)) }.joined()
    }

    static func cellText(_ v: JSON) -> String {
        let s: String
        switch v {
        case .null: return "-"
        case let .string(x): s = x
        default: s = v.scalarText ?? v.text
        }
        return String(s.map { $0.isNewline || $0 == "\t" || ($0.asciiValue.map { $0 < 0x20 } ?? false) ? " " : $0 })
    }

    static func csvText(_ v: JSON) -> String {
        switch v {
        case .null: return ""
        case let .string(x): return x
        default: return v.scalarText ?? v.text
        }
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
