extension Fuzz {
    /// Salaries from a line of posting text, and from the input read as a
    /// schema.org MonetaryAmount when it is JSON: amounts are finite
    /// numbers, currencies and periods from the reader's own lists.
    static func salary(_ data: UnsafeBufferPointer<UInt8>) {
        let line = text(data)
        let periods: Set<String?> = [nil, "hour", "day", "week", "month", "year"]
        if let s = SalaryReader.text(line) {
            check(SalaryReader.mayHoldSalary(line), "a salary read from a line the quick look rules out")
            check(s.min.map { $0.isFinite && $0 >= 10 } ?? false, "minimum \(String(describing: s.min)) from \(line.debugDescription)")
            check(s.max.map { $0.isFinite } ?? false, "maximum \(String(describing: s.max)) from \(line.debugDescription)")
            check(s.currency.map(SalaryReader.codes.contains) ?? false, "currency \(String(describing: s.currency))")
            check(periods.contains(s.period), "period \(String(describing: s.period))")
        }
        if let value = try? JSON.parse(data), let s = SalaryReader.schema(value) {
            check(s.min != nil || s.max != nil, "a schema salary without an amount")
            check(periods.contains(s.period), "period \(String(describing: s.period))")
            _ = s.json
        }
    }
}
