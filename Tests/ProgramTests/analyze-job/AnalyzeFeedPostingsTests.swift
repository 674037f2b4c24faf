import Foundation
import Testing

/// analyze-job on find-postings' records: a `job` from a feed (no pages)
/// gets its skills and `match` from its description, nothing fetched.
@Suite struct AnalyzeFeedPostingsTests {
    @Test func feedJobGetsSkillsAndMatch() throws {
        let tmp = try TempDir()
        let profile = try tmp.file("profile.txt", "I build systems with Kubernetes, Python, Terraform and SQL.\n")
        let record = #"{"url":"https://job-boards.greenhouse.io/acme/jobs/101","job":{"title":"Platform Engineer","company":"Acme","location":"Remote - US","remote":true,"employment_type":null,"department":"Engineering","salary":null,"date_posted":"2026-11-01","valid_through":null,"skills":[],"description":"We run Kubernetes and Terraform on AWS.\nPython","source":"feed"},"posting":{"ats":"greenhouse","board":"acme","id":"101"}}"#
        let r = try run("analyze-job", ["--profile", profile.path], stdin: record + "\n")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.lines == [#"{"url":"https://job-boards.greenhouse.io/acme/jobs/101","job":{"title":"Platform Engineer","company":"Acme","location":"Remote - US","remote":true,"employment_type":null,"department":"Engineering","salary":null,"date_posted":"2026-11-01","valid_through":null,"skills":["Kubernetes","Terraform","AWS","Python"],"description":"We run Kubernetes and Terraform on AWS.\nPython","source":"feed"},"posting":{"ats":"greenhouse","board":"acme","id":"101"},"match":{"score":75,"matching_skills":["Kubernetes","Terraform","Python"],"missing_skills":["AWS"]}}"#])
        // a job of any other source without pages is still read as no posting
        let other = try run("analyze-job", [], stdin: #"{"job":{"title":"X","source":"jsonld-elsewhere"}}"# + "\n")
        #expect(other.lines == [#"{"job":null}"#])
    }
}
