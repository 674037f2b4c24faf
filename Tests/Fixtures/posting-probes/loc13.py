# Labelled places in the shapes of pages of stop 43 (my own pages): an address block under its label, a colon
# of its own, a label after a dash, a kind of place after the label's colon, a name that is no place before a
# later town, the job's noun before a participle, markup region codes the page never writes.
import json
def plain(body, title="Research Engineer"):
    return f"<html><head><title>{title} | Kestrel Lab</title></head><body><h1>{title}</h1>{body}</body></html>"
def page(address, body):
    ld = {"@context": "https://schema.org", "@type": "JobPosting", "title": "Research Engineer", "datePosted": "2026-01-01",
          "hiringOrganization": {"@type": "Organization", "name": "Kestrel Lab"},
          "jobLocation": {"@type": "Place", "address": dict({"@type": "PostalAddress"}, **address)},
          "description": "<p>We build imaging software in Python.</p>"}
    return ("<html><head><title>Research Engineer</title><script type='application/ld+json'>" + json.dumps(ld)
            + "</script></head><body><h1>Research Engineer</h1>" + body + "</body></html>")
CASES = [
 # an address block under the label that opens with the institute's name: the line of its postcode and town
 (plain("<p>We build imaging software in Python.</p><h4>Job location</h4><p>Laboratoire Kestrel<br>Bâtiment Condorcet<br>10 rue des Lilas<br>75013 Paris, France</p>"), None, {"location": "75013 Paris, France"}),
 # (a town under the label stays, whatever follows)
 (plain("<p>We build imaging software in Python.</p><h4>Job location</h4><p>Kleindorp</p><p>Start: 1 March</p>"), None, {"location": "Kleindorp"}),
 # a label in lower case with its colon set apart: the value after the colon
 (plain("<ul><li><em>start date</em>: <strong>October 1st</strong></li><li><p><em>job location</em>:</p><p><strong>Saclay</strong></p></li></ul>"), None, {"location": "Saclay"}),
 # (a lower-case heading with no colon is a menu's, no label)
 (plain("<p>location</p><p>about</p><p>We build imaging software in Python in Leipzig.</p>"), None, {"location": "Leipzig"}),
 # a place label after a dash that ends the line's other words
 (plain("<p>for Kestrel Lab Foundation - Location: Boston / New York</p><p>We build imaging software.</p>"), None, {"location": "Boston / New York"}),
 # a label whose colon names the value's kind, the value on the next line; a name that is no place gives way to it
 (plain("<p>We build imaging software.</p><dl><dt>Location Name</dt><dd>Kestrel Midtown West</dd><dt>Location: City</dt><dd>Chicago</dd></dl>"), None, {"location": "Chicago"}),
 # (a town the lists lack under the first label stays over a later label's known town)
 (plain("<p>We build imaging software.</p><dl><dt>Standort</dt><dd>Kleindorp</dd><dt>Büro</dt><dd>Berlin</dd></dl>", "Softwareentwickler"), None, {"location": "Kleindorp"}),
 # the job's noun and a participle, opening a sentence: the town, as written
 (plain("<p>Interventions sur l'ensemble des sites du département. Poste basé à BREST</p>", "Technicien informatique"), None, {"location": "BREST"}),
 (plain("<p>Position based in Leeds, with travel to clients.</p>"), None, {"location": "Leeds"}),
 # (a company based somewhere is not the job's noun)
 (plain("<p>We are a startup based in Leipzig.</p><p>Location: Dresden</p>"), None, {"location": "Dresden"}),
 # a markup region code the page never writes is left out; a code the page writes, or a US state's, stays
 (page({"addressLocality": "Amsterdam", "addressRegion": "NH", "addressCountry": "NL"}, "<p>Amsterdam</p><p>,</p><p>Noord-Holland</p><p>We build imaging software.</p>"), None, {"location": "Amsterdam, Netherlands"}),
 (page({"addressLocality": "Amsterdam", "addressRegion": "NH", "addressCountry": "NL"}, "<p>Our office in Amsterdam (NH) is near the station.</p><p>We build imaging software.</p>"), None, {"location": "Amsterdam, NH, Netherlands"}),
 (page({"addressLocality": "Austin", "addressRegion": "TX", "addressCountry": "US"}, "<p>We build imaging software.</p>"), None, {"location": "Austin, TX"}),
 # a country by its alpha-3 code: as the page writes it beside the town, and written out from structured data
 (page({"addressLocality": "Amersfoort", "addressCountry": "NL"}, "<p>Amersfoort (NLD)</p><p>We build imaging software.</p>"), None, {"location": "Amersfoort (NLD)"}),
 (page({"addressLocality": "Leipzig", "addressCountry": "DEU"}, "<p>We build imaging software in Leipzig.</p>"), None, {"location": "Leipzig, Germany"}),
 # a country or a region before a slash and the arrangement is the place of the remote work
 (plain("<p>Africa / Remote - </p><p>Digital</p><p>We build imaging software.</p>"), None, {"location": "Africa", "workplace": "remote"}),
 (plain("<p>Germany / Hybrid</p><p>We build imaging software.</p>"), None, {"location": "Germany", "workplace": "hybrid"}),
 # hybrid work under a place label names no place (remote work there is where the job is done)
 (plain("<p>Location: Hybrid</p><p>We build imaging software.</p>"), None, {"location": None, "workplace": "hybrid"}),
 (plain("<p>Location: Remote</p><p>We build imaging software.</p>"), None, {"location": "Remote", "workplace": "remote"}),
 # a trail of links over the title is no employer
 ("<html><head><title>Technicien informatique</title></head><body><p>Home » Offres</p><h1>Technicien informatique</h1><p>Nous développons des logiciels.</p></body></html>", None, {"company": None}),
 # a page's table of contents is no employer
 ("<html><head><title>Technicien informatique</title></head><body><h1>Technicien informatique</h1><p>Table of Contents</p><p>Missions :</p><p>Profil :</p><p>Nous développons des logiciels.</p></body></html>", None, {"company": None}),
]
