# Employers in the shapes of pages of stop 44 (my own pages): the careers section's name in a page title's
# middle part, in the languages it was missing for.
def titled(title, section, h1, body="<p>Esperienza nella direzione lavori e nel coordinamento di imprese.</p>"):
    return f"<html><head><title>{title}</title></head><body><nav><a href='/'>Home</a></nav><p>{section}</p><h1>{h1}</h1>{body}</body></html>"
CASES = [
 (titled("Capo Cantiere (m/f/d) — Carriera — Rossi Atelier", "Carriera", "Capo Cantiere (m/f/d)"), None, {"company": "Rossi Atelier"}),
 (titled("Jefe de Obra (m/f/d) — Carrera — Rossi Atelier", "Carrera", "Jefe de Obra (m/f/d)", "<p>Experiencia en dirección de obra.</p>"), None, {"company": "Rossi Atelier"}),
 (titled("Engenheiro Civil | Carreira | Rossi Atelier", "Carreira", "Engenheiro Civil", "<p>Experiência em direção de obra.</p>"), None, {"company": "Rossi Atelier"}),
]
