import Foundation
import Testing

/// analyze-job --format table|csv and pipelines/analyze-postings: postings ranked by match.
@Suite struct AnalyzePostingsTests {
    static let input = """
        {"url":"https://a.example/1","pages":[{"body":"<h1>Data Analyst</h1><main><p>Requirements: SQL and Tableau.</p></main>"}]}
        {"url":"https://b.example/2","pages":[{"body":"<title>SRE – Globex</title><meta property=\\"og:site_name\\" content=\\"Globex\\"><h1>Site Reliability Engineer</h1><main><p>Requirements: Linux, Terraform, Go and Kubernetes.</p><p>Salary: $120k – $150k per year</p></main>"}]}
        {"url":"https://c.example/3","error":{"code":"dns","message":"no such host"},"pages":[]}

        """

    @Test func tableAndCSVRankByMatch() throws {
        let tmp = try TempDir()
        let profile = try tmp.file("me.txt", "Ten years of Terraform, Linux and Go.\n")
        let table = try run("analyze-job", ["--profile", profile.path, "--format", "table"], stdin: Self.input)
        #expect(table.status == 0 && table.stderr == "")
        #expect(table.stdout == """
            score  title                      company  location  remote  salary                  matching_skills       missing_skills  url
               75  Site Reliability Engineer  Globex   -         -       120000–150000 USD/year  Linux, Terraform, Go  Kubernetes      https://b.example/2
                0  Data Analyst               -        -         -       -                                             SQL, Tableau    https://a.example/1
                -  -                          -        -         -       -                       -                     -               https://c.example/3

            """)
        let csv = try run("analyze-job", ["--profile", profile.path, "--format", "csv"], stdin: Self.input)
        #expect(csv.lines == [
            "score,title,company,location,remote,salary,matching_skills,missing_skills,url",
            "75,Site Reliability Engineer,Globex,,,120000–150000 USD/year,\"Linux, Terraform, Go\",Kubernetes,https://b.example/2",
            "0,Data Analyst,,,,,,\"SQL, Tableau\",https://a.example/1",
            ",,,,,,,,https://c.example/3",
        ])
    }

    @Test func pipelineFetchesAndRanks() throws {
        let tmp = try TempDir()
        let profile = try tmp.file("me.txt", "Ten years of Terraform, Linux and Go.\n")
        let a = try tmp.file("a.html", "<h1>Data Analyst</h1><main><p>Requirements: SQL and Tableau.</p></main>")
        let b = try tmp.file("b.html", "<h1>Site Reliability Engineer</h1><main><p>Requirements: Linux, Terraform, Go and Kubernetes.</p></main>")
        let script = URL(fileURLWithPath: packageRoot.appendingPathComponent("pipelines/analyze-postings").path)
        let r = try runExecutable(script, ["--profile", profile.path, "--format", "csv"],
                                  stdin: "file://\(a.path)\nfile://\(b.path)\n")
        #expect(r.status == 0 && r.stderr == "")
        #expect(r.lines.map { $0.split(separator: ",").prefix(2).joined(separator: ",") }
                == ["score,title", "75,Site Reliability Engineer", "0,Data Analyst"])
        let missing = try runExecutable(script, [])
        #expect(missing.status == 64 && missing.stderr == "analyze-postings: --profile FILE is required\n")
        let noValue = try runExecutable(script, ["--profile"])
        #expect(noValue.status == 64 && noValue.stderr == "analyze-postings: --profile takes a value\n")
    }
}
