# Arrangements in the shapes of pages of stop 48 (my own pages): a share of the time "virtual", as Latin America
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
