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
