# Places in the shapes of pages of stop 46 (my own pages): a language's name that is also a town's elsewhere
# ("Engels", Dutch for English, a Russian city) is no place.
CASES = [
 ("<html><head><title>Vacature</title></head><body><h2>Medewerker klantenservice</h2><p>Je bent vloeiend in het "
  "Nederlands en Engels, en kennis van het Frans is een plus.</p><footer><p>Overpoortstraat 74</p><p>9000 Gent</p>"
  "<p>© 2025 Studentenkring Delta. Alle rechten voorbehouden.</p></footer></body></html>", None, {"location": "9000 Gent"}),
]
# known towns between slashes under the title, each a place of the job
CASES += [
 ("<html><head><title>Job Description | Kestrel - Creative Agency</title></head><body><h1>Copywriter</h1><p>Delhi/ Agra</p>"
  "<p>Full Time</p><h2>Job Description</h2><p>You write copy for our clients' campaigns.</p></body></html>", None,
  {"location": "Delhi/ Agra"}),
 ("<html><head><title>Careers</title></head><body><h1>Sales Manager</h1><p>Berlin / München</p>"
  "<p>You sell our software.</p></body></html>", None, {"location": "Berlin / München"}),
]
# a list of known towns as a label's value, at the end of a long paragraph whose job has a gender form with a colon;
# the markup's one town, the employer's, is one of them
CASES += [
 ("<html><head><title>Physiotherapeut:in Minijob (m/w/d)</title><script type='application/ld+json'>{\"@context\": "
  "\"https://schema.org\", \"@type\": \"JobPosting\", \"title\": \"Physiotherapeut:in Minijob (m/w/d)\", "
  "\"hiringOrganization\": {\"@type\": \"Organization\", \"name\": \"Kestrel Physio Mobil\"}, \"jobLocation\": {\"@type\": "
  "\"Place\", \"address\": {\"@type\": \"PostalAddress\", \"postalCode\": \"51379\", \"addressLocality\": \"Leverkusen\"}}}"
  "</script></head><body><h1>Physiotherapeut:in Minijob (m/w/d)</h1><p>Staatlich anerkannte Physiotherapeut:innen mit "
  "Führerschein und eigenem PKW, die neben ihrer Hauptanstellung mobil arbeiten möchten, sind bei uns richtig. "
  "Zusatzqualifikationen sind ein Plus, aber keine Pflicht. Einsatzgebiet: Köln, Düsseldorf, Bonn, Leverkusen und "
  "Umgebung.</p><footer><p>© 2026 Kestrel Physio Mobil · Am Markt 9 · 51379 Leverkusen</p></footer></body></html>",
  None, {"location": "Köln, Düsseldorf, Bonn, Leverkusen und Umgebung"}),
 ("<html><head><title>Technicien (H/F)</title></head><body><h1>Technicien (H/F)</h1><p>Lieu : Lyon</p>"
  "<p>Secteurs: Lyon, Grenoble et Annecy</p><p>Vous installez nos machines.</p></body></html>", None, {"location": "Lyon"}),
]
