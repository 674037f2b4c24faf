# Employers in the shapes of pages of stop 46 (my own pages): a name the text writes with its short form in
# brackets agrees with the same name elsewhere ("Harwick Financial Services (HFS)" and the site's name), and so
# beats a shorter name the page title gives the site.
def vacancy(text, site="Harwick Financial Services"):
    return ("<html><head><title>Marketing Manager | Vacancy | Harwick Canada</title>"
            f"<meta property='og:site_name' content='{site}'></head><body><h1>Marketing Manager</h1>"
            f"<p>{text}</p><p>Send your resume to hr@harwickusa.com.</p></body></html>")
CASES = [
 (vacancy("At Harwick Financial Services (HFS), marketing is about understanding small businesses. We are looking "
          "for an experienced marketing manager."), None, {"company": "Harwick Financial Services"}),
]
