import Foundation
import Testing

/// Names, positions, people, the company's address pattern and guesses, on
/// small company sites in German, English, French and Spanish served on
/// 127.0.0.1 (Tests/Fixtures/people-sites), through
/// fetch-page --discover | extract-emails | score-contacts --guess.
@Suite struct ScoreContactsPeopleTests {
    static let root = packageRoot.appendingPathComponent("Tests/Fixtures/people-sites")
    static let hosts = ["vogel-bau.example", "bellfirm.example", "atelier-dupont.example", "garcia-asesores.example",
                        "solo.example", "freemail.example", "contra.example"]

    /// Each record as one line: the pattern, then every contact as `email name (position) confidence [guessed]`.
    func summary(_ line: String) throws -> String {
        let o = try object(line)
        var out = "\(o["url"] as? String ?? "")"
        if let p = o["email_pattern"] as? [String: Any] {
            out += " pattern \(p["pattern"]!) support \(p["support"]!) contradicting \(p["contradicting"]!)"
        } else {
            out += " no pattern"
        }
        for c in o["contacts"] as? [[String: Any]] ?? [] {
            out += "\n  \(c["email"]!) \(c["name"] as? String ?? "-") (\(c["position"] as? String ?? "-")) \(c["confidence"]!)"
            if c["guessed"] as? Bool == true { out += " guessed \(c["pattern"]!)" }
        }
        return out
    }

    @Test func sitesInFourLanguages() throws {
        let server = try TestServer(root: Self.root)
        let input = Self.hosts.map { #"{"url":"http://\#($0):\#(server.port)/"}"# }.joined(separator: "\n") + "\n"
        let fetched = try run("fetch-page", ["--discover", "--delay", "0"] + server.resolve(Self.hosts), stdin: input)
        #expect(fetched.status == 0)
        let emails = try run("extract-emails", ["--allow-placeholders"], stdin: fetched.stdout)
        #expect(emails.status == 0 && emails.stderr == "")
        let scored = try run("score-contacts", ["--guess"], stdin: emails.stdout)
        #expect(scored.status == 0 && scored.stderr == "")
        let got = try scored.lines.map(summary).joined(separator: "\n").replacingOccurrences(of: ":\(server.port)", with: "")
        #expect(got == """
            http://vogel-bau.example/ pattern {first}.{last} support 3 contradicting 0
              bewerbung@vogel-bau.example - (-) 0.9
              katrin.vogel@vogel-bau.example Katrin Vogel (Leiterin Personal) 0.85
              sabine.kraemer@vogel-bau.example Sabine Krämer (Personalreferentin) 0.55 guessed {first}.{last}
              hans-peter.vonderheide@vogel-bau.example Hans-Peter von der Heide (-) 0.85
              juergen.mueller@vogel-bau.example Jürgen Müller (Bauleiter) 0.8
              info@vogel-bau.example - (-) 0.75
              thomas.vogel@vogel-bau.example Thomas Vogel (Geschäftsführer) 0.45 guessed {first}.{last}
            http://bellfirm.example/ pattern {f}{last} support 3 contradicting 0
              careers@bellfirm.example - (-) 0.85
              mbell@bellfirm.example Marcus Bell (Talent Partner) 0.8
              dwhitaker@bellfirm.example Dana Whitaker (recruiter) 0.55 guessed {f}{last}
              praman@bellfirm.example Priya Raman (Head of Data) 0.55 guessed {f}{last}
              ochen@bellfirm.example Olivia Chen (Engineering Manager) 0.85
              soneill@bellfirm.example Sean O'Neill (CTO) 0.8
              press@bellfirm.example - (-) 0.6
            http://atelier-dupont.example/ pattern {first}.{last} support 2 contradicting 0
              recrutement@atelier-dupont.example - (-) 0.85
              francois.lefevre@atelier-dupont.example François Lefèvre (Chargé de recrutement) 0.8
              amelie.girard@atelier-dupont.example Amélie Girard (Responsable RH) 0.5 guessed {first}.{last}
              elodie.dupont@atelier-dupont.example Élodie Dupont (Directrice) 0.85
              contact@atelier-dupont.example - (-) 0.7
            http://garcia-asesores.example/ pattern {first}.{last} support 2 contradicting 0
              empleo@garcia-asesores.example - (-) 0.85
              carmen.ortega@garcia-asesores.example Carmen Ortega (Responsable de selección) 0.5 guessed {first}.{last}
              javier.ruiz@garcia-asesores.example Javier Ruiz (Abogado) 0.8
              lucia.fernandez@garcia-asesores.example Lucía Fernández (Gerente) 0.8
              pablo.nunez@garcia-asesores.example Pablo Núñez (Asesor fiscal) 0.4 guessed {first}.{last}
            http://solo.example/ pattern {first}.{last} support 1 contradicting 0
              anna.schmidt@solo.example Anna Schmidt (Inhaberin) 0.7
            http://freemail.example/ no pattern
              paula.lustig@gmx.de Paula Lustig (Buchhaltung) 0.35
              peter.lustig@gmx.de Peter Lustig (Inhaber) 0.35
            http://contra.example/ pattern {first}.{last} support 1 contradicting 1
              anna.berg@contra.example Anna Berg (Founder) 0.7
              bkurz@contra.example Ben Kurz (Lead Developer) 0.7
            """)
        // a seen recruiting person ranks with the role addresses, and says why
        let bell = try scored.lines.map(object).flatMap { $0["contacts"] as? [[String: Any]] ?? [] }
            .first { $0["email"] as? String == "mbell@bellfirm.example" }
        #expect((bell?["reasons"] as? [String])?.last == "recruiting person (Talent Partner)")
    }

    /// A team card, a table row, a posting's contact and the manager: exact extract-emails output.
    @Test func namesPositionsAndPeopleExactly() throws {
        let body = #"<div class=\"card\"><h3>Katrin Vogel</h3><p>Leiterin Personal</p><p><a href=\"mailto:k.vogel@vogel-bau.de\">E-Mail</a></p></div><table><tr><td>Marcus Bell</td><td>Talent Partner</td><td>mbell@vogel-bau.de</td></tr></table><p>Ihre Ansprechpartnerin: Sabine Krämer, Personalreferentin</p><p>Du berichtest an Jonas Weber.</p><p>Kontakt: info@vogel-bau.de, Geschäftsführer Thomas Vogel</p>"#
        let r = try run("extract-emails", stdin: #"{"url":"https://vogel-bau.de/team","body":"\#(body)"}"# + "\n")
        #expect(r.status == 0 && r.stderr == "")
        #expect(r.stdout == #"{"url":"https://vogel-bau.de/team","emails":[{"email":"k.vogel@vogel-bau.de","name":"Katrin Vogel","position":"Leiterin Personal","method":"mailto","source_url":"https://vogel-bau.de/team","context":"Katrin Vogel Leiterin Personal E-Mail Marcus Bell Talent Partner mbell@vogel-bau.de…"},{"email":"mbell@vogel-bau.de","name":"Marcus Bell","position":"Talent Partner","method":"text","source_url":"https://vogel-bau.de/team","context":"…Leiterin Personal E-Mail Marcus Bell Talent Partner mbell@vogel-bau.de Ihre Ansprechpartnerin: Sabine Krämer,…"},{"email":"info@vogel-bau.de","name":null,"position":null,"method":"text","source_url":"https://vogel-bau.de/team","context":"…Du berichtest an Jonas Weber. Kontakt: info@vogel-bau.de, Geschäftsführer Thomas Vogel"}],"people":[{"name":"Sabine Krämer","position":"Personalreferentin","source_url":"https://vogel-bau.de/team","context":"Ihre Ansprechpartnerin: Sabine Krämer, Personalreferentin"},{"name":"Jonas Weber","position":null,"source_url":"https://vogel-bau.de/team","context":"Du berichtest an Jonas Weber."}]}"# + "\n")
    }

    /// --check-mx against a DNS server of the test's own: MX, null MX, the
    /// implicit MX of an A record, no records, no such domain, no answer; each domain asked once.
    @Test func checkMX() throws {
        let dns = try DNSServer()
        let domains = ["mx.test", "nullmx.test", "aonly.test", "nothing.test", "missing.test", "silent.test"]
        let record = #"{"emails":["# + domains.map { #"{"email":"jobs@\#($0)"}"# }.joined(separator: ",") + "]}"
        let r = try run("score-contacts", ["--check-mx", "--dns-server", dns.address, "--dns-timeout", "1"],
                        stdin: record + "\n" + record + "\n")
        #expect(r.status == 0 && r.stderr == "")
        #expect(r.lines.count == 2)
        for line in r.lines {
            let contacts = try object(line)["contacts"] as! [[String: Any]]
            let mx = Dictionary(uniqueKeysWithValues: contacts.map { ($0["email"] as! String, $0["mx"].map { "\($0)" } ?? "absent") })
            #expect(mx == ["jobs@mx.test": "1", "jobs@nullmx.test": "0", "jobs@aonly.test": "1", "jobs@nothing.test": "0",
                           "jobs@missing.test": "0", "jobs@silent.test": "<null>"])
            let nullMX = contacts.first { $0["email"] as? String == "jobs@nullmx.test" }!
            #expect((nullMX["reasons"] as! [String]).last == "domain accepts no mail")
        }
        // Once per domain for the run: MX for all, then A (and AAAA) only where no MX came.
        let asked = dns.questions.filter { !$0.hasPrefix("silent.test") }
        #expect(asked.sorted() == ["aonly.test A", "aonly.test MX", "missing.test MX", "mx.test MX", "nothing.test A",
                                   "nothing.test AAAA", "nothing.test MX", "nullmx.test MX"])
    }

    @Test func badDNSServer() throws {
        let r = try run("score-contacts", ["--check-mx", "--dns-server", "dns.example:53"], stdin: "")
        #expect(r.status == 64)
        #expect(r.stderr.contains("--dns-server 'dns.example:53' is not an IPv4 address"))
    }
}

/// The pattern's pairs: a name given next to an address, or learned from a
/// person named elsewhere whose name the address spells; umlauts as the
/// company writes them; and no guess from one pair.
@Suite struct EmailPatternTests {
    func scored(_ record: String, _ args: [String] = ["--guess"]) throws -> [String: Any] {
        let r = try run("score-contacts", args, stdin: record + "\n")
        #expect(r.status == 0 && r.stderr == "")
        return try object(r.lines[0])
    }

    func guessed(_ o: [String: Any]) -> [String] {
        (o["contacts"] as! [[String: Any]]).filter { $0["guessed"] as? Bool == true }.map { "\($0["email"]!) \($0["confidence"]!)" }
    }

    @Test func aNameLearnedFromAnAddressIsAPair() throws {
        let o = try scored(#"{"url":"https://acme.de/","emails":[{"email":"anna.schmidt@acme.de"},{"email":"jan.falk@acme.de","name":"Jan Falk"}],"people":[{"name":"Anna Schmidt","position":"Teamleiterin"},{"name":"Eva Lind","position":"Recruiterin","source_url":"https://acme.de/jobs"}]}"#)
        let pattern = o["email_pattern"] as! [String: Any]
        #expect(pattern["pattern"] as? String == "{first}.{last}" && pattern["support"] as? Int == 2)
        #expect(guessed(o) == ["eva.lind@acme.de 0.5"])
        let anna = (o["contacts"] as! [[String: Any]]).first { $0["email"] as? String == "anna.schmidt@acme.de" }!
        #expect(anna["name"] as? String == "Anna Schmidt" && anna["position"] as? String == "Teamleiterin")
    }

    @Test func umlautsParticlesAndEndingsAsTheCompanyWritesThem() throws {
        // The examples drop the umlaut (mueller would be ue): the guess does too.
        let dropped = try scored(#"{"url":"https://acme.de/","emails":[{"email":"jurgen.muller@acme.de","name":"Jürgen Müller"},{"email":"kai.bohm@acme.de","name":"Kai Böhm"}],"people":[{"name":"Sören Kühn"}]}"#)
        #expect(guessed(dropped) == ["soren.kuhn@acme.de 0.4"])
        // Particles joined, a constant ending kept: {first}.{last}.mp
        let ending = try scored(#"{"url":"https://parl.uk/","emails":[{"email":"anna.vanderberg.mp@parl.uk","name":"Anna van der Berg"},{"email":"neil.obrien.mp@parl.uk","name":"Neil O'Brien"}],"people":[{"name":"Mark Di Stefano"}]}"#)
        #expect((ending["email_pattern"] as! [String: Any])["pattern"] as? String == "{first}.{last}.mp")
        #expect(guessed(ending) == ["mark.distefano.mp@parl.uk 0.4"])
    }

    @Test func noGuessFromOnePairAFreeProviderOrContradictions() throws {
        #expect(guessed(try scored(#"{"url":"https://acme.de/","emails":[{"email":"anna.roth@acme.de","name":"Anna Roth"}],"people":[{"name":"Eva Lind"}]}"#)) == [])
        #expect(guessed(try scored(#"{"url":"https://acme.de/","emails":[{"email":"anna.roth@gmail.com","name":"Anna Roth"},{"email":"jan.falk@gmail.com","name":"Jan Falk"}],"people":[{"name":"Eva Lind"}]}"#)) == [])
        let contra = try scored(#"{"url":"https://acme.de/","emails":[{"email":"anna.roth@acme.de","name":"Anna Roth"},{"email":"jan.falk@acme.de","name":"Jan Falk"},{"email":"tkoch@acme.de","name":"Tom Koch"}],"people":[{"name":"Eva Lind"}]}"#)
        #expect((contra["email_pattern"] as! [String: Any])["contradicting"] as? Int == 1)
        #expect(guessed(contra) == [])
        // Without --guess: the pattern, no guesses.
        let plain = try scored(#"{"url":"https://acme.de/","emails":[{"email":"anna.roth@acme.de","name":"Anna Roth"},{"email":"jan.falk@acme.de","name":"Jan Falk"}],"people":[{"name":"Eva Lind"}]}"#, [])
        #expect(plain["email_pattern"] != nil && guessed(plain) == [])
    }
}
