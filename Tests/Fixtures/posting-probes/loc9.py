BODY = ("<h2>Job Description</h2><p>We are seeking an experienced accountant to join our finance team. You will "
        "prepare monthly statements, reconcile accounts and support the annual audit.</p><h2>Requirements</h2>"
        "<ul><li>Bachelor's degree in accounting</li><li>Three years of experience</li></ul>")


def page(facts, title="Staff Accountant", board="CareerHub", head=""):
    return (f"<html><head><title>{title} | {board}</title>{head}</head><body><div id=\"header\"><a href='/'>{board}</a>"
            f"<a href='/search'>Find Jobs</a><a href='/post'>Post a Job</a></div><div id=\"content\"><h1>{title}</h1>"
            f"{facts}{BODY}</div><div id=\"footer\">© 2011 {board}. All rights reserved.</div></body></html>")


U = "https://www.careerhub.example/job/staff-accountant/123456"
CASES = [
 # US and UK forms on boards
 (page("<table><tr><td>Company:</td><td>Brightline Foods</td></tr><tr><td>Location:</td><td>Chicago, IL 60601</td></tr></table>"), U,
  {"location": "Chicago, IL 60601", "company": "Brightline Foods"}),
 (page("<p>Job Location(s): Dallas, TX; Houston, TX</p>"), U, {"location": "Dallas, TX; Houston, TX"}),
 (page("<p>Location: Seattle, WA or Remote</p>"), U, {"location": "Seattle, WA"}),
 (page("<p>Location: Hybrid (Boston, MA)</p>"), U, {"location": "Boston, MA"}),
 (page("<p>Location: New York City Metropolitan Area</p>"), U, {"location": "New York City Metropolitan Area"}),
 (page("<p>Location: London, England, United Kingdom</p>"), U, {"location": "London, England, United Kingdom"}),
 (page("<p>Location: Greater Manchester</p>"), U, {"location": "Greater Manchester"}),
 (page("<div class=\"job-details\"><span>Brightline Foods</span> - <span>Portland, OR</span></div>"), U, {"location": "Portland, OR"}),
 (page("", title="Staff Accountant Job in Portland, OR"), U, {"location": "Portland, OR"}),
 (page("<div class=\"breadcrumbs\"><a href='/'>Jobs</a> &raquo; <a href='/jobs/oregon'>Oregon</a> &raquo; <a href='/jobs/oregon/portland'>Portland</a></div>"), U, {"location": "Portland"}),
 (page("<dl><dt>Location</dt><dd>Denver, CO, US</dd><dt>Job Type</dt><dd>Full-time</dd></dl>"), U, {"location": "Denver, CO, US"}),
 (page("<p><b>City:</b> Phoenix <b>State:</b> AZ</p>"), U, {"location": "Phoenix"}),
 (page("<p>Posted: 03/14/2011 &nbsp; Location: US-GA-Atlanta</p>"), U, {"location": "US-GA-Atlanta"}),
 (page("<p>Salary: $55,000 - $65,000 | Location: Minneapolis, Minnesota | Type: Full Time</p>"), U, {"location": "Minneapolis, Minnesota"}),
 (page("<p>Brightline Foods · Leeds, West Yorkshire · Permanent</p>"), U, {"location": "Leeds, West Yorkshire"}),
 (page("<p>Location: Multiple Locations</p>"), U, {"location": None}),
]
