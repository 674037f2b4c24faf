# Places in the shapes of pages of stop 45 (my own pages): a town after a word of its part or in its praise, and
# a town whose name opens with an abbreviation.
def plain(body, title="Graphic Designer"):
    return f"<html><head><title>{title} | Kestrel Studio</title></head><body><h1>{title}</h1>{body}</body></html>"
CASES = [
 # a word of the town's part between the word of place and the town; an abbreviation that keeps its full stop
 (plain("<p>We design brands for clients.</p><p>This is a full-time position at our office in downtown Ft. Lauderdale.</p>"), None, {"location": "Ft. Lauderdale"}),
 (plain("<p>We design brands for clients.</p><p>You will work from our studio in central London, five minutes from the station.</p>"), None, {"location": "London"}),
 # (two such words: praise, then the part)
 (plain("<p>We design brands for clients.</p><p>Our studio is located in beautiful downtown Boise, Idaho.</p>"), None, {"location": "Boise, Idaho"}),
 (plain("<p>We design brands for clients.</p><p>The team sits in our office in St. Louis, two blocks from the river.</p>"), None, {"location": "St. Louis"}),
 # (a word of the part that no town follows names no place)
 (plain("<p>We design brands for clients in downtown areas and suburbs.</p>"), None, {"location": None}),
]
# a place label that is an ordinary word, with no colon (or in lower case), over a known town or country
def facts(label, value):
    return ("<html><head><title>Nos offres</title></head><body><h2>Ingénieur support applicatif</h2><p>Contrat</p><p>CDI</p>"
            f"<p>{label}</p><p>{value}</p><p>Description du poste</p><p>Vous traitez les demandes des utilisateurs.</p></body></html>")
CASES += [
 (facts("Lieu", "Lyon"), None, {"location": "Lyon"}),
 (facts("lieu", "France"), None, {"location": "France"}),
 # (a known town after the place's other words and a comma)
 (facts("lieu", "Casablanca business center, Casablanca"), None, {"location": "Casablanca business center, Casablanca"}),
 # (over words that name no known place it is a heading)
 (facts("Lieu", "Rendez-vous au bureau"), None, {"location": None}),
]
# the markup's region that ends in the country's code its address gives too: without the code
CASES += [
 ("<html><head><title>Support Specialist | Kestrel</title><script type='application/ld+json'>{\"@context\": \"https://schema.org\", "
  "\"@type\": \"JobPosting\", \"title\": \"Support Specialist\", \"hiringOrganization\": {\"@type\": \"Organization\", \"name\": \"Kestrel\"}, "
  "\"jobLocation\": {\"@type\": \"Place\", \"address\": {\"@type\": \"PostalAddress\", \"addressLocality\": \"Espoo\", "
  "\"addressRegion\": \"Uusimaa,FI\", \"addressCountry\": {\"@type\": \"Country\", \"name\": \"FI\"}}}, \"description\": \"Support our customers.\"}"
  "</script></head><body><h1>Support Specialist</h1><p>Support our customers in Espoo.</p></body></html>", None,
  {"location": "Espoo, Uusimaa, Finland"}),
]
# "Einsatzgebiet", the area a field job covers, a place label; a place label after a sentence's full stop on its line
def field(text):
    return ("<html><head><title>Physiotherapeut (m/w/d)</title></head><body><h1>Physiotherapeut (m/w/d)</h1><p>Du fährst Hausbesuche.</p>"
            f"<p>{text}</p><footer><p>© 2026 Kestrel Mobil · Hauptstr. 9 · 51379 Leverkusen</p></footer></body></html>")
CASES += [
 (field("Einsatzgebiet: Köln, Bonn und Umgebung"), None, {"location": "Köln, Bonn und Umgebung"}),
 (field("Zusatzqualifikationen sind ein Plus. Einsatzgebiet: Köln, Bonn und Umgebung."), None, {"location": "Köln, Bonn und Umgebung"}),
 # (a company's label after a sentence is no label: "… Team. Company: Acme" may be anything)
 (field("Wir sind ein Team. Firma: Acme"), None, {"company": "Kestrel Mobil"}),
]
