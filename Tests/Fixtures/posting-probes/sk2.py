# Skills in the shapes of pages of stop 46 (my own pages): a landing page of full-width sections with an empty
# divider between each; the posting's skills are in a section past a divider from the longest.
def landing():
    about = ("We are building one platform for chat, planning and billing, for small companies that outgrew their "
             "spreadsheets. ") * 6
    return ("<html><head><title>Kestrelio — Full Stack Developer</title></head><body><nav><a href='/'>Kestrelio</a></nav>"
            "<section class='hero'><div class='wrap'><h1>Full Stack Developer</h1><p>A founding engineering role.</p>"
            "</div></section><div class='s-div'></div>"
            f"<section id='about'><div class='wrap'><div class='sec-tag'>About the company</div><p>{about}</p></div></section>"
            "<div class='s-div'></div>"
            "<section id='skills'><div class='wrap'><div class='sec-tag'>Core stack</div><p>You build our apps in Flutter "
            "and our services in Node.js with MongoDB, and you deploy them with Docker.</p></div></section>"
            "<div class='s-div'></div><footer>© 2026 Kestrelio</footer></body></html>")
CASES = [
 (landing(), None, {"skills": ["Flutter", "Node.js", "MongoDB", "Docker"]}),
]
# .NET as postings write it in lower case, and SQL Server as "MS-SQL"
CASES += [
 ("<html><head><title>Software-Architekt (m/w/d)</title></head><body><h1>Software-Architekt (m/w/d)</h1><p>Ihr Profil: "
  "mehrjährige Erfahrung in der Entwicklung mit C#, .net, MS-SQL, Angular</p></body></html>", None,
  {"skills": ["C#", ".NET", "SQL Server", "Angular"]}),
]
