# The markup's arrangement against the page's (my own pages): "TELECOMMUTE" of a job whose page puts the work in the
# office and lets it be done from home some of the time is hybrid; a page that states remote work keeps it; days of
# remote work are some of the week.
import json
def page(body, telecommute=True):
    ld = {"@context": "https://schema.org", "@type": "JobPosting", "title": "Softwareentwickler (m/w/d)",
          "hiringOrganization": {"@type": "Organization", "name": "Kestrel Pay GmbH"},
          "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Leipzig", "addressCountry": "DE"}},
          "description": "Lust auf spannende Projekte in Leipzig? Dann bewirb dich jetzt!"}
    if telecommute:
        ld["jobLocationType"] = "TELECOMMUTE"
    return ("<html><head><title>Softwareentwickler</title><script type='application/ld+json'>" + json.dumps(ld)
            + "</script></head><body><h1>Softwareentwickler (m/w/d)</h1>" + body + "</body></html>")
CASES = [
 (page("<h3>Was wir bieten</h3><ul><li>Arbeiten in Leipzig in unserem neuen, modernen Büro, fünf Minuten vom Bahnhof</li><li>Möglichkeit zum Homeoffice</li></ul>"), None, {"workplace": "hybrid", "remote": False}),
 # (the page's own header states remote work: the markup's stays)
 (page("<p>Remote</p><h3>Was wir bieten</h3><ul><li>Ein Büro in Leipzig für alle, die es möchten</li><li>Homeoffice-Ausstattung</li></ul>"), None, {"workplace": "remote"}),
 # (a page that says nothing of its office keeps the markup's)
 (page("<p>Du entwickelst unsere Zahlungsdienste in Go.</p>"), None, {"workplace": "remote"}),
 # days of remote work, under their own heading
 ("<html><head><title>Growth Manager</title></head><body><h1>Growth Manager</h1><p>Location: New York</p><h4>Remote days</h4><p>We value work/life balance: you can work remotely 5 days a month.</p></body></html>", None, {"workplace": "hybrid"}),
 # working from the office, said under the title, is on-site; working from home is not
 ("<html><head><title>Tender Manager</title></head><body><h1>Tender Manager</h1><p>Work From Office (WFO)</p><p>Department: Sales</p><p>You will lead our tenders.</p></body></html>", None, {"workplace": "on_site", "remote": False}),
 ("<html><head><title>Tender Manager</title></head><body><h1>Tender Manager</h1><p>Work From Home</p><p>Department: Sales</p><p>You will lead our tenders.</p></body></html>", None, {"workplace": "remote"}),
 # a count of days before the remote word and the days after it: some of the week, hybrid
 ("<html><head><title>Lead Developer</title></head><body><h1>Lead Developer</h1><p>You will build our cloud platform.</p><ul><li>Flexible working hours and 2 remote days per week</li></ul></body></html>", None, {"workplace": "hybrid", "remote": False}),
 # (a count of things the remote word is said of is no days: "2 remote sites a day")
 ("<html><head><title>Lead Developer</title></head><body><h1>Lead Developer</h1><p>You will build our cloud platform and visit 2 remote sites a day in our Leipzig region.</p></body></html>", None, {"workplace": None}),
 # work that can be done from anywhere, said of the job, is remote
 ("<html><head><title>Vertriebsmitarbeiter</title></head><body><h1>Vertriebsmitarbeiter (m/w/d)</h1><p>Du berätst unsere Kunden per Telefon und Video.</p><ul><li>Tätigkeit komplett online, von überall aus durchführbar</li></ul></body></html>", None, {"workplace": "remote"}),
]
