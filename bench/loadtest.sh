#!/usr/bin/env bash
# The load test of the contact pipeline (make loadtest; not part of make test).
#
# A loopback nginx serves a generated farm of SITES small company sites
# (c0001.example ...), each with job postings, a home page, and careers,
# contact and about pages where addresses are planted (mailto links, plain
# text, HTML entities, "[at] [dot]" and "(at)" spellings).  APPS applications
# (several postings of each site, shuffled) go through pipelines/discover-contacts
# with the ledger; the run is killed twice (SIGKILL of its whole process
# group) at random points and started again each time, the last time with
# --until-done.  Then it prints applications/s, the contacts found against
# those planted, and the jobs lost and duplicated (both must be 0; the exit
# status is 1 otherwise).
#
#   bench/loadtest.sh [APPS [SITES]]      (default: 10000 1000)
#
# PIPELINE=batch-parallel runs pipelines/batch-parallel instead (with its
# default --jobs 4, or what PIPELINE_OPTIONS says, e.g. "--jobs 8").
#
# Every site is its own host name, as in real use, so fetch-page's per-host
# politeness (--per-host, --delay, robots.txt, served by every site) applies
# per company as it would on the internet; nginx serves them all from one
# server block (root .../www/$host), and fetch-page sends every name to it
# with one wildcard --resolve '*:PORT:127.0.0.1' (libcurl >= 7.86).
# Politeness is set for loopback: --delay 0 --per-host 8.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
apps=${1:-10000}
sites=${2:-1000}
scratch=${SCRATCH:-$root/.build-bench}
tmp=$(mktemp -d)
nginx_pid=""
run_pid=""
cleanup() {
	if [ -n "$run_pid" ]; then kill -9 -- "-$run_pid" 2>/dev/null || :; fi
	if [ -n "$nginx_pid" ]; then kill "$nginx_pid" 2>/dev/null || :; fi
	rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# shellcheck source-path=SCRIPTDIR source=lib/nginx.sh
. "$root/bench/lib/nginx.sh"
need_nginx

for p in fetch-page extract-emails score-contacts store-contacts job-ledger; do
	swift build -c release --static-swift-stdlib --scratch-path "$scratch" --product "$p" --package-path "$root" >&2
done
export PATH="$scratch/release:$PATH"
export JOBPIPE_DB="$tmp/jobpipe.db"
export XDG_CACHE_HOME="$tmp/cache"
# What the killed runs leave behind (their temporary folders) goes with $tmp.
export TMPDIR="$tmp"

# The farm, its planted addresses (planted.ndjson) and the applications.
mkdir -p "$tmp/www" "$tmp/logs"
python3 - "$tmp" "$apps" "$sites" <<'PY'
import json, os, random, sys
tmp, apps, sites = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
per_site = -(-apps // sites)
first = ["anna", "ben", "clara", "david", "eva", "felix", "greta", "hugo"]
last = ["berg", "novak", "silva", "okafor", "lindqvist", "moreau", "tanaka", "weber"]
planted = open(os.path.join(tmp, "planted.ndjson"), "w")
def page(title, body):
    return (f"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title></head>"
            f"<body><nav><a href=\"/\">Home</a> <a href=\"/careers/\">Careers</a> "
            f"<a href=\"/contact.html\">Contact</a> <a href=\"/about.html\">About us</a></nav>"
            f"{body}</body></html>\n")
for i in range(1, sites + 1):
    host = f"c{i:04d}.example"
    name = f"Company {i:04d}"
    d = os.path.join(tmp, "www", host)
    os.makedirs(os.path.join(d, "careers"))
    os.makedirs(os.path.join(d, "jobs"))
    emails = []
    def plant(email):
        emails.append(email)
        return email
    home = f"<h1>{name}</h1><p>We make things.</p>"
    if i % 4:
        home += f"<footer>Questions? {plant('info@' + host)}</footer>"
    careers = f"<h1>Careers at {name}</h1><p>Apply: <a href=\"mailto:{plant('jobs@' + host)}\">write to us</a></p>"
    if i % 3 == 0:
        person = f"{first[i % 8]}.{last[(i // 8) % 8]}"
        careers += f"<p>Your recruiter: {first[i % 8].title()} {last[(i // 8) % 8].title()}, {plant(person + '@' + host)}</p>"
    if i % 2:
        contact = f"<p>Write to hello&#64;{host}</p>"
        plant("hello@" + host)
    else:
        contact = f"<p>Write to hello [at] c{i:04d} [dot] example</p>"
        plant("hello@" + host)
    if i % 5 == 0:
        contact += f"<p>Press: press(at)c{i:04d}.example</p>"
        plant("press@" + host)
    about = "<p>Founded long ago.</p>" + "<p>lorem ipsum dolor sit amet</p>" * 30
    files = {"index.html": page(name, home), "careers/index.html": page("Careers", careers),
             "contact.html": page("Contact", contact), "about.html": page("About", about),
             "robots.txt": "User-agent: *\nDisallow: /private/\n"}
    for k in range(1, per_site + 1):
        files[f"jobs/{k}.html"] = page(f"Job {k}", f"<h1>Engineer {k}</h1><p>Join {name}.</p>"
                                       + "<p>We build things with care.</p>" * 40
                                       + "<p><a href=\"/careers/\">Apply now</a></p>")
    for rel, text in files.items():
        with open(os.path.join(d, rel), "w") as f:
            f.write(text)
    planted.write(json.dumps({"host": host, "emails": emails}) + "\n")
rows = [(i, k) for i in range(1, sites + 1) for k in range(1, per_site + 1)][:apps]
random.Random(7).shuffle(rows)
with open(os.path.join(tmp, "apps.ndjson"), "w") as f:
    for n, (i, k) in enumerate(rows, 1):
        f.write(json.dumps({"application_id": n, "company": f"Company {i:04d}",
                            "url": f"http://c{i:04d}.example:PORT/jobs/{k}.html"}) + "\n")
PY
chmod -R a+rX "$tmp"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
sed -i "s/PORT/$port/" "$tmp/apps.ndjson"
start_nginx "$port" "root $tmp/www/\$host; index index.html;"

pipeline_name=${PIPELINE:-discover-contacts}
# shellcheck disable=SC2206 # PIPELINE_OPTIONS is split on purpose
pipeline=(setsid "$root/pipelines/$pipeline_name" --lease 10s --extract-option --allow-placeholders ${PIPELINE_OPTIONS:-})
fetch=(-- --delay 0 --per-host 8 --resolve "*:$port:127.0.0.1")
succeeded() { job-ledger stats | python3 -c 'import json,sys; print(sum(json.loads(l)["success"] for l in sys.stdin))'; }

# Two runs killed once a random share of the applications is done (the
# first between 10 % and 45 %, the second between 55 % and 85 %, then a
# random fraction of a second more), then a last one to the end.
start=$(date +%s.%N)
for range in "10 45" "55 85"; do
	read -r low high <<< "$range"
	target=$((apps * (low + RANDOM % (high - low + 1)) / 100))
	"${pipeline[@]}" "${fetch[@]}" < "$tmp/apps.ndjson" 2>> "$tmp/runs.log" &
	run_pid=$!
	until [ "$(succeeded)" -ge "$target" ]; do
		if ! kill -0 "$run_pid" 2>/dev/null; then echo "loadtest: the run ended before it was killed" >&2; exit 1; fi
		sleep 0.2
	done
	sleep "0.$((RANDOM % 10))"
	done_then=$(succeeded)
	if kill -9 -- "-$run_pid" 2>/dev/null; then
		echo "loadtest: killed the run (SIGKILL to its process group) with $done_then of $apps applications done" >&2
	else
		# A test of being killed twice that was killed once proves less than it says.
		echo "loadtest: the run ended before it could be killed; give it more applications" >&2
		exit 1
	fi
	{ wait "$run_pid" || :; } 2>/dev/null
	run_pid=""
done
"${pipeline[@]}" --until-done "${fetch[@]}" < "$tmp/apps.ndjson" 2>> "$tmp/runs.log"
end=$(date +%s.%N)

store-contacts export > "$tmp/stored.ndjson"
job-ledger list --kind contacts > "$tmp/jobs.ndjson"
python3 - "$tmp" "$apps" "$sites" "$start" "$end" "$pipeline_name" <<'PY'
import json, sqlite3, sys
from collections import Counter
tmp, apps, sites, start, end, name = (sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]),
                                      float(sys.argv[5]), sys.argv[6])
planted = {}
for line in open(f"{tmp}/planted.ndjson"):
    o = json.loads(line)
    planted[o["host"]] = set(o["emails"])
host_of = {}
for line in open(f"{tmp}/apps.ndjson"):
    o = json.loads(line)
    host_of[str(o["application_id"])] = o["url"].split("//")[1].split(":")[0]
expected = {(a, e) for a, h in host_of.items() for e in planted[h]}
stored = [json.loads(l) for l in open(f"{tmp}/stored.ndjson")]
found = {(str(o["application_id"]), o["email"]) for o in stored}
jobs = [json.loads(l) for l in open(f"{tmp}/jobs.ndjson")]
status = Counter(j["status"] for j in jobs)
per_key = Counter(j["key"] for j in jobs)
done = {j["key"].split(":", 1)[1] for j in jobs if j["status"] == "success"}
lost = sum(1 for a in host_of if a not in done)
db = sqlite3.connect(f"file:{tmp}/jobpipe.db?mode=ro", uri=True)
twice = db.execute("SELECT count(*) FROM (SELECT job_id FROM runs WHERE status = 'success' "
                   "GROUP BY job_id HAVING count(*) > 1)").fetchone()[0]
run_status = Counter(dict(db.execute("SELECT status, count(*) FROM runs GROUP BY status").fetchall()))
runs = sum(run_status.values())
duplicated = sum(n - 1 for n in per_key.values() if n > 1) + twice + (len(stored) - len(found))
secs = end - start
print(f"load test: {apps} applications on {sites} sites through {name}, killed twice and resumed")
print(f"  time                 {secs:8.1f} s (all three runs, lease waits included)")
print(f"  applications/s       {apps / secs:8.1f}")
print(f"  contacts found       {len(found & expected):8d} of {len(expected)} planted "
      f"({100 * len(found & expected) / max(len(expected), 1):.1f} %), {len(found - expected)} not planted")
print(f"  jobs                 {len(jobs):8d} ({', '.join(f'{k} {v}' for k, v in sorted(status.items()))})")
print(f"  runs (attempts)      {runs:8d} ({', '.join(f'{k} {v}' for k, v in sorted(run_status.items()))})")
print(f"  jobs lost            {lost:8d}")
print(f"  jobs duplicated      {duplicated:8d}")
missed = Counter(e.split("@")[0] for (a, e) in expected - found)
if missed:
    print("  planted, not found:  " + ", ".join(f"{k}@ {v}" for k, v in missed.most_common()))
sys.exit(0 if lost == 0 and duplicated == 0 else 1)
PY
