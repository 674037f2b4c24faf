# The markup's place against the page's own (my own pages): a markup place the page never writes, or one of no
# town, gives way to the place the page labels or heads its posting with; a markup town the page writes stays.
import json
def page(address, body, remote=False):
    ld = {"@context": "https://schema.org", "@type": "JobPosting", "title": "Backend Engineer", "datePosted": "2026-01-01",
          "hiringOrganization": {"@type": "Organization", "name": "Kestrel Pay GmbH"},
          "jobLocation": {"@type": "Place", "address": dict({"@type": "PostalAddress"}, **address)},
          "description": "<p>We build payment services in Go.</p>"}
    if remote:
        ld["jobLocationType"] = "TELECOMMUTE"
    return ("<html><head><title>Backend Engineer</title><script type='application/ld+json'>" + json.dumps(ld)
            + "</script></head><body><h1>Backend Engineer</h1>" + body + "<p>We build payment services in Go.</p></body></html>")
def plain(body, title="Backend Engineer"):
    return f"<html><head><title>{title} | Kestrel Pay</title></head><body><h1>{title}</h1>{body}</body></html>"
CASES = [
 # a head office's town the page never writes: the labelled place
 (page({"addressLocality": "Amsterdam", "addressCountry": "NL"}, "<p>Location: Rotterdam</p>"), None, {"location": "Rotterdam"}),
 # a country alone, a region and a country, a street and a country: the labelled town
 (page({"addressCountry": "DE"}, "<p>Standort: Berlin</p>"), None, {"location": "Berlin"}),
 (page({"addressRegion": "Bayern", "addressCountry": "DE"}, "<p>Standort: München</p>"), None, {"location": "München"}),
 (page({"streetAddress": "Rue de la République 5", "postalCode": "69002", "addressCountry": "FR"}, "<p>Lieu : Lyon</p>"), None, {"location": "Lyon"}),
 # the town in another language than the page's: the page's
 (page({"addressLocality": "Munich", "addressCountry": "DE"}, "<p>Arbeitsort: München</p>"), None, {"location": "München"}),
 # a country alone, and the town on the line under the heading
 (page({"addressCountry": "DE"}, "<p>Berlin</p>"), None, {"location": "Berlin"}),
 # the markup's town, written on the page, stays, with the page's other place labelled beside it
 (page({"addressLocality": "Leipzig", "addressCountry": "DE"}, "<p>Location: Berlin</p><p>You will work in our Leipzig office.</p>"), None, {"location": "Leipzig, Germany"}),
 # a remote job's country is where its people may live: not the town of the board's furniture
 (page({"addressCountry": "US"}, "<p>San Francisco</p>", remote=True), None, {"location": "United States"}),
 # a labelled way of working is no place
 (page({"addressCountry": "DE"}, "<p>Location: Hybrid</p>"), None, {"location": "Germany"}),
 # a sentence that puts the job itself in a place says it as a label would, over an office's town
 (plain("<p>We build payment services in Go.</p><p>This position is based in Belgium. We meet once a week in our office in Zaventem.</p>"), None, {"location": "Belgium"}),
 (plain("<p>We build payment services in Go. This role is based in our San Francisco HQ.</p>"), None, {"location": "San Francisco"}),
 (plain("<p>Nous développons des services de paiement. Le poste est basé à Lyon, avec deux jours de télétravail.</p>", "Développeur Backend"), None, {"location": "Lyon"}),
 (plain("<p>Wij bouwen betaaldiensten. De functie is gevestigd in Utrecht.</p>", "Backend Developer"), None, {"location": "Utrecht"}),
 # (an office that names no place says none: the town the text puts the team in then)
 (plain("<p>This role is based in our office, with flexible hours.</p><p>Our team works in Leipzig.</p>"), None, {"location": "Leipzig"}),
 # a place label with no colon, as a label set in bold reads: the place without the label, and no employer made of it
 ("<html><head><title>Elektriker (m/w/d)</title></head><body><h1>Elektriker (m/w/d)</h1><p><b>Standort</b> München · Vollzeit</p><p>Wir suchen Verstärkung.</p></body></html>", None, {"location": "München", "company": None}),
 (plain("<p>Standplaats Doetinchem | 32 uur</p><p>Wij zoeken een collega.</p>", "Verpleegkundige"), None, {"location": "Doetinchem"}),
 (plain("<p><strong>Location</strong> London, UK</p><p>We build payment services.</p>"), None, {"location": "London, UK"}),
 # (a word that is a label and an ordinary word, or a value that is no place, stays a line)
 (plain("<p>Office Manager Team</p><p>Our team works in Leipzig.</p>"), None, {"location": "Leipzig"}),
 # a markup place of no town (a region alone), and the town the posting's text puts the work in
 (page({"addressRegion": "Chaudière-Appalaches", "addressCountry": "CA"}, "<p>Chaudière-Appalaches</p><p>Ce rôle s'effectue depuis notre bureau situé à Lévis, Québec.</p>"), None, {"location": "Lévis, Québec"}),
 # (a label that says less than the markup's region is not taken over it)
 (page({"addressRegion": "Alpes-Maritimes", "addressCountry": "FR"}, "<p>Lieu de travail : France</p>"), None, {"location": "Alpes-Maritimes, France"}),
 # a label over a sentence that names no town: the country or region it puts the work in
 (plain("<p>Location: This role will be based remotely in the EMEA region.</p><p>We build payment services.</p>"), None, {"location": "EMEA"}),
 # the markup's place as the page writes it, in a line of facts: the fact, not the line
 (page({"addressLocality": "San Francisco", "addressRegion": "California", "addressCountry": "US"}, "<p>San Francisco, CA · Full-time · Engineering</p>"), None, {"location": "San Francisco, CA"}),
 (page({"addressLocality": "Berlin", "addressCountry": "DE"}, "<p>Berlin, Deutschland | Vollzeit</p>"), None, {"location": "Berlin, Deutschland"}),
 # the markup's town in a sentence, with the state the page writes after it
 (page({"addressLocality": "Portland", "addressRegion": "Oregon", "addressCountry": "US"}, "<p>Join our team at our headquarters in Portland, OR and help us build payment services for small shops across the country.</p>"), None, {"location": "Portland, OR"}),
 # a town the lists lack, before its region (and country): the place, no employer
 ("<html><head><title>Verpleegkundige</title></head><body><h1>Verpleegkundige</h1><p>Kleindorp, Gelderland</p><p>Wij zoeken een collega voor ons team.</p></body></html>", None, {"location": "Kleindorp, Gelderland", "company": None}),
 ("<html><head><title>Enfermera</title></head><body><h1>Enfermera</h1><p>Pueblito, Jalisco, México</p><p>Buscamos una enfermera para nuestro equipo.</p></body></html>", None, {"location": "Pueblito, Jalisco, México", "company": None}),
 # (a fact before a region that is a city's name too is no town: "Full-time, Oslo" is Oslo)
 (plain("<p>Full-time, Oslo</p><p>We build payment services.</p>"), None, {"location": "Oslo"}),
 # failing all else, the known town a university's name holds
 (plain("<p>A post-doctoral position is available in the Forecasting lab at Boston University, to develop a carbon cycle model.</p>", "Postdoctoral Associate"), None, {"location": "Boston"}),
 (plain("<p>Am Institut für Informatik der Universität Leipzig ist eine Stelle zu besetzen.</p>", "Wissenschaftliche Mitarbeiterin"), None, {"location": "Leipzig"}),
 # (a remote job is not where its employer is)
 (plain("<p>Remote</p><p>The University of Copenhagen seeks a fully remote research software engineer.</p>", "Research Software Engineer"), None, {"location": "Remote"}),
 # the job the page heads, then "in" and a name in the page title: a town the lists may lack
 ("<html><head><title>Pflegefachkraft (m/w/d) in Kleinhausen | Klinik Sonnenhof</title></head><body><h1>Pflegefachkraft (m/w/d)</h1><p>Wir suchen dich für unser Team.</p></body></html>", None, {"location": "Kleinhausen", "company": "Klinik Sonnenhof"}),
 # (a role after "in" is no place: "Engineer in Training")
 ("<html><head><title>Engineer in Training | Kestrel Pay</title></head><body><h1>Engineer</h1><p>Location: Leipzig</p></body></html>", None, {"location": "Leipzig"}),
 # a label that names nothing else, with no colon, before a town the lists lack
 ("<html><head><title>Magazijnmedewerker</title></head><body><h1>Magazijnmedewerker</h1><p>Werklocatie Kleindorp</p><p>Wij zoeken een collega.</p></body></html>", None, {"location": "Kleindorp", "company": None}),
 # a department that opens the header's facts is no employer
 ("<html><head><title>Backend Engineer</title></head><body><h1>Backend Engineer</h1><p>Engineering · Smallville, OH · Full-time</p><p>We build payment services.</p></body></html>", None, {"company": None, "location": "Smallville, OH"}),
 # a remote job's place among the header's facts
 ("<html><head><title>Backend Engineer</title></head><body><h1>Backend Engineer</h1><p>Full-time · Remote · Portugal</p><p>We build payment services.</p></body></html>", None, {"location": "Portugal", "workplace": "remote"}),
 # a word of the arrangement set right after the place, with no mark between, is no part of it
 ("<html><head><title>Backend Engineer</title></head><body><h2>Backend Engineer</h2><span>Berlin, Berlin, Germany</span> <span>Hybrid</span><p>We build payment services.</p></body></html>", None, {"location": "Berlin, Berlin, Germany", "workplace": "hybrid"}),
 # a markup place of no town and a summary for a description: the page's text still gives the skills
 ("<html><head><title>Backend Engineer</title><script type='application/ld+json'>" + json.dumps({"@context": "https://schema.org", "@type": "JobPosting", "title": "Backend Engineer", "hiringOrganization": {"@type": "Organization", "name": "Kestrel Pay GmbH"}, "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressRegion": "Sachsen", "addressCountry": "DE"}}, "description": "Join our payments team!"}) + "</script></head><body><h1>Backend Engineer</h1><p>Leipzig</p><main><h3>Your tasks</h3><p>You build our payment services in Go and PostgreSQL, deployed on Kubernetes.</p></main></body></html>", None, {"location": "Leipzig", "skills": ["Go", "PostgreSQL", "Kubernetes"]}),
]
