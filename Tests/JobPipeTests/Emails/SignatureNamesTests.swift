import Testing
@testable import JobPipe

/// Names and positions from signature blocks: a closing phrase, the name, a
/// position perhaps, the address.
@Suite struct SignatureNamesTests {
    func named(_ body: String) -> [String] {
        EmailExtraction().scan(body, sourceURL: nil).emails.map { "\($0.email) \($0.name ?? "-") (\($0.position ?? "-"))" }
    }

    func people(_ body: String) -> [String] {
        EmailExtraction().scan(body, sourceURL: nil).people.map { "\($0.name) (\($0.position ?? "-"))" }
    }

    /// Each page's text names others before the signature, in the same block: the
    /// block alone would give no name (two people, the address spells neither).
    @Test func englishAfterAPosting() {
        let page = "<pre>We are hiring a data engineer to join Priya Raman's team.\nYou will work with Tom Koch on our pipelines.\n\n"
            + "Best regards,\nDana Whitaker\nTalent Partner\nAcme Firm Ltd.\ndwh@acme-firm.com\n</pre>"
        #expect(named(page) == ["dwh@acme-firm.com Dana Whitaker (Talent Partner)"])
        // The name on the closing's line.
        #expect(named("<p>Thanks for reading, Tom Koch joins us in May.<br>Kind regards, Dana Whitaker<br>dwh@acme-firm.com</p>")
                == ["dwh@acme-firm.com Dana Whitaker (-)"])
    }

    @Test func germanFrenchSpanish() {
        #expect(named("<div>Wir freuen uns auf Ihre Bewerbung! Fragen beantwortet auch Jan Falk.<br><br>Mit freundlichen Grüßen<br><br>Sabine Krämer<br>Personalreferentin<br>Tel. 030 1234567<br>E-Mail: skr@vogel-bau.de</div>")
                == ["skr@vogel-bau.de Sabine Krämer (Personalreferentin)"])
        #expect(named("<pre>Ihr Team um Anna Roth freut sich auf Sie.\nViele Grüße\nJürgen Kästner\njk2@kaestner-bau.de</pre>")
                == ["jk2@kaestner-bau.de Jürgen Kästner (-)"])
        #expect(named("<p>Nous avons hâte de vous lire ; Pierre Martin répondra aussi.<br>Cordialement,<br>Claire Dubois<br>Chargée de recrutement<br>bureau-cd@atelier-lyon.fr</p>")
                == ["bureau-cd@atelier-lyon.fr Claire Dubois (Chargée de recrutement)"])
        #expect(named("<p>Envíanos tu CV. Ana López y Pablo Ruiz te esperan.<br>Atentamente,<br>Lucía Fernández<br>Responsable de selección<br>seleccion.lf@ibertec.es</p>")
                == ["seleccion.lf@ibertec.es Lucía Fernández (Responsable de selección)"])
    }

    /// A role address gets no name from a signature (text, not markup), as from any block.
    @Test func roleAddressKeepsNoName() {
        #expect(named("<pre>Best regards,\nDana Whitaker\nTalent Partner\njobs@acme-firm.com</pre>") == ["jobs@acme-firm.com - (-)"])
    }

    /// No name: a closing not followed by one, another person between the name and
    /// the address, a closing too far above the address.
    @Test func noNameWithoutASigner() {
        // The posting's lines in the same block, so that the block alone gives no name either.
        let posting = "Apply with Tom Koch or Anna Roth.\n"
        #expect(named("<pre>" + posting + "Kind regards,\nThe Recruiting Team\ndwh@acme-firm.com</pre>") == ["dwh@acme-firm.com - (-)"])
        #expect(named("<pre>" + posting + "Saludos,\n\ndwh@acme-firm.com</pre>") == ["dwh@acme-firm.com - (-)"])
        #expect(named("<pre>" + posting + "Regards,\nDana Whitaker\nassistant to Tom Koch\ndwh@acme-firm.com</pre>") == ["dwh@acme-firm.com - (-)"])
        #expect(named("<pre>" + posting + "Regards,\nDana Whitaker\na\nb\nc\nd\ne\ndwh@acme-firm.com</pre>") == ["dwh@acme-firm.com - (-)"])
        // An address that spells someone else's name.
        #expect(named("<pre>" + posting + "Best regards,\nDana Whitaker\nAssistant\nlena.park@acme-firm.com</pre>") == ["lena.park@acme-firm.com - (-)"])
        // `Regards` inside a sentence is no closing.
        #expect(named("<pre>" + posting + "Regards to Dana Whitaker\ndwh@acme-firm.com</pre>") == ["dwh@acme-firm.com - (-)"])
    }

    /// A signature without an address: its name goes to `people` as the people
    /// rules have it (a name line beside a position line), not by the closing alone.
    @Test func signatureWithoutAnAddress() {
        #expect(people("<p>Cordialement,<br>Claire Dubois<br>Chargée de recrutement</p>") == ["Claire Dubois (Chargée de recrutement)"])
        #expect(people("<p>Beste Grüße<br>Sabine Krämer</p>") == [])
    }
}
