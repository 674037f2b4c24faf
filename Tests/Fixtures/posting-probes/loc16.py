# Places in the shapes of pages of stop 46 (my own pages): a language's name that is also a town's elsewhere
# ("Engels", Dutch for English, a Russian city) is no place.
CASES = [
 ("<html><head><title>Vacature</title></head><body><h2>Medewerker klantenservice</h2><p>Je bent vloeiend in het "
  "Nederlands en Engels, en kennis van het Frans is een plus.</p><footer><p>Overpoortstraat 74</p><p>9000 Gent</p>"
  "<p>© 2025 Studentenkring Delta. Alle rechten voorbehouden.</p></footer></body></html>", None, {"location": "9000 Gent"}),
]
