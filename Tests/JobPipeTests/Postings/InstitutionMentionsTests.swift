import Testing
@testable import JobPipe

/// The institution a posting places the work at, on sentences written for the test.
@Suite struct InstitutionMentionsTests {
    @Test func anInstitutionPlacedAtOrNamedWithItsShortForm() {
        #expect(InstitutionMentions.mentioned(in: "You will work in the Clinical Brain Lab at Nanyang Technological University (NTU), with Prof. Chen.")?.name
                == "Nanyang Technological University")
        #expect(InstitutionMentions.mentioned(in: "Then join our international team at the Leibniz Institute of Atmospheric Physics (IAP), where we model.")?.name
                == "Leibniz Institute of Atmospheric Physics")
        #expect(InstitutionMentions.mentioned(in: "Die Stelle ist am Universitätsklinikum Freiburg angesiedelt, in der Radiologie.")?.name
                == "Universitätsklinikum Freiburg")
    }

    @Test func aSentencesFirstWordAndArticleAreNoPartOfTheName() {
        // "Am" places the work; "Das" is the article of a short form's sentence: both name one institute
        let text = """
            Am Leibniz-Institut für Oberflächenmodifizierung in Leipzig ist folgende Stelle zu besetzen:
            Das Leibniz-Institut für Oberflächenmodifizierung (IOM) erforscht Oberflächen.
            """
        let found = InstitutionMentions.mentioned(in: text)
        #expect(found?.name == "Leibniz-Institut für Oberflächenmodifizierung" && found?.count == 2)
    }

    @Test func theSubjectOfASelfDescription() {
        #expect(InstitutionMentions.mentioned(in: "Das Leibniz-Institut für Troposphärenforschung ist ein Forschungsinstitut der Leibniz-Gemeinschaft.")?.name
                == "Leibniz-Institut für Troposphärenforschung")
        #expect(InstitutionMentions.mentioned(in: "The University of Leeds is a research-intensive university in the north.")?.name
                == "University of Leeds")
        // (not the subject of the line's sentence: a name in passing)
        #expect(InstitutionMentions.mentioned(in: "We work with partners, and the University of Leeds is one of them.") == nil)
    }

    @Test func theOneAGroupIsAPartOf() {
        let text = """
            The Kestrel Research Group is part of the Image Analysis Group (IAG), which is a research division of the \
            Department of Radiology of the Radboud University Medical Center Nijmegen.
            """
        let found = InstitutionMentions.mentioned(in: text)
        #expect(found?.name == "Radboud University Medical Center Nijmegen" && found?.greater == true)
        // (the same words in a sentence that makes nothing a part of it)
        #expect(InstitutionMentions.mentioned(in: "We read the papers of the Radboud University Medical Center Nijmegen with interest.") == nil)
    }

    @Test func thePartOfAGreaterOneCountsTheGreater() {
        let text = "The group is established at the Center for Advanced Systems Understanding (CASUS) of the Helmholtz-Zentrum Dresden-Rossendorf (HZDR) and more."
        #expect(InstitutionMentions.mentioned(in: text)?.name == "Helmholtz-Zentrum Dresden-Rossendorf")
    }

    @Test func notAnInstitution() {
        // a product or a service named a centre, a country in brackets, an institution only named in passing
        #expect(InstitutionMentions.mentioned(in: "You have experience with Microsoft System Center (SCCM) and Intune.") == nil)
        #expect(InstitutionMentions.mentioned(in: "You will staff our Contact Center at our Dallas office every day.") == nil)
        #expect(InstitutionMentions.mentioned(in: "Partners are CNRS-IGE (Grenoble), NERSC (Norway), and Brown University (USA).") == nil)
        #expect(InstitutionMentions.mentioned(in: "You hold a degree from a University or a College of Applied Sciences.") == nil)
    }

    @Test func aUnitFollowedByItsUniversity() {
        // a unit's name, a comma and its university: the university
        let m = InstitutionMentions.mentioned(in: "Two postdoctoral positions in ecology at Center for Tundra Studies, University of Aarhus (Denmark)")
        #expect(m?.name == "University of Aarhus")
        // (a centre at a place and another name after a comma is no such: "Center for Tundra Studies, Kestrel Hall")
        #expect(InstitutionMentions.mentioned(in: "Two positions at Center for Tundra Studies, Kestrel Hall, Aarhus.")?.name == "Center for Tundra Studies")
        // a bracket written on to the name's last word is no part of it
        #expect(InstitutionMentions.mentioned(in: "Enrolled as a student at the University of Kestrel(during the academic year)")?.name
                == "University of Kestrel")
    }

    @Test func aLabsSiteIsItsInstitutionsPosting() throws {
        var bytes = Array("""
            <head><title>Research Assistant | The DataWave Blog</title></head><body><h1>Research Assistant</h1>
            <main><p>Are you eager to contribute to atmospheric research? Then join our international DataWave team at the
            Leibniz Institute of Atmospheric Physics (IAP), where we combine models, observations and machine learning.</p></main></body>
            """.utf8)
        let p = try #require(bytes.withUnsafeMutableBufferPointer { PostingReader.read(html: UnsafeBufferPointer($0), url: nil) })
        #expect(p.company == "Leibniz Institute of Atmospheric Physics" && p.evidence["company"] == "text")
    }
}
