import Foundation
import Testing

/// analyze-job on small pages of each kind: exact output and exit status.
@Suite struct AnalyzeJobTests {
    @Test func jsonldPage() throws {
        let r = try run("analyze-job", stdin: ##"{"application_id": 7, "pages": [{"url": "https://x.example/jsonld", "role": "seed", "body": "<html><head><title>Backend Engineer | Acme</title><script type=\"application/ld+json\"><!--\n{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":[\"JobPosting\"],\"title\":\"Backend Engineer\",\n\"hiringOrganization\":{\"@type\":\"Organization\",\"name\":\"Acme\"},\n\"jobLocation\":{\"@type\":\"Place\",\"address\":{\"addressLocality\":\"Berlin\",\"addressCountry\":\"DE\"}},\n\"employmentType\":\"FULL_TIME\",\"datePosted\":\"2026-11-01T09:00:00Z\",\"validThrough\":\"2026-12-01\",\n\"baseSalary\":{\"@type\":\"MonetaryAmount\",\"currency\":\"EUR\",\"value\":{\"@type\":\"QuantitativeValue\",\"minValue\":70000,\"maxValue\":90000,\"unitText\":\"YEAR\"}},\n\"description\":\"<p>We build APIs in Go and PostgreSQL.</p><p>Nice to have:</p><ul><li>Kubernetes</li></ul>\",}]}\n--></script></head><body><h1>Backend Engineer</h1><footer>Python Java</footer></body></html>"}]}"## + "\n")
        #expect(r.stderr == "")
        #expect(r.status == 0)
        #expect(r.stdout == ##"{"application_id": 7, "pages": [{"url": "https://x.example/jsonld", "role": "seed", "body": "<html><head><title>Backend Engineer | Acme</title><script type=\"application/ld+json\"><!--\n{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":[\"JobPosting\"],\"title\":\"Backend Engineer\",\n\"hiringOrganization\":{\"@type\":\"Organization\",\"name\":\"Acme\"},\n\"jobLocation\":{\"@type\":\"Place\",\"address\":{\"addressLocality\":\"Berlin\",\"addressCountry\":\"DE\"}},\n\"employmentType\":\"FULL_TIME\",\"datePosted\":\"2026-11-01T09:00:00Z\",\"validThrough\":\"2026-12-01\",\n\"baseSalary\":{\"@type\":\"MonetaryAmount\",\"currency\":\"EUR\",\"value\":{\"@type\":\"QuantitativeValue\",\"minValue\":70000,\"maxValue\":90000,\"unitText\":\"YEAR\"}},\n\"description\":\"<p>We build APIs in Go and PostgreSQL.</p><p>Nice to have:</p><ul><li>Kubernetes</li></ul>\",}]}\n--></script></head><body><h1>Backend Engineer</h1><footer>Python Java</footer></body></html>"}],"job":{"title":"Backend Engineer","company":"Acme","location":"Berlin, Germany","remote":false,"employment_type":"full_time","salary":{"min":70000,"max":90000,"currency":"EUR","period":"year"},"date_posted":"2026-11-01","valid_through":"2026-12-01","skills":["Go","PostgreSQL","Kubernetes"],"description":"We build APIs in Go and PostgreSQL.\nNice to have:\nKubernetes","source":"jsonld","workplace":null,"nice_to_have_skills":["Kubernetes"],"evidence":{"title":"jsonld","company":"jsonld","location":"jsonld","remote":"unstated"}}}"## + "\n")
    }

    /// The postings pipeline: claim | analyze-job | finish. The ledger's handle in `job`
    /// keeps its members, the posting's fields join them, and finish closes the job.
    @Test func ledgerHandleSurvivesAndFinishCloses() throws {
        let tmp = try TempDir()
        let db = ["--db", tmp.path("db")]
        let page = #"<h1>Data Analyst</h1><main><p>Reporting with SQL.</p></main>"#
        _ = try run("job-ledger", ["add", "--kind", "postings", "--key-field", "n"] + db,
                    stdin: #"{"n":1,"pages":[{"body":"\#(page)"}]}"# + "\n")
        let claimed = try run("job-ledger", ["claim", "--kind", "postings"] + db)
        let analyzed = try run("analyze-job", stdin: claimed.stdout)
        #expect(analyzed.status == 0)
        #expect(analyzed.stdout.contains(#""job":{"id":1,"key":"postings:1","kind":"postings","attempt":1,"title":"Data Analyst","#))
        let finished = try run("job-ledger", ["finish"] + db, stdin: analyzed.stdout)
        #expect(finished.status == 0 && finished.stderr == "")
        let list = try run("job-ledger", ["list"] + db)
        #expect(try object(list.lines[0])["status"] as? String == "success")

        // No page body: the handle is kept as it was (not replaced by null).
        let bare = try run("analyze-job", stdin: #"{"job":{"id":3,"key":"k","kind":"postings","attempt":2}}"# + "\n")
        #expect(bare.stdout == #"{"job":{"id":3,"key":"k","kind":"postings","attempt":2}}"# + "\n")
    }

    @Test func microdataPage() throws {
        let r = try run("analyze-job", stdin: ##"{"application_id": 7, "pages": [{"url": "https://x.example/microdata", "role": "seed", "body": "<html><body><div itemscope itemtype=\"https://schema.org/JobPosting\">\n<h1 itemprop=\"title\">Data Analyst</h1>\n<span itemprop=\"hiringOrganization\" itemscope itemtype=\"https://schema.org/Organization\"><span itemprop=\"name\">Initech</span></span>\n<div itemprop=\"jobLocation\" itemscope itemtype=\"https://schema.org/Place\"><div itemprop=\"address\" itemscope itemtype=\"https://schema.org/PostalAddress\"><span itemprop=\"addressLocality\">Austin</span>, <span itemprop=\"addressRegion\">TX</span> <meta itemprop=\"addressCountry\" content=\"US\"></div></div>\n<meta itemprop=\"employmentType\" content=\"PART_TIME\"><time itemprop=\"datePosted\" datetime=\"2026-10-05\">5 October</time>\n<div itemprop=\"description\"><p>Reporting with SQL and Tableau; Python scripts.</p></div>\n</div></body></html>"}]}"## + "\n")
        #expect(r.stderr == "")
        #expect(r.status == 0)
        #expect(r.stdout == ##"{"application_id": 7, "pages": [{"url": "https://x.example/microdata", "role": "seed", "body": "<html><body><div itemscope itemtype=\"https://schema.org/JobPosting\">\n<h1 itemprop=\"title\">Data Analyst</h1>\n<span itemprop=\"hiringOrganization\" itemscope itemtype=\"https://schema.org/Organization\"><span itemprop=\"name\">Initech</span></span>\n<div itemprop=\"jobLocation\" itemscope itemtype=\"https://schema.org/Place\"><div itemprop=\"address\" itemscope itemtype=\"https://schema.org/PostalAddress\"><span itemprop=\"addressLocality\">Austin</span>, <span itemprop=\"addressRegion\">TX</span> <meta itemprop=\"addressCountry\" content=\"US\"></div></div>\n<meta itemprop=\"employmentType\" content=\"PART_TIME\"><time itemprop=\"datePosted\" datetime=\"2026-10-05\">5 October</time>\n<div itemprop=\"description\"><p>Reporting with SQL and Tableau; Python scripts.</p></div>\n</div></body></html>"}],"job":{"title":"Data Analyst","company":"Initech","location":"Austin, TX","remote":false,"employment_type":"part_time","salary":null,"date_posted":"2026-10-05","valid_through":null,"skills":["SQL","Tableau","Python"],"description":"Reporting with SQL and Tableau; Python scripts.","source":"microdata","workplace":null,"nice_to_have_skills":[],"evidence":{"title":"microdata","company":"microdata","location":"microdata","remote":"unstated"}}}"## + "\n")
    }

    @Test func heuristicPage() throws {
        let r = try run("analyze-job", stdin: ##"{"application_id": 7, "pages": [{"url": "https://x.example/heuristic", "role": "seed", "body": "<html><head><title>Site Reliability Engineer \u2013 Globex</title><meta property=\"og:site_name\" content=\"Globex\"></head>\n<body><nav>Home Jobs Docker</nav><h1>Site Reliability Engineer</h1><div><p>Remote (Canada)</p><p>Full Time</p></div>\n<main><p>You will run our Kubernetes clusters on AWS and automate them with Terraform.</p>\n<p>Requirements: experience with Linux, Go and Prometheus in production environments.</p>\n<p>Salary: $120k \u2013 $150k per year</p></main><footer>Follow us on LinkedIn. Built with React.</footer></body></html>"}]}"## + "\n")
        #expect(r.stderr == "")
        #expect(r.status == 0)
        #expect(r.stdout == ##"{"application_id": 7, "pages": [{"url": "https://x.example/heuristic", "role": "seed", "body": "<html><head><title>Site Reliability Engineer \u2013 Globex</title><meta property=\"og:site_name\" content=\"Globex\"></head>\n<body><nav>Home Jobs Docker</nav><h1>Site Reliability Engineer</h1><div><p>Remote (Canada)</p><p>Full Time</p></div>\n<main><p>You will run our Kubernetes clusters on AWS and automate them with Terraform.</p>\n<p>Requirements: experience with Linux, Go and Prometheus in production environments.</p>\n<p>Salary: $120k \u2013 $150k per year</p></main><footer>Follow us on LinkedIn. Built with React.</footer></body></html>"}],"job":{"title":"Site Reliability Engineer","company":"Globex","location":"Canada","remote":true,"employment_type":"full_time","salary":{"min":120000,"max":150000,"currency":"USD","period":"year"},"date_posted":null,"valid_through":null,"skills":["Kubernetes","AWS","Terraform","Linux","Go","Prometheus"],"description":"You will run our Kubernetes clusters on AWS and automate them with Terraform.\nRequirements: experience with Linux, Go and Prometheus in production environments.\nSalary: $120k – $150k per year","source":"heuristic","workplace":"remote","nice_to_have_skills":[],"evidence":{"title":"h1","company":"site_name","location":"header","remote":"header"}}}"## + "\n")
    }

    @Test func jsonResumeProfile() throws {
        let tmp = try TempDir()
        let profile = try tmp.file("me.json", ##"{"basics": {"name": "Jo", "summary": "Backend developer who likes Kubernetes."}, "skills": [{"name": "Databases", "keywords": ["PostgreSQL", "Redis"]}, {"name": "golang"}], "work": [{"highlights": ["Ran services on AWS"]}]}"##)
        let r = try run("analyze-job", ["--profile", profile.path], stdin: ##"{"application_id": 7, "pages": [{"url": "https://x.example/heuristic", "role": "seed", "body": "<html><head><title>Site Reliability Engineer \u2013 Globex</title><meta property=\"og:site_name\" content=\"Globex\"></head>\n<body><nav>Home Jobs Docker</nav><h1>Site Reliability Engineer</h1><div><p>Remote (Canada)</p><p>Full Time</p></div>\n<main><p>You will run our Kubernetes clusters on AWS and automate them with Terraform.</p>\n<p>Requirements: experience with Linux, Go and Prometheus in production environments.</p>\n<p>Salary: $120k \u2013 $150k per year</p></main><footer>Follow us on LinkedIn. Built with React.</footer></body></html>"}]}"## + "\n")
        #expect(r.status == 0)
        #expect(r.stdout == ##"{"application_id": 7, "pages": [{"url": "https://x.example/heuristic", "role": "seed", "body": "<html><head><title>Site Reliability Engineer \u2013 Globex</title><meta property=\"og:site_name\" content=\"Globex\"></head>\n<body><nav>Home Jobs Docker</nav><h1>Site Reliability Engineer</h1><div><p>Remote (Canada)</p><p>Full Time</p></div>\n<main><p>You will run our Kubernetes clusters on AWS and automate them with Terraform.</p>\n<p>Requirements: experience with Linux, Go and Prometheus in production environments.</p>\n<p>Salary: $120k \u2013 $150k per year</p></main><footer>Follow us on LinkedIn. Built with React.</footer></body></html>"}],"job":{"title":"Site Reliability Engineer","company":"Globex","location":"Canada","remote":true,"employment_type":"full_time","salary":{"min":120000,"max":150000,"currency":"USD","period":"year"},"date_posted":null,"valid_through":null,"skills":["Kubernetes","AWS","Terraform","Linux","Go","Prometheus"],"description":"You will run our Kubernetes clusters on AWS and automate them with Terraform.\nRequirements: experience with Linux, Go and Prometheus in production environments.\nSalary: $120k – $150k per year","source":"heuristic","workplace":"remote","nice_to_have_skills":[],"evidence":{"title":"h1","company":"site_name","location":"header","remote":"header"}},"match":{"score":50,"matching_skills":["Kubernetes","AWS","Go"],"missing_skills":["Terraform","Linux","Prometheus"]}}"## + "\n")
    }

    @Test func plainTextProfile() throws {
        let tmp = try TempDir()
        let profile = try tmp.file("me.txt", "Ten years of Terraform, Linux and Go.\n")
        let line = #"{"pages":[{"body":"<h1>SRE</h1><main><p>Requirements: Linux, Terraform and Go and Kubernetes.</p><p>Nice to have: AWS experience for the cloud work.</p></main>"}]}"#
        let r = try run("analyze-job", ["--profile", profile.path], stdin: line + "\n")
        #expect(r.status == 0)
        let match = try object(r.lines[0])["match"] as? [String: Any]
        // required weigh 2, nice-to-have 1: (2 + 2 + 2) / (2 + 2 + 2 + 2 + 1) = 67
        #expect(match?["score"] as? Int == 67)
        #expect(match?["matching_skills"] as? [String] == ["Linux", "Terraform", "Go"])
        #expect(match?["missing_skills"] as? [String] == ["Kubernetes", "AWS"])
    }

    @Test func recordWithoutPageBodyGetsNullJob() throws {
        let line = #"{"id":1,"pages":[{"url":"https://x.example/","error":{"code":"timeout"}}]}"#
        let r = try run("analyze-job", ["--profile", "/dev/null"], stdin: line + "\n{\"id\":2}\n")
        #expect(r.status == 0)
        #expect(r.stdout == #"{"id":1,"pages":[{"url":"https://x.example/","error":{"code":"timeout"}}],"job":null,"match":null}"# + "\n" + #"{"id":2,"job":null,"match":null}"# + "\n")
    }

    @Test func topLevelBodyIsReadToo() throws {
        let r = try run("analyze-job", stdin: #"{"body":"<title>Welder - Forge Ltd</title><h1>Welder</h1>"}"# + "\n")
        #expect(r.status == 0)
        let job = try object(r.lines[0])["job"] as? [String: Any]
        #expect(job?["title"] as? String == "Welder")
        #expect(job?["company"] as? String == "Forge Ltd")
    }

    /// A page without <html> or <body> has its description read from the
    /// top level, and an unclosed <head> does not take the page with it.
    @Test func barePagesAndUnclosedHeads() throws {
        let bare = #"<h1>Dev</h1><p>We build data pipelines in Python and SQL every day.</p><p>You know Kubernetes and Terraform well enough.</p>"#
        let head = #"<html><head><title>Dev at Acme</title><h1>Dev</h1><p>We build data pipelines in Python and SQL every day.</p>"#
        let r = try run("analyze-job", stdin: [bare, head].map { #"{"pages":[{"body":"\#($0)"}]}"# + "\n" }.joined())
        let jobs = try r.lines.map { try object($0)["job"] as? [String: Any] ?? [:] }
        #expect(jobs.map { $0["description"] as? String } == [
            "Dev\nWe build data pipelines in Python and SQL every day.\nYou know Kubernetes and Terraform well enough.",
            "Dev\nWe build data pipelines in Python and SQL every day.",
        ])
        #expect(jobs.map { $0["skills"] as? [String] ?? [] } == [["Python", "SQL", "Kubernetes", "Terraform"], ["Python", "SQL"]])
    }

    /// Records come out in input order with errors on the lines they were
    /// on; `--jobs`, once analyze-job's threads, is still accepted and changes nothing.
    @Test func recordsAndErrorsInInputOrder() throws {
        let pages = [
            #"<h1>Data Analyst</h1><main><p>Reporting with SQL and Tableau for the finance team.</p></main>"#,
            #"<script type=\"application/ld+json\">{\"@type\":\"JobPosting\",\"title\":\"SRE\",\"description\":\"Go and Linux\"}</script>"#,
            #"<div itemscope itemtype=\"https://schema.org/JobPosting\"><h1 itemprop=\"title\">Chef</h1></div>"#,
        ]
        var input = ""
        for n in 0..<90 {
            if n == 41 { input += "not json\n" }
            input += n % 10 == 7 ? #"{"n":\#(n)}"# + "\n" : #"{"n":\#(n),"pages":[{"body":"\#(pages[n % 3])"}]}"# + "\n"
        }
        let one = try run("analyze-job", stdin: input)
        #expect(one.status == 65)
        #expect(one.stderr == "analyze-job: line 42: not a JSON object at byte 1\n")
        #expect(one.lines.count == 90)
        #expect(one.lines.enumerated().allSatisfy { $0.element.hasPrefix(#"{"n":\#($0.offset),"#) })
        #expect(one.lines[7] == #"{"n":7,"job":null}"#)
        let four = try run("analyze-job", ["--jobs", "4"], stdin: input)
        #expect(four.stdout == one.stdout && four.stderr == one.stderr && four.status == one.status)
        // errors from several files, in the order of the files
        let tmp = try TempDir()
        let small = try tmp.file("small.ndjson", #"{"pages":[{"body":"<h1>A</h1>"}]}"# + "\nnot json\n")
        let files = try run("analyze-job", [small.path, "/nonexistent", small.path])
        #expect(files.stderr == """
            analyze-job: \(small.path): line 2: not a JSON object at byte 1
            analyze-job: /nonexistent: No such file or directory
            analyze-job: \(small.path): line 2: not a JSON object at byte 1

            """)
        // a file that fails to read: what came before it still comes out
        let r = try run("analyze-job", [small.path, tmp.url.path])
        #expect(r.status == 74)
        #expect(r.lines.count == 1 && r.lines[0].contains(#""title":"A""#))
        #expect(r.stderr.hasSuffix("analyze-job: read: Is a directory\n"))
    }

    /// Pages built to hurt a reader: deep nesting, markup that never ends,
    /// an attribute of a megabyte. Each gets its job read, nothing crashes.
    @Test func hostilePagesAreReadToTheEnd() throws {
        let deep = String(repeating: "<div>", count: 50_000) + "deep" + String(repeating: "</div>", count: 50_000)
        let hostile = [
            "<h1>Deep</h1>" + deep,
            "<h1>Open comment</h1><!-- <p>never closed",
            #"<h1>Big attribute</h1><p title=\""# + String(repeating: "x", count: 1 << 20) + #"\">text</p>"#,
            "<h1>Open script</h1><script>" + String(repeating: "<", count: 100_000),
            String(repeating: "<p>", count: 100_000) + "<h1>Many paragraphs</h1>",
            // each <li> would search 512 open elements
            "<h1>Deep list</h1>" + String(repeating: "<b>", count: 600) + String(repeating: "<li>", count: 100_000),
            // ambiguous skills each once compared with every other
            "<h1>Go go go</h1><main><p>" + String(repeating: "Go ", count: 50_000) + "</p></main>",
            // a microdata property repeated: each once merged with every other
            #"<div itemscope itemtype=\"https://schema.org/JobPosting\"><h1 itemprop=\"title\">Props</h1>"#
                + String(repeating: #"<span itemprop=\"x\">a</span>"#, count: 20_000) + "</div>",
        ]
        let input = hostile.map { #"{"pages":[{"body":"\#($0)"}]}"# + "\n" }.joined()
        let r = try run("analyze-job", stdin: input)
        #expect(r.status == 0)
        #expect(r.stderr == "")
        let titles = try r.lines.map { try (object($0)["job"] as? [String: Any])?["title"] as? String }
        #expect(titles == ["Deep", "Open comment", "Big attribute", "Open script", "Many paragraphs", "Deep list",
                           "Go go go", "Props"])
    }

    @Test func unreadableProfileStopsWith74() throws {
        let r = try run("analyze-job", ["--profile", "/nonexistent/me.json"], stdin: "{}\n")
        #expect(r.status == 74)
        #expect(r.stdout == "")
        #expect(r.stderr == "analyze-job: /nonexistent/me.json: No such file or directory\n")
    }
}
