# Remote work in the shapes of pages of stop 45 (my own pages): a phrase of remote work offered as a possibility.
def perks(item, title="DevOps Engineer"):
    return (f"<html><head><title>{title} | Kestrel Systems</title></head><body><h1>{title}</h1><p>Workplace: Warsaw</p>"
            f"<p>We run the payment platform of three banks.</p><p>We offer:</p><ul><li>{item}</li><li>Fresh fruit in the office</li></ul></body></html>")
CASES = [
 # a possibility of working remotely, beside an office: some of the time
 (perks("Convenient access, no parking problems, the possibility of working remotely"), None, {"remote": False, "workplace": "hybrid"}),
 (perks("It is possible to work remotely when your tasks allow it"), None, {"remote": False, "workplace": "hybrid"}),
 # (all of the time is remote; and so is a line that says the job is remote beside it)
 (perks("The option to work fully remotely from anywhere in Poland"), None, {"remote": True, "workplace": "remote"}),
 (perks("This is a remote position, with the possibility of working remotely from anywhere"), None, {"remote": True, "workplace": "remote"}),
]
