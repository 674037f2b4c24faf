def page(extra):
    return f"<html><head><title>Backend Engineer | Kestrel Pay</title></head><body><h1>Backend Engineer</h1><p>Location: Berlin</p>{extra}<p>You will build services in Go and PostgreSQL.</p></body></html>"
U = "https://kestrelpay.example/careers/backend"
CASES = [
 (page("<p>We work remote-first, with an office in Berlin for those who want it.</p>"), U, {"workplace": "remote"}),
 (page("<p>You can work from home up to three days a week.</p>"), U, {"workplace": "hybrid"}),
 (page("<p>Bis zu 3 Tage mobiles Arbeiten pro Woche.</p>"), U, {"workplace": "hybrid"}),
 (page("<p>Télétravail : 2 jours par semaine.</p>"), U, {"workplace": "hybrid"}),
 (page("<p>Possibilità di lavorare da remoto due giorni a settimana.</p>"), U, {"workplace": "hybrid"}),
 (page("<p>Dos días de teletrabajo a la semana.</p>"), U, {"workplace": "hybrid"}),
 (page("<p>Je werkt twee dagen per week thuis.</p>"), U, {"workplace": "hybrid"}),
 (page("<p>This role is fully on-site at our Berlin office.</p>"), U, {"workplace": "on_site"}),
 (page("<p>Die Stelle ist nicht für Homeoffice geeignet.</p>"), U, {"workplace": "on_site"}),
 (page("<p>Work from anywhere in Germany.</p>"), U, {"workplace": "remote"}),
 (page("<p>100% Homeoffice möglich.</p>"), U, {"workplace": "remote"}),
 (page("<p>Travail 100 % à distance.</p>"), U, {"workplace": "remote"}),
 (page("<p>Este puesto es 100% remoto.</p>"), U, {"workplace": "remote"}),
 (page("<p>Volledig op afstand werken.</p>"), U, {"workplace": "remote"}),
 (page("<p>Lavoro completamente da remoto.</p>"), U, {"workplace": "remote"}),
 (page("<p>Flexible hours and hybrid working.</p>"), U, {"workplace": "hybrid"}),
 (page("<p>Our team is distributed across Europe; you can work from wherever you like.</p>"), U, {"workplace": "remote"}),
 (page("<p>We expect you in the office three days a week.</p>"), U, {"workplace": "hybrid"}),
 (page("<p>Präsenz vor Ort an fünf Tagen die Woche.</p>"), U, {"workplace": "on_site"}),
 (page("<p>Présentiel obligatoire sur site.</p>"), U, {"workplace": "on_site"}),
 # remote work on a condition, the word for work between ("nach Absprache", "in overleg")
 (page("<ul><li>Ein zentrales Büro in Berlin</li><li>Remote Arbeit nach Absprache</li></ul>"), U, {"workplace": "hybrid"}),
 (page("<ul><li>Een kantoor in Utrecht</li><li>Remote werken in overleg</li></ul>"), U, {"workplace": "hybrid"}),
 # home working or the client's site, by choice: hybrid ("Home Office" in two words, the site as "vor Ort", "sur site")
 (page("<ul><li>Ein zentrales Büro in Berlin</li><li>Arbeiten im Home Office oder beim Kunden vor Ort nach Absprache</li></ul>"), U, {"workplace": "hybrid"}),
 (page("<p>Vous travaillez en télétravail ou sur site chez nos clients, selon les projets.</p>"), U, {"workplace": "hybrid"}),
]
