# Employers in the shapes of pages of stop 44 (my own pages): the careers section's name in a page title's
# middle part, in the languages it was missing for.
def titled(title, section, h1, body="<p>Esperienza nella direzione lavori e nel coordinamento di imprese.</p>"):
    return f"<html><head><title>{title}</title></head><body><nav><a href='/'>Home</a></nav><p>{section}</p><h1>{h1}</h1>{body}</body></html>"
CASES = [
 (titled("Capo Cantiere (m/f/d) — Carriera — Rossi Atelier", "Carriera", "Capo Cantiere (m/f/d)"), None, {"company": "Rossi Atelier"}),
 (titled("Jefe de Obra (m/f/d) — Carrera — Rossi Atelier", "Carrera", "Jefe de Obra (m/f/d)", "<p>Experiencia en dirección de obra.</p>"), None, {"company": "Rossi Atelier"}),
 (titled("Engenheiro Civil | Carreira | Rossi Atelier", "Carreira", "Engenheiro Civil", "<p>Experiência em direção de obra.</p>"), None, {"company": "Rossi Atelier"}),
]
CASES += [
 # a title in large type and no heading, its gender mark going on with the place; a page title an editor left
 ("<html><head><title>Document</title></head><body><div class='panel'><p style='font-size:2.5em'>LEADER TECHNIQUE JAVA (F/H - AIX-EN-PROVENCE - KL)</p>"
  "<a href='#'>Postuler</a></div><p style='font-size:3em'>Description de l'offre</p><p>Kestrel Group recherche un Leader Technique Java (F/H) pour ses projets.</p>"
  "<p style='font-size:3em'>Vos missions</p><ul><li>Assister le responsable de projet sur les outils et méthodes à utiliser</li>"
  "<li>Concevoir les solutions techniques</li></ul></body></html>", None, {"title": "LEADER TECHNIQUE JAVA (F/H - AIX-EN-PROVENCE - KL)"}),
]
CASES += [
 # the employer a sentence names as the subject that seeks, after a phrase put first and its comma
 ("<html><head><title>Leader Technique Java</title></head><body><h1>Leader Technique Java (F/H)</h1>"
  "<p>En tant que client final, Kestrel Group recherche un Leader Technique Java (F/H) qui sera intégré à l'activité Transport.</p>"
  "<p>Lieu : Toulouse</p></body></html>", None, {"company": "Kestrel Group"}),
]
CASES += [
 # the name whose words' initials spell the mail address's domain, as the text writes it; the town a sentence says it is from
 ("<html><head><title>Vacature Software Engineer</title></head><body><h1>Kom jij ons PHP-team versterken?</h1>"
  "<p>Je werkt mee aan de hoge kwaliteitsstandaarden zoals die binnen Kestrel van Loon &amp; Partners aanwezig zijn.</p>"
  "<p>Noordpost is een onderdeel van Kestrel van Loon &amp; Partners uit Heerenveen.</p>"
  "<p>Mail je sollicitatie naar vacature@kvlp.nl.</p></body></html>", None, {"company": "Kestrel van Loon & Partners", "location": "Heerenveen"}),
]
CASES += [
 # a labelled count is no title; a board's "Jobs for …" heading names the job
 ("<html><head><title>Jobs for Customer Support Executive</title></head><body><h2>Jobs for Customer Support Executive</h2>"
  "<p>Vacancy: 9</p><p>Salary: ₹ 19,000 - ₹ 35,000</p><p>Experience: 0 Years</p><h2>Job Overview</h2>"
  "<p>Urgent need for ground staff, fresher and experienced candidates.</p></body></html>", None, {"title": "Customer Support Executive"}),
]
CASES += [
 # a heading that is the name the posting's sentences give the employer is no title
 ("<html><head><title>UI Designer | Kestrel Studio</title></head><body><p>Poste : UI Designer Freelance</p>"
  "<p>Kestrel Studio cherche un⋅e designer UI en freelance, pour une mission de 4 mois.</p>"
  "<h1>Kestrel Studio</h1><p>Kestrel Studio est une entreprise coopérative de création de jeux vidéo.</p>"
  "<h1>Mission</h1><p>Vous aurez la responsabilité de toutes les interfaces du jeu.</p></body></html>", None,
  {"title": "UI Designer Freelance", "company": "Kestrel Studio"}),
]
CASES += [
 # a product's site: the employer a sentence asks engineers to join, its name in lower case with a capital after it
 ("<html><head><title>Senior Golang Developer | kestreldb - the immutable database</title>"
  "<meta property='og:site_name' content='kestreldb'></head><body><nav><a href='/'>kestreldb</a></nav><h1>Senior Golang Developer</h1>"
  "<p>We are looking for experienced back-end engineers to join vKestrel and help us build an open source immutable database.</p>"
  "<p>vKestrel is the open source leader for immutable trust solutions such as kestreldb.</p></body></html>", None, {"company": "vKestrel"}),
]
CASES += [
 # failing all else, the mail domain's label the text writes as a word of its own, in lower case
 ("<html><head><title>Stage développement frontend</title></head><body><h2>Stage développement frontend</h2>"
  "<p>kestrelia est une startup qui travaille sur la rédaction de brevets. Nous sommes une entreprise de 5 personnes.</p>"
  "<p>Envoyez-nous votre CV : fv@kestrelia.com</p></body></html>", None, {"company": "kestrelia"}),
]
CASES += [
 # a button named for the company (to save its offer, to follow it) is no employer's name
 ("<html><head><title>Chargé de support client - Kestrelia - CDI</title></head><body><h1>Chargé de support client</h1>"
  "<button data-testid='bookmark-button-company-offer' aria-label='Sauvegarder'><span>Sauvegarder</span></button>"
  "<div id='boxFollowingCompany_31f7'><button class='b_primary_inv'>Dejar de seguir</button></div>"
  "<p>Kestrelia recherche un chargé de support client pour accompagner ses utilisateurs.</p></body></html>", None, {"company": "Kestrelia"}),
]
CASES += [
 # a headline's "Hiring" before the role is no part of the title
 ("<html><head><title>Hiring Software Engineer</title></head><body><h2>Position Description</h2>"
  "<p>Kestrel Travel is looking for a software engineer to build its booking platform in Java.</p></body></html>", None, {"title": "Software Engineer"}),
 # a mail address is no employer's name
 ("<html><head><title>CRM Automation Engineer</title></head><body><h1>CRM Automation Engineer</h1>"
  "<p>We automate sales pipelines with n8n and APIs.</p><footer id='site_footer' class='site-footer'><div class='container'>"
  "<div class='row'><div class='col-lg-auto'><div class='row'><div class='col-sm-auto'><a id='intercom-link' role='button' href='#'>"
  "magic@kestrelboard.co</a></div><div class='col-sm-auto'><a href='/pricing'> Terms of use </a></div>"
  "<div class='col-sm-auto'><a href='/jobs/europe-remote/'>Remote jobs in Europe</a></div></div></div></div></div></footer></body></html>", None, {"company": None}),
]
CASES += [
 # a heading that is the name a sentence under it says is a company is no title
 ("<html><head><title>Poste : Responsable communication | Kestrel Studio</title></head><body>"
  "<h1>Poste : Responsable communication</h1><p>Nous recherchons un⋅e salarié⋅e pour compléter notre équipe.</p>"
  "<h1>Kestrel Studio</h1><p>Kestrel Studio est une entreprise coopérative de création de jeux vidéo.</p></body></html>", None,
  {"title": "Responsable communication", "company": "Kestrel Studio"}),
]
