BODY = ("<h2>Deine Aufgaben</h2><p>Du entwickelst und betreibst die Buchungsdienste europäischer Bahnen in einem "
        "kleinen Team, in Go und PostgreSQL.</p><h2>Dein Profil</h2><p>Du hast Webdienste gebaut und betrieben.</p>")


def page(facts, title="Backend-Entwickler (m/w/d)"):
    return (f"<html><head><title>{title} | Ferrovia Systems</title></head><body><header><nav><a href='/'>Start</a>"
            f"<a href='/jobs'>Jobs</a></nav></header><main><h1>{title}</h1>{facts}{BODY}</main>"
            "<footer>© 2026 Ferrovia Systems GmbH</footer></body></html>")


U = "https://ferrovia.example/karriere/backend-entwickler"
CASES = [
 (page("<p>Einsatzort: 70173 Stuttgart, Baden-Württemberg, Deutschland</p>"), U, {"location": "70173 Stuttgart, Baden-Württemberg, Deutschland"}),
 (page("<p>Arbeitsort: Zürich ZH</p>"), U, {"location": "Zürich ZH"}),
 (page("<p>Dienstort: 1010 Wien</p>"), U, {"location": "1010 Wien"}),
 (page("<p>Standort: Berlin, DE</p>"), U, {"location": "Berlin, DE"}),
 (page("<p>📍 München | 💼 Vollzeit | 🏠 Hybrid</p>"), U, {"location": "München", "workplace": "hybrid"}),
 (page("<p>Ort: Frankfurt am Main / Remote</p>"), U, {"location": "Frankfurt am Main"}),
 (page("<p>Standorte: Berlin | Leipzig | Dresden</p>"), U, {"location": "Berlin | Leipzig | Dresden"}),
 (page("<p>Arbeitsort: Homeoffice</p>"), U, {"workplace": "remote"}),
 (page("<p>Locatie: Amsterdam, Noord-Holland</p>"), U, {"location": "Amsterdam, Noord-Holland"}),
 (page("<p>Sede: Milano (MI), Lombardia, Italia</p>"), U, {"location": "Milano (MI), Lombardia, Italia"}),
 (page("<p>Ubicación: Madrid, Comunidad de Madrid, España</p>"), U, {"location": "Madrid, Comunidad de Madrid, España"}),
 (page("<p>Lieu de travail : 92100 Boulogne-Billancourt</p>"), U, {"location": "92100 Boulogne-Billancourt"}),
 (page("<p>Lieu : Bruxelles / Brussel</p>"), U, {"location": "Bruxelles / Brussel"}),
 (page("<address>Ferrovia Systems GmbH<br>Lindenstraße 12<br>04109 Leipzig</address>"), U, {"location": "04109 Leipzig"}),
 (page("<ul class=\"job-facts\"><li><i class=\"icon-pin\"></i> Bremen</li><li><i class=\"icon-clock\"></i> Vollzeit</li></ul>"), U, {"location": "Bremen"}),
 (page("<p>Wir suchen zum nächstmöglichen Zeitpunkt für unseren Standort Kiel einen Backend-Entwickler (m/w/d).</p>"), U, {"location": "Kiel"}),
]
