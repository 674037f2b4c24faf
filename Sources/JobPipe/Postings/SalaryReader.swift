/// Salaries from schema.org MonetaryAmount values and from posting text
/// ("$120k–$150k", "70.000 – 90.000 €", "USD 100000", "per hour").
enum SalaryReader {
    static func schema(_ value: JSON) -> Salary? {
        guard value.objectValue != nil else { return nil }
        var s = Salary()
        s.currency = value["currency"]?.stringValue?.uppercased()
        let inner = value["value"] ?? value
        if let n = inner.doubleValue {
            s.min = n; s.max = n
        } else {
            s.min = inner["minValue"]?.doubleValue ?? inner["value"]?.doubleValue
            s.max = inner["maxValue"]?.doubleValue ?? inner["value"]?.doubleValue
        }
        s.currency = s.currency ?? inner["currency"]?.stringValue?.uppercased()
        if let unit = (inner["unitText"] ?? value["unitText"])?.stringValue { s.period = period(unit) }
        guard s.min != nil || s.max != nil else { return nil }
        return s
    }

    static func period(_ unit: String) -> String? {
        switch unit.lowercased() {
        case "hour", "hourly", "hr", "h": return "hour"
        case "day", "daily": return "day"
        case "week", "weekly", "wk": return "week"
        case "month", "monthly", "mo": return "month"
        case "year", "yearly", "annual", "annually", "annum", "yr": return "year"
        default: return nil
        }
    }

    static let symbols: [(String, String)] = [("US$", "USD"), ("A$", "AUD"), ("C$", "CAD"), ("$", "USD"),
                                               ("€", "EUR"), ("£", "GBP"), ("¥", "JPY"), ("₹", "INR")]
    static let codes = ["USD", "EUR", "GBP", "AUD", "CAD", "CHF", "NZD", "SGD", "INR", "JPY", "SEK", "NOK", "DKK", "PLN"]

    /// The first salary a line of text states: an amount or a range, with a
    /// currency symbol or code next to it (a bare number is not a salary).
    static func text(_ line: String) -> Salary? {
        guard mayHoldSalary(line) else { return nil }
        let chars = Array(line)
        var i = 0
        var amounts: [(value: Double, end: Int)] = []
        var currency: String?
        while i < chars.count {
            guard chars[i].isASCII, chars[i].isNumber else { i += 1; continue }
            let start = i
            var digits = ""
            while i < chars.count, chars[i].isNumber || ((chars[i] == "," || chars[i] == "." || chars[i] == " ")
                && i + 3 < chars.count && chars[i + 1].isNumber && chars[i + 2].isNumber && chars[i + 3].isNumber
                && (i + 4 >= chars.count || !chars[i + 4].isNumber)) {
                if chars[i].isNumber { digits.append(chars[i]) }
                i += 1
            }
            guard var value = Double(digits) else { continue }
            if i < chars.count, chars[i] == "k" || chars[i] == "K" { value *= 1000; i += 1 }
            let before = String(chars[max(0, start - 4)..<start])
            let after = String(chars[i..<min(chars.count, i + 5)])
            for (sym, code) in symbols where before.hasSuffix(sym) || before.hasSuffix(sym + " ")
                || after.hasPrefix(" " + sym) || after.hasPrefix(sym) { currency = currency ?? code; break }
            if currency == nil { currency = firstCode(in: before, after) }
            amounts.append((value, i))
            if amounts.count == 2 { break }
            // a range goes on after a dash or "to"
            let rest = String(chars[i..<min(chars.count, i + 8)]).lowercased()
            if !(rest.hasPrefix(" -") || rest.hasPrefix("-") || rest.hasPrefix(" –") || rest.hasPrefix("–")
                 || rest.hasPrefix(" to ") || rest.hasPrefix(" — ") || rest.hasPrefix(" € –")
                 || rest.hasPrefix(" €–")) {
                if currency != nil { break }
                amounts.removeAll()
            }
        }
        guard let currency, let first = amounts.first, first.value >= 10 else { return nil }
        var s = Salary(min: first.value, max: amounts.count > 1 ? amounts[1].value : first.value, currency: currency)
        let tail = String(chars[amounts.last!.end..<min(chars.count, amounts.last!.end + 20)]).lowercased()
        for (mark, p) in [("hour", "hour"), ("/hr", "hour"), ("year", "year"), ("annum", "year"), ("/yr", "year"),
                          ("month", "month"), ("week", "week"), ("day", "day")] where tail.contains(mark) {
            s.period = p
            break
        }
        return s
    }

    static let codeBytes = codes.map { Array($0.utf8) }

    /// The first of `codes` (in their order) that stands in either text.
    static func firstCode(in before: String, _ after: String) -> String? {
        guard before.utf8.allSatisfy({ $0 < 0x80 }), after.utf8.allSatisfy({ $0 < 0x80 }) else {
            return codes.first { before.contains($0) || after.contains($0) }
        }
        var before = before, after = after
        return before.withUTF8 { b in
            after.withUTF8 { a in
                codeBytes.firstIndex { bytesFind(b, $0) != nil || bytesFind(a, $0) != nil }.map { codes[$0] }
            }
        }
    }

    /// A cheap byte test that rules out most lines: a salary needs an ASCII
    /// digit and a currency symbol or code somewhere on the line.
    static func mayHoldSalary(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { b in
            guard b.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return false }
            if memchrContains(b, UInt8(ascii: "$")) { return true }
            var i = 0
            while i + 1 < b.count {
                let c = b[i], d = b[i + 1]
                // € ₹ (E2 82 AC, E2 82 B9), £ ¥ (C2 A3, C2 A5)
                if (c == 0xE2 && d == 0x82) || (c == 0xC2 && (d == 0xA3 || d == 0xA5)) { return true }
                i += 1
            }
            return codeBytes.contains { bytesFind(b, $0) != nil }
        }
    }
}
