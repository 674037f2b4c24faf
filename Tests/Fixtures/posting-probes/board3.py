BODY = ("<p>We are seeking an experienced accountant to join our finance team. You will prepare monthly statements, "
        "reconcile accounts and support the annual audit. Bachelor's degree in accounting and three years of "
        "experience required.</p>")


def page(inner, title="Staff Accountant - Brightline Foods - Chicago, IL | CareerHub", wrap_form=False):
    body = (f"<div id=\"logo\"><h1><a href='/'>CareerHub</a></h1></div><div id=\"nav\"><a href='/search'>Find Jobs</a>"
            f"<a href='/post'>Post a Job</a><a href='/resume'>Post Your Resume</a></div><div id=\"main\">{inner}{BODY}</div>"
            "<div id=\"footer\">© 2011 CareerHub, Inc. All rights reserved. <a href='/privacy'>Privacy</a></div>")
    if wrap_form:
        body = f"<form id=\"aspnetForm\" method=\"post\" action=\"job.aspx\">{body}</form>"
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>"


U = "https://www.careerhub.example/jobs/job.aspx?id=123456"
CASES = [
 # the title in the board's own element, the site's name in the h1
 (page("<h2 class=\"jobtitle\">Staff Accountant</h2><p>Brightline Foods - Chicago, IL</p>"), U,
  {"title": "Staff Accountant", "company": "Brightline Foods", "location": "Chicago, IL"}),
 (page("<span id=\"ctl00_lblJobTitle\">Staff Accountant</span><br><span id=\"ctl00_lblCompany\">Brightline Foods</span>"
       "<br><span id=\"ctl00_lblLocation\">Chicago, IL</span>", wrap_form=True), U,
  {"title": "Staff Accountant", "company": "Brightline Foods", "location": "Chicago, IL"}),
 (page("<table><tr><th>Job Title:</th><td>Staff Accountant</td></tr><tr><th>Company:</th><td>Brightline Foods</td></tr>"
       "<tr><th>Location:</th><td>Chicago, IL</td></tr></table>", title="Job Details | CareerHub"), U,
  {"title": "Staff Accountant", "company": "Brightline Foods", "location": "Chicago, IL"}),
 (page("<div class=\"job-header\"><h2>Staff Accountant</h2><div class=\"company\">Brightline Foods</div>"
       "<div class=\"location\">Chicago, IL 60601</div></div>", title="Staff Accountant Job in Chicago | CareerHub"), U,
  {"title": "Staff Accountant", "company": "Brightline Foods", "location": "Chicago, IL 60601"}),
 (page("<h2>Staff Accountant</h2><p>Posted by <a href='/company/brightline'>Brightline Foods</a> on 03/14/2011</p>"
       "<p>Location: Chicago, IL</p>", title="CareerHub - Staff Accountant"), U,
  {"title": "Staff Accountant", "company": "Brightline Foods", "location": "Chicago, IL"}),
 (page("<h2>Staff Accountant</h2><p>Company: Confidential</p><p>Location: Chicago, IL</p>", title="Staff Accountant | CareerHub"), U,
  {"title": "Staff Accountant", "company": "Confidential"}),
 (page("<div class=\"breadcrumb\"><a href='/'>Home</a> &gt; <a href='/jobs'>Jobs</a> &gt; Staff Accountant</div>"
       "<h2>Job Overview</h2><p>Staff Accountant</p><p>Brightline Foods</p><p>Chicago, IL</p>", title="Job Overview | CareerHub"), U,
  {"title": "Staff Accountant"}),
 (page("<h2>Staff Accountant</h2><p>Brightline Foods is an equal opportunity employer.</p><p>Location: Chicago, IL</p>",
       title="Find Jobs | CareerHub"), U, {"title": "Staff Accountant", "company": "Brightline Foods"}),
 (page("<h3>Staff Accountant</h3><p><b>Brightline Foods</b><br>Chicago, IL</p><p><a href='/apply/123'>Apply Now</a> "
       "<a href='/save/123'>Save Job</a> <a href='/email/123'>Email to a Friend</a></p>", title="Staff Accountant | CareerHub"), U,
  {"title": "Staff Accountant", "company": "Brightline Foods", "location": "Chicago, IL"}),
 (page("<h2>Staff Accountant</h2><p>Location: Chicago, IL</p><p>More jobs from <a href='/company/brightline'>Brightline Foods</a></p>",
       title="Staff Accountant | CareerHub"), U, {"title": "Staff Accountant", "company": "Brightline Foods"}),
]
