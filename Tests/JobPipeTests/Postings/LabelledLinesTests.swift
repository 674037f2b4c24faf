import Testing
@testable import JobPipe

/// Labels read off a posting's lines.
@Suite struct LabelledLinesTests {
    @Test func aQualifiedLabelIsTheLabel() {
        let labels = PostingLabels.location
        #expect(LabelledLines.unqualified("location (city)", in: labels) == "location")
        // a plural's ending in brackets is the plural, or the singular where only that is a label
        #expect(LabelledLines.unqualified("location(s)", in: labels) == "locations")
        #expect(LabelledLines.unqualified("standort(e)", in: labels) == "standorte")
        #expect(LabelledLines.unqualified("lieu(x)", in: labels) == "lieux")
        #expect(LabelledLines.unqualified("ville(s)", in: labels) == "ville")
        // no label inside: as it is
        #expect(LabelledLines.unqualified("team(s)", in: labels) == "team(s)")
        #expect(LabelledLines.unqualified("salary (gross)", in: labels) == "salary (gross)")
        // a label of alternatives between slashes is the one that is a label
        #expect(LabelledLines.unqualified("client company / hiring company", in: PostingLabels.company) == "hiring company")
        #expect(LabelledLines.unqualified("team / department", in: PostingLabels.company) == "team / department")
        // (between slashes without spaces too)
        #expect(LabelledLines.unqualified("organisation/company", in: PostingLabels.company) == "company")
        let lines = ["Job Information", "Organisation/Company", "Fondation Kestrel", "Research Field", "Sociology"]
        #expect(LabelledLines(lines: lines).labelled(PostingLabels.company)?.0 == "Fondation Kestrel")
    }

    @Test func aLabelOfAlternativesAndAConfidentialClient() {
        let lines = ["Accountant", "Responsibilities", "Tally data entry", "Client Company / Hiring Company", "Confidential",
                     "Location", "Pune, India"]
        #expect(LabelledLines(lines: lines).labelled(PostingLabels.company)?.0 == "Confidential")
    }

    @Test func aTownsNameEndsOnANameNotAPhrasesWord() {
        // "Três Passos" is a town; a heading's "Três passos, sem enrolação" is three steps
        #expect(LabelledLines.place("Três passos, sem enrolação") == nil)
        #expect(LabelledLines.place("Três Passos, RS") == "Três Passos, RS")
        #expect(LabelledLines.place("Frankfurt am Main, Germany") == "Frankfurt am Main, Germany")
        #expect(LabelledLines.place("berlin") != nil)
        #expect(!LabelledLines.endsOnCommonWord("Newcastle upon Tyne") && LabelledLines.endsOnCommonWord("Três passos"))
    }

    @Test func aSentenceThatPutsTheJobInAPlace() {
        #expect(LabelledLines(lines: ["Intro", "This position is based in Belgium. We meet in Zaventem."]).jobPlaced?.0 == "Belgium")
        #expect(LabelledLines(lines: ["The role is based in our San Francisco HQ."]).jobPlaced?.0 == "San Francisco")
        #expect(LabelledLines(lines: ["Le poste est basé à Lyon, avec télétravail."]).jobPlaced?.0 == "Lyon")
        // another subject, or an office of no place, puts no job anywhere
        #expect(LabelledLines(lines: ["Our team is based in Berlin."]).jobPlaced == nil)
        #expect(LabelledLines(lines: ["This role is based in our office, with flexible hours."]).jobPlaced == nil)
        #expect(LabelledLines(lines: ["This role is based in our office, and we have teams in Berlin."]).jobPlaced == nil)
    }

    @Test func theCountryOrRegionASentencePutsTheWorkIn() {
        #expect(LabelledLines.countryNamed(in: "This role will be based remotely in the EMEA region.") == "EMEA")
        #expect(LabelledLines.countryNamed(in: "Although we're based in the UK, we all work remotely.") == "UK")
        #expect(LabelledLines.countryNamed(in: "We work in small teams.") == nil)
    }

    @Test func theNameOverTheTitleIsNoDepartmentsTag() {
        // a career page's tag of the department over its heading names no employer; a name there does
        #expect(LabelledLines(lines: ["Technology", "Front-End Developer"]).line(over: 1) == nil)
        #expect(LabelledLines(lines: ["Kestrel Labs", "Front-End Developer"]).line(over: 1) == "Kestrel Labs")
    }

    @Test func aPlaceLabelWithNoColon() {
        #expect(LabelledLines.spacedPlaceLabel("Standort München · Vollzeit") == "Standort: München · Vollzeit")
        #expect(LabelledLines.spacedPlaceLabel("Work location Leeds") == "Work location: Leeds")
        // … or with a comma
        #expect(LabelledLines.spacedPlaceLabel("Location, Bangalore") == "Location: Bangalore")
        #expect(LabelledLines.spacedPlaceLabel("Location, Services, Leeds") == nil)
        // an ordinary word, a value that is no place, or a line with a colon: as it is
        #expect(LabelledLines.spacedPlaceLabel("Office Manager") == nil)
        #expect(LabelledLines.spacedPlaceLabel("Location Services Team") == nil)
        #expect(LabelledLines.spacedPlaceLabel("Location: Leeds") == nil)
        // a label that names nothing else before a town the lists lack
        #expect(LabelledLines.spacedPlaceLabel("Werklocatie Kleindorp") == "Werklocatie: Kleindorp")
        #expect(LabelledLines.spacedPlaceLabel("Location Kleindorp") == nil)
    }

    @Test func aDashedLabelReadsAsItsColon() {
        #expect(LabelledLines.dashedLabel("Location - Leeds") == "Location: Leeds")
        #expect(LabelledLines.dashedLabel("Company – Acme Ltd") == "Company: Acme Ltd")
        // the dash must end a label within the line's first 32 bytes
        #expect(LabelledLines.dashedLabel("A very long opening of a sentence, then Location - Leeds") == nil)
        #expect(LabelledLines.dashedLabel("Remote - United States") == nil)
        #expect(LabelledLines.dashedLabel("Leeds-Bradford airport is near") == nil)
    }

    @Test func aLabelAfterItsArticleIsAHeading() {
        for heading in ["L'entreprise", "L’entreprise", "The Company", "Die Firma", "Het bedrijf", "La empresa"] {
            #expect(LabelledLines.isHeading(heading), "\(heading)")
        }
        #expect(LabelledLines.withoutArticle("les lieux") == "lieux" && LabelledLines.withoutArticle("lagos") == "lagos")
        #expect(!LabelledLines.isHeading("Le Petit Bistro"))
    }

    @Test func labelsInARowAreLinesOfTheirOwn() {
        #expect(LabelledLines(lines: ["Posted: 03/14/2011  Location: Atlanta, GA"]).lines == ["Posted: 03/14/2011", "Location: Atlanta, GA"])
        #expect(LabelledLines(lines: ["City: Phoenix State: AZ"]).lines == ["City: Phoenix", "State: AZ"])
        // the longest known label: "Job Type", not "Type"
        #expect(LabelledLines(lines: ["Location: Berlin Job Type: Full-time"]).lines == ["Location: Berlin", "Job Type: Full-time"])
        // a colon after a word no label is stays in its value
        #expect(LabelledLines(lines: ["Title: Engineer II: Platform"]).lines == ["Title: Engineer II: Platform"])
        #expect(LabelledLines(lines: ["Requirements: Java, Spring"]).lines == ["Requirements: Java, Spring"])
        #expect(LabelledLines(lines: ["Location: Leeds"]).value(for: ["location"]) == "Leeds")
    }

    @Test func aPlaceAfterTheWayOfWorking() {
        #expect(Location.tidied("Hybrid (Boston, MA)") == "Boston, MA")
        #expect(Location.tidied("On-site (Paris)") == "Paris")
        // remote work from a place says where it is done from, and stays
        #expect(Location.tidied("Home Office (Temple, TX)") == "Home Office (Temple, TX)")
        // a note that is no place goes, as before
        #expect(Location.tidied("Hybrid (2 days a week)") == "Hybrid")
        #expect(Location.tidied("New York, NY (HQ)") == "New York, NY")
        // the way of working after the place, behind its mark
        #expect(Location.tidied("München · 🏠 Hybrid") == "München")
        #expect(Location.withoutArrangement("Berlin | • Remote") == "Berlin")
    }

    @Test func aCountryASentenceNamesAfterIn() {
        #expect(LabelledLines.countryNamed(in: "Although we're technically based in the UK, we all work remotely.") == "UK")
        #expect(LabelledLines.countryNamed(in: "Our team sits in Germany, near the border.") == "Germany")
        #expect(LabelledLines.countryNamed(in: "We are registered in the United Kingdom.") == "United Kingdom")
        // (a capitalised word after "in" that is no country, and no "in" at all)
        #expect(LabelledLines.countryNamed(in: "We work in Python and Go every day.") == nil)
        #expect(LabelledLines.countryNamed(in: "We all work from home.") == nil)
    }

    @Test func placeLabelShapes() {
        // an address block that opens with a name that is no place: the line with the postcode
        let block = LabelledLines(lines: ["Job location", "Laboratoire Kestrel", "10 rue des Lilas", "75013 Paris, France"])
        #expect(block.location == "75013 Paris, France")
        // (a town the lists lack stays: a place line under it is another fact's)
        #expect(LabelledLines(lines: ["Job location", "Kleindorp", "Office", "Berlin"]).location == "Kleindorp")
        // a colon of its own after a label in lower case
        #expect(LabelledLines(lines: ["job location", ":", "Saclay"]).location == "Saclay")
        // remote work, and the offices it may be done from under it: the first office's town
        #expect(LabelledLines(lines: ["Location:", "Remote (Timezone range: UTC - UTC+4)", "Athens (GR)", "Patras (GR)"]).location
            == "Athens (GR)")
        // (or the town it meets in, later on the value's line, past a bracket)
        #expect(LabelledLines(lines: ["Localisation : télétravail exclusivement, avec rencontres physiques (environ tous les deux mois), généralement sur Lyon."]).location
            == "Lyon")
        #expect(LabelledLines(lines: ["Location: Remote, with monthly team days"]).location == "Remote, with monthly team days")
        #expect(LabelledLines(lines: ["Location: Remote, with monthly team days in Utrecht"]).location == "Utrecht")
        #expect(LabelledLines(lines: ["Location: Remote, occasional travel to London"]).location == "Remote, occasional travel to London")
        // (a fact under it is no office: remote work is where the job is done)
        #expect(LabelledLines(lines: ["Location:", "Remote (UTC to UTC+4)", "Full-time, 40-hour week"]).location == "Remote (UTC to UTC+4)")
        // the label's kind of place after its colon, the value under it
        #expect(LabelledLines(lines: ["Location Name", "Kestrel Midtown West", "Location: City", "Chicago"]).location == "Chicago")
        // a label after a dash that ends the line's other words
        #expect(LabelledLines(lines: ["for Kestrel Foundation - Location: Boston / New York"]).lines
                == ["for Kestrel Foundation", "Location: Boston / New York"])
        // the job's noun and a participle, opening a sentence
        #expect(LabelledLines(lines: ["Sites across the region. Poste basé à BREST"]).location == "BREST")
        #expect(LabelledLines(lines: ["We are a startup based in Leipzig."]).location == nil)
    }

    @Test func markupRegionCodesThePageNeverWrites() {
        #expect(Location.withoutUnwrittenCodes("Amsterdam, NH, Netherlands", lines: ["Amsterdam", "Noord-Holland"]) == "Amsterdam, Netherlands")
        // (a code the page writes stays; so do a US state's, and a country's)
        #expect(Location.withoutUnwrittenCodes("Amsterdam, NH, Netherlands", lines: ["Amsterdam (NH)"]) == nil)
        #expect(Location.withoutUnwrittenCodes("Austin, TX, United States", lines: ["Austin"]) == nil)
        #expect(Location.withoutUnwrittenCodes("Austin, TX", lines: ["Austin"]) == nil)
    }

    @Test func theEmployerSpokenOfInTheEUsLanguages() {
        // a name that seeks, in languages whose verbs need no article; the first person is no name
        #expect(LabelledLines.hiringSubject("Bageriet Svensson AB söker en servicetekniker.") == "Bageriet Svensson AB")
        #expect(LabelledLines.hiringSubject("Bakeriet Hansen AS søker servicetekniker.") == "Bakeriet Hansen AS")
        #expect(LabelledLines.hiringSubject("Piekarnia Kowalski Sp. z o.o. poszukuje serwisanta.") == "Piekarnia Kowalski Sp. z o.o.")
        #expect(LabelledLines.hiringSubject("Vi söker en servicetekniker till vårt team.") == nil)
        // the name the reader is asked to join, after an article or a word for its team
        #expect(LabelledLines.joinedEmployer("Rejoignez la Boulangerie Dupont à Lyon.") == "Boulangerie Dupont")
        #expect(LabelledLines.joinedEmployer("Únete al equipo de Panadería García en Sevilla.") == "Panadería García")
        #expect(LabelledLines.joinedEmployer("Entra a far parte del team di Panificio Rossi.") == "Panificio Rossi")
        #expect(LabelledLines.joinedEmployer("Werde Teil des Teams der Bäckerei Müller!") == "Bäckerei Müller")
        #expect(LabelledLines.joinedEmployer("Venha fazer parte da equipe da Construtora Oliveira!") == "Construtora Oliveira")
        #expect(LabelledLines.joinedEmployer("Junta-te à equipa da Padaria Silva!") == "Padaria Silva")
        #expect(LabelledLines.joinedEmployer("Trabalhe conosco na Kestrel Supermercados.") == "Kestrel Supermercados")
        #expect(LabelledLines.joinedEmployer("Trabaja con nosotros en Restaurante Kestrel.") == "Restaurante Kestrel")
        // a name that seeks in Dutch's phrase or in Spanish with no article
        #expect(LabelledLines.hiringSubject("Restaurant De Kestrel is op zoek naar een kok.") == "Restaurant De Kestrel")
        #expect(LabelledLines.hiringSubject("Panadería Kestrel, con sede en Sevilla, busca camarero.") == "Panadería Kestrel")
        #expect(LabelledLines.hiringSubject("Restaurante Kestrel selecciona camarero/a.") == "Restaurante Kestrel")
        // the name a sentence seeks for in the first person, after an article in lower case; not the writers' own
        #expect(LabelledLines.seekingFor("Voor Restaurant De Kestrel zijn wij op zoek naar een kok.") == "Restaurant De Kestrel")
        #expect(LabelledLines.seekingFor("Für die Bäckerei Kestrel suchen wir einen Koch.") == "Bäckerei Kestrel")
        #expect(LabelledLines.seekingFor("Pour Kestrel SA, nous recherchons un serveur.") == "Kestrel SA")
        #expect(LabelledLines.seekingFor("Für unser Team suchen wir einen Koch.") == nil)
        #expect(LabelledLines.seekingFor("For our client, we are looking for an engineer.") == nil)
        // the employer the reader works at, and the one a Dutch or German sentence names after its verb and before
        // the article of the one it seeks
        #expect(LabelledLines.atEmployerWe("Bij Bakkerij Jansen werk je in een hecht team.") == "Bakkerij Jansen")
        #expect(LabelledLines.atEmployerWe("Bei Fragen stehen wir Ihnen gern zur Verfügung.") == nil)
        #expect(LabelledLines.invertedSubject("Voor onze vestiging in Utrecht zoekt Bakkerij Jansen een servicemonteur.")
                    == "Bakkerij Jansen")
        #expect(LabelledLines.invertedSubject("Für unser Team sucht Verstärkung im Lager.") == nil)
        // legal forms of the EU's other languages, as they are written
        #expect(PostingLabels.readsAsCompany("Bakeriet Hansen AS") && PostingLabels.readsAsCompany("Hansen A/S"))
        #expect(PostingLabels.readsAsCompany("Piekarnia Kowalski Sp. z o.o."))
        #expect(!PostingLabels.readsAsCompany("Other OO") && !PostingLabels.readsAsCompany("Work as"))
        // the short lines about the employer, or about working there
        for (line, name) in [("Om Bageriet Svensson", "Bageriet Svensson"), ("O firmie Piekarnia Kowalski", "Piekarnia Kowalski"),
                             ("Jobba hos Bageriet Svensson", "Bageriet Svensson"), ("Travailler chez Boulangerie Dupont", "Boulangerie Dupont"),
                             ("Lavorare da Panificio Rossi", "Panificio Rossi")] {
            #expect(LabelledLines(lines: ["Servicetekniker", line, "Vi bakar bröd sedan 1950."]).employerMentions?.0 == name, "\(line)")
        }
        #expect(LabelledLines(lines: ["Servicetekniker", "Om Oss", "Vi bakar bröd sedan 1950."]).employerMentions == nil)
    }

    @Test func aSalaryIsNoLineOverTheFacts() {
        // the line over a labelled fact heads the facts, but not where it is a fact itself
        #expect(LabelledLines(lines: ["Vertriebsmitarbeiter", "Standort", "Osnabrück"]).lineOverFacts == "Vertriebsmitarbeiter")
        #expect(LabelledLines(lines: ["Dein Alltag", "Gehalt, 2.500 – 4.000 €", "Standort", "Osnabrück"]).lineOverFacts == nil)
    }
}

