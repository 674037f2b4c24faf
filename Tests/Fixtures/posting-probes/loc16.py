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
