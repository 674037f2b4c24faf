import Testing
@testable import JobPipe

/// Names and positions from hCard (microformats v1 `vcard`) and h-card (microformats2) markup.
@Suite struct ContactCardTests {
    /// Each address as `email name (position)`, `-` for none.
    func named(_ body: String) -> [String] {
        EmailExtraction().scan(body, sourceURL: nil).emails.map { "\($0.email) \($0.name ?? "-") (\($0.position ?? "-"))" }
    }

    @Test func hCardV1WithMailtoAndWithout() {
        // The link's text says nothing; the card's fn and title do.
        #expect(named(#"<div class="vcard"><span class="fn">Claire Dubois</span><span class="title">Directrice des ressources humaines</span><a class="email" href="mailto:rh-direction@atelier-lyon.fr">Écrire</a></div>"#)
                == ["rh-direction@atelier-lyon.fr Claire Dubois (Directrice des ressources humaines)"])
        // The address as text in the card, the name from `n` (given-name, family-name), the position from `role`.
        #expect(named(#"<ul><li class="vcard"><span class="n"><span class="given-name">Jürgen</span> <span class="family-name">Kästner</span></span> – <span class="role">Ausbildung</span> <span class="email">azubi-team@kaestner-bau.de</span></li></ul>"#)
                == ["azubi-team@kaestner-bau.de Jürgen Kästner (Ausbildung)"])
    }

    @Test func hCardV2WithMailtoAndWithout() {
        #expect(named(#"<article class="h-card"><h3 class="p-name">Lucía Fernández</h3><p class="p-job-title">Responsable de selección</p><a class="u-email" href="mailto:seleccion.madrid@ibertec.es">Correo</a></article>"#)
                == ["seleccion.madrid@ibertec.es Lucía Fernández (Responsable de selección)"])
        #expect(named(#"<div class="h-card"><span class="p-given-name">Dana</span> <span class="p-family-name">Whitaker</span><br><span class="p-role">Talent Partner</span><br>write: d.w.office@acme-firm.com</div>"#)
                == ["d.w.office@acme-firm.com Dana Whitaker (Talent Partner)"])
    }

    /// The card's name property is explicit: a given name that is not in the list is
    /// taken by shape; not a company's name, a position, nor an organisation's card.
    @Test func explicitNameBeyondTheList() {
        #expect(named(#"<div class="h-card"><span class="p-name">Dr. Quilla Yupanqui</span> <span class="p-job-title">Head of Engineering</span> <a class="u-email" href="mailto:office7@andes-lab.pe">Mail</a></div>"#)
                == ["office7@andes-lab.pe Quilla Yupanqui (Head of Engineering)"])
        #expect(named(#"<div class="vcard"><span class="fn org">Vogel Bau GmbH</span> <a class="email" href="mailto:zentrale7@vogel-bau.de">E-Mail</a></div>"#)
                == ["zentrale7@vogel-bau.de - (-)"])
        #expect(named(#"<div class="vcard"><span class="fn">Andes Lab</span> <span class="org">Andes Lab</span> <a class="email" href="mailto:office7@andes-lab.pe">Mail</a></div>"#)
                == ["office7@andes-lab.pe - (-)"])
        #expect(named(#"<div class="h-card"><span class="p-name">Senior Developer</span> <a class="u-email" href="mailto:dev7@andes-lab.pe">Mail</a></div>"#)
                == ["dev7@andes-lab.pe - (-)"])
        // A department's or an organisation's name by shape is none.
        #expect(named(#"<div class="vcard"><span class="fn">Human Resources</span> <a class="email" href="mailto:office7@andes-lab.pe">Mail</a></div>"#)
                == ["office7@andes-lab.pe - (-)"])
        #expect(named(#"<div class="vcard"><span class="fn">Andes Lab</span> <a class="email" href="mailto:office7@andes-lab.pe">Mail</a></div>"#)
                == ["office7@andes-lab.pe - (-)"])
        #expect(named(#"<div class="h-card"><span class="p-name">Yupanqui Andes</span> <span class="p-org">Andes Consulting</span> <a class="u-email" href="mailto:office7@andes-lab.pe">Mail</a></div>"#)
                == ["office7@andes-lab.pe - (-)"])
        // A known given name: the person of a family firm.
        #expect(named(#"<div class="vcard"><span class="fn">Thomas Vogel</span> <span class="org">Vogel Bau GmbH</span> <a class="email" href="mailto:zentrale7@vogel-bau.de">E-Mail</a></div>"#)
                == ["zentrale7@vogel-bau.de Thomas Vogel (-)"])
        // A class that only contains the word is no card (`vcard-list`, `p-name-x`).
        #expect(named(#"<div class="vcard-list"><span class="fn">Quilla Yupanqui</span> <a href="mailto:office7@andes-lab.pe">Mail</a></div>"#)
                == ["office7@andes-lab.pe - (-)"])
    }

    /// A role address in a person's card gets the card's name, as it gets a
    /// mailto link's text or a JSON-LD Person's: markup is the evidence the rule
    /// for role addresses asks for. Without a card, the same text gives none.
    @Test func roleAddressInACard() {
        #expect(named(#"<div class="vcard"><p class="fn">Katrin Vogel</p><p class="title">Leiterin Personal</p><p>jobs@vogel-bau.de</p></div>"#)
                == ["jobs@vogel-bau.de Katrin Vogel (Leiterin Personal)"])
        #expect(named(#"<div><p>Katrin Vogel</p><p>Leiterin Personal</p><p>jobs@vogel-bau.de</p></div>"#)
                == ["jobs@vogel-bau.de - (-)"])
    }

    /// Cards side by side: each address its own card's name, never the neighbour's;
    /// an address outside the cards none of theirs.
    @Test func cardsSideBySide() {
        let page = #"<section><div class="h-card"><b class="p-name">Anna Roth</b> <i class="p-job-title">Recruiterin</i> <a class="u-email" href="mailto:bewerbung-nord@roth-logistik.de">Mail</a></div>"#
            + #"<div class="h-card"><b class="p-name">Jan Falk</b> <i class="p-job-title">Teamleiter</i> <span>kontakt-sued@roth-logistik.de</span></div>"#
            + #"<p>Allgemein: zentrale@roth-logistik.de</p></section>"#
        #expect(named(page) == ["bewerbung-nord@roth-logistik.de Anna Roth (Recruiterin)", "kontakt-sued@roth-logistik.de Jan Falk (Teamleiter)",
                                "zentrale@roth-logistik.de - (-)"])
        // The same address in two cards that name different people: neither name.
        #expect(named(#"<div class="vcard"><span class="fn">Anna Roth</span> jobs@roth-logistik.de</div><div class="vcard"><span class="fn">Jan Falk</span> jobs@roth-logistik.de</div>"#)
                == ["jobs@roth-logistik.de - (-)"])
    }

    /// An organisation's card nested in a person's (`p-org h-card`) keeps its name to itself.
    @Test func nestedOrganisationCard() {
        #expect(named(#"<div class="h-card"><span class="p-name">Marcus Bell</span>, <span class="p-job-title">Talent Partner</span> at <span class="p-org h-card"><span class="p-name">Example Firm</span></span> <a class="u-email" href="mailto:mbell@example-firm.com">mbell@example-firm.com</a></div>"#)
                == ["mbell@example-firm.com Marcus Bell (Talent Partner)"])
        // The organisation's own address, in its card, is not the person's.
        #expect(named(#"<div class="h-card"><span class="p-name">Marcus Bell</span> <div class="p-org h-card">Example Firm, <a class="u-email" href="mailto:info@example-firm.com">info@example-firm.com</a></div></div>"#)
                == ["info@example-firm.com - (-)"])
    }

    @Test func propertiesOnlyInsideACard() {
        let props = { (cls: String, inCard: Bool) -> [ContactCard.Property] in
            var bytes = Array(cls.utf8)
            return bytes.withUnsafeMutableBufferPointer { ContactCard.properties(UnsafeBufferPointer($0), inCard: inCard) }
        }
        // outside a card only the card's own class counts: a design's "card" with "fn" or "title" is no card's name
        #expect(props("card-body fn", false) == [])
        #expect(props("card title", false) == [])
        #expect(props("vcard", false) == [.card])
        #expect(props("fn", true) == [.name])
        #expect(props("p-name", true) == [.name])
    }
}
