# Employers in the shapes of pages of stop 46 (my own pages): a name the text writes with its short form in
# brackets agrees with the same name elsewhere ("Harwick Financial Services (HFS)" and the site's name), and so
# beats a shorter name the page title gives the site.
def vacancy(text, site="Harwick Financial Services"):
    return ("<html><head><title>Marketing Manager | Vacancy | Harwick Canada</title>"
            f"<meta property='og:site_name' content='{site}'></head><body><h1>Marketing Manager</h1>"
            f"<p>{text}</p><p>Send your resume to hr@harwickusa.com.</p></body></html>")
CASES = [
 (vacancy("At Harwick Financial Services (HFS), marketing is about understanding small businesses. We are looking "
          "for an experienced marketing manager."), None, {"company": "Harwick Financial Services"}),
]
# a page title's segment that names a job is no employer, even the page title's only segment over a heading
# that names another; a heading "Why Join?" names no one
CASES += [
 ("<html><head><title>Kestrelio — Founding Engineer · Full Stack Developer</title></head><body><h1>Full Stack Developer</h1>"
  "<p>You will build our apps.</p><h2>Why Join?</h2><p>You shape the product from day one.</p>"
  "<footer>© 2026 Kestrelio</footer></body></html>", None, {"company": "Kestrelio"}),
 ("<html><head><title>Data Scientist</title></head><body><nav>Home Careers Contact</nav><h1>Databricks Engineer</h1>"
  "<p>Location: Pune</p><p>You build data pipelines with Databricks.</p></body></html>", None, {"company": None}),
]
# a footer's line that reserves the rights of a name, with no mark of copyright, names the owner
CASES += [
 ("<html><head><title>Snowflake Developer</title></head><body><nav>Home About Careers</nav><h1>Snowflake Developer</h1>"
  "<p>Location: Pune</p><p>You build pipelines in Snowflake.</p><footer><p>Kestrel Data Systems Pvt Ltd. All Rights "
  "Reserved 2022</p></footer></body></html>", None, {"company": "Kestrel Data Systems Pvt Ltd", "title": "Snowflake Developer"}),
 ("<html><head><title>Snowflake Developer</title></head><body><h1>Snowflake Developer</h1>"
  "<p>Location: Pune</p><p>You build pipelines in Snowflake.</p><footer><p>Content on this site is ours. All rights "
  "reserved.</p></footer></body></html>", None, {"company": None}),
]
# the employer after the dash in the job's heading, on a site whose owner hosts others' postings (a student club's);
# not the employer's own unit after the dash on its own site
def club(h):
    return ("<html><head><title>Vacature</title></head><body><nav>Home Info Kalender Sponsors Vacature</nav>"
            f"<h2>Vacature</h2><h2>{h}</h2><p>Je belt en mailt nieuwe klanten.</p><p>Jan Peeters</p><p>Managing Partner</p>"
            "<p>Kestrel Ventures</p><footer>© 2025 Studentenkring Delta. Alle rechten voorbehouden.</footer></body></html>")
def own(h):
    return ("<html><head><title>Careers | Kestrel Payments</title><meta property='og:site_name' content='Kestrel Payments'>"
            f"</head><body><h1>{h}</h1><p>You build our payment services in Go.</p><footer>© 2026 Kestrel Payments Ltd"
            "</footer></body></html>")
CASES += [
 (club("Business Developer (Parttime) – Kestrel Ventures"), None, {"company": "Kestrel Ventures", "title": "Business Developer (Parttime)"}),
 (own("Backend Engineer – Payments"), None, {"company": "Kestrel Payments"}),
 (own("Backend Engineer – Risk Platform"), None, {"company": "Kestrel Payments"}),
 (own("Backend Engineer – Core Banking Team"), None, {"company": "Kestrel Payments", "title": "Backend Engineer – Core Banking Team"}),
]
# a staffing agency's markup names the agency, on its own site; the text says the job is its client's, unnamed:
# the employer is confidential ("Unser Auftraggeber ist …")
CASES += [
 ("<html><head><title>Softwareentwickler (w/m/d) | Kestrel Personal GmbH</title>"
  "<meta property='og:site_name' content='Kestrel Personal GmbH'>"
  "<script type='application/ld+json'>{\"@context\": \"https://schema.org\", \"@type\": \"JobPosting\", \"title\": "
  "\"Softwareentwickler (w/m/d)\", \"hiringOrganization\": {\"@type\": \"Organization\", \"name\": \"Kestrel Personal GmbH\"}, "
  "\"jobLocation\": {\"@type\": \"Place\", \"address\": {\"@type\": \"PostalAddress\", \"addressLocality\": \"Linz\"}}}</script>"
  "</head><body><h1>Softwareentwickler (w/m/d)</h1><p>Kestrel Personal GmbH</p><p>Linz</p><h2>Über das Unternehmen</h2>"
  "<p>Unser Auftraggeber ist einer der führenden Hersteller in der mobilen Robotik.</p><p>Du entwickelst Software in C++.</p>"
  "</body></html>", None, {"company": "Confidential", "location": "Linz"}),
]
# … and on the agency's own site, its links to its own section about itself name the agency, not the employer
CASES += [
 ("<html><head><title>Projektbeschreibung</title></head><body><div class='agency-header-nav'><a href='https://www.kestrel-staff.example/'>Home</a>"
  "<a href='https://www.kestrel-staff.example/unternehmen/'>Über uns</a><div class='agency-header-nav-sub'>"
  "<a href='https://www.kestrel-staff.example/unternehmen/management'>Management</a><br>"
  "<a href='https://www.kestrel-staff.example/unternehmen/compliance'>Compliance &amp; CSR</a></div></div>"
  "<h1>Testautomatisierer (m/w/d)</h1><p>Für unseren Kunden in Köln suchen wir einen Testautomatisierer (m/w/d).</p>"
  "<p>Du automatisierst Tests mit Selenium.</p></body></html>", None, {"company": "Confidential"}),
]
