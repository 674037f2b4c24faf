BODY = ("<h2>Your role</h2><p>You will build the booking services of European railways with a small team, "
        "in Go and PostgreSQL, and look after them in production.</p><h2>About you</h2><p>You have built and run "
        "web services before and you like to write things down.</p>")


def page(facts, title="Backend Engineer", head=""):
    return (f"<html><head><title>{title} | Ferrovia Systems</title>{head}</head><body><header><nav><a href='/'>Home</a>"
            f"<a href='/jobs'>Jobs</a><a href='/about'>About</a></nav></header><main><h1>{title}</h1>{facts}{BODY}</main>"
            "<footer>© 2026 Ferrovia Systems B.V.</footer></body></html>")


U = "https://ferrovia.example/careers/backend-engineer"
CASES = [
 # labels not yet read, in six languages
 (page("<p>City: Rotterdam</p>"), U, {"location": "Rotterdam"}),
 (page("<p>Work location: Denver, Colorado</p>"), U, {"location": "Denver, Colorado"}),
 (page("<p>Office location: Toronto, ON</p>"), U, {"location": "Toronto, ON"}),
 (page("<p>Place of work: Edinburgh</p>"), U, {"location": "Edinburgh"}),
 (page("<p>Ville : Grenoble</p>"), U, {"location": "Grenoble"}),
 (page("<p>Localidad: Valencia</p>"), U, {"location": "Valencia"}),
 (page("<p>Città: Firenze</p>"), U, {"location": "Firenze"}),
 (page("<p>Standplaats: Zwolle</p>"), U, {"location": "Zwolle"}),
 (page("<p>Dienstsitz: Bonn</p>"), U, {"location": "Bonn"}),
 # places in elements named for them, with no label
 (page("<div class=\"job-meta\"><span class=\"job-location\">Leipzig</span><span class=\"job-type\">Full-time</span></div>"), U, {"location": "Leipzig"}),
 (page("<ul class=\"facts\"><li data-field=\"location\">Antwerpen</li><li>Permanent</li></ul>"), U, {"location": "Antwerpen"}),
 (page("<p><a href=\"https://maps.example/?q=Malm%C3%B6\">Malmö, Sweden</a></p>"), U, {"location": "Malmö, Sweden"}),
 # a breadcrumb and the title
 (page("<nav class=\"breadcrumb\"><a href='/'>Home</a> &gt; <a href='/jobs'>Jobs</a> &gt; <a href='/jobs/de'>Germany</a> &gt; <a href='/jobs/de/dresden'>Dresden</a> &gt; Backend Engineer</nav>"), U, {"location": "Dresden"}),
 (page("", title="Backend Engineer (m/w/d) in Hamburg"), U, {"location": "Hamburg"}),
 (page("", title="Backend Engineer – Valencia"), U, {"location": "Valencia"}),
 # sentences
 (page("<p>Poste basé à Lyon, avec deux jours de télétravail par semaine.</p>"), U, {"location": "Lyon"}),
 (page("<p>Il posto di lavoro è a Torino.</p>"), U, {"location": "Torino"}),
 (page("<p>El puesto está ubicado en Málaga.</p>"), U, {"location": "Málaga"}),
 (page("<p>Je komt te werken op ons kantoor in Groningen.</p>"), U, {"location": "Groningen"}),
 (page("<p>Dein Arbeitsplatz ist unser Büro in Nürnberg.</p>"), U, {"location": "Nürnberg"}),
 # facts
 (page("<p>Vollzeit | 80331 München | ab sofort</p>"), U, {"location": "80331 München"}),
 (page("<p>Full-time · Hybrid · Bristol, UK</p>"), U, {"location": "Bristol, UK"}),
 (page("<p>Locations: Berlin, Hamburg or Munich</p>"), U, {"location": "Berlin, Hamburg or Munich"}),
 (page("<p>Location(s): London; Edinburgh</p>"), U, {"location": "London; Edinburgh"}),
 # the employer's town alone under its copyright line in the footer, where the page states no place
 (page("").replace("<footer>© 2026 Ferrovia Systems B.V.</footer>", "<footer><ul><li>© 2026 Ferrovia Systems B.V.</li><li>Vienna/Europe</li><li>jobs@ferrovia.example</li></ul></footer>"), U, {"location": "Vienna/Europe"}),
 (page("").replace("<footer>© 2026 Ferrovia Systems B.V.</footer>", "<footer><p>© 2026 Ferrovia Systems B.V.</p><p>Utrecht, Netherlands</p></footer>"), U, {"location": "Utrecht, Netherlands"}),
 (page("").replace("<footer>© 2026 Ferrovia Systems B.V.</footer>", "<footer><p>© 2026 Ferrovia Systems B.V.</p><p>Imprint</p><p>Utrecht</p></footer>"), U, {"location": None}),
 # a known town alone in brackets in the text, where nothing else names the place
 (page("<p>Ferrovia Systems is een jonge onderneming in het midden van het land (Utrecht).</p>"), U, {"location": "Utrecht"}),
 (page("<p>Unser Team (Den Haag) baut Buchungssysteme.</p>"), U, {"location": "Den Haag"}),
 (page("<p>We write Java (Spring) and Go.</p>"), U, {"location": None}),
 (page("<p>Ferrovia Systems (Utrecht office opened in 2019) builds booking services.</p>"), U, {"location": None}),
 # a long sentence under a place label alone: its known town, or the country it puts the team in
 (page("<h3>Location</h3><p>Although we are technically based in the UK, we all work from home, so we are open to anyone who can work a good part of the day on European time.</p>"), U, {"location": "UK"}),
 (page("<h3>Standort</h3><p>Unser Büro liegt mitten in Leipzig, ein paar Minuten vom Hauptbahnhof, und wer mag, arbeitet an zwei Tagen der Woche auch gern von zu Hause aus.</p>"), U, {"location": "Leipzig"}),
 (page("<h3>Location</h3><p>We have no office at all: everyone works from wherever they like, and we meet twice a year for a week to plan the work together and to see each other.</p>"), U, {"location": None}),
]
