extension Board {
    /// Hosts of applicant-tracking systems that give each employer a
    /// subdomain of its own: "acme.wd5.myworkdayjobs.com", "acme.teamtailor.com".
    static let accountHosts: Set<String> = ["myworkdayjobs", "teamtailor", "bamboohr", "breezy", "applytojob", "icims",
                                            "taleo", "workable", "pinpointhq", "softgarden", "recruitee", "personio"]

    /// The employer's account on the applicant-tracking system a posting's URL
    /// is on ("acme" for jobs.lever.co/acme/…, acme.wd5.myworkdayjobs.com,
    /// careers-acme.icims.com), or nil for any other site.
    public static func account(of url: WebURL) -> String? {
        if let board = from(url: url) { return board.name }
        guard url.isHTTP else { return nil }
        let labels = url.host.lowercased().split(separator: ".").map(String.init)
        guard labels.count >= 3, labels.dropFirst().contains(where: { accountHosts.contains($0) }) else { return nil }
        var name = labels[0]
        for prefix in ["careers-", "jobs-"] where name.hasPrefix(prefix) { name.removeFirst(prefix.count) }
        return ["www", "app", "api", "jobs", "careers", "apply"].contains(name) || name.isEmpty ? nil : name
    }
}
