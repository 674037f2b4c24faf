# employer forms, round three (my own pages)
D = "<h2>Responsibilities</h2><ul><li>Design and build APIs in Java</li><li>Own our Kubernetes clusters</li></ul><h2>Requirements</h2><ul><li>5 years of experience</li></ul>"
def pg(head, body, title):
    return f"<html><head><title>{title}</title>{head}</head><body>{body}</body></html>"
NAV = "<nav><a href='/'>Home</a><a href='/about'>About</a><a href='/careers'>Careers</a><a href='/contact'>Contact</a></nav>"
CASES = [
 # company name only in the h1's logo link img alt + title suffix with ' at '
 (pg("", "<header><a href='/'><img alt='Pinegrove' src='/l.svg'></a>"+NAV+"</header><main><h1>Senior Java Developer</h1>"+D+"</main><footer>© 2026 Pinegrove Software Ltd. All rights reserved.</footer>", "Senior Java Developer at Pinegrove"), "https://pinegrove.example/careers/senior-java-developer", {"company": "Pinegrove Software Ltd.", "title": "Senior Java Developer"}),
 # German: 'Über uns' heading then paragraph that starts with the name + legal form
 (pg("", NAV+"<main><h1>Java Entwickler (m/w/d)</h1>"+D+"<h2>Über uns</h2><p>Die Brandt &amp; Söhne Logistik GmbH ist ein Familienunternehmen aus Kassel.</p></main>", "Java Entwickler (m/w/d) - Karriere"), "https://brandt-logistik.example/karriere/java", {"company": "Brandt & Söhne Logistik GmbH"}),
 # board: 'Company: X' label in a facts table
 (pg("<meta property='og:site_name' content='StackJobs'>", "<header><a href='/'>StackJobs</a></header><main><h1>Java Developer</h1><table><tr><td>Company</td><td>Orbis Freight</td></tr><tr><td>Location</td><td>Rotterdam</td></tr></table>"+D+"</main><footer>© StackJobs BV</footer>", "Java Developer - Orbis Freight - Rotterdam | StackJobs"), "https://stackjobs.example/job/88812", {"company": "Orbis Freight", "location": "Rotterdam"}),
 # the company name in an h2 right above the title h1
 (pg("", "<main><h2>Kelvin Instruments</h2><h1>Firmware Engineer</h1><p>Cambridge, UK</p>"+D+"</main>", "Firmware Engineer"), "https://jobs.example/kelvin/firmware", {"company": "Kelvin Instruments", "location": "Cambridge, UK"}),
 # 'We are X' first sentence
 (pg("", NAV+"<main><h1>QA Engineer</h1><p>We are Ferrovia Systems, a team of 30 building signalling software.</p>"+D+"</main>", "QA Engineer"), "https://ferrovia.example/jobs/qa", {"company": "Ferrovia Systems"}),
 # French: 'Qui sommes-nous ?' then 'X est une entreprise'
 (pg("", NAV+"<main><h1>Développeur Java H/F</h1><h2>Qui sommes-nous ?</h2><p>Lumière Conseil est une entreprise de conseil basée à Lyon.</p>"+D+"</main>", "Développeur Java H/F"), "https://lumiere-conseil.example/carrieres/dev-java", {"company": "Lumière Conseil"}),
 # Dutch: 'Wie zijn wij?' and 'X is een'
 (pg("", NAV+"<main><h1>Java Developer</h1><h2>Wie zijn wij?</h2><p>Dijkgraaf IT is een softwarebedrijf uit Zwolle.</p>"+D+"</main>", "Java Developer"), "https://dijkgraaf-it.example/vacatures/java", {"company": "Dijkgraaf IT"}),
 # name in the og:title after the job and a dash, site_name a product
 (pg("<meta property='og:title' content='Java Developer – Halden Group'><meta property='og:site_name' content='Halden Careers'>", NAV+"<main><h1>Java Developer</h1>"+D+"</main>", "Java Developer – Halden Group"), "https://careers.halden.example/jobs/java-developer", {"company": "Halden Group"}),
 # the hiring line under the title: 'Kite Logistics · Hamburg'
 (pg("", "<main><h1>Java Developer</h1><p>Kite Logistics · Hamburg · Vollzeit</p>"+D+"</main>", "Java Developer"), "https://jobs.example/listing/5512", {"company": "Kite Logistics", "location": "Hamburg"}),
 # two companies: client named in 'Company: X', recruiter in footer
 (pg("", "<main><h1>Java Developer</h1><p><strong>Company:</strong> Meridian Bank</p><p><strong>Location:</strong> Dublin</p>"+D+"</main><footer>© 2026 TalentBridge Recruitment Ltd</footer>", "Java Developer | TalentBridge"), "https://talentbridge.example/jobs/java-developer-dublin", {"company": "Meridian Bank", "location": "Dublin"}),
 # employer in the URL path of a board, spelled in the page's header line
 (pg("<meta property='og:site_name' content='Jobbörse Nord'>", "<main><h1>Java-Entwickler (m/w/d)</h1><p>Nordwind Software GmbH</p><p>Kiel</p>"+D+"</main><footer>© Jobbörse Nord</footer>", "Java-Entwickler (m/w/d) bei Nordwind Software GmbH in Kiel | Jobbörse Nord"), "https://jobboerse-nord.example/stellen/nordwind-software-gmbh/java-entwickler", {"company": "Nordwind Software GmbH", "location": "Kiel"}),
 # Italian: 'Chi siamo' and name with S.p.A.
 (pg("", NAV+"<main><h1>Sviluppatore Java</h1><h2>Chi siamo</h2><p>Tessiture Biellesi S.p.A. è un'azienda tessile di Biella.</p>"+D+"</main>", "Sviluppatore Java"), "https://tessiturebiellesi.example/lavora-con-noi/java", {"company": "Tessiture Biellesi S.p.A."}),
 # Spanish: 'Quiénes somos'
 (pg("", NAV+"<main><h1>Desarrollador Java</h1><h2>Quiénes somos</h2><p>Aceros del Norte es una empresa siderúrgica de Bilbao.</p>"+D+"</main>", "Desarrollador Java"), "https://acerosdelnorte.example/empleo/java", {"company": "Aceros del Norte"}),
 # a careers site on a subdomain whose title is only 'Jobs'
 (pg("<meta property='og:site_name' content='Redwood Health Jobs'>", "<main><h1>Java Developer</h1>"+D+"</main>", "Jobs"), "https://jobs.redwoodhealth.example/job/123", {"company": "Redwood Health"}),
]
