def page(title, site, extra=""):
    return (f"<html><head><title>{title}</title><meta property='og:site_name' content='{site}'></head><body>"
            f"<nav><a href='/'>{site}</a><a href='/jobs'>Jobs</a><a href='/post'>Post a job</a></nav>"
            f"<h1>Backend Engineer</h1>{extra}<p>You will build services in Go and PostgreSQL for our customers.</p>"
            f"<footer>© 2025 {site}</footer></body></html>")
E = {"company": "Kestrel Pay"}
CASES = [
 (page("Kestrel Pay hiring Backend Engineer in Berlin, Germany | LinkedIn", "LinkedIn"), "https://www.linkedin.com/jobs/view/123", E),
 (page("Backend Engineer - Kestrel Pay - Berlin | Indeed.com", "Indeed"), "https://de.indeed.com/viewjob?jk=123", E),
 (page("Backend Engineer at Kestrel Pay | Y Combinator", "Y Combinator"), "https://www.ycombinator.com/companies/kestrel-pay/jobs/123", E),
 (page("Kestrel Pay Backend Engineer Job in Berlin | Glassdoor", "Glassdoor"), "https://www.glassdoor.com/job-listing/123", E),
 (page("Backend Engineer (m/w/d) bei Kestrel Pay GmbH | StepStone", "StepStone"), "https://www.stepstone.de/stellenangebote--123.html", {"company": "Kestrel Pay GmbH"}),
 (page("Backend Engineer - Kestrel Pay - CDI à Paris | Welcome to the Jungle", "Welcome to the Jungle"), "https://www.welcometothejungle.com/fr/companies/kestrel-pay/jobs/backend", E),
 (page("Backend Engineer job in Berlin at Kestrel Pay | Monster.com", "Monster"), "https://www.monster.com/job-openings/123", E),
 (page("Backend Engineer bei Kestrel Pay GmbH in Berlin | XING Jobs", "XING"), "https://www.xing.com/jobs/berlin-backend-123", {"company": "Kestrel Pay GmbH"}),
 (page("Oferta de trabajo Backend Engineer en Madrid - Kestrel Pay | InfoJobs", "InfoJobs"), "https://www.infojobs.net/madrid/backend/of-123", E),
 (page("Backend Engineer at Kestrel Pay • Berlin | Wellfound", "Wellfound"), "https://wellfound.com/jobs/123", E),
 (page("Kestrel Pay is hiring a Backend Engineer | JOIN", "JOIN"), "https://join.com/companies/kestrelpay/123", E),
 (page("Backend Engineer | Jobs bei Kestrel Pay", "Kestrel Pay"), "https://careers.kestrelpay.example/jobs/123", E),
 (page("Backend Engineer", "Jobboard", "<div class='company'><a href='/company/kestrel-pay'>Kestrel Pay</a></div>"), "https://jobboard.example/job/123", E),
 (page("Backend Engineer | Jobboard", "Jobboard", "<p>Company: <strong>Kestrel Pay</strong></p>"), "https://jobboard.example/job/123", E),
 (page("Backend Engineer | Jobboard", "Jobboard", "<p>Arbeitgeber</p><p>Kestrel Pay GmbH</p>"), "https://jobboard.example/job/123", {"company": "Kestrel Pay GmbH"}),
 (page("Backend Engineer | Jobboard", "Jobboard", "<p>Empresa: Kestrel Pay S.L.</p>"), "https://jobboard.example/job/123", {"company": "Kestrel Pay S.L."}),
 (page("Backend Engineer | Jobboard", "Jobboard", "<p>Entreprise : Kestrel Pay SAS</p>"), "https://jobboard.example/job/123", {"company": "Kestrel Pay SAS"}),
 (page("Backend Engineer | Jobboard", "Jobboard", "<p>Azienda: Kestrel Pay S.r.l.</p>"), "https://jobboard.example/job/123", {"company": "Kestrel Pay S.r.l."}),
 (page("Backend Engineer | Jobboard", "Jobboard", "<p>Werkgever: Kestrel Pay B.V.</p>"), "https://jobboard.example/job/123", {"company": "Kestrel Pay B.V."}),
 (page("Backend Engineer | Jobboard", "Jobboard", "<img src='/logos/kestrel.png' alt='Kestrel Pay logo'>"), "https://jobboard.example/job/123", E),
]
