/// Punycode (RFC 3492), for internationalised domain labels: `bücher` ⇄ `xn--bcher-kva`.
enum Punycode {
    private static let base = 36, tMin = 1, tMax = 26, skew = 38, damp = 700, initialBias = 72, initialN = 128

    private static func adapt(_ delta: Int, _ count: Int, _ first: Bool) -> Int {
        var delta = first ? delta / damp : delta / 2
        delta += delta / count
        var k = 0
        while delta > ((base - tMin) * tMax) / 2 {
            delta /= base - tMin
            k += base
        }
        return k + (base - tMin + 1) * delta / (delta + skew)
    }

    private static func digit(_ d: Int) -> Character {
        Character(Unicode.Scalar(UInt8(d < 26 ? 97 + d : 22 + d)))
    }

    /// The punycode of a label (without `xn--`); nil on overflow.
    static func encode(_ label: String) -> String? {
        let input = label.unicodeScalars.map { Int($0.value) }
        var output = String(label.unicodeScalars.filter(\.isASCII).map(Character.init))
        let basic = output.count
        var handled = basic
        if basic > 0 { output.append("-") }
        var n = initialN, delta = 0, bias = initialBias
        while handled < input.count {
            guard let m = input.filter({ $0 >= n }).min() else { break }
            let (mul, o1) = (m - n).multipliedReportingOverflow(by: handled + 1)
            guard !o1 else { return nil }
            delta += mul
            n = m
            for c in input {
                if c < n { delta += 1 }
                if c == n {
                    var q = delta, k = base
                    while true {
                        let t = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias)
                        if q < t { break }
                        output.append(digit(t + (q - t) % (base - t)))
                        q = (q - t) / (base - t)
                        k += base
                    }
                    output.append(digit(q))
                    bias = adapt(delta, handled + 1, handled == basic)
                    delta = 0
                    handled += 1
                }
            }
            delta += 1
            n += 1
        }
        return output
    }

    /// The Unicode label for punycode (without `xn--`); nil when it is not valid punycode.
    static func decode(_ text: String) -> String? {
        let chars = Array(text.unicodeScalars)
        var output: [Int] = []
        var start = 0
        if let dash = chars.lastIndex(of: "-") {
            for c in chars[..<dash] {
                guard c.isASCII else { return nil }
                output.append(Int(c.value))
            }
            start = dash + 1
        }
        var n = initialN, i = 0, bias = initialBias, pos = start
        while pos < chars.count {
            let oldi = i
            var w = 1, k = base
            while true {
                guard pos < chars.count else { return nil }
                let c = chars[pos].value
                pos += 1
                let d: Int
                switch c {
                case 0x30...0x39: d = Int(c) - 22
                case 0x41...0x5A: d = Int(c) - 0x41
                case 0x61...0x7A: d = Int(c) - 0x61
                default: return nil
                }
                let (dw, o) = d.multipliedReportingOverflow(by: w)
                guard !o, i <= Int.max - dw else { return nil }
                i += dw
                let t = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias)
                if d < t { break }
                w *= base - t
                guard w < 1 << 40 else { return nil }
                k += base
            }
            bias = adapt(i - oldi, output.count + 1, oldi == 0)
            n += i / (output.count + 1)
            i %= output.count + 1
            guard n <= 0x10FFFF, n >= 0x80 else { return nil }
            output.insert(n, at: i)
            i += 1
        }
        var s = ""
        for v in output {
            guard let u = Unicode.Scalar(UInt32(v)) else { return nil }
            s.unicodeScalars.append(u)
        }
        // Valid punycode has at least one non-ASCII character and round-trips.
        guard output.contains(where: { $0 >= 0x80 }), encode(s) == text.lowercased() else { return nil }
        return s
    }
}
