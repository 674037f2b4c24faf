import Foundation
import Testing

/// extract-emails on one page holding every common form, and the look-alikes
/// that are not addresses: exact output (bodies dropped without --keep-body).
@Suite struct ExtractEmailsTests {
    static let input = #"{"application_id": 7, "pages": [{"url": "https://acme.de/karriere", "role": "careers", "body": "<html><head><script type=\"application/ld+json\">{\"@type\":\"Organization\",\"email\":\"press@acme.de\"}</script></head><body><p>Recruiting: <a href=\"mailto:Anna.Schmidt@acme.de?subject=Bewerbung\">Anna Schmidt</a></p><p>Jobs: jobs [at] acme [dot] de, or b&#101;werbung&#64;acme.de</p><p><a href=\"/cdn-cgi/l/email-protection\" class=\"__cf_email__\" data-cfemail=\"422a300223212f276c2627\">[email&#160;protected]</a></p><img src=\"logo@2x.png\"><p>Write to yourname@example.com</p><style>@media screen{}</style></body></html>"}]}"#

    @Test func everyFormIsFoundAndNoLookAlike() throws {
        let r = try run("extract-emails", stdin: Self.input + "\n")
        #expect(r.status == 0 && r.stderr == "")
        #expect(r.stdout == #"{"application_id": 7, "pages": [{"url":"https://acme.de/karriere","role":"careers"}],"emails":[{"email":"press@acme.de","name":null,"position":null,"method":"jsonld","source_url":"https://acme.de/karriere","context":"{\"@type\":\"Organization\",\"email\":\"press@acme.de\"}"},{"email":"anna.schmidt@acme.de","name":"Anna Schmidt","position":"Recruiting","method":"mailto","source_url":"https://acme.de/karriere","context":"Recruiting: Anna Schmidt Jobs: jobs [at] acme [dot] de, or bewerbung@acme.de…"},{"email":"jobs@acme.de","name":null,"position":null,"method":"obfuscated","source_url":"https://acme.de/karriere","context":"Recruiting: Anna Schmidt Jobs: jobs [at] acme [dot] de, or bewerbung@acme.de [email protected] Write to…"},{"email":"bewerbung@acme.de","name":null,"position":null,"method":"text","source_url":"https://acme.de/karriere","context":"…Anna Schmidt Jobs: jobs [at] acme [dot] de, or bewerbung@acme.de [email protected] Write to yourname@example.com"},{"email":"hr@acme.de","name":null,"position":null,"method":"cfemail","source_url":"https://acme.de/karriere","context":"…Jobs: jobs [at] acme [dot] de, or bewerbung@acme.de [email protected] Write to yourname@example.com"}],"people":[]}"# + "\n")
    }

    @Test func keepBodyKeepsThePages() throws {
        let r = try run("extract-emails", ["--keep-body"], stdin: Self.input + "\n")
        #expect(r.stdout.hasPrefix(String(Self.input.dropLast())))
    }

    @Test func placeholdersOnlyOnRequest() throws {
        let line = #"{"pages":[{"body":"<p>yourname@example.com, team@shop.example</p>"}]}"#
        let r = try run("extract-emails", stdin: line + "\n")
        #expect(r.stdout.hasSuffix(#","emails":[],"people":[]}"# + "\n"))
        let kept = try run("extract-emails", ["--allow-placeholders"], stdin: line + "\n")
        #expect(try (object(kept.lines[0])["emails"] as! [[String: Any]]).map { $0["email"] as! String }
                == ["yourname@example.com", "team@shop.example"])
    }

    /// An internationalised domain, written both ways on one page: one address,
    /// in Unicode, with its punycode form beside it.
    @Test func internationalisedDomainOnceWithBothForms() throws {
        let input = #"{"pages":[{"url":"https://xn--bcher-kva.de/","body":"<p>hr@bücher.de</p><p>HR@XN--BCHER-KVA.DE</p>"}]}"#
        let r = try run("extract-emails", stdin: input + "\n")
        #expect(r.status == 0)
        #expect(r.stdout == #"{"pages":[{"url":"https://xn--bcher-kva.de/"}],"emails":[{"email":"hr@bücher.de","email_ascii":"hr@xn--bcher-kva.de","name":null,"position":null,"method":"text","source_url":"https://xn--bcher-kva.de/","context":"hr@bücher.de HR@XN--BCHER-KVA.DE"}],"people":[]}"# + "\n")
    }

    /// A mailto whose escape is not UTF-8 (`%FF`) gives no address with U+FFFD in it.
    @Test func aMailtoThatIsNotUTF8() throws {
        let line = #"{"body":"<a href=\"mailto:n%FF@acme.de\">x</a> <a href=\"mailto:a@acme.de,n%FF@acme.de\">y</a>"}"#
        let r = try run("extract-emails", stdin: line + "\n")
        #expect(r.status == 0 && r.stderr == "")
        #expect(r.stdout == #"{"emails":[{"email":"a@acme.de","name":null,"position":null,"method":"mailto","source_url":null,"context":"x y"}],"people":[]}"# + "\n")
    }
}

/// Addresses a page's script assembles for the reader, read without running
/// it: Joomla's cloaking, `document.write` of pieces and references, the
/// `<noscript>` spelling, and addresses glued to Japanese and Chinese text.
@Suite struct ExtractEmailsScriptTests {
    func emails(_ body: String) throws -> [String] {
        let line = try String(decoding: JSONSerialization.data(withJSONObject: ["body": body]), as: UTF8.self)
        let r = try run("extract-emails", stdin: line + "\n")
        #expect(r.status == 0 && r.stderr == "")
        return try (object(r.lines[0])["emails"] as! [[String: Any]]).map { "\($0["email"]!) \($0["method"]!)" }
    }

    @Test func joomlaCloaking() throws {
        let body = """
            <p>Vorstand: <span id="cloak1a2b">Diese E-Mail-Adresse ist vor Spambots geschützt!</span><script type='text/javascript'>
             document.getElementById('cloak1a2b').innerHTML = '';
             var prefix = '&#109;a' + 'i&#108;' + '&#116;o';
             var path = 'hr' + 'ef' + '=';
             var addy1a2b = 'v&#111;rst&#97;nd' + '&#64;';
             addy1a2b = addy1a2b + 'tsv-m&#117;st&#101;rd&#111;rf' + '&#46;' + 'd&#101;';
             var addy_text1a2b = 'v&#111;rst&#97;nd' + '&#64;' + 'tsv-m&#117;st&#101;rd&#111;rf' + '&#46;' + 'd&#101;';document.getElementById('cloak1a2b').innerHTML += '<a ' + path + '\\'' + prefix + ':' + addy1a2b + '\\'>'+addy_text1a2b+'<\\/a>';
            </script></p>
            """
        #expect(try emails(body) == ["vorstand@tsv-musterdorf.de obfuscated"])
    }

    @Test func documentWriteOfPieces() throws {
        #expect(try emails(#"<p>Mail: <script>document.write('<a href="mai' + 'lto:' + 'info' + '&#64;' + 'schreinerei-holz' + '.' + 'de">' + 'info' + '\x40' + 'schreinerei-holz.de</a>');</script></p>"#)
                == ["info@schreinerei-holz.de obfuscated"])
        #expect(try emails("<script>var u = 'anna.berger'; var d = \"kanzlei-berger.at\"; document.write(u + '@' + d);</script>")
                == ["anna.berger@kanzlei-berger.at obfuscated"])
        // Unknown pieces (a call, a name never assigned) make no address up.
        #expect(try emails("<script>document.write(user() + '@' + 'kanzlei-berger.at'); document.write(who + '@' + 'kanzlei-berger.at');</script>") == [])
    }

    @Test func noscriptSpelledOut() throws {
        #expect(try emails("<script>/* assembled */</script><noscript>maxDOTmeyer[AT]tischlerei-meyerDOTde</noscript>")
                == ["max.meyer@tischlerei-meyer.de obfuscated"])
        // Capitals inside words alone are not spelled addresses.
        #expect(try emails("<p>mATthew uses DOTnet and iPhoneATwork</p>") == [])
    }

    @Test func gluedToJapaneseAndChinese() throws {
        #expect(try emails("<p>お問い合わせはinfo@example-kk.co.jpまでご連絡ください。採用担当：saiyo@example-kk.co.jp（人事部）</p><p>联系邮箱hr@example-cn.com欢迎投递</p>")
                == ["info@example-kk.co.jp text", "saiyo@example-kk.co.jp text", "hr@example-cn.com text"])
    }
}

/// Names next to addresses in the forms pages write them; precision first.
@Suite struct ExtractEmailsNamesTests {
    func named(_ body: String) throws -> [String] {
        let line = try String(decoding: JSONSerialization.data(withJSONObject: ["body": body]), as: UTF8.self)
        let r = try run("extract-emails", stdin: line + "\n")
        #expect(r.status == 0 && r.stderr == "")
        return try (object(r.lines[0])["emails"] as! [[String: Any]]).map { e in
            "\(e["email"]!) \(e["name"] as? String ?? "-") (\(e["position"] as? String ?? "-"))"
        }
    }

    @Test func nameAddressListsAndJSONLD() throws {
        #expect(try named("<p>Questions: Dana Whitaker &lt;dana@acme-firm.com&gt;, or Tom Koch &lt;tkoch@acme-firm.com&gt;</p><p>Team: Eva Lind eva@acme-firm.com | Jan Falk jfalk@acme-firm.com</p>")
                == ["dana@acme-firm.com Dana Whitaker (-)", "tkoch@acme-firm.com Tom Koch (-)", "eva@acme-firm.com Eva Lind (-)",
                    "jfalk@acme-firm.com Jan Falk (-)"])
        #expect(try named(#"<script type="application/ld+json">{"@type":"Organization","contactPoint":{"@type":"ContactPoint","contactType":"HR","name":"Maria Gonzalez","email":"mgonzalez@acme-firm.com"}}</script>"#)
                == ["mgonzalez@acme-firm.com Maria Gonzalez (-)"])
    }

    @Test func hCardAndImpressum() throws {
        #expect(try named(#"<div class="vcard"><span class="fn">Claire Dubois</span>, <span class="title">Directrice des ressources humaines</span><br><a class="email" href="mailto:c.dubois@atelier-lyon.fr">Écrire</a></div>"#)
                == ["c.dubois@atelier-lyon.fr Claire Dubois (Directrice des ressources humaines)"])
        #expect(try named("<h2>Impressum</h2><p>Geschäftsführer: Thomas Vogel<br>E-Mail: t.vogel@vogel-bau.de</p>")
                == ["t.vogel@vogel-bau.de Thomas Vogel (Geschäftsführer)"])
    }

    /// No name where the page does not surely give one.
    @Test func noNameWithoutEvidence() throws {
        #expect(try named(
            "<p>Kontakt: info@vogel-bau.de, Geschäftsführer Thomas Vogel</p>"                       // a general address
            + "<p>Anna Roth und Jan Falk freuen sich auf Sie: team-a@vogel-bau.de</p>"             // two people, the address spells neither
            + "<h3>ST. LUCIA TIMES</h3><p>stluciatimes@vogel-bau.de</p>"                          // capitals
            + "<p>Deutsche Bahn Stiftung, Hauptstraße 1: stiftung.db@vogel-bau.de</p>")            // no given name
                == ["info@vogel-bau.de - (-)", "team-a@vogel-bau.de - (-)", "stluciatimes@vogel-bau.de - (-)", "stiftung.db@vogel-bau.de - (-)"])
    }
}
