# Small employers' own sites, as a second development set showed them: an address without a postcode, a careers
# page's question about remote work, a section headed "Us", a logo's name in one word, a role a sentence opens
# with, a slogan for a heading, a place in brackets after the title; and remote work some days, in words.
BODY = ("<h2>Wat ga je doen?</h2><p>Je bouwt webapplicaties in Java en Spring voor onze klanten, samen met een klein "
        "team.</p><h2>Wie ben jij?</h2><p>Je hebt ervaring met webdiensten.</p>")


def page(facts="", h1="Java Developer", title="Java Developer | Bakker Web", header="", footer="© 2026 Bakker Web",
         logo=""):
    return (f"<html><head><title>{title}</title></head><body><header><nav><a href='/'>{logo or 'Home'}</a>"
            f"<a href='/vacatures'>Vacatures</a></nav>{header}</header><main><h1>{h1}</h1>{facts}{BODY}</main>"
            f"<footer><p>{footer}</p></footer></body></html>")


U = "https://bakkerweb.example/vacatures/java-developer"
EN = ("<p>You will build web services in Go and PostgreSQL for our customers, with a small team of engineers.</p>"
      "<p>You know how to run services in production.</p>")


def en(facts="", h1="Backend Engineer", title="Backend Engineer | Kestrel", footer="© 2026 Kestrel Ltd"):
    return (f"<html><head><title>{title}</title></head><body><main><h1>{h1}</h1>{facts}{EN}</main>"
            f"<footer><p>{footer}</p></footer></body></html>")


KU = "https://kestrel.example/careers/backend"
CASES = [
 # an address with no postcode: a street and its number, then a known town
 (page(footer="Bakker Web · Nevelgaarde 40, Nieuwegein · 030 260 16 02"), U, {"location": "Nieuwegein"}),
 (page(footer="Bakker Web</p><p>Route de Payerne 14</p><p>1773 Léchelles · Fribourg"), U, {"location": "1773 Léchelles, Fribourg"}),
 # (a year is no street number)
 (page(footer="Since 2011, Utrecht"), U, {"location": None}),
 (en(footer="493 Bourke St, Surry Hills Sydney NSW 2010 Australia"), KU, {"location": "Sydney NSW"}),
 # a question about the arrangement, and the answer that opens with it
 (en("<h3>Is this remote or on site?</h3><p>On site - although many of us work from home now and then. And we’re pretty flexible in terms of "
     "having time off for the things that come up.</p>"), KU,
  {"workplace": "on_site", "remote": False}),
 (en("<h3>Can I work remotely?</h3><p>Hybrid: two days a week at the office.</p>"), KU, {"workplace": "hybrid"}),
 # a section headed "Us" under the title names no employer
 ("<html><head><title>Senior Ruby Developer | Red Kite</title></head><body><main><h1>Senior Ruby Developer</h1>"
  "<h2>Us</h2><p>We’re a Ruby development agency in Leeds.</p><h2>You</h2><p>You’re an experienced developer who "
  "knows Ruby on Rails and PostgreSQL.</p></main></body></html>", "https://redkite.example/careers/ruby",
  {"company": "Red Kite"}),
 # a logo's name in one word is the name the text writes in two
 (page("<p>Open Web is een snelgroeiend bedrijf in Nieuwegein.</p>", title="Vacatures - Java Developer",
       logo="<img src='/logo.png' alt='OpenWeb'>", footer="© 2026 OpenWeb"), "https://openweb.example/vacatures/java",
  {"company": "Open Web"}),
 # the logo's name and its town agree with the page title's name without it, over a tagline
 (page(title="ZFA Jobs in Winsen | Wallpraxis - Moderne Zahnarztpraxis", h1="Ihre Karriere bei uns",
       logo="<img src='/logo.png' alt='Wallpraxis Winsen'>", footer="Impressum"), None,
  {"company": "Wallpraxis"}),
 # the role a sentence opens with, where nothing else names the job
 ("<html><head><title>Stellenangebote | Pflegedienst Nord</title></head><body><main><h1>Stellenangebote</h1>"
  "<p>Der Pflegedienst Nord ist ein Anbieter ambulanter Pflege.</p><p>Als Pflegekraft im Pflegedienst Nord sind Sie "
  "für die Pflege unserer Kunden verantwortlich.</p></main></body></html>", "https://pflegedienst-nord.example/jobs",
  {"title": "Pflegekraft"}),
 # a heading that exclaims and names no role is a slogan
 (page(h1="Deine Zukunft beginnt hier!", title="Ausbildung zum Fachinformatiker | Bakker Web"), U,
  {"title": "Ausbildung zum Fachinformatiker"}),
 # a Dutch role that ends in "kracht", under a heading that names the page
 (page(h1="Vacatures", title="Vacatures | Bakker Web", facts="<p>Leerkracht groep 5</p>"), U, {"title": "Leerkracht groep 5"}),
 # a place in brackets after the job's title, over one near a heading
 ("<html><head><title>Careers | Anvil Engineering</title></head><body><main><h1>WORK WITH US</h1>"
  "<h2>Software Engineer (Maryland)</h2>" + EN + "<h1>SAY HELLO</h1><p>© 2014 Anvil Engineering LLC</p>"
  "<p>Elkridge, MD 21075</p></main></body></html>", "https://anvil.example/careers/se", {"location": "Maryland"}),
 # the place of work said in a sentence, "will be" and "in" between
 (en("<p>Nørregade 10</p><p>1165 København K</p><p>The place of work will be in Copenhagen. The position is for 24 "
     "months.</p>"), KU, {"location": "Copenhagen"}),
 # a recruiter that names itself seeks for one of its clients
 ("<html><head><title>Administrateur systèmes</title></head><body><main><h1>Administrateur systèmes</h1><p>Ferrovia "
  "Conseil recherche un administrateur systèmes pour un de ses clients basé à Lyon.</p><p>Vous administrez des "
  "serveurs Linux.</p></main></body></html>", None, {"company": "Confidential"}),
 # remote some days of the week, on the line of a remote phrase
 (en("<ul><li>You can work remotely two days a week.</li></ul>"), KU, {"workplace": "hybrid"}),
 # "home office" in two words, with a possibility; the Home Office of a government is none
 (en("<ul><li>Possibility of home office.</li></ul>"), KU, {"workplace": "hybrid"}),
 (en("<p>You will advise the Home Office on policy.</p>"), KU, {"workplace": None}),
 # Czech: "occasional work from home"
 (en("<ul><li>Možnost občasné práce z domova</li></ul>"), KU, {"workplace": "hybrid"}),
]
