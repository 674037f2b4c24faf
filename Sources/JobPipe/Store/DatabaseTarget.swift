/// What `--db` / `JOBPIPE_DB` names: a PostgreSQL URL (`postgresql://…` or
/// `postgres://…`) or else the path of a SQLite file.
public enum DatabaseTarget {
    public static func isPostgres(_ target: String) -> Bool {
        target.hasPrefix("postgresql://") || target.hasPrefix("postgres://")
    }

    /// The target without its password: the `user:password@` of a URL loses
    /// `:password`, and a `password=` query parameter is left out.
    public static func redacted(_ target: String) -> String {
        guard let colon = target.firstIndex(of: ":"), target[colon...].hasPrefix("://") else { return target }
        let afterScheme = target.index(colon, offsetBy: 3)
        let head = target[..<afterScheme]
        var rest = Substring(target[afterScheme...])
        var query: Substring = ""
        if let q = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: q)...]
            rest = rest[..<q]
        }
        let authorityEnd = rest.firstIndex(of: "/") ?? rest.endIndex
        var authority = rest[..<authorityEnd]
        let path = rest[authorityEnd...]
        if let at = authority.lastIndex(of: "@") {
            let userinfo = authority[..<at]
            let user = userinfo.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            authority = user + authority[at...]
        }
        var out = head + authority + path
        let params = query.split(separator: "&").filter { !$0.lowercased().hasPrefix("password=") }
        if !params.isEmpty { out += "?" + params.joined(separator: "&") }
        return String(out)
    }

    /// SQL written with SQLite's numbered parameters `?1…?N`, with each
    /// rewritten as PostgreSQL's `$1…$N` (outside quoted text and names).
    public static func numberedParameters(_ sql: String) -> String {
        let chars = Array(sql)
        var out = ""
        out.reserveCapacity(chars.count)
        var quote: Character?
        for (i, ch) in chars.enumerated() {
            if let q = quote {
                if ch == q { quote = nil }
                out.append(ch)
            } else if ch == "'" || ch == "\"" {
                quote = ch
                out.append(ch)
            } else if ch == "?", i + 1 < chars.count, chars[i + 1].isASCII, chars[i + 1].isNumber {
                out.append("$")
            } else {
                out.append(ch)
            }
        }
        return out
    }
}
