# Arrangements and facts in the shapes of pages of stop 48 (my own pages): a share of the time "virtual", as Latin America
# calls remote work; a label of the arrangement with no colon before its value.
def page(item):
    return ("<html><head><title>Comprador – Kestrel Insumos</title></head><body><h2>Especialista en compras</h2>"
            f"<h3>Beneficios</h3><ul><li>Planilla desde el primer día</li><li>{item}</li><li>Sueldo S/1600 mensuales</li></ul>"
            "</body></html>")
CASES = [
 (page("Modo de trabajo 95% virtual"), None, {"workplace": "hybrid", "remote": False}),
 (page("Modalidad de trabajo: 100% virtual"), None, {"workplace": "remote", "remote": True}),
 (page("Modalidad Remoto"), None, {"workplace": "remote", "remote": True}),
 (page("Realidad virtual y videojuegos"), None, {"workplace": None, "remote": None}),
]
# home working offered as a possibility, in the other languages of the EU's job market, is hybrid
def offer(item):
    return ("<html><head><title>Python Web Developer</title></head><body><h1>Python Web Developer</h1><p>Kraków</p>"
            f"<h3>Oferujemy:</h3><ul><li>atrakcyjne wynagrodzenie</li><li>{item}</li><li>budżet konferencyjny</li></ul></body></html>")
CASES += [
 (offer("możliwość pracy zdalnej"), None, {"workplace": "hybrid", "remote": False}),
 (offer("Možnost částečného home office"), None, {"workplace": "hybrid", "remote": False}),
]
# a header's facts between bullets: the date and the town
CASES += [
 ("<html><head><title>Kestrel Board</title></head><body><h1>Python Web Developer</h1><h2>Deployed</h2>"
  "<p>25/07/2017 • Kraków</p><p>Do obowiązków należy projektowanie aplikacji.</p></body></html>", None, {"location": "Kraków"}),
]
# an on-site phrase with home working on its line, or with remote days counted, is hybrid; with remote applicants
# turned away it is on-site
def cond(item):
    return ("<html><head><title>Ingeniero Acústico</title></head><body><h1>Ingeniero Acústico</h1><p>Temuco</p>"
            f"<p>Condiciones:</p><ul><li>{item}</li><li>Contrato 3 meses</li></ul></body></html>")
CASES += [
 (cond("Horario lunes a viernes, 100% presencial de 09:00 a 13:30 y el resto de la tarde, teletrabajo."), None,
  {"workplace": "hybrid"}),
 (cond("Three days on-site in our office and two days remote."), None, {"workplace": "hybrid"}),
 (cond("This role is on-site in Austin; remote applicants will not be considered."), None, {"workplace": "on_site"}),
]
