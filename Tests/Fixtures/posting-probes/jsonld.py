# JSON-LD and microdata shapes (my own pages)
import json
def page(ld, body="<h1>Backend Engineer</h1><p>We build payment services in Go.</p>", head="<title>Backend Engineer</title>", typ="application/ld+json"):
    s = ld if isinstance(ld, str) else json.dumps(ld)
    return f"<html><head>{head}<script type='{typ}'>{s}</script></head><body>{body}</body></html>"
JP = {"@context": "https://schema.org", "@type": "JobPosting", "title": "Backend Engineer", "datePosted": "2026-01-01",
      "description": "<p>We build payment services in Go.</p>"}
def jp(**kw):
    d = dict(JP); d.update(kw); return d
ORG = {"@type": "Organization", "name": "Kestrel Pay GmbH"}
LOC = {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Leipzig", "addressCountry": "DE"}}
E = {"company": "Kestrel Pay GmbH"}
CASES = [
 (page(jp(hiringOrganization=ORG, jobLocation=LOC)), None, {"company": "Kestrel Pay GmbH", "location": "Leipzig, Germany"}),
 (page(jp(hiringOrganization="Kestrel Pay GmbH", jobLocation=LOC)), None, E),
 (page({"@context": "https://schema.org", "@graph": [dict(ORG, **{"@id": "https://kp.example/#org"}), jp(hiringOrganization={"@id": "https://kp.example/#org"})]}), None, E),
 (page([{"@context": "https://schema.org", "@type": "WebSite", "name": "Jobbörse X"}, jp(hiringOrganization=ORG)]), None, E),
 (page(jp(hiringOrganization={"@type": "Organization", "legalName": "Kestrel Pay GmbH"})), None, E),
 (page(dict(jp(hiringOrganization=ORG), **{"@type": ["JobPosting"]})), None, E),
 (page(dict(jp(hiringOrganization=ORG), **{"@type": "http://schema.org/JobPosting"})), None, E),
 (page(json.dumps(jp(hiringOrganization={"@type": "Organization", "name": "Kestrel &amp; Pay GmbH"}))), None, {"company": "Kestrel & Pay GmbH"}),
 (page(json.dumps(jp(hiringOrganization=ORG))[:-1] + ",}"), None, E),
 (page("//<![CDATA[\n" + json.dumps(jp(hiringOrganization=ORG)) + "\n//]]>"), None, E),
 (page({"@context": "https://schema.org", "@type": "WebPage", "mainEntity": jp(hiringOrganization=ORG)}), None, E),
 (page(jp(hiringOrganization=ORG), typ="application/ld+json; charset=utf-8"), None, E),
 (page(jp(hiringOrganization=ORG, jobLocation=[LOC, {"@type": "Place", "address": {"addressLocality": "Berlin", "addressCountry": "DE"}}])), None, {"company": "Kestrel Pay GmbH"}),
 (page(jp(hiringOrganization=ORG, jobLocation={"@type": "Place", "address": "Leipzig, Germany"})), None, {"location": "Leipzig, Germany"}),
 (page(jp(hiringOrganization={"@type": "Organization", "name": ""}), body="<h1>Backend Engineer</h1><p>Company: Kestrel Pay GmbH</p>"), None, E),
 (page(jp(hiringOrganization=ORG, jobLocationType="TELECOMMUTE", applicantLocationRequirements={"@type": "Country", "name": "Germany"})), None, {"remote": True, "company": "Kestrel Pay GmbH"}),
 (page(jp(hiringOrganization={"@type": "Organization", "name": "Kestrel Pay GmbH", "sameAs": "https://kp.example"}, title="Backend Engineer (m/w/d)")), None, E),
 (page({"@context": "http://schema.org/", "@type": "JobPosting", "title": "Backend Engineer", "hiringOrganization": {"@type": "Organization", "name": "Kestrel Pay GmbH", "logo": "x.png"}, "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "München", "addressRegion": "Bayern", "postalCode": "80331", "addressCountry": {"@type": "Country", "name": "Deutschland"}}}}), None, {"company": "Kestrel Pay GmbH", "location": "München, Bayern, Deutschland"}),
 ("<html><head><title>Backend Engineer</title></head><body><div itemscope itemtype='https://schema.org/JobPosting'><h1 itemprop='title'>Backend Engineer</h1><div itemprop='hiringOrganization' itemscope itemtype='https://schema.org/Organization'><span itemprop='name'>Kestrel Pay GmbH</span></div><div itemprop='jobLocation' itemscope itemtype='https://schema.org/Place'><div itemprop='address' itemscope itemtype='https://schema.org/PostalAddress'><span itemprop='addressLocality'>Leipzig</span></div></div><div itemprop='description'>We build payment services in Go.</div></div></body></html>", None, {"company": "Kestrel Pay GmbH", "location": "Leipzig"}),
 (page(jp(hiringOrganization=ORG)) .replace("<script", "<script id='jobld'"), None, E),
 (page([jp(hiringOrganization=ORG)]), None, E),
 (page({"@context": "https://schema.org", "@graph": [{"@type": "WebPage", "name": "Backend Engineer - Jobs"}, jp(hiringOrganization={"@type": "Organization", "name": "Kestrel Pay GmbH"})]}), None, E),
 (page(jp(hiringOrganization={"@type": "Corporation", "name": "Kestrel Pay GmbH"})), None, E),
 (page(jp(hiringOrganization=[ORG])), None, E),
 (page(json.dumps(jp(hiringOrganization=ORG)).replace('"title"', '\n  "title"')), None, E),
]
