import Testing
@testable import JobPipe

/// The element that holds the posting's own text (MainContent.swift).
@Suite struct MainContentTests {
    func main(_ html: String) -> String? {
        var bytes = Array(html.utf8)
        return bytes.withUnsafeMutableBufferPointer { buf in
            let doc = HTMLTree(borrowing: UnsafeBufferPointer(buf), url: nil)
            return withExtendedLifetime(doc) { MainContent.element(in: doc).map { PlainText.of($0, skippingChrome: true) } }
        }
    }

    @Test func aTemplatesIndentationIsNoText() throws {
        // an accordion of short facts, its children indented by dozens of spaces each, beside the duties: the
        // white space is no text written into the block ("div as paragraph"), the duties are the posting
        let indent = "\n" + String(repeating: " ", count: 60)
        let panel = { (label: String, value: String) in
            "<div class=\"panel\">\(indent)<h4>\(label)</h4>\(indent)<div class=\"content\">\(value)</div>\(indent)</div>"
        }
        let accordion = "<div class=\"accordion\">" + (1...8).map { panel("Fact \($0)", "Value \($0)") }.joined(separator: indent)
            + indent + "</div>"
        let duties = (1...3).map { "<li>Plan, execute and optimise paid campaigns on Google Ads and Meta Ads, number \($0).</li>" }
        let page = "<html><body><div class=\"job\"><h2>Key Responsibilities</h2><ul>" + duties.joined() + "</ul>"
            + "<div class=\"facts\">" + accordion + "</div></div></body></html>"
        let text = try #require(main(page))
        #expect(text.contains("Plan, execute and optimise paid campaigns"))
    }

    @Test func aCallToApplyBetweenSectionsIsPassedOver() throws {
        // one full-width block per section, a block of links alone between them ("Apply" / "Back to careers"): the
        // sections after it go on with the posting
        let section = { (heading: String, text: String) in "<div class=\"container\"><h3>\(heading)</h3><p>\(text)</p></div>" }
        let page = "<html><body><header><a href=\"/\">Acme</a></header>"
            + section("PHP Developer", "We are looking for skilled engineers to join our company and develop our identity management software.")
            + "<div class=\"container\"><a href=\"#apply\"><h3>Apply for Job opening.</h3></a><p><a href=\"/careers.html\">Back to careers</a></p></div>"
            + section("We would appreciate the following skills", "Minimum 3 years of experience with our stack: PHP, MySQL, Symfony and Git.")
            + "<footer>© Acme</footer></body></html>"
        var bytes = Array(page.utf8)
        let p = try #require(bytes.withUnsafeMutableBufferPointer { PostingReader.read(html: UnsafeBufferPointer($0), url: nil) })
        #expect(p.description?.contains("Symfony") == true, "\(p.description ?? "nil")")
        #expect(p.description?.contains("Apply for Job opening") != true)
    }

    @Test func theHeadedCardsBesideTheDescriptionsCardGoOnWithThePosting() throws {
        // a board that splits a posting into headed cards ("Requisitos" / "Descripción", an <article> each): the
        // card of requirements before the description's goes with it; the board's card of other offers does not
        let card = { (heading: String, body: String) in "<article class=\"box\"><h3>\(heading)</h3>\(body)</article>" }
        let facts = "<dl><dt>Sector</dt><dd>Energía</dd><dt>Categoría</dt><dd>Informática</dd></dl>"
        let paragraph = "<p>En Nordlicht buscamos una persona apasionada por los datos para nuestro equipo de Data en Santander, con "
            + "visión estratégica y un enfoque orientado a resultados en un entorno dinámico.</p>"
        let page = "<html><body><header><a href=\"/\">Board</a></header><section class=\"offer\"><div class=\"panel\">"
            + card("Requisitos", "<dl><dt>Requisitos mínimos</dt><dd><p>- Amplia experiencia en SQL y competencia en Python para el análisis de datos.</p></dd></dl>")
            + card("Descripción", "<div class=\"text\">" + String(repeating: paragraph, count: 4) + "</div>" + facts)
            + card("Ofertas similares", "<ul><li>Data Analyst en Madrid, una oferta de otra empresa de energía.</li><li>Data Engineer en Bilbao, otra oferta de la semana pasada.</li></ul>")
            + "</div></section><footer>© Board</footer></body></html>"
        var bytes = Array(page.utf8)
        let p = try #require(bytes.withUnsafeMutableBufferPointer { PostingReader.read(html: UnsafeBufferPointer($0), url: nil) })
        #expect(p.description?.contains("competencia en Python") == true, "\(p.description ?? "nil")")
        #expect(p.description?.contains("Ofertas similares") != true)
        #expect(p.skills.map(\.name).contains("Python"))
    }

    @Test func textWrittenStraightIntoABlockCountsAsItShows() {
        #expect(Array("a  b\n\n   c".utf8).withUnsafeBufferPointer { MainContent.shownLength($0) } == 5)
        #expect(Array("   ".utf8).withUnsafeBufferPointer { MainContent.shownLength($0) } == 1)
    }
}
