import Testing
@testable import JobPipe

/// Discovery's choice of links: French and Spanish sites, same site only.
@Suite struct DiscoveryTests {
    func picks(_ html: String, base: String) -> [String] {
        DiscoveryLinks.best(in: html, base: WebURL(base)!, taken: [], seen: [base]).map { "\($0.0) \($0.1.pathAndQuery)" }
    }

    @Test func frenchSite() {
        let html = """
            <a href="/nous-contacter">Nous contacter</a> <a href="/emplois/">Emplois</a>
            <a href="/mentions-legales">Mentions légales</a> <a href="/qui-sommes-nous">Qui sommes-nous</a>
            <a href="https://evil.example/contact">Contact</a>
            """
        #expect(picks(html, base: "https://acme.fr/") == ["contact /nous-contacter", "careers /emplois/", "imprint /mentions-legales", "about /qui-sommes-nous"])
    }

    @Test func spanishSiteAndOtherSitesLeftOut() {
        let html = """
            <a href="https://www.acme.es/contacto">Contacto</a> <a href="/trabaja-con-nosotros">Trabaja con nosotros</a>
            <a href="/aviso-legal">Aviso legal</a> <a href="https://jobs.other.example/empleo">Empleo</a>
            <a href="mailto:hr@acme.es">hr</a>
            """
        #expect(picks(html, base: "https://acme.es/") == ["contact /contacto", "careers /trabaja-con-nosotros", "imprint /aviso-legal"])
    }
}
