def page(text, title="Software Engineer"):
    return (f"<html><head><title>{title} | Ferrovia Systems</title></head><body><h1>{title}</h1>"
            f"<p>Location: Utrecht</p><div class=\"description\">{text}</div></body></html>")
U = "https://ferrovia.example/careers/engineer"
CASES = [
 # ambiguous names used as ordinary words: no skill
 (page("<p>You react calmly when production breaks and go the extra mile for our customers.</p>"), U, {"skills": []}),
 (page("<p>Spring and summer are our busiest seasons; express your ideas freely.</p>"), U, {"skills": []}),
 (page("<p>Our chef cooks lunch every day, and you get access to a training budget.</p>"), U, {"skills": []}),
 (page("<p>You excel at communication and like to exchange ideas with colleagues.</p>"), U, {"skills": []}),
 (page("<p>Unity and diversity matter to us. Take the helm of a small team.</p>"), U, {"skills": []}),
 (page("<p>Swift decisions, a flat hierarchy and a rust-free coffee machine.</p>"), U, {"skills": []}),
 (page("<p>Excel in a fast-paced environment. Go further with us.</p>"), U, {"skills": []}),
 (page("<p>Sie reagieren schnell und gehen gern neue Wege. Zugang zu Weiterbildung.</p>"), U, {"skills": []}),
 (page("<p>Vous suivrez le tableau de bord des ventes et la confluence des projets.</p>"), U, {"skills": []}),
 (page("<p>A puppet show for the kids at our summer party, and a vault full of snacks.</p>"), U, {"skills": []}),
 # the same names as technologies: skills
 (page("<p>You build interfaces in React and TypeScript.</p>"), U, {"skills": ["React", "TypeScript"]}),
 (page("<p>Our services are written in Go and run on Kubernetes.</p>"), U, {"skills": ["Go", "Kubernetes"]}),
 (page("<p>Backend in Java with Spring Boot and PostgreSQL.</p>"), U, {"skills": ["Java", "Spring Boot", "PostgreSQL"]}),
 (page("<p>iOS apps in Swift and SwiftUI.</p>"), U, {"skills": ["iOS", "Swift", "SwiftUI"]}),
 (page("<p>APIs in Node.js with Express and MongoDB.</p>"), U, {"skills": ["Node.js", "Express.js", "MongoDB"]}),
 (page("<p>Configuration management with Chef or Puppet on Linux servers.</p>"), U, {"skills": ["Chef", "Puppet", "Linux"]}),
 (page("<p>Games built in Unity with C#.</p>"), U, {"skills": ["Unity", "C#"]}),
 (page("<p>We deploy with Helm charts to Kubernetes and Terraform our cloud.</p>"), U, {"skills": ["Helm", "Kubernetes", "Terraform"]}),
 (page("<p>Systems programming in Rust and C++.</p>"), U, {"skills": ["Rust", "C++"]}),
 (page("<p>Advanced Excel skills are a must.</p>"), U, {"skills": ["Excel"]}),
 (page("<p>Sie entwickeln Dienste mit Go und Docker.</p>"), U, {"skills": ["Go", "Docker"]}),
 (page("<p>Vous développez en Python et Django, avec PostgreSQL.</p>"), U, {"skills": ["Python", "Django", "PostgreSQL"]}),
 (page("<p>Desarrollarás con React y Node.js.</p>"), U, {"skills": ["React", "Node.js"]}),
 (page("<p>Je werkt met Java, Spring en Kafka.</p>"), U, {"skills": ["Java", "Spring", "Kafka"]}),
 (page("<p>Svilupperai in Swift e Kotlin per iOS e Android.</p>"), U, {"skills": ["Swift", "Kotlin", "iOS", "Android"]}),
 # lists and headings
 (page("<p>We are a small team building the booking systems of European railways, from Utrecht.</p><h3>Tech stack</h3><ul><li>Go</li><li>Rust</li><li>PostgreSQL</li></ul>"), U, {"skills": ["Go", "Rust", "PostgreSQL"]}),
 (page("<p>We are a small team building the booking systems of European railways, from Utrecht.</p><p>Requirements:</p><ul><li>3+ years of Python</li><li>Experience with AWS</li></ul>"
       "<p>Nice to have:</p><ul><li>Terraform</li></ul>"), U, {"skills": ["Python", "AWS", "Terraform"], "nice_to_have_skills": ["Terraform"]}),
 (page("<p>Wir bieten Homeoffice und ein Jobticket.</p><p>Das bringst du mit: Erfahrung mit SQL und Python.</p>"), U, {"skills": ["SQL", "Python"]}),
 (page("<p>Profil recherché : maîtrise de Java et de SQL ; une connaissance d'Angular est un plus.</p>"), U, {"skills": ["Java", "SQL", "Angular"]}),
 # words of the posting that are no skills
 (page("<p>Send us your CV and a link to your GitHub profile.</p><p>You write Python.</p>"), U, {"skills": ["Python"]}),
 (page("<p>Follow us on LinkedIn and Instagram. You know SQL.</p>"), U, {"skills": ["SQL"]}),
 (page("<p>C and C++ are the languages of our firmware.</p>"), U, {"skills": ["C", "C++"]}),
 (page("<p>Statistics in R and Python.</p>"), U, {"skills": ["R", "Python"]}),
 (page("<p>Plan A, plan B and plan C: you keep calm.</p>"), U, {"skills": []}),
 (page("<p>You have a driving licence (category B or C).</p>"), U, {"skills": []}),
]
