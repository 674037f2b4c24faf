# Saved pages and copyright lines in the shapes of pages of stop 45 (my own pages): the address a saved page states
# as its own, and a copyright owner whose name opens with an abbreviation.
SAVED = "file:///home/me/saved/posting.html"
CASES = [
 # a saved ATS page whose scripts never ran: only its meta tags, its own address in og:url; the account there names
 # the employer, over the part of og:title after the dash (a part of the title)
 ("<html><head><title></title><meta property='og:title' content='Senior Strategy Manager - Content Creation'>"
  "<meta property='og:url' content='https://kestrelsoft.wd1.myworkdayjobs.com/en-US/Ext/job/Montreal-QC/Senior-Strategy-Manager_24WD815'>"
  "<meta property='og:description' content='Job Requisition ID # 24WD815. Senior Strategy Manager for our media products.'>"
  "</head><body><div id='root'></div><noscript>Please enable JavaScript.</noscript></body></html>", SAVED,
  {"company": "Kestrelsoft", "title": "Senior Strategy Manager"}),
 # (a site's home as its stated address is no posting's: nothing is read from it)
 ("<html><head><title>Senior Strategy Manager - Content Creation</title><link rel='canonical' href='https://kestrelsoft.wd1.myworkdayjobs.com/'>"
  "</head><body><p>We build media products.</p></body></html>", SAVED, {"company": "Content Creation"}),
 # a copyright owner whose name opens with an abbreviation, the firm named for its trade, the job its trade too
 ("<html><head><title>Stellen · Plattenleger gesucht in Malters · S.B. Plattenleger</title></head><body>"
  "<h1>Wir suchen Plattenleger</h1><p>Du verlegst Platten in Bädern und Küchen in der Region Luzern.</p>"
  "<footer><p>© 2026 S.B. Plattenleger GmbH · Malters · Impressum</p></footer></body></html>", SAVED,
  {"company": "S.B. Plattenleger GmbH"}),
 # (the abbreviation of a legal form ends the name: "Kestrel B.V. Privacy")
 ("<html><head><title>Monteur | Kestrel</title></head><body><h1>Monteur</h1><p>Je monteert installaties bij klanten.</p>"
  "<footer><p>© 2026 Kestrel B.V. Privacy policy</p></footer></body></html>", SAVED, {"company": "Kestrel"}),
]
# a footer the markup names as one (<div class="footer">), its copyright line the site's owner; a logo that links to
# the site's home, the site's own logo (not an employer's beside the posting); a site name and "Website" after a dash
CASES += [
 ("<html><head><title>Nos offres</title></head><body><div class='header'><a href='index.html'><img src='logo.png' alt='waves'></a>"
  "<a href='offres.html'>Nos offres</a></div><h2>Ingénieur support applicatif</h2><p>Vous traitez les demandes des utilisateurs "
  "et rédigez la documentation.</p><div class='footer'><div class='bottom-footer'><div class='copyright'>©2022 Kestrel-Vision.</div>"
  "</div></div></body></html>", None, {"company": "Kestrel-Vision"}),
 ("<html><head><title>Offre développeur</title><meta name='application-name' content='Kestrel - Website'></head><body>"
  "<h1>Développeur confirmé</h1><p>Vous développez nos applications web en Java.</p>"
  "<div class='footerBottom'><a href='/'><img src='logo.svg' alt='Kestrel'></a><small>© 2007 - 2024 Kestrel</small></div></body></html>",
  None, {"company": "Kestrel"}),
]
# a page title that is the name the domain of the page's mail address spells: the site's, not the job; the heading is
CASES += [
 ("<html><head><title>Kestrel Techniek</title></head><body><div class='menu'><a href='/'>HOME</a> <a href='/vacatures'>Vacatures</a></div>"
  "<p>jc@kestreltechniek.com</p><h3>Lassers / Aflasser</h3><h5>Over de functie</h5><p>Voor onze opdrachtgever zijn wij per direct op "
  "zoek naar lassers.</p><p>Mail ons op jc@kestreltechniek.com</p></body></html>", None, {"title": "Lassers / Aflasser"}),
]
# a small employer's name in its footer without its legal form: before its address on one line, over it in an
# address block or in lines of their own, after a copyright's year and a bar; a heading over the address is no name
def footer(f):
    return ("<html><head><title>Stellenangebot</title></head><body><nav><a href='/'>Start</a><a href='/karriere'>Karriere</a></nav>"
            "<h1>Elektriker (m/w/d)</h1><p>Wir suchen ab sofort einen Elektriker für Installationen bei unseren Kunden.</p>"
            f"<footer>{f}</footer></body></html>")
CASES += [
 (footer("<p>Kestrel Elektrotechnik · Hauptstraße 5 · 12345 Neustadt</p>"), None, {"company": "Kestrel Elektrotechnik"}),
 (footer("<address>Elektro Kestrel<br>Hauptstraße 5<br>12345 Neustadt</address>"), None, {"company": "Elektro Kestrel"}),
 (footer("<p>Elektro Kestrel</p><p>Hauptstraße 5</p><p>12345 Neustadt</p>"), None, {"company": "Elektro Kestrel"}),
 (footer("<p>© 2024 | Kestrel Elektrotechnik</p>"), None, {"company": "Kestrel Elektrotechnik"}),
 (footer("<p>Kontakt & Anfahrt</p><p>Hauptstraße 5</p><p>12345 Neustadt</p>"), None, {"company": None}),
]
# the name a mail domain spells in ASCII for letters the text writes with umlauts or accents
CASES += [
 (footer("<p>Bewerbungen bitte an info@kestrel-mueller.de</p><p>Kestrel Müller steht für Qualität.</p>").replace("<footer>", "<div>").replace("</footer>", "</div>"),
  None, {"company": "Kestrel Müller"}),
]
# a sentence that says the name is a trade's firm, a practice or a chambers ("ist ein Familienbetrieb"); the job, a
# capitalised noun in German, is no name ("Die Stelle ist ein Vollzeitjob in unserem Betrieb")
CASES += [
 (footer("").replace("<footer></footer>", "<p>Die Kestrel Elektrotechnik ist ein Familienbetrieb in dritter Generation.</p>"), None,
  {"company": "Kestrel Elektrotechnik"}),
 (footer("").replace("<footer></footer>", "<p>Die Stelle ist ein Vollzeitjob in unserem Betrieb in Neustadt.</p>"), None, {"company": None}),
]
