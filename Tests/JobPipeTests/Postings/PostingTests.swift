import Testing
@testable import JobPipe

@Suite struct PostingTests {
    @Test func lenientJSONToleratesWhatBrowsersDo() {
        let text = "<!-- {\"@type\":\"JobPosting\",\"title\":\"A\nB\",} --> {\"x\":[1,2,],}"
        let values = LenientJSON.values(in: text)
        #expect(values.count == 2)
        #expect(values.first?["title"]?.stringValue == "A\nB")
        #expect(values.last?["x"]?.arrayValue?.count == 2)
    }

    @Test func jobPostingsInGraphsAndTypeArrays() throws {
        let v = try JSON.parse(#"{"@graph":[{"@type":"WebPage"},{"@type":["Thing","JobPosting"],"title":"T"}]}"#)
        #expect(SchemaPosting.jobPostings(in: v).count == 1)
    }

    @Test func referencesToOtherNodesAreResolved() throws {
        // the employer and the place as nodes of the graph the posting points to, in one block or another
        let graph = try JSON.parse(#"""
            {"@context":"https://schema.org","@graph":[{"@type":"Organization","@id":"https://kp.example/#org","name":"Kestrel Pay GmbH"},
            {"@type":"JobPosting","title":"Backend Engineer","hiringOrganization":{"@id":"https://kp.example/#org"},
            "jobLocation":[{"@id":"urn:berlin"}]}]}
            """#)
        let place = try JSON.parse(#"{"@type":"Place","@id":"urn:berlin","address":{"addressLocality":"Berlin","addressCountry":"DE"}}"#)
        let found = SchemaPosting.jobPostings(in: [graph, place])
        #expect(found.count == 1)
        let p = SchemaPosting.posting(from: try #require(found.first), source: .jsonld)
        #expect(p.company == "Kestrel Pay GmbH" && p.location == "Berlin, Germany")
        // (a reference to no node stays as it is, and names no one)
        let dangling = SchemaPosting.jobPostings(in: [try JSON.parse(#"{"@type":"JobPosting","hiringOrganization":{"@id":"urn:x"}}"#)])
        #expect(SchemaPosting.posting(from: try #require(dangling.first), source: .jsonld).company == nil)
    }

    @Test func addressesAsPeopleWriteThem() throws {
        let us = try JSON.parse(#"{"address":{"addressLocality":"Austin","addressRegion":"TX","addressCountry":"US"}}"#)
        #expect(Location.text(us) == "Austin, TX")
        let two = try JSON.parse(#"[{"address":{"addressLocality":"Berlin","addressCountry":"DE"}},"Remote"]"#)
        #expect(Location.text(two) == "Berlin, Germany; Remote")
        // every ISO 3166 code is written out (GeoNames' table), "NL" as people write it
        let ge = try JSON.parse(#"{"address":{"addressLocality":"Tbilisi","postalCode":"0179","addressCountry":"GE"}}"#)
        #expect(Location.text(ge) == "Tbilisi, Georgia")
        let nl = try JSON.parse(#"{"address":{"addressLocality":"Utrecht","addressCountry":"NL"}}"#)
        #expect(Location.text(nl) == "Utrecht, Netherlands")
        #expect(Location.countries.count >= 250)
        // the postcode is left out, as a person writes a job's place
        let cut = try JSON.parse(#"{"addressLocality":"Toronto","addressRegion":"ON","postalCode":"M","addressCountry":"CA"}"#)
        #expect(Location.text(cut) == "Toronto, ON")
        let de = try JSON.parse(#"{"addressLocality":"München","addressRegion":"Bayern","postalCode":"80331","addressCountry":"DE"}"#)
        #expect(Location.text(de) == "München, Bayern, Germany")
        // … unless the page writes it with the town: its form is kept
        #expect(Location.asWrittenOnPage("Duisburg, NW, Germany", labelled: nil, lines: ["47169 Duisburg"]) == "47169 Duisburg")
        // a part given as a list of values is read for them, and names a town as one value does
        let listed = try JSON.parse(#"{"address":{"addressLocality":["Medellín"],"addressRegion":["Antioquia"],"addressCountry":"CO"}}"#)
        #expect(Location.text(listed) == "Medellín, Antioquia, Colombia")
        #expect(Location.namesTown(listed))
    }

    @Test func aBoardsWordForAConfidentialEmployerIsConfidential() throws {
        for name in ["Confidencial", "CONFIDENTIAL", "Vertraulich", "Empresa confidencial"] {
            let ld = try JSON.parse(#"{"@type":"JobPosting","title":"Ingeniero/a de IA","hiringOrganization":{"name":"\#(name)"}}"#)
            #expect(SchemaPosting.posting(from: ld, source: .jsonld).company == "Confidential")
        }
        let named = try JSON.parse(#"{"@type":"JobPosting","title":"Koch","hiringOrganization":{"name":"Confidential Catering GmbH"}}"#)
        #expect(SchemaPosting.posting(from: named, source: .jsonld).company == "Confidential Catering GmbH")
        // … and so is the page's own, labelled
        let html = "<h1>Auxiliar administrativo</h1><p>Empresa: Confidencial</p><p>Local: São Paulo, SP</p>"
            + "<p>Atividades de apoio administrativo e atendimento ao cliente.</p>"
        let page = try #require(Array(html.utf8).withUnsafeBufferPointer { PostingReader.read(html: $0, url: "https://jobs.example/vaga/1") })
        #expect(page.company == "Confidential")
    }

    @Test func placeOfNoTown() throws {
        // a country, a US state or a region, alone or together, names no town
        #expect(Location.isOnlyCountryOrRegion("Germany"))
        #expect(Location.isOnlyCountryOrRegion("California, United States"))
        #expect(Location.isOnlyCountryOrRegion("Europe"))
        #expect(!Location.isOnlyCountryOrRegion("Berlin, Germany"))
        #expect(Location.isOnlyCountryOrRegion("Bayern, Germany"))
        // (a region that is a town's name too names the town: "Madrid", "Roma")
        #expect(!Location.isOnlyCountryOrRegion("Roma, Italy"))
        #expect(!Location.isOnlyCountryOrRegion(""))
        // a markup address names a town by its locality; a region, a country or a street alone names none
        #expect(Location.namesTown(try JSON.parse(#"{"address":{"addressLocality":"Lévis","addressRegion":"QC"}}"#)))
        #expect(!Location.namesTown(try JSON.parse(#"{"address":{"addressRegion":"Chaudière-Appalaches","addressCountry":"CA"}}"#)))
        #expect(!Location.namesTown(try JSON.parse(#"{"streetAddress":"Rue de la République 5","addressCountry":"FR"}"#)))
        #expect(Location.namesTown(try JSON.parse(#"[{"addressCountry":"DE"},{"addressLocality":"Berlin"}]"#)))
        #expect(Location.namesTown(try JSON.parse(#""Leipzig, Germany""#)))
    }

    @Test func theTownOfAUniversitysName() {
        #expect(Location.ofUniversity(in: "The lab at Boston University seeks a postdoc.") == "Boston")
        #expect(Location.ofUniversity(in: "Die Universität Leipzig sucht …") == "Leipzig")
        #expect(Location.ofUniversity(in: "Join the University of Copenhagen.") == "Copenhagen")
        #expect(Location.ofUniversity(in: "An online university of applied sciences.") == nil)
        // a university's short name before its town
        #expect(Location.ofUniversity(in: "a research group at CASUS of the HZDR and ScaDS.AI of the TU Dresden.") == "Dresden")
        #expect(Location.ofUniversity(in: "Het onderzoek vindt plaats aan de KU Leuven") == "Leuven")
        #expect(Location.ofUniversity(in: "Il dottorato è presso il Politecnico di Milano.") == "Milano")
        #expect(Location.ofUniversity(in: "Tu trabajo: TU es la sigla.") == nil)
    }

    @Test func locationAsThePageWritesIt() {
        // the labelled place that names the markup's town is kept as written, street and postcode with it
        #expect(Location.asWrittenOnPage("Toronto, ON", labelled: "Finch Yard, 1026 Finch Avenue West, Toronto, M3J 2E1", lines: [])
                == "Finch Yard, 1026 Finch Avenue West, Toronto, M3J 2E1")
        #expect(Location.asWrittenOnPage("Toronto, ON", labelled: "Montreal, QC", lines: []) == nil)
        // the page's labelled location, notes dropped, beats the feed's primary address
        #expect(Location.asWrittenOnPage("New York City, NY", labelled: "New York, NY (HQ); San Francisco, CA", lines: [])
                == "New York, NY; San Francisco, CA")
        // a header line in the same words, with a state name and its code as equivalents
        #expect(Location.asWrittenOnPage("New York, United States", labelled: nil,
                                         lines: ["New York City", "New York, NY"]) == "New York, NY")
        #expect(Location.asWrittenOnPage("Camberwell, VIC 3124", labelled: nil, lines: ["Camberwell VIC 3124"])
                == "Camberwell VIC 3124")
        // a line that adds a place or only repeats the locality is not the location
        #expect(Location.asWrittenOnPage("Austin, TX", labelled: "Americas", lines: ["Austin", "Austin, TX, Round Rock"]) == nil)
        // (an arrangement after the place is no place: "Austin, TX, Remote" reads "Austin, TX")
        #expect(Location.asWrittenOnPage("Austin, TX", labelled: nil, lines: ["Austin, TX, Remote"]) == "Austin, TX")
        // a country the page writes in its own language ("Nederland" for "NL")
        #expect(Location.asWrittenOnPage("Almere, Netherlands", labelled: "Almere, Nederland", lines: []) == "Almere, Nederland")
        // the fact of a line of facts that is the place, and only it
        #expect(Location.asWrittenOnPage("San Francisco, California, United States", labelled: nil,
                                         lines: ["San Francisco, CA · Full-time · Engineering"]) == "San Francisco, CA")
        #expect(Location.asWrittenOnPage("Berlin, Germany", labelled: nil, lines: ["Berlin, Deutschland | Vollzeit"]) == "Berlin, Deutschland")
        #expect(Location.facts(of: "Berlin | Vollzeit; Remote · EU").map(String.init) == ["Berlin", "Vollzeit", "Remote", "EU"])
        // the markup's town in a longer line, with the region the page writes after it, up to a word the address lacks
        let sf = "San Francisco, California, United States"
        #expect(Location.asWrittenOnPage(sf, labelled: nil, lines: ["Join our team in San Francisco, CA 94105 and help us build."])
                == "San Francisco, CA")
        #expect(Location.asWrittenOnPage(sf, labelled: nil, lines: ["We are in San Francisco, CA, USA. Come by."]) == "San Francisco, CA, USA")
        #expect(Location.asWrittenOnPage(sf, labelled: nil, lines: ["We are in San Francisco, where it rains."]) == nil)
        #expect(Location.tidied("Kirkland WA") == "Kirkland, WA")
        // a comment after the place is not the place; a country's article is
        #expect(Location.tidied("Remote, United States, preferably EST or CST time zones") == "Remote, United States")
        #expect(Location.tidied("Amsterdam, the Netherlands") == "Amsterdam, the Netherlands")
    }

    @Test func goTheLanguageNotTheVerb() {
        let m = SkillMatcher()
        #expect(m.skills(in: "We go the extra mile. Go beyond.").isEmpty)
        // a verb beside a skill is still a verb; a name before "and" or "in" is a name
        #expect(m.skills(in: "Contribute to our TypeScript services. React to incidents in Kubernetes.").map(\.name)
                == ["TypeScript", "Kubernetes"])
        #expect(m.skills(in: "React and Vue, with Rust in production, TypeScript").map(\.name) == ["React", "Vue.js", "Rust", "TypeScript"])
        #expect(m.skills(in: "Services in Go and PostgreSQL").map(\.name) == ["Go", "PostgreSQL"])
        #expect(m.skills(in: "Java/J2EE, C++ and C#").map(\.name) == ["Java", "J2EE", "C++", "C#"])
    }

    @Test func theWebStackOfThe2010s() {
        // a list of the older web stack's names, the ordinary words among them beside the others; alone, a word
        let m = SkillMatcher()
        #expect(m.skills(in: "Any of Knockout, Angular, CommonJS, ExtJS, Dojo, Bower and Modernizr").map(\.name)
                == ["Knockout.js", "Angular", "CommonJS", "Ext JS", "Dojo Toolkit", "Bower", "Modernizr"])
        #expect(m.skills(in: "A knockout offer from the dojo of our yeoman team.").isEmpty)
    }

    @Test func aSkillIsAWholeWordOfTheText() {
        let m = SkillMatcher()
        // an accented letter is a part of its word ("Rémunération" holds no R), and "&" joins "R&D"
        #expect(m.skills(in: "Rémunération : attractive. Lieu : Toulouse. Python, Docker et Kubernetes.").map(\.name)
                == ["Python", "Docker", "Kubernetes"])
        #expect(m.skills(in: "Expertise et R&D, Kubernetes et Terraform").map(\.name) == ["Kubernetes", "Terraform"])
        #expect(m.skills(in: "Statistics in R and Python").map(\.name) == ["R", "Python"])
        // an ordinary word that names a product only after its vendor is no skill alone
        #expect(m.skills(in: "Contribute and/or passionate about open source projects, Kubernetes and Go").map(\.name)
                == ["Kubernetes", "Go"])
        #expect(m.skills(in: "Ontwerp tekenen (Solid Works, EPLAN); Linux (Redhat, Centos, Ubuntu)").map(\.name)
                == ["SolidWorks", "EPLAN", "Linux", "Red Hat", "CentOS", "Ubuntu"])
    }

    @Test func namesInLowerCaseAmongOthers() {
        let m = SkillMatcher()
        // tags in lower case count beside one another; a python alone is a snake
        #expect(m.skills(in: "Stack: python, docker, kubernetes and Terraform").map(\.name) == ["Python", "Docker", "Kubernetes", "Terraform"])
        #expect(m.skills(in: "We keep a python in the office for visitors to admire.").isEmpty)
        // a way of building, in lower case, is prose
        #expect(m.skills(in: "Knowledge of serverless environments and of Terraform").map(\.name) == ["Terraform"])
    }

    @Test func namesJoinedToAWordOfTheirUse() {
        let m = SkillMatcher()
        #expect(m.skills(in: "Kenntnisse in Oracle-Datenbanken und Python-Skripten").map(\.name) == ["Oracle", "Python"])
        // the longest head that is a name
        #expect(m.skills(in: "sehr gute MS-Office-Kenntnisse und Objective-C-Entwicklung").map(\.name) == ["Microsoft Office", "Objective-C"])
        // a hyphen alone gives no context: "Go-live" is no language
        #expect(m.skills(in: "Begleitung des Go-Live im Sommer").isEmpty)
        // a form with a hyphen of its own is still read whole
        #expect(m.skills(in: "Apps in Objective-C").map(\.name) == ["Objective-C"])
        // a name of two words, the second joined to the word of its use
        #expect(m.skills(in: "Umgang mit den gängigen MS Office-Anwendungen und Power BI-Berichten").map(\.name)
                    == ["Microsoft Office", "Power BI"])
    }

    @Test func anAmbiguousNameAloneAfterAWordOfKnowingIt() {
        let m = SkillMatcher()
        // alone, a capitalised ambiguous name counts after a word of knowing or using it, or before one of skill
        #expect(m.skills(in: "Experience with React").map(\.name) == ["React"])
        #expect(m.skills(in: "Sehr gute Kenntnisse in Excel").map(\.name) == ["Excel"])
        #expect(m.skills(in: "Knowledge of Rust is a plus").map(\.name) == ["Rust"])
        #expect(m.skills(in: "Advanced Excel skills").map(\.name) == ["Excel"])
        #expect(m.skills(in: "Shell scripting experience").map(\.name) == ["Shell"])
        // … or after a word of writing a program in it
        #expect(m.skills(in: "Our backend is written in Rust.").map(\.name) == ["Rust"])
        #expect(m.skills(in: "You build iOS apps in Swift.").map(\.name) == ["Swift"])
        #expect(m.skills(in: "Unsere Dienste, geschrieben in Go, laufen in der Cloud.").map(\.name) == ["Go"])
        #expect(m.skills(in: "Our backend is written in the Go way of old.").isEmpty)
        // a verb opening its line, a verb after a subject, or a name in lower case does not
        #expect(m.skills(in: "Excel in a fast-paced environment").isEmpty)
        #expect(m.skills(in: "You will Excel at communication").isEmpty)
        #expect(m.skills(in: "Experience with go-to-market plans").isEmpty)
        #expect(m.skills(in: "Experience with Go to market").isEmpty)
    }

    @Test func aListInBracketsAfterANameIsItsParts() {
        let m = SkillMatcher()
        // not "AWS Lambda" across the bracket, nor "Apache Tomcat" across the comma
        #expect(m.skills(in: "AWS (Lambda, S3, DynamoDB) experience is a plus").map(\.name) == ["AWS", "Lambda", "S3", "DynamoDB"])
        #expect(m.skills(in: "web servers such as Apache, Tomcat").map(\.name) == ["Apache", "Tomcat"])
        // a name of several words is still read whole
        #expect(m.skills(in: "Experience with AWS Lambda and Apache Tomcat").map(\.name) == ["Lambda", "Tomcat"])
        // … and so is one that ends on its short form in brackets
        #expect(m.skills(in: "AWS Elastic MapReduce (EMR) and Python").map(\.name) == ["AWS Elastic MapReduce (EMR)", "Python"])
    }

    @Test func twoNamesInOneWordAfterOthers() {
        // two ambiguous names in one slash-joined word once crashed the reader of lists
        let m = SkillMatcher()
        #expect(m.skills(in: "application mobile Android/iOS, une").map(\.name) == ["Android", "iOS"])
    }

    @Test func namesWrittenInCapitalsAndTheNewerStack() {
        let m = SkillMatcher()
        // a name postings shout is the name; an ambiguous word shouted alone is not
        #expect(m.skills(in: "Experience with NGINX and SASS").map(\.name) == ["Nginx", "Sass"])
        // names of the table's own list, and ambiguous words only beside another skill
        #expect(m.skills(in: "Kenntnisse in DATEV, Navision und COBOL").map(\.name) == ["DATEV", "Microsoft Dynamics NAV", "COBOL"])
        #expect(m.skills(in: "Sage advice from our team").isEmpty)
        #expect(m.skills(in: "Accounting in Sage and Xero").map(\.name) == ["Sage", "Xero"])
        #expect(m.skills(in: "Java, Java Script").map(\.name) == ["Java", "JavaScript"])
        // the tools of design, engineering, HR and marketing postings
        #expect(m.skills(in: "ArchiCAD, Altium, AUTOSAR, Personio, SAP S/4HANA, Canva, SEMrush and Pardot").map(\.name)
                == ["ArchiCAD", "Altium Designer", "AUTOSAR", "Personio", "SAP S/4HANA", "Canva", "Semrush", "Salesforce Pardot"])
        #expect(m.skills(in: "Miro joined us after a total eclipse").isEmpty)
        // a three-letter name too, when it is the skill's own name ("oas" is the OpenAPI Specification's short form)
        #expect(m.skills(in: "Ervaring met GIT, LUA, NPM, OAS en Docker").map(\.name) == ["Git", "Lua", "npm", "Docker"])
        #expect(m.skills(in: "Tests in Puppeteer, Appium and XCTest").map(\.name) == ["Puppeteer", "Appium", "XCTest"])
        #expect(m.skills(in: "A cucumber salad for lunch, every day.").isEmpty)
        #expect(m.skills(in: "Behaviour tests with Cucumber and Selenium").map(\.name) == ["Cucumber", "Selenium"])
    }

    @Test func capitalsInHeadingsAndInLists() {
        let m = SkillMatcher()
        // a heading's word is no skill; acronyms listed side by side are
        #expect(m.skills(in: "We model it in CATIA daily.").map(\.name) == ["CATIA"])
        #expect(m.skills(in: "OUR CATIA TEAM\nYou will run cases.").isEmpty)
        #expect(m.skills(in: "cloud providers (GCP, AWS, Azure)").map(\.name) == ["GCP", "AWS", "Azure"])
        // a shouted neighbour of two letters makes a heading too
        #expect(!m.skills(in: "AS A RAILS ENGINEER ON THE PLATFORM TEAM YOU WILL\nWrite Ruby.").map(\.name).contains("ENGINEER"))
        // an everyday abbreviation a product also uses as its name is none
        #expect(m.skills(in: "Deadline: ASAP. Python and AWS").map(\.name) == ["Python", "AWS"])
        // the practice written out is the name postings give it
        #expect(m.skills(in: "Maintain continuous integration and continuous delivery pipelines").map(\.name) == ["CI/CD"])
        // a site where applicants show their work, named beside their CV, is where to look, not what to know
        #expect(m.skills(in: "Send us your LinkedIn, CV or GitHub.\nWe write Python.").map(\.name) == ["Python"])
        #expect(m.skills(in: "Our project has 45k stars on GitHub.").isEmpty)
        #expect(m.skills(in: "You review pull requests on GitHub and GitLab.").map(\.name) == ["GitHub", "GitLab"])
    }

    @Test func productsOfTheWiderLists() {
        let m = SkillMatcher()
        // names from simple-icons and GitHub Explore (data/tech-names.tsv), written as their makers write them
        #expect(m.skills(in: "Apps on Cloud Foundry, hosting with cPanel, tests in RSpec").map(\.name)
                == ["Cloud Foundry", "cPanel", "RSpec"])
        // a name that is no ordinary word, in any case; "Windows" beside another skill
        #expect(m.skills(in: "Search on ElasticSearch, servers on Linux and Windows").map(\.name)
                == ["Elasticsearch", "Linux", "Windows"])
        #expect(m.skills(in: "Big windows and a view of the harbour").isEmpty)
        // two capitals O*NET gives after a product's name, which do not spell it ("Falcon ID"), are no skill alone
        #expect(m.skills(in: "Job ID\nCLX-PV-001\nWe work with CI on every branch, in Python").map(\.name) == ["CI", "Python"])
        // a brand named by an ordinary word, and a consumer service, are no skills
        #expect(m.skills(in: "Square corners, a Box of tools, and a YouTube channel for Python tutorials").map(\.name) == ["Python"])
    }

    @Test func niceToHaveSections() {
        let found = SkillMatcher().skills(in: "Requirements\nPython\nNice to have\nRust and Docker")
        #expect(found.map(\.niceToHave) == [false, true, true])
    }

    @Test func salariesInText() {
        #expect(SalaryReader.text("$120k – $150k per year") == Salary(min: 120000, max: 150000, currency: "USD", period: "year"))
        #expect(SalaryReader.text("70.000 – 90.000 € im Jahr")?.min == 70000)
        #expect(SalaryReader.text("3 years of experience") == nil)
        // pounds and yen alone on a line (no $, no code) are salaries too
        #expect(SalaryReader.text("£50,000 - £60,000 per year") == Salary(min: 50000, max: 60000, currency: "GBP", period: "year"))
        #expect(SalaryReader.text("¥5,000,000 a year")?.currency == "JPY")
        // a code is a whole character: "USD" with an accent on its D is not one
        #expect(SalaryReader.text("USD\u{0301} 5000") == nil)
    }
}
