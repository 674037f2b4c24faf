# Employers in the shapes of pages of stop 48 (my own pages): a board's page whose markup names the staffing
# agency that posted it, over the agency's words for the client it does not name.
def board(org, text):
    ld = ('{"@context": "https://schema.org", "@type": "JobPosting", "title": "Junior Softwareentwickler (w/m/d)", '
          f'"hiringOrganization": {{"@type": "Organization", "name": "{org}"}}, '
          '"jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Linz"}}}')
    return ("<html><head><title>Junior Softwareentwickler (w/m/d) bei " + org + " | jobfinder.at</title>"
            "<meta property='og:site_name' content='jobfinder.at'>"
            f"<script type='application/ld+json'>{ld}</script></head><body><nav><a href='/'>jobfinder.at</a> "
            "<a href='/jobs'>Jobs</a></nav><h1>Junior Softwareentwickler (w/m/d)</h1>"
            f"<p>{org}</p><p>Linz</p>{text}<footer>© 2026 jobfinder.at</footer></body></html>")
CASES = [
 (board("Kestrel Personal GmbH", "<p>Unser Auftraggeber ist einer der führenden Hersteller in der mobilen Robotik.</p>"
        "<p>Du entwickelst Software in C++ und Python.</p>"), None, {"company": "Confidential"}),
 # the employer's own words about its customers open no sentence of a client
 (board("Kestrel Robotik GmbH", "<p>Wir sind einer der führenden Hersteller in der mobilen Robotik.</p>"
        "<p>Du begleitest Systeme bis zum Einsatz beim Kunden.</p>"), None, {"company": "Kestrel Robotik GmbH"}),
]
# an unnamed client praised, anywhere in a sentence, and an anonymous ad's praised employer opening a sentence, on
# an agency's own site whose markup names the agency; an employer's own praise of itself is no client
def agency(text, org="Talentia Chile"):
    ld = ('{"@context": "https://schema.org", "@type": "JobPosting", "title": "Analista de Soporte", '
          f'"hiringOrganization": {{"@type": "Organization", "name": "{org}"}}, '
          '"jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Las Condes"}}}')
    return ("<html><head><title>Trabajo de Analista de Soporte en Las Condes | " + org + "</title>"
            f"<script type='application/ld+json'>{ld}</script></head><body><header><a href='/'>{org}</a></header>"
            f"<h1>Analista de Soporte</h1><p>Las Condes</p>{text}<footer>© 2026 {org}</footer></body></html>")
CASES += [
 (agency("<p>Talentia, consultora líder en recursos humanos, requiere contratar a un Analista de Soporte para un "
         "importante cliente del rubro financiero.</p><p>Manejo de SQL.</p>"), None, {"company": "Confidential"}),
 (agency("<p>Importante empresa del área de alimentos, requiere contratar a Analista de Soporte en la comuna de "
         "Las Condes.</p><p>Manejo de SQL.</p>"), None, {"company": "Confidential"}),
 (agency("<p>Somos una importante empresa del área de alimentos y buscamos un Analista de Soporte.</p>"
         "<p>Manejo de SQL.</p>", "Alimentos Kestrel"), None, {"company": "Alimentos Kestrel"}),
 ("<html><head><title>Addetto paghe | Kestrel Lavoro</title></head><body><header><a href='/'>Kestrel Lavoro</a></header>"
  "<h1>Addetto paghe</h1><p>Per importante azienda cliente operante nel settore metalmeccanico ricerchiamo un addetto "
  "paghe.</p><p>Sede di lavoro: Brescia</p><footer>© 2026 Kestrel Lavoro S.r.l.</footer></body></html>", None,
  {"company": "Confidential", "location": "Brescia"}),
]
# the owner of a copyright line written in another of the EU's languages, or before its mark, or after the word
# "Copyright"; the page title's part that names the careers section in Polish, Czech, Swedish, Danish, Norwegian or
# Finnish; a hero's first words split from its noun ("Temos" / "VAGA") are no employer
def own(title, footer, hero=""):
    return (f"<html><head><title>{title}</title></head><body><header><nav><a href='/'>Start</a> <a href='/o-nas'>O nas</a>"
            f"</nav></header>{hero}<h1>Kontroler biletowy</h1><p>Wymagania: wiek minimum 18 lat.</p>"
            f"<footer><p>{footer}</p></footer></body></html>")
CASES += [
 (own("Trans Kestrel - praca", "Trans Kestrel © 2020 Wszelkie prawa zastrzeżone."), None, {"company": "Trans Kestrel"}),
 ("<html><head><title>Comprador – Kestrel Insumos Generales</title></head><body><header><a href='/'>Inicio</a> "
  "<a href='/nosotros'>Nosotros</a></header><h2>Especialista en compras</h2><p>Buscamos un comprador con experiencia "
  "en Excel.</p><footer><p>ventas@kestrelinsumos.example</p><p>© Copyright 2026 | Kestrel Insumos Generales</p></footer>"
  "</body></html>", None, {"company": "Kestrel Insumos Generales"}),
 ("<html><head><title>Vaga: Designer de Sobrancelhas | Clínica Kestrel – Goiânia</title></head><body>"
  "<section><span>Clínica Kestrel · Goiânia</span><p>Temos</p><h1>VAGA</h1><div>Designer de Sobrancelhas</div></section>"
  "<section><h2>Requisitos</h2><p>Experiência com design de sobrancelhas.</p></section>"
  "<footer><p>© 2025 Clínica Kestrel · Goiânia · Todos os direitos reservados</p></footer></body></html>", None,
  {"company": "Clínica Kestrel", "title": "Designer de Sobrancelhas"}),
]
# the place of the opening by its Portuguese label ("Local da Vaga"), over the employer's name that holds a town
CASES += [
 ("<html><head><title>Vagas | Kassel Kestrel</title></head><body><h1>Desenvolvimento Frontend (Estágio / Júnior)</h1>"
  "<p>A Kassel Kestrel é uma startup especializada em automação de vídeos.</p><p>Local da Vaga: São Carlos - SP</p>"
  "</body></html>", None, {"location": "São Carlos - SP"}),
]
# a section's heading split from its noun ("Equal" / "Opportunity") is no title: the role the page heads elsewhere is
CASES += [
 ("<html><head><title>Kestrel Market Research</title></head><body><nav><a href='/'>Solutions</a> <a href='/about'>About Us</a>"
  "</nav><div>Survey Programmer</div><div>New Delhi, India</div><div>On-site</div><h2>Survey Programmer</h2>"
  "<p>Candidates must be based in India.</p><h1>Equal</h1><h4>Opportunity</h4><p>We hire without regard to race.</p>"
  "<footer>© 2025 Kestrel Market Research. All rights reserved.</footer>"
  "</body></html>", None, {"title": "Survey Programmer"}),
]
# a network's industry line that tags the poster as a staffing agency: the employer is confidential
CASES += [
 ("<html><head><title>Creative Director | Kestrel Tech Solutions | LinkedIn</title></head><body><h1>Creative Director</h1>"
  "<p>Kestrel Tech Solutions</p><p>New York, NY</p><p>Lead creative vision across seasonal campaigns.</p>"
  "<h2>About the company</h2><p>Kestrel Tech Solutions</p><p>1,161,206 followers</p>"
  "<p>Staffing and Recruiting 1,001-5,000 employees 2,510 on LinkedIn</p></body></html>",
  "https://www.linkedin.com/jobs/view/creative-director-at-kestrel-tech-solutions-123", {"company": "Confidential"}),
]
# an employer found by its short form is given by the name the page spells it out with
CASES += [
 ("<html><head><title>Designer (Full-Time, San Francisco) · KFF is hiring for a designer. | Open Jobs</title></head><body>"
  "<h1>Designer (Full-Time, San Francisco)</h1><p>KFF is hiring for a designer.</p><p>The Kestrel Freedom Foundation (KFF) is "
  "seeking a designer with a strong background in web design.</p></body></html>", None,
  {"company": "Kestrel Freedom Foundation"}),
]
