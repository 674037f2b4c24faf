/// A candidate's skills, read from a JSON Resume file (skills[].name,
/// skills[].keywords, work[].highlights, basics.summary) or plain text.
public struct Profile: Sendable {
    /// Skill names, normalised for comparison.
    let skills: Set<String>

    public init(text: String) {
        var names: Set<String> = []
        let matcher = SkillMatcher()
        if let json = try? JSON.parse(text), json.objectValue != nil {
            var prose: [String] = []
            for skill in json["skills"]?.arrayValue ?? [] {
                let items = [skill["name"]] + (skill["keywords"]?.arrayValue ?? []).map { Optional($0) }
                for item in items.compactMap({ $0?.stringValue }) {
                    // a listed skill counts whether or not the dictionary knows it
                    names.insert(Profile.normalized(Profile.displayName(item, matcher)))
                }
            }
            for job in json["work"]?.arrayValue ?? [] {
                prose += (job["highlights"]?.arrayValue ?? []).compactMap(\.stringValue)
                if let s = job["summary"]?.stringValue { prose.append(s) }
            }
            if let s = json["basics"]?["summary"]?.stringValue { prose.append(s) }
            for found in matcher.skills(in: prose.joined(separator: "\n")) { names.insert(Profile.normalized(found.name)) }
        } else {
            for found in matcher.skills(in: text) { names.insert(Profile.normalized(found.name)) }
        }
        skills = names
    }

    /// The dictionary's name for a listed skill ("golang" → "Go"), or the skill as written.
    static func displayName(_ item: String, _ matcher: SkillMatcher) -> String {
        matcher.dictionary.displayName(of: item) ?? item
    }

    /// Lower case without spaces, dots, hyphens and underscores: "Node.js" = "nodejs".
    static func normalized(_ s: String) -> String {
        String(s.lowercased().filter { $0 != " " && $0 != "." && $0 != "-" && $0 != "_" })
    }

    /// The `match` object: score = 100 × matched weight / total weight,
    /// required skills weigh 2, nice-to-have skills 1; null without skills.
    func match(_ posting: Posting) -> JSON {
        var total = 0, got = 0
        var matching: [String] = [], missing: [String] = []
        for skill in posting.skills {
            let weight = skill.niceToHave ? 1 : 2
            total += weight
            if skills.contains(Profile.normalized(skill.name)) {
                got += weight
                matching.append(skill.name)
            } else {
                missing.append(skill.name)
            }
        }
        let score: JSON = total == 0 ? .null : .int((got * 100 + total / 2) / total)
        return .object([("score", score), ("matching_skills", .strings(matching)), ("missing_skills", .strings(missing))])
    }
}

#if canImport(Glibc)
import Glibc
#endif

extension Profile {
    /// Reads a profile file, of at most `InputLimits.maxLineBytes`; the error is a one-line message.
    public static func load(path: String) throws -> Profile {
        do {
            return Profile(text: String(decoding: try InputLimits.readFile(path), as: UTF8.self))
        } catch let e as SystemError {
            throw FatalError("\(path): \(String(cString: strerror(e.errno)))")
        } catch {
            throw FatalError("\(error)")
        }
    }
}
