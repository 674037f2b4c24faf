import Testing
@testable import JobPipe

/// Finds on one page as `email method name` lines.
func finds(_ html: String, placeholders: Bool = false) -> [String] {
    EmailExtraction(allowPlaceholders: placeholders).emails(inBody: html, sourceURL: "https://acme.de/kontakt").map {
        "\($0.email) \($0.method.rawValue) \($0.name ?? "-")"
    }
}

/// Each form in which pages write an address, and each place they put it.
@Suite struct EmailFormsTests {
    @Test func mailtoLinks() {
        #expect(finds(#"<a href="mailto:Erika.Roe@Acme.de?subject=Hi">Erika Roe</a>"#) == ["erika.roe@acme.de mailto Erika Roe"])
        #expect(finds(#"<a href="MAILTO:jobs%40acme.de">E-Mail</a>"#) == ["jobs@acme.de mailto -"])
        #expect(finds(#"<a href="mailto:a@acme.de,b@acme.de;c@acme.de" title="Max Muster">Write</a>"#)
            == ["a@acme.de mailto Max Muster", "b@acme.de mailto -", "c@acme.de mailto -"])
        #expect(finds(#"<a href="mailto:?subject=Look&body=x">share</a>"#) == [])
    }

    /// Escapes that decode to bytes that are not UTF-8 make no address (they
    /// made `n\u{FFFD}@acme.de`); the other addresses of the link stand.
    @Test func mailtoEscapesThatAreNotUTF8() {
        #expect(!EmailSyntax.isValid("n\u{FFFD}@acme.de"))
        #expect(!EmailSyntax.isValid("n@acme\u{FFFD}.de"))
        #expect(EmailSyntax.isValid("nü@acme.de"))
        #expect(MailtoLink.addresses("mailto:n%FF@acme.de") == [])
        #expect(MailtoLink.addresses("mailto:a@acme.de,n%FF@acme.de%2Cb@acme.de") == ["a@acme.de", "b@acme.de"])
        #expect(MailtoLink.addresses("mailto:j%C3%BCrgen@acme.de") == ["jürgen@acme.de"])
        #expect(MailtoLink.addresses("mailto:j%C3@acme.de") == [])
        #expect(finds(#"<a href="mailto:n%FF@acme.de">Erika Roe</a>"#) == [])
        #expect(finds(#"<a href="mailto:n%FF@acme.de,jobs@acme.de">Jobs</a>"#) == ["jobs@acme.de mailto -"])
        // TYPO3's encryption, percent-encoded around a %FF: still no address.
        #expect(finds(#"<a href="javascript:linkTo_UnCryptMailto(%27nbjmup%2Bo%FFAbdnf%5C%2Fef%27);">x</a>"#) == [])
    }

    @Test func textAndEntities() {
        #expect(finds("<p>Write to jobs@acme.de.</p>") == ["jobs@acme.de text -"])
        #expect(finds("<p>&#x69;&#110;fo&#64;acme&#46;de</p>") == ["info@acme.de text -"])
        #expect(finds("<p>info<span>@</span>acme.de</p>") == ["info@acme.de text -"])
        #expect(finds(#"<p>info<img alt="@" src="at.gif">acme.de</p>"#) == ["info@acme.de text -"])
        #expect(finds("<span>Tel 030 1234</span><span>hr@acme.de</span><span>ACME</span>") == ["hr@acme.de text -"])
        // A local part with letters beyond ASCII is not cut down to its ASCII tail;
        // quotes and dashes outside ASCII are boundaries.
        #expect(finds("<p>Jöbs@bücher.de »jobs@acme.de« „hr@acme.de“ –info@acme.de</p>")
            == ["jobs@acme.de text -", "hr@acme.de text -", "info@acme.de text -"])
        // ...but an element boundary ends a name, and scripts written without
        // spaces run straight into an address.
        #expect(finds("<p>Herr Müller<span>jobs@acme.de</span></p>") == ["jobs@acme.de text -"])
        #expect(finds("<p>Société<span>rh@acme.fr</span></p>") == ["rh@acme.fr text -"])
        #expect(finds("<p>Herr Müller</p><p>Jöbs@acme.de</p>") == [])
        #expect(finds("<p>邮箱hr@acme.cn 电话</p><p>メールinfo@acme.jp</p>") == ["hr@acme.cn text -", "info@acme.jp text -"])
    }

    @Test(arguments: [
        "info [at] acme [dot] de", "info(at)acme.de", "info{at}acme.de", "info (at) acme (dot) de", "info[ät]acme.de",
        "info AT acme DOT de", "info at acme dot de", "info(@)acme.de", "info [@] acme.de",
    ])
    func spelledOut(text: String) {
        #expect(finds("<p>Mail: \(text) – thanks</p>") == ["info@acme.de obfuscated -"])
    }

    @Test func wordsThatAreNotSpelledOut() {
        #expect(finds("<p>Meet us at acme.de or at the fair.</p>") == [])
        #expect(finds("<p>Staff at St. Lucia Times</p>") == [])
    }

    @Test func reversedByStyle() {
        #expect(finds(#"<span style="unicode-bidi:bidi-override; direction: RTL;">ed.emca@sboj</span>"#) == ["jobs@acme.de obfuscated -"])
        #expect(finds(#"<span>ed.emca@sboj</span>"#) == [], "only where a style reverses it")
    }

    @Test func cloudflare() {
        // "jobs@acme.de" under key 0x42.
        let hex = "42" + Array("jobs@acme.de".utf8).map { String($0 ^ 0x42, radix: 16) }.map { $0.count == 1 ? "0" + $0 : $0 }.joined()
        #expect(finds(#"<span class="__cf_email__" data-cfemail="\#(hex)">[email&#160;protected]</span>"#) == ["jobs@acme.de cfemail -"])
        #expect(finds(#"<a href="/cdn-cgi/l/email-protection#\#(hex)">Mail</a>"#) == ["jobs@acme.de cfemail -"])
    }

    @Test func typo3() {
        #expect(finds(#"<a href="javascript:linkTo_UnCryptMailto('nbjmup+jogpAefvutdifxfjof\/ef');">info[at]x</a>"#)
            == ["info@deutscheweine.de obfuscated -"])
        #expect(finds(#"<a href="javascript:linkTo_UnCryptMailto(%27rfnqyt%5C%2FgthpjqrfssEipwe3ij%27);">Hendrik Bockelmann</a>"#)
            == ["bockelmann@dkrz.de obfuscated Hendrik Bockelmann"])
        #expect(finds("<!-- <a href=\"javascript:linkTo_UnCryptMailto('nbjmup+jogpAgmwx\\/ef');\">x</a> -->") == ["info@flvw.de obfuscated -"])
        // In an event handler, with no colon anywhere.
        #expect(finds(##"<a href="#" onclick="linkTo_UnCryptMailto('nbjmup+kpctAbdnf/ef');return false">Jobs</a>"##)
            == ["jobs@acme.de obfuscated -"])
    }

    @Test func hiddenPlaces() {
        #expect(finds(#"<meta name="author" content="Jane Roe, jane@acme.de">"#) == ["jane@acme.de attribute -"])
        #expect(finds(#"<div data-email="hr@acme.de"></div>"#) == ["hr@acme.de attribute -"])
        #expect(finds(#"<iframe src="https://cal.example.net/embed?src=team%40acme.de&amp;x=1"></iframe>"#) == ["team@acme.de attribute -"])
        #expect(finds(#"<script type="application/ld+json">{"@type":"Organization","email":"mailto:office@acme.de"}</script>"#)
            == ["office@acme.de jsonld -"])
        // A JSON-LD Person names its address; an Organization's name is no person's.
        // (The block's raw scan finds Clara's address again: one entry, the named find.)
        #expect(finds(#"<script type="application/ld+json">{"@type":"JobPosting","contactPoint":{"@type":"Person","name":"Clara Novak","email":"Clara.Novak@acme.de"},"hiringOrganization":{"@type":"Organization","name":"Acme Werke","email":"jobs@acme.de"}}</script>"#)
            == ["clara.novak@acme.de jsonld Clara Novak", "jobs@acme.de jsonld -"])
        #expect(finds(#"<script>var s = {"email":"s&#101;minare&#64;acme.de", "u":"\u0040x"}</script>"#) == ["seminare@acme.de text -"])
        #expect(finds("<!-- contact: webteam@acme.de -->") == ["webteam@acme.de text -"])
        // Source maps: the bundled libraries' authors, not the site's contacts.
        #expect(finds(#"<script>var m = {"version":3,"sources":["webpack:///./node_modules/x/index.js"],"sourcesContent":["/*! x v1 (c) Jo Dev <jo@xlib-dev.io> */"],"mappings":"AAAA"};</script>"#) == [])
        #expect(finds("<script>app();\n//# sourceMappingURL=https://deploy@cdn.acme.de/app.js.map</script>") == [])
    }

    @Test func lookAlikesOnPages() {
        let page = """
        <style>@media (max-width: 600px) { a { color: red } } @import url(x@2x.css);</style>
        <img src="/img/logo@2x.png" srcset="/img/logo@3x.png 3x">
        <script src="https://unpkg.com/vue@2.6.12/dist/vue.js"></script>
        <script>Sentry.init({dsn: "https://b9182fe15766496ea7d9d6dbe35a0b2f@o4682.ingest.sentry.io/1"})</script>
        <a href="https://www.tiktok.com/@acme.de">TikTok</a> <a href="https://medium.com/@jane.doe">Jane</a>
        <a href="ftp://user:secret@files.acme.de/">files</a> <p>E-Mobilität @ EFAHRER.com, 50 %20info@acme.de</p>
        <input placeholder="yourname@example.com"><p>melanie .earley@stuff.co.nz</p>
        """
        #expect(finds(page) == ["info@acme.de text -"])
        #expect(finds(#"<input placeholder="yourname@example.com">"#, placeholders: true) == ["yourname@example.com attribute -"])
    }
}
