# ATS and careers-site templates as they commonly look (my own pages, written from memory of the forms)
NAV = "<nav><a href='/'>Home</a><a href='/jobs'>All jobs</a><a href='/about'>About</a></nav>"
DESC = "<h3>About the role</h3><p>You will build and run services in Python and PostgreSQL with a small team.</p><h3>What we offer</h3><ul><li>30 days of holiday</li><li>A yearly learning budget</li></ul>"
def page(head, body): return f"<!doctype html><html><head>{head}</head><body>{body}</body></html>"
CASES = [
 # Greenhouse (classic board)
 (page("<title>Job Application for Senior Backend Engineer at Fernwood Labs</title>",
  "<div id='app_body'><div id='header'><div class='logo-container'><a href='https://fernwood.example'><img alt='Fernwood Labs Logo' src='logo.png'></a></div><h1 class='app-title'>Senior Backend Engineer</h1><div class='company-name'>at Fernwood Labs</div><div class='location'>Lisbon, Portugal</div></div><div id='content'>"+DESC+"</div><a id='apply_button' href='#app'>Apply for this job</a></div><div id='footer'>Powered by Greenhouse</div>"),
  "https://boards.greenhouse.io/fernwoodlabs/jobs/4012345", {"title": "Senior Backend Engineer", "company": "Fernwood Labs", "location": "Lisbon, Portugal"}),
 # Lever
 (page("<title>Quillbase - Product Designer</title><meta property='og:title' content='Quillbase - Product Designer'>",
  "<div class='main-header page-full-width section-wrapper'><a class='main-header-logo' href='https://jobs.lever.co/quillbase'><img alt='Quillbase logo' src='l.png'></a></div><div class='section-wrapper page-full-width'><div class='section page-centered posting-header'><div class='posting-headline'><h2>Product Designer</h2><div class='posting-categories'><div class='sort-by-time posting-category medium-category-label width-auto location'>Amsterdam, Netherlands</div><div class='sort-by-team posting-category medium-category-label department'>Design</div><div class='sort-by-commitment posting-category medium-category-label commitment'>Full-time</div><div class='posting-category medium-category-label workplaceTypes'>Hybrid</div></div></div></div></div><div class='section page-centered'>"+DESC+"</div><div class='main-footer page-full-width'><p>Quillbase Home Page</p><a href='https://lever.co'>Jobs powered by Lever</a></div>"),
  "https://jobs.lever.co/quillbase/8f1c2a9e-1111-2222-3333-444455556666", {"title": "Product Designer", "company": "Quillbase", "location": "Amsterdam, Netherlands", "remote": False}),
 # Workable
 (page("<title>Data Analyst - Brightmoor Health</title>",
  "<header><img alt='Brightmoor Health' src='logo.png'><a href='/'>View website</a></header><main><h1 data-ui='job-title'>Data Analyst</h1><div data-ui='job-location'><span>Manchester, England, United Kingdom</span></div><span data-ui='job-type'>Full time</span><section data-ui='job-description'>"+DESC+"</section><a href='apply'>Apply for this job</a></main><footer>Powered by Workable</footer>"),
  "https://apply.workable.com/brightmoor-health/j/AB12CD34EF/", {"title": "Data Analyst", "company": "Brightmoor Health", "location": "Manchester, England, United Kingdom"}),
 # Personio
 (page("<title>Werkstudent Marketing (m/w/d) | Talweg Energie GmbH</title>",
  "<header><a href='/'><img alt='Talweg Energie GmbH' src='logo.png'></a></header><main><h1>Werkstudent Marketing (m/w/d)</h1><p>Teilzeit · Freiburg im Breisgau</p><div><h2>Deine Aufgaben</h2><ul><li>Du betreust unsere Social-Media-Kanäle</li></ul><h2>Dein Profil</h2><ul><li>Erfahrung mit Canva und WordPress</li></ul></div><a href='#apply'>Jetzt bewerben</a></main><footer>Talweg Energie GmbH · Impressum · Datenschutz</footer>"),
  "https://talweg-energie.jobs.personio.de/job/1234567", {"title": "Werkstudent Marketing (m/w/d)", "company": "Talweg Energie GmbH", "location": "Freiburg im Breisgau"}),
 # Recruitee
 (page("<title>Frontend Developer - Vlinder Software</title><meta property='og:site_name' content='Vlinder Software'>",
  "<header><a href='/'><img alt='Vlinder Software' src='logo.png'></a><a href='/'>Alle vacatures</a></header><main><h1>Frontend Developer</h1><ul><li>Utrecht, Netherlands</li><li>Engineering</li><li>32 - 40 uur per week</li></ul><section><h2>Functieomschrijving</h2><p>Je bouwt onze webapp in TypeScript en React.</p></section><a href='#'>Solliciteer nu</a></main>"),
  "https://vlindersoftware.recruitee.com/o/frontend-developer", {"title": "Frontend Developer", "company": "Vlinder Software", "location": "Utrecht, Netherlands"}),
 # Teamtailor
 (page("<title>Backend-utvecklare - Granskog AB</title><meta property='og:site_name' content='Granskog AB'>",
  "<header><a href='/'><img alt='Granskog AB career site' src='logo.png'></a><a href='/jobs'>Jobs</a><a href='/people'>People</a></header><main><h1>Backend Developer</h1><div><span>Engineering</span> · <span>Stockholm</span> · <span>Hybrid remote</span></div>"+DESC+"<a href='#'>Apply for this job</a></main><footer>© Granskog AB · Career site by Teamtailor</footer>"),
  "https://career.granskog.example/jobs/3344556-backend-developer", {"title": "Backend Developer", "company": "Granskog AB", "location": "Stockholm", "remote": False}),
 # SmartRecruiters
 (page("<title>Customer Success Manager | Orbitale SA</title>",
  "<header><img alt='Orbitale SA logo' src='l.png'></header><main><h1 class='job-title'>Customer Success Manager</h1><ul class='job-details'><li><spl-job-location formattedaddress='Paris, Île-de-France, France'>Paris, Île-de-France, France</spl-job-location></li><li>Full-time</li></ul><section id='st-companyDescription'><h2>Company Description</h2><p>Orbitale SA builds software for logistics.</p></section><section id='st-jobDescription'><h2>Job Description</h2><p>You look after our largest customers and use Salesforce every day.</p></section><a href='#'>I'm interested</a></main><footer>Powered by SmartRecruiters</footer>"),
  "https://jobs.smartrecruiters.com/OrbitaleSA/743999912345678-customer-success-manager", {"title": "Customer Success Manager", "company": "Orbitale SA", "location": "Paris, Île-de-France, France"}),
 # Ashby
 (page("<title>Machine Learning Engineer @ Corvid AI</title>",
  "<div><header><img alt='Corvid AI' src='logo.png'></header><h1>Machine Learning Engineer</h1><div><h2>Location</h2><p>San Francisco</p><h2>Employment Type</h2><p>Full time</p><h2>Location Type</h2><p>On-site</p><h2>Department</h2><p>Research</p></div><div>"+DESC+"</div><a>Apply for this Job</a><footer>Powered by Ashby</footer></div>"),
  "https://jobs.ashbyhq.com/corvid/0b1c2d3e-aaaa-bbbb-cccc-ddddeeeeffff", {"title": "Machine Learning Engineer", "company": "Corvid AI", "location": "San Francisco", "remote": False}),
 # BambooHR
 (page("<title>Accountant - Pinecrest Dental Group</title>",
  "<header><h2>Pinecrest Dental Group</h2></header><main><h1>Accountant</h1><div><p>Accounting</p><p>Denver, Colorado</p></div><div><p>We are looking for an accountant who knows QuickBooks and Excel.</p></div><aside><h3>Location</h3><p>Denver, Colorado</p><h3>Employment Type</h3><p>Full-Time</p><h3>Minimum Experience</h3><p>Mid-level</p></aside></main><footer>Powered by BambooHR</footer>"),
  "https://pinecrestdental.bamboohr.com/careers/42", {"title": "Accountant", "company": "Pinecrest Dental Group", "location": "Denver, Colorado"}),
 # JOIN
 (page("<title>Vertriebsmitarbeiter (m/w/d) - Hafenblick Logistik GmbH - Bremen</title>",
  "<header><img alt='JOIN' src='join.svg'></header><main><div><img alt='Hafenblick Logistik GmbH' src='c.png'><span>Hafenblick Logistik GmbH</span></div><h1>Vertriebsmitarbeiter (m/w/d)</h1><ul><li>Bremen</li><li>Vollzeit</li><li>Mit Berufserfahrung</li></ul><h2>Deine Aufgaben</h2><p>Du betreust Kunden und arbeitest mit SAP.</p></main>"),
  "https://join.com/companies/hafenblick/1234567-vertriebsmitarbeiter-m-w-d", {"title": "Vertriebsmitarbeiter (m/w/d)", "company": "Hafenblick Logistik GmbH", "location": "Bremen"}),
 # Workday (server-rendered fallback)
 (page("<title>Senior Financial Analyst</title>",
  "<div data-automation-id='jobPostingHeader'><h2>Senior Financial Analyst</h2></div><div><dl><dt>locations</dt><dd>Chicago, IL</dd><dt>time type</dt><dd>Full time</dd><dt>job requisition id</dt><dd>R-012345</dd></dl></div><div data-automation-id='jobPostingDescription'><p>Halvorsen Industries is hiring a senior financial analyst to join our FP&amp;A team.</p><p>Advanced Excel and SAP required.</p></div><footer>© 2026 Workday, Inc. All rights reserved.</footer>"),
  "https://halvorsen.wd5.myworkdayjobs.com/en-US/External/job/Chicago-IL/Senior-Financial-Analyst_R-012345", {"title": "Senior Financial Analyst", "company": "Halvorsen Industries", "location": "Chicago, IL"}),
 # Breezy HR
 (page("<title>Support Engineer at Lumaria</title>",
  "<div class='banner'><img alt='Lumaria' src='l.png'></div><div class='description'><h1>Support Engineer</h1><ul class='meta'><li class='location'><span>Austin, TX</span></li><li class='type'><span>Full-Time</span></li><li class='department'><span>Support</span></li></ul>"+DESC+"</div><footer>Powered by Breezy</footer>"),
  "https://lumaria.breezy.hr/p/1a2b3c4d5e-support-engineer", {"title": "Support Engineer", "company": "Lumaria", "location": "Austin, TX"}),
 # softgarden
 (page("<title>Stellenangebot Elektroniker (m/w/d) bei Brenner Anlagenbau GmbH in Augsburg</title>",
  "<header><img alt='Brenner Anlagenbau GmbH' src='logo.png'></header><main><h1>Elektroniker (m/w/d)</h1><div class='job-location'>Augsburg</div><h2>Ihre Aufgaben</h2><p>Sie warten unsere Anlagen.</p><h2>Ihr Profil</h2><p>Abgeschlossene Ausbildung</p></main><footer>softgarden e-recruiting GmbH</footer>"),
  "https://brenner.softgarden.io/job/12345678", {"title": "Elektroniker (m/w/d)", "company": "Brenner Anlagenbau GmbH", "location": "Augsburg"}),
 # Welcome to the Jungle
 (page("<title>Développeur Full Stack - Maison Corail - CDI à Nantes - Welcome to the Jungle</title>",
  "<header><a href='/fr'>Welcome to the Jungle</a><a href='/fr/jobs'>Trouver un job</a><a href='/fr/companies'>Trouver une entreprise</a></header><main><div><a href='/fr/companies/maison-corail'><img alt='Maison Corail' src='c.png'></a><a href='/fr/companies/maison-corail'>Maison Corail</a></div><h2>Développeur Full Stack</h2><ul><li>CDI</li><li>Nantes</li><li>Télétravail fréquent</li><li>Salaire : 45K à 55K €</li></ul><h3>Descriptif du poste</h3><p>Vous développez notre plateforme en Vue.js et Django.</p></main><footer>© Welcome to the Jungle</footer>"),
  "https://www.welcometothejungle.com/fr/companies/maison-corail/jobs/developpeur-full-stack_nantes", {"title": "Développeur Full Stack", "company": "Maison Corail", "location": "Nantes"}),
 # Own careers site, company only in logo alt and copyright
 (page("<title>Careers | Open position: QA Engineer</title>",
  "<header><a href='/'><img alt='Sablewood' src='/logo.svg'></a>"+NAV+"</header><main><p class='eyebrow'>Open position</p><h1>QA Engineer</h1><p><strong>Location:</strong> Ghent, Belgium</p>"+DESC+"</main><footer><p>© 2026 Sablewood NV. All rights reserved.</p></footer>"),
  "https://sablewood.example/careers/qa-engineer", {"title": "QA Engineer", "company": "Sablewood NV", "location": "Ghent, Belgium"}),
 # Own site, title suffix names company
 (page("<title>Junior Frontend Developer – Karoo Studio</title>",
  "<header><a class='brand' href='/'>Karoo</a>"+NAV+"</header><main><h1>Junior Frontend Developer</h1><p>Cape Town · Full-time · Hybrid</p>"+DESC+"</main><footer>Karoo Studio (Pty) Ltd</footer>"),
  "https://karoo.example/jobs/junior-frontend-developer", {"title": "Junior Frontend Developer", "company": "Karoo Studio", "location": "Cape Town", "remote": False}),
 # Italian own site
 (page("<title>Lavora con noi - Tecnoservizi Adriatica S.r.l.</title>",
  "<header><img alt='Tecnoservizi Adriatica' src='logo.png'>"+NAV+"</header><main><h1>Tecnico Informatico</h1><p><b>Sede di lavoro:</b> Pescara</p><p>Cerchiamo un tecnico con conoscenza di Windows Server e reti.</p></main><footer>Tecnoservizi Adriatica S.r.l. - P.IVA 01234567890</footer>"),
  "https://tecnoservizi.example/lavora-con-noi/tecnico-informatico", {"title": "Tecnico Informatico", "company": "Tecnoservizi Adriatica S.r.l.", "location": "Pescara"}),
 # Spanish own site
 (page("<title>Oferta de empleo: Programador PHP | Soluciones Mirador</title>",
  "<header><img alt='Soluciones Mirador' src='logo.png'></header><main><h1>Programador PHP</h1><p>Ubicación: Valencia</p><p>Modalidad: Híbrido</p><p>Buscamos un programador con experiencia en Laravel y MySQL.</p></main><footer>© Soluciones Mirador S.L.</footer>"),
  "https://mirador.example/empleo/programador-php", {"title": "Programador PHP", "company": "Soluciones Mirador", "location": "Valencia", "remote": False}),
 # Dutch own site
 (page("<title>Vacature: Medewerker Klantenservice - Dijkstra Installatietechniek</title>",
  "<header><img alt='Dijkstra Installatietechniek' src='logo.png'>"+NAV+"</header><main><h1>Medewerker Klantenservice</h1><ul><li>Standplaats: Zwolle</li><li>32-40 uur</li></ul><p>Je werkt met Exact en Microsoft Office.</p></main><footer>Dijkstra Installatietechniek B.V. | KvK 12345678</footer>"),
  "https://dijkstra.example/vacatures/medewerker-klantenservice", {"title": "Medewerker Klantenservice", "company": "Dijkstra Installatietechniek", "location": "Zwolle"}),
 # French own site
 (page("<title>Offre d'emploi - Technicien de maintenance H/F - Groupe Vallauris</title>",
  "<header><img alt='Groupe Vallauris' src='logo.png'></header><main><h1>Technicien de maintenance H/F</h1><p>Lieu de travail : Grenoble (38)</p><p>Type de contrat : CDI</p><p>Vous assurez la maintenance de nos équipements.</p></main><footer>© Groupe Vallauris 2026 - Mentions légales</footer>"),
  "https://vallauris.example/offres/technicien-maintenance", {"title": "Technicien de maintenance H/F", "company": "Groupe Vallauris", "location": "Grenoble (38)"}),
]
