import Foundation
import Testing

/// scripts/score-postings, the development scorer, on a two-page set made
/// here: one page read right (its label names a skill as "Postgres", the output
/// as "PostgreSQL"), one with a wrong place and a hybrid arrangement.
@Suite struct ScorePostingsTests {
    @Test func scoresASetAndNamesTheMisses() throws {
        let set = try TempDir()
        try FileManager.default.createDirectory(at: set.url.appendingPathComponent("pages"), withIntermediateDirectories: true)
        _ = try set.file("pages/001.html", """
            <html><head><title>Data Engineer - Acme GmbH</title></head><body><h1>Data Engineer</h1>
            <p>Standort: Berlin</p><p>Wir nutzen Python und PostgreSQL.</p></body></html>
            """)
        _ = try set.file("pages/002.html", """
            <html><head><title>Backend Developer - Beta BV</title></head><body><h1>Backend Developer</h1>
            <p>Locatie: Utrecht</p><p>Twee dagen per week thuiswerken. Je werkt met Java.</p></body></html>
            """)
        _ = try set.file("truth.ndjson", """
            {"id": "001", "title": "Data Engineer", "company": "Acme GmbH", "location": "Berlin", "remote": null, "workplace": null, "skills": ["Python", "Postgres"]}
            {"id": "002", "title": "Backend Developer", "company": "Beta BV", "location": "Amsterdam", "remote": false, "workplace": "hybrid", "skills": ["Java", "Kotlin"]}

            """)
        let out = try TempDir()
        let r = try runExecutable(packageRoot.appendingPathComponent("scripts/score-postings"),
                                  ["--bin", binDir.appendingPathComponent("analyze-job").path, "--out", out.url.path,
                                   "--pages", set.url.path])
        #expect(r.status == 0, "\(r.stderr)")
        let name = set.url.lastPathComponent
        #expect(r.lines == [
            "set\tpages\ttitle\tcompany\tlocation\tremote\tworkplace\tskills-F1\tsame-skill",
            name,
            "  001: skills: missed ['postgres'] extra ['postgresql']",
            "  002: location: 'Utrecht' (truth 'Amsterdam'); skills: missed ['kotlin'] extra []",
            // by name: 2 right, 1 extra, 2 missed; by skill: 3 right, 1 missed
            "\(name)\t2\t1.000 (2)\t1.000 (2)\t0.500 (2)\t1.000 (1)\t1.000 (1)\t0.571\t0.857",
        ])
        #expect(FileManager.default.fileExists(atPath: out.url.appendingPathComponent(name + ".ndjson").path))
    }
}
