# Employers in the shapes of pages of stop 45 (my own pages): a recruiter's first person for the client it
# stands for, on a board whose name is the site's.
def board(body):
    return ("<html><head><title>Senior Platform Engineer Job in Leeds - Jobfinder</title>"
            "<meta property='og:site_name' content='Jobfinder'></head><body><nav><a href='/'>Jobfinder</a> "
            "<a href='/jobs'>Job search</a> <a href='/advice'>Career advice</a></nav><h1>Senior Platform Engineer</h1>"
            f"<p>Leeds</p>{body}<footer>© 2026 Jobfinder</footer></body></html>")
CASES = [
 (board("<p>I'm representing a growing healthtech company that builds clinical software, and they're looking for "
        "a Senior Platform Engineer to own their infrastructure.</p><p>You know Kubernetes and Terraform.</p>"), None,
  {"company": "Confidential"}),
 (board("<p>I am partnering with an established logistics firm in Yorkshire who need a Senior Platform Engineer.</p>"
        "<p>You know Kubernetes and Terraform.</p>"), None, {"company": "Confidential"}),
]
# a page title or a heading that is the employer's sentence of seeking: its role is the title, and what is no role
# is no title
def seeking(title, h1=""):
    return (f"<html><head><title>{title}</title></head><body>{h1}<p>Kestrel Studio is a full service design agency "
            "in Leeds.</p><h3>Responsibilities of a Graphic Designer</h3><p>Design brands for our clients.</p></body></html>")
CASES += [
 (seeking("Kestrel Studio is looking for talent"), None, {"company": "Kestrel Studio", "title": "Responsibilities of a Graphic Designer"}),
 (seeking("Kestrel Studio is looking for a Graphic Designer"), None, {"company": "Kestrel Studio", "title": "Graphic Designer"}),
 (seeking("Careers", "<h1>Kestrel Studio is on the hunt for some fresh talent</h1>"), None, {"title": "Responsibilities of a Graphic Designer"}),
 (seeking("We are looking for you"), None, {"company": "Kestrel Studio"}),
]
# the role a heading seeks past an article for both genders
def jobs(h):
    return f"<html><head><title>Jobs</title></head><body><h1>Jobs</h1><h3>{h}</h3><p>Ihre Aufgaben: Buchhaltung und Telefon.</p></body></html>"
CASES += [
 (jobs("Wir suchen eine/n Bürokauffrau/-mann (m/w/d) in Teilzeit"), None, {"title": "Bürokauffrau/-mann (m/w/d) in Teilzeit"}),
]
# the French gender mark without brackets makes a role
CASES += [
 ("<html><head><title>Jobs</title></head><body><h1>Jobs</h1><h3>Nous recrutons un(e) comptable H/F</h3><p>Vous tenez la comptabilité.</p></body></html>",
  None, {"title": "comptable H/F"}),
]
# a phrase of when or why between the verb of seeking and its article; a definite article after a greeting's
# preposition, in lower case; an invitation to work there as the page title
CASES += [
 ("<html><head><title>Home - Schreinerei Kestrel</title></head><body><h1>Willkommen bei der Schreinerei Kestrel</h1><h2>Stellenangebot</h2>"
  "<p>Wir suchen zum nächstmöglichen Zeitpunkt einen Schreiner (m/w/d) in Vollzeit.</p></body></html>", None,
  {"title": "Schreiner (m/w/d) in Vollzeit", "company": "Schreinerei Kestrel"}),
 ("<html><head><title>Kom werken bij De Kestrel Installatie</title></head><body><h1>Welkom bij De Kestrel Installatie</h1><h2>Servicemonteur</h2>"
  "<p>Als servicemonteur onderhoud je cv-ketels bij klanten.</p></body></html>", None,
  {"title": "Servicemonteur", "company": "De Kestrel Installatie"}),
]
