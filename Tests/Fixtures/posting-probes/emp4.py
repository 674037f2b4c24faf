BODY = ("<h2>What you will do</h2><p>Plan and run the monthly close, reconcile our accounts and prepare the figures "
        "for the annual audit with a small finance team.</p><h2>What you bring</h2><p>A degree in accounting and a few "
        "years of experience in a similar role.</p>")


def page(inner, title="Finance Manager", head="", nav="<a href='/'>Home</a><a href='/jobs'>Jobs</a>", foot=""):
    return (f"<html><head><title>{title}</title>{head}</head><body><header><nav>{nav}</nav></header><main>{inner}{BODY}</main>"
            f"<footer>{foot}</footer></body></html>")


OWN = "https://www.brightline.example/careers/finance-manager"
BOARD = "https://www.jobfinder.example/job/finance-manager-98765"
CASES = [
 # the employer's own site
 (page("<h1>Finance Manager</h1>", head="<meta property=\"og:site_name\" content=\"Brightline Foods Careers\">"), OWN,
  {"company": "Brightline Foods"}),
 (page("<h1>Finance Manager</h1>", title="Finance Manager | Brightline Foods", foot="© 2026 Brightline Foods Ltd"), OWN,
  {"company": "Brightline Foods"}),
 (page("<h1>Finance Manager</h1><h2>Working at Brightline Foods</h2><p>We make sauces in Leeds.</p>"), OWN,
  {"company": "Brightline Foods"}),
 (page("<h1>Responsable financier H/F</h1><h2>L'entreprise</h2><p>Brightline Foods SAS est un fabricant de sauces basé à Lyon.</p>",
       title="Responsable financier H/F"), OWN, {"company": "Brightline Foods SAS"}),
 (page("<h1>Responsable de finanzas</h1><h2>Sobre la empresa</h2><p>Grupo Brightline es un fabricante de salsas con sede en Valencia.</p>",
       title="Responsable de finanzas"), OWN, {"company": "Grupo Brightline"}),
 (page("<h1>Financieel manager</h1><h2>Over de werkgever</h2><p>Brightline Foods B.V. is een producent van sauzen uit Breda.</p>",
       title="Financieel manager"), OWN, {"company": "Brightline Foods B.V."}),
 # boards
 (page("<h1>Finance Manager</h1><div class=\"topcard\"><a href='/company/brightline'>Brightline Foods</a> · Leeds, England · "
       "2 weeks ago · 45 applicants</div>", title="Finance Manager | JobFinder",
       nav="<a href='/'>JobFinder</a><a href='/jobs'>Jobs</a>"), BOARD, {"company": "Brightline Foods", "location": "Leeds, England"}),
 (page("<h1>Finance Manager</h1><div class=\"company-info\"><div>Brightline Foods</div><div>4.1 out of 5 stars</div>"
       "<div>Leeds</div></div>", title="Finance Manager - Leeds | JobFinder", nav="<a href='/'>JobFinder</a>"), BOARD,
  {"company": "Brightline Foods", "location": "Leeds"}),
 (page("<div class=\"app-title\"><h1>Finance Manager</h1><span class=\"company-name\">at Brightline Foods</span></div>",
       title="Job Application for Finance Manager at Brightline Foods"),
  "https://boards.example-ats.io/brightlinefoods/jobs/4455", {"company": "Brightline Foods", "title": "Finance Manager"}),
 (page("<h1>Finance Manager</h1><img src='/logos/77.png' alt='Brightline Foods logo'><p>Leeds</p>",
       title="Finance Manager | JobFinder", nav="<a href='/'>JobFinder</a>"), BOARD, {"company": "Brightline Foods"}),
 (page("<h1>Finance Manager</h1><dl><dt>Hiring company</dt><dd>Brightline Foods</dd><dt>Location</dt><dd>Leeds</dd></dl>",
       title="Finance Manager | JobFinder", nav="<a href='/'>JobFinder</a>"), BOARD, {"company": "Brightline Foods", "location": "Leeds"}),
 # a board's card of the employer: a bare "Name" label under a heading about the employer (not under "Contact")
 (page("<h2>Informations sur l'entreprise</h2><p>Nom :</p><p>Brightline Foods SA</p><p>Lieu de travail :</p><p>Lyon</p><h1>Finance Manager</h1>"
       "<h2>Contact</h2><p>Nom :</p><p>Claire Dubois</p>", title="JobFinder - Offres d'emploi"), BOARD, {"company": "Brightline Foods SA", "location": "Lyon"}),
 (page("<h1>Finance Manager</h1><h3>Company details</h3><p>Name: Brightline Foods Ltd</p><p>Size: 200 employees</p>",
       title="Finance Manager | JobFinder"), BOARD, {"company": "Brightline Foods Ltd"}),
 (page("<h1>Finance Manager</h1><h3>Contact</h3><p>Name: Claire Dubois</p>", title="Finance Manager | JobFinder"), BOARD,
  {"company": None}),
 # a page title that calls the site a website names the site, not the job; its name is the employer's
 ("<html><head><title>Brightline Website</title></head><body><nav><a href='/'>Research</a><a href='/team'>Team</a><a href='/join'>Join</a></nav>"
  "<div class='container'><div class='title-job'>Research Program Manager</div><div class='job-desc'><b>Position overview:</b><br>The lab seeks an "
  "organised person to run a large research programme with many partners.</div></div></body></html>", OWN,
  {"title": "Research Program Manager", "company": "Brightline"}),
 (page("<h1>Finance Manager</h1>", title="Site web de Brightline"), OWN, {"title": "Finance Manager", "company": "Brightline"}),
 # the site's slogan in its h1, the job in the page title after the careers section's word
 (page("<h1>We make food that people love</h1><h2>What we offer</h2><p>A fair salary.</p>", title="Brightline - Join - Finance Manager"), OWN,
  {"title": "Finance Manager"}),
 (page("<h1>Wir bauen Brücken zwischen Menschen</h1>", title="Brightline | Karriere | Finanzbuchhalter (m/w/d)"), OWN,
  {"title": "Finanzbuchhalter (m/w/d)"}),
 # the site's shown name and its legal name over the address in the footer, the same first word: the legal name
 ("<html><head><title>Brightline Developers | Finance Manager</title></head><body><header><img src='logo.svg' alt='Brightline Developers logo'>"
  "<nav><a href='/'>Home</a><a href='/jobs'>Jobs</a></nav></header><main><h1>Finance Manager</h1>" + BODY + "</main><div class='footer'><address>"
  "<span>Brightline GmbH</span><br><span>Ludwigstraße 6</span><br><span>80331 München</span></address></div></body></html>", OWN,
  {"company": "Brightline GmbH"}),
 ("<html><head><title>Brightline | Finance Manager</title></head><body><header><nav><a href='/'>Home</a></nav></header><main><h1>Finance Manager</h1>"
  + BODY + "</main><footer>© 2026 Brightline Inc.</footer></body></html>", OWN, {"company": "Brightline"}),
 # a unit's site (its name written after its kind, "Division of Student Life") posts for the university its text
 # places the work at
 ("<html><head><title>Dishwasher - Union Kitchen - Student Life Jobs | The University of Kestrel</title><meta property='og:site_name' content='Student Life Jobs'></head><body><header><p>University of Kestrel</p><p>Division of Student Life</p><h1>Student Life Jobs</h1></header><h2>Dishwasher</h2><p>Wash dishes in the union kitchen.</p><p>You must be enrolled as a student at the University of Kestrel (during the academic year).</p><footer><p>Connecting students with jobs in the Division of Student Life</p></footer></body></html>", None, {"company": "University of Kestrel"}),
 # a perk's heading that is a label's word, over a sentence, names no employer; nor does an author's byline
 ("<html><head><title>Jobs :: Kestrel, Inc</title></head><body><h1>Systems Programmer</h1><h3>What we offer</h3><p>Agency:</p><p>You're in charge of the task before you. We'll help plan the approach.</p><p>You will write compilers in Rust.</p></body></html>", None, {"company": "Kestrel, Inc"}),
 ("<html><head><title>Team Lead</title><meta property='og:site_name' content='Kestrel'></head><body><h1>Team Lead</h1><p>By <a href='/authors/jd'>John Doe</a></p><p>February 20, 2022</p><p>You will lead our control plane team.</p></body></html>", None, {"company": "Kestrel"}),
 # a blog's headline whose part after its colon seeks the role: the role (to its exclamation), and the employer before it
 ("<html><head><title>Neuer Job bei Kestrel Lab: Wir suchen Communitybuilder*in! (80%, ab Januar 2020) - Jobs</title><meta property='og:title' content='Neuer Job bei Kestrel Lab: Wir suchen Communitybuilder*in! (80%, ab Januar 2020)'></head><body><h1>Neuer Job bei Kestrel Lab: Wir suchen Communitybuilder*in! (80%, ab Januar 2020)</h1><p>Du baust unsere Community in Berlin auf.</p></body></html>", None, {"title": "Communitybuilder*in", "company": "Kestrel Lab"}),
 # a template's logo name ("Project Logo") and a number in the page title name no employer
 ("<html><head><title>Research Assistant | 23344</title></head><body><header><img src='/assets/img/logo.png' alt='Project Logo'></header><h1>Research Assistant</h1><p>You will encode lute tablatures for our edition.</p></body></html>", None, {"company": None}),
 ("<html><head><title>Research Assistant</title></head><body><header><img src='/assets/img/logo.png' alt='Project Logo'></header><h1>Research Assistant</h1><p>You will encode lute tablatures for our edition.</p></body></html>", None, {"company": None}),
]
