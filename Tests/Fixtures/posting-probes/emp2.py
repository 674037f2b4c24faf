# employer forms, round two (my own pages)
D = "<h2>Your tasks</h2><ul><li>Build services in Python</li><li>Run them on AWS</li></ul>"
def pg(head, body, title="Backend Engineer"):
    return f"<html><head><title>{title}</title>{head}</head><body>{body}</body></html>"
CASES = [
 # company only in the meta author and the email domain
 (pg("<meta name='author' content='Lindqvist Robotics'>", "<main><h1>Backend Engineer</h1>"+D+"<p>Apply: jobs@lindqvist-robotics.example</p></main>"), "https://lindqvist-robotics.example/jobs/backend", {"company": "Lindqvist Robotics"}),
 # an 'About us' section that names the company in its first sentence
 (pg("", "<main><h1>Backend Engineer</h1>"+D+"<h2>About us</h2><p>Brightwater Analytics is a 40-person company in Bristol that builds forecasting tools.</p></main>"), "https://brightwater.example/careers/backend", {"company": "Brightwater Analytics"}),
 # German imprint-style footer
 (pg("", "<main><h1>Elektroniker (m/w/d)</h1><p>Wir suchen Verstärkung.</p></main><footer><p>Schröder Anlagenbau GmbH · Industriestraße 4 · 33602 Bielefeld</p><a href='/impressum'>Impressum</a></footer>", title="Elektroniker (m/w/d)"), "https://schroeder-anlagenbau.example/karriere/elektroniker", {"company": "Schröder Anlagenbau GmbH"}),
 # board: company card in a sidebar
 (pg("<meta property='og:site_name' content='JobHive'>", "<header><a href='/'>JobHive</a><nav><a>Find jobs</a><a>Post a job</a></nav></header><main><h1>Data Analyst</h1><p>Leeds · Full-time</p>"+D+"</main><aside><h3>About the company</h3><p><a href='/companies/northgate-retail'>Northgate Retail</a></p><p>Retail · 500-1000 employees</p></aside><footer>© 2026 JobHive Ltd</footer>", title="Data Analyst - Leeds | JobHive"), "https://www.jobhive.example/jobs/123-data-analyst", {"company": "Northgate Retail", "location": "Leeds"}),
 # posted by line
 (pg("", "<main><h1>Frontend Developer</h1><p>Posted by Tallis Digital · 3 days ago</p>"+D+"</main>", title="Frontend Developer"), "https://jobs.example/frontend-developer-4411", {"company": "Tallis Digital"}),
 # 'Join X' heading
 (pg("", "<main><h2>Join Marlowe Health</h2><h1>Product Manager</h1>"+D+"</main>", title="Product Manager"), "https://marlowehealth.example/jobs/pm", {"company": "Marlowe Health", "title": "Product Manager"}),
 # French: 'Rejoignez' + legal name in footer
 (pg("", "<main><h1>Chef de projet digital H/F</h1><p>Rejoignez Atelier Vermeil et participez à nos projets.</p>"+D+"</main><footer>© 2026 Atelier Vermeil SAS</footer>", title="Chef de projet digital H/F"), "https://ateliervermeil.example/recrutement/chef-de-projet", {"company": "Atelier Vermeil SAS"}),
 # Spanish 'Únete a'
 (pg("", "<main><h1>Desarrollador Backend</h1><p>Únete a Grupo Alameda y crece con nosotros.</p>"+D+"</main>", title="Desarrollador Backend"), "https://grupoalameda.example/empleo/backend", {"company": "Grupo Alameda"}),
 # Dutch 'Kom werken bij'
 (pg("", "<main><h1>Accountmanager</h1><p>Kom werken bij Van Dijk Logistiek!</p>"+D+"</main>", title="Accountmanager"), "https://vandijklogistiek.example/vacatures/accountmanager", {"company": "Van Dijk Logistiek"}),
 # Italian 'Entra in'
 (pg("", "<main><h1>Sviluppatore Python</h1><p>Entra a far parte di Fabbrica Lumen!</p>"+D+"</main><footer>Fabbrica Lumen S.r.l. – P.IVA 01234567890</footer>", title="Sviluppatore Python"), "https://fabbricalumen.example/lavora-con-noi/python", {"company": "Fabbrica Lumen S.r.l."}),
 # subdomain careers site with logo alt
 (pg("", "<header><a href='/'><img src='/logo.svg' alt='Oakridge Energy'></a></header><main><h1>Field Technician</h1>"+D+"</main>", title="Field Technician"), "https://careers.oakridge-energy.example/jobs/field-technician", {"company": "Oakridge Energy"}),
 # company in h1 with ' – ' and the title in h2
 (pg("", "<main><h1>Vesper Labs – Careers</h1><h2>Site Reliability Engineer</h2>"+D+"</main>", title="Vesper Labs – Careers"), "https://vesperlabs.example/careers/sre", {"company": "Vesper Labs", "title": "Site Reliability Engineer"}),
 # recruiter naming the client
 (pg("", "<main><h1>Senior Accountant</h1><p>On behalf of our client, Harrow &amp; Finch Ltd, we are looking for a senior accountant.</p>"+D+"</main><footer>© Peak Recruitment</footer>", title="Senior Accountant | Peak Recruitment"), "https://peakrecruitment.example/jobs/senior-accountant", {"company": "Harrow & Finch Ltd"}),
 # 'X is looking for'
 (pg("", "<main><h1>DevOps Engineer</h1><p>Quarry Bay Games is looking for a DevOps engineer to run our game servers.</p>"+D+"</main>", title="DevOps Engineer"), "https://quarrybay.example/jobs/devops", {"company": "Quarry Bay Games"}),
 # German 'Die X GmbH sucht'
 (pg("", "<main><h1>Sachbearbeiter (m/w/d)</h1><p>Die Hansen Versicherungsmakler GmbH sucht zum nächstmöglichen Zeitpunkt einen Sachbearbeiter.</p></main>", title="Sachbearbeiter (m/w/d)"), "https://hansen-makler.example/jobs/sachbearbeiter", {"company": "Hansen Versicherungsmakler GmbH"}),
 # Greenhouse embed on own site: og:site_name and title suffix
 (pg("<meta property='og:site_name' content='Tidewater'>", "<main><h1>Staff Engineer</h1><p>Remote (US)</p>"+D+"</main>", title="Staff Engineer | Tidewater"), "https://tidewater.example/careers/staff-engineer?gh_jid=123", {"company": "Tidewater"}),
]
