# Places and employers small employers' own sites give outside the posting's words: the footer's address in the
# forms of New Zealand, Australia, Canada and France, a sentence of the footer, the organisation the markup
# describes; the name the posting's mail address spells; a full stop after a labelled place.
BODY = ("<h2>What you'll do</h2><p>You will build and run our booking services with a small team, in Go and "
        "PostgreSQL.</p><h2>About you</h2><p>You have built and run web services.</p>")


def page(facts="", title="Backend Developer", footer="<p>© 2026 Kiwi Rail Systems Ltd</p>", head=""):
    return (f"<html><head><title>{title} | Kiwi Rail Systems</title>{head}</head><body><header><nav><a href='/'>Home</a>"
            f"<a href='/careers'>Careers</a></nav></header><main><h1>{title}</h1>{facts}{BODY}</main>"
            f"<footer>{footer}</footer></body></html>")


ORG = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "LocalBusiness", '
       '"name": "Kiwi Rail Systems", "address": {"@type": "PostalAddress", "streetAddress": "15 Willis Street", '
       '"addressLocality": "Wellington", "addressCountry": "NZ"}}</script>')
U = "https://kiwirail.example/careers/backend-developer"


def vak(text):
    # a page of no known host, as a saved file is read: the employer only in the text and the mail address
    return ("<html><head><title>Stellenanzeige</title></head><body><main><h1>Data Engineer (w/m/x)</h1>"
            f"<p>{text}</p><p>Du baust Datenstrecken in SQL und Python.</p>"
            "<p>Bitte sende deine Unterlagen an jobs@nordlicht-digital.de.</p></main></body></html>")


CASES = [
 (page(footer="<p>Kiwi Rail Systems Ltd, Level 2, 15 Willis Street, Wellington 6011, New Zealand</p>"), U, {"location": "Wellington"}),
 (page(footer="<p>Kiwi Rail Systems Ltd</p><p>15 Willis Street</p><p>Wellington 6011</p>"), U, {"location": "Wellington"}),
 (page(footer="<p>Kiwi Rail Pty Ltd · 1 Martin Place · Sydney NSW 2000</p>"), U, {"location": "Sydney NSW"}),
 (page(footer="<p>Kiwi Rail Inc., 100 King St W, Toronto, ON M5X 1A9</p>"), U, {"location": "Toronto, ON"}),
 (page(footer="<p>Kiwi Rail SAS – 12 rue de la Paix – 75002 Paris</p>"), U, {"location": "75002 Paris"}),
 # a year is no postcode
 (page(footer="<p>Kiwi Rail Systems · Wellington 2026</p>"), U, {"location": None}),
 (page(footer="<p>Kiwi Rail Systems is based in Stockholm, Sweden and was founded in 2011.</p>"), U, {"location": "Stockholm"}),
 # (a menu's short lines name no place of its own)
 (page(footer="<p>Offices</p><p>Wellington</p><p>Sydney</p>"), U, {"location": None}),
 (page(head=ORG), U, {"location": "Wellington, New Zealand"}),
 # (on a board, the markup's organisation is the board's)
 (page(head=ORG.replace("LocalBusiness", "Organization")), "https://jobs.example/view/123", {"location": None}),
 (page("<p>Place of work: Rotterdam.</p>"), U, {"location": "Rotterdam"}),
 (page("<p>Location: Washington, D.C.</p>"), U, {"location": "Washington, D.C."}),
 (page("<p>You will join our team in our office close to the river in Södermalm, Stockholm.</p>"), U,
  {"location": "Södermalm, Stockholm"}),
 (vak("Nordlicht Digital gehört zu den führenden Digitalagenturen im Norden."), None, {"company": "Nordlicht Digital"}),
 # (a free mail provider's address names nobody)
 (vak("Wir gehören zu den führenden Digitalagenturen im Norden.").replace("nordlicht-digital.de", "gmail.com"), None,
  {"company": None}),
 # a share button's words are no title, and a social network under them is no employer
 ("<html><head><title>Data Engineer (w/m/x) gesucht</title></head><body><header><a href='/'>Jobs</a><a href='/news'>News</a>"
  "</header><main><h2>Data Engineer (w/m/x)</h2><p>Wir sind eine Digitalagentur. Du baust Datenstrecken in SQL und "
  "Python für unsere Kunden.</p><h3>Das bieten wir:</h3><ul><li>Spannende Projekte</li></ul><p>Mail</p><p>|</p>"
  "<p>Xing</p><p>|</p><p>LinkedIn</p><p>Dieses Stellenangebot teilen</p><h4>Locations</h4><p>Berlin</p>"
  "<p>Hamburg</p></main></body></html>", "https://x.example/jobs/1", {"title": "Data Engineer (w/m/x)", "company": None}),
 ("<html><head><title>Praxis Müller | Kontakt</title></head><body><main><h1>Stellenanzeige ZFA</h1><h2>Praxis Müller sucht zahnmedizinische Fachangestellte</h2>"
  "<p>Wir sind eine moderne Praxis in Berlin und suchen Verstärkung.</p></main></body></html>", None, {"title": "zahnmedizinische Fachangestellte"}),
 ("<html><head><title>Praxis Müller | Kontakt</title></head><body><main><h1>Stellenausschreibung Erzieher (m/w/d)</h1>"
  "<p>Wir sind eine Kita in Berlin und suchen Verstärkung.</p></main></body></html>", None, {"title": "Erzieher (m/w/d)"}),
]
