# place forms, round seven (my own pages): header facts, headings, titles, addresses
D = "<h2>What you will do</h2><ul><li>Build services in Python</li><li>Work with our product team</li></ul>"
def pg(body, title="Backend Engineer", head=""):
    return f"<html><head><title>{title}</title>{head}</head><body><header><a href='/'>Acme</a><nav><a>Jobs</a><a>About</a></nav></header><main>{body}{D}</main><footer>© Acme Ltd</footer></body></html>"
CASES = [
 (pg("<h1>Backend Engineer</h1><p>Engineering · Full-time · Lisbon, Portugal</p>"), None, {"location": "Lisbon, Portugal"}),
 (pg("<h1>Backend Engineer (Berlin)</h1>", title="Backend Engineer (Berlin)"), None, {"location": "Berlin"}),
 (pg("<h1>Backend Engineer</h1><h3>Location</h3><p>Our office is in central Copenhagen, close to the station.</p>"), None, {"location": "Copenhagen"}),
 (pg("<h1>Backend Engineer</h1><p>Arbeitsort: Musterstraße 1, 34117 Kassel</p>"), None, {"location": "Musterstraße 1, 34117 Kassel"}),
 (pg("<h1>Backend Engineer</h1><ul><li><span>Location</span><span>Madrid, Spain</span></li><li><span>Type</span><span>Full-time</span></li></ul>"), None, {"location": "Madrid, Spain"}),
 (pg("<h1>Backend Engineer</h1><div class='meta'><span class='city'>Graz</span><span class='country'>Austria</span></div>"), None, {"location": "Graz"}),
 (pg("<h1>Backend Engineer</h1><p>📍 Utrecht (hybrid) · 32–40 uur</p>"), None, {"location": "Utrecht"}),
 (pg("<h1>Backend Engineer</h1><p>Full-time, Remote within Germany</p>"), None, {"location": "Remote within Germany"}),
 (pg("<h1>Backend Engineer</h1><p>Locations: Paris or Lyon</p>"), None, {"location": "Paris or Lyon"}),
 (pg("<h1>Backend Engineer</h1><p>We are looking for a backend engineer to join our team in Ghent.</p>"), None, {"location": "Ghent"}),
 (pg("<h1>Backend Engineer</h1><p>Job ID 4411 | Posted 3 days ago | Manchester, UK</p>"), None, {"location": "Manchester, UK"}),
 (pg("<h1>Backend Engineer</h1><p>Salary: €60k · Location: Porto</p>"), None, {"location": "Porto"}),
 (pg("<h1>Backend Engineer</h1><dl><dt>Standort</dt><dd>Frankfurt am Main</dd></dl>"), None, {"location": "Frankfurt am Main"}),
 (pg("<h1>Backend Engineer</h1>", title="Backend Engineer Jobs in Leeds | Acme"), None, {"location": "Leeds"}),
 (pg("<h1>Backend Engineer</h1><p>Your workplace: our headquarters in Eindhoven</p>"), None, {"location": "Eindhoven"}),
 (pg("<h1>Développeur Backend H/F</h1><p>CDI - Bordeaux (33) - Télétravail partiel</p>", title="Développeur Backend H/F"), None, {"location": "Bordeaux (33)"}),
 (pg("<h1>Sviluppatore Backend</h1><p>Sede: Milano, Lombardia</p>", title="Sviluppatore Backend"), None, {"location": "Milano, Lombardia"}),
 (pg("<h1>Backend Engineer</h1><p>Seattle, WA 98101</p>"), None, {"location": "Seattle, WA 98101"}),
 (pg("<h1>Backend Engineer</h1><p class='location'>New York, NY / San Francisco, CA</p>"), None, {"location": "New York, NY / San Francisco, CA"}),
 (pg("<h1>Backend Engineer</h1><p>Based in Tallinn, Estonia — relocation support available.</p>"), None, {"location": "Tallinn, Estonia"}),
]
