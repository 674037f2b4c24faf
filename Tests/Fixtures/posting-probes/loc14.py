# Places in the shapes of pages of stop 44 (my own pages): a district and, in brackets, the town it is part of.
def plain(body, title="Research Engineer"):
    return f"<html><head><title>{title} | Kestrel Lab</title></head><body><h1>{title}</h1>{body}</body></html>"
CASES = [
 # a district, then its town and state in brackets: both, as written
 (plain("<p>We build imaging software in Python.</p><p>Our office is located in the heart of Fremont (Seattle, WA). Based in Seattle, we work with startups.</p>"), None, {"location": "Fremont (Seattle, WA)"}),
 (plain("<p>Wir entwickeln Bildverarbeitung in Python.</p><p>Unser Büro liegt in Kreuzberg (Berlin), nahe der Spree.</p>", "Softwareentwickler"), None, {"location": "Kreuzberg (Berlin)"}),
 # (a bracket that holds no town is no part of the place)
 (plain("<p>We build imaging software in Python.</p><p>Our office is in Hoboken (opened in 2019), near the river.</p>"), None, {"location": "Hoboken"}),
]
CASES += [
 # the employer's office by its country's adjective, where no town is named: the country
 (plain("<p>We build imaging software in Python.</p><ul><li>A desk in our Belgian office</li><li>Lunch on Fridays</li></ul>"), None, {"location": "Belgium"}),
 # (a town named beside it is the place)
 (plain("<p>We build imaging software in Python.</p><p>You will join our Dutch office in Utrecht.</p>"), None, {"location": "Utrecht"}),
]
CASES += [
 # a place a sentence marks as remote
 (plain("<p>Kestrel Lab is seeking an experienced testing expert to support our federal customer in Hanover, MD (Remote). This is a temporary assignment.</p>"), None, {"location": "Hanover, MD", "remote": True}),
]
CASES += [
 # a remote job's country or region after a word that bounds it, in the label's brackets
 (plain("<p>LOCATION: REMOTE (within Europe)</p><p>We build imaging software in Python.</p>"), None, {"location": "REMOTE (within Europe)", "remote": True}),
 (plain("<p>Location: Remote (anywhere in the US)</p><p>We build imaging software in Python.</p>"), None, {"location": "Remote (anywhere in the US)", "remote": True}),
 # (a bracket of other words stays out)
 (plain("<p>Location: Remote (occasional travel)</p><p>We build imaging software in Python.</p>"), None, {"location": "Remote"}),
]
CASES += [
 # a compound of the remote word denied: no remote job
 (plain("<p>Location: Sheffield</p><p>This role will be office based working from the company HQ in Sheffield. While some home-working will be available, this role is not open to remote-only candidates.</p>"), None, {"remote": False}),
 # (a compound stated is remote work still)
 (plain("<p>We are a remote-first company: work from anywhere in Europe.</p>"), None, {"remote": True}),
]
