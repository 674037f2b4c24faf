import Foundation
import Testing

/// score-contacts on one record of a German company: exact output.
@Suite struct ScoreContactsTests {
    static let input = #"{"application_id":7,"url":"https://www.acme.de/jobs/42","pages":[{"url":"https://www.acme.de/jobs/42","role":"seed"},{"url":"https://www.acme.de/karriere","role":"careers"}],"emails":[{"email":"jobs@acme.de","method":"mailto","source_url":"https://www.acme.de/karriere"},{"email":"anna.schmidt@acme.de","name":"Anna Schmidt","method":"text","source_url":"https://www.acme.de/karriere"},{"email":"jobs@acme.de","method":"text","source_url":"https://www.acme.de/jobs/42"},{"email":"info@mail.acme.de","method":"text","source_url":"https://www.acme.de/jobs/42"},{"email":"max@gmail.com","method":"text","source_url":"https://www.acme.de/jobs/42"},{"email":"noreply@acme.de","method":"text","source_url":"https://www.acme.de/jobs/42"}]}"#

    @Test func contactsAreClassifiedScoredAndSorted() throws {
        let r = try run("score-contacts", stdin: Self.input + "\n")
        #expect(r.status == 0 && r.stderr == "")
        #expect(r.stdout == #"{"application_id":7,"url":"https://www.acme.de/jobs/42","pages":[{"url":"https://www.acme.de/jobs/42","role":"seed"},{"url":"https://www.acme.de/karriere","role":"careers"}],"emails":[{"email":"jobs@acme.de","method":"mailto","source_url":"https://www.acme.de/karriere"},{"email":"anna.schmidt@acme.de","name":"Anna Schmidt","method":"text","source_url":"https://www.acme.de/karriere"},{"email":"jobs@acme.de","method":"text","source_url":"https://www.acme.de/jobs/42"},{"email":"info@mail.acme.de","method":"text","source_url":"https://www.acme.de/jobs/42"},{"email":"max@gmail.com","method":"text","source_url":"https://www.acme.de/jobs/42"},{"email":"noreply@acme.de","method":"text","source_url":"https://www.acme.de/jobs/42"}],"contacts":[{"email":"jobs@acme.de","name":null,"kind":"role","confidence":0.95,"domain_match":"exact","free_provider":false,"method":"mailto","sources":["https://www.acme.de/karriere","https://www.acme.de/jobs/42"],"reasons":["found on careers page","matches company domain","recruiting address","published to be written to","found on 2 pages"]},{"email":"anna.schmidt@acme.de","name":"Anna Schmidt","kind":"personal","confidence":0.80,"domain_match":"exact","free_provider":false,"method":"text","sources":["https://www.acme.de/karriere"],"reasons":["found on careers page","matches company domain","personal address","name given on page"]},{"email":"info@mail.acme.de","name":null,"kind":"generic","confidence":0.55,"domain_match":"subdomain","free_provider":false,"method":"text","sources":["https://www.acme.de/jobs/42"],"reasons":["subdomain of company domain","general address"]},{"email":"max@gmail.com","name":null,"kind":"personal","confidence":0.30,"domain_match":"none","free_provider":true,"method":"text","sources":["https://www.acme.de/jobs/42"],"reasons":["other domain than company","personal address","free email provider"]},{"email":"noreply@acme.de","name":null,"kind":"noreply","confidence":0.25,"domain_match":"exact","free_provider":false,"method":"text","sources":["https://www.acme.de/jobs/42"],"reasons":["matches company domain","no-reply address"]}]}"# + "\n")
    }

    @Test func filtersApplyInsideTheRecord() throws {
        let r = try run("score-contacts", ["--min-confidence", "0.5", "--top", "2", "--kinds", "role,generic"], stdin: Self.input + "\n")
        #expect(r.status == 0)
        #expect(r.stdout == #"{"application_id":7,"url":"https://www.acme.de/jobs/42","pages":[{"url":"https://www.acme.de/jobs/42","role":"seed"},{"url":"https://www.acme.de/karriere","role":"careers"}],"emails":[{"email":"jobs@acme.de","method":"mailto","source_url":"https://www.acme.de/karriere"},{"email":"anna.schmidt@acme.de","name":"Anna Schmidt","method":"text","source_url":"https://www.acme.de/karriere"},{"email":"jobs@acme.de","method":"text","source_url":"https://www.acme.de/jobs/42"},{"email":"info@mail.acme.de","method":"text","source_url":"https://www.acme.de/jobs/42"},{"email":"max@gmail.com","method":"text","source_url":"https://www.acme.de/jobs/42"},{"email":"noreply@acme.de","method":"text","source_url":"https://www.acme.de/jobs/42"}],"contacts":[{"email":"jobs@acme.de","name":null,"kind":"role","confidence":0.95,"domain_match":"exact","free_provider":false,"method":"mailto","sources":["https://www.acme.de/karriere","https://www.acme.de/jobs/42"],"reasons":["found on careers page","matches company domain","recruiting address","published to be written to","found on 2 pages"]},{"email":"info@mail.acme.de","name":null,"kind":"generic","confidence":0.55,"domain_match":"subdomain","free_provider":false,"method":"text","sources":["https://www.acme.de/jobs/42"],"reasons":["subdomain of company domain","general address"]}]}"# + "\n")
    }

    @Test func badOptionValuesAreUsageErrors() throws {
        let r = try run("score-contacts", ["--kinds", "role,boss"])
        #expect(r.status == 64)
        let c = try run("score-contacts", ["--min-confidence", "2"])
        #expect(c.status == 64)
    }
}
