#!/bin/sh
# Postings per second through `find-postings --explode | analyze-job` over
# the recorded feeds of ../shared/corpus/ats-feeds, against a plain
# `curl -Z | jq` of the same feeds in the same run, as a ratio. Each of the
# six list feeds is served as COPIES boards by the tests' HTTPS feed server
# (Tests/ProgramTests/Support/feedserver.py, one Python process, the same for
# both sides), reached through --connect-to and trusted through --cacert.
# jq only lists each posting's id, title and URL; find-postings and
# analyze-job read every field, turn descriptions into plain text and find
# the skills in them.
#   bench/find-postings.sh [CORPUS_DIR] [COPIES]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
corpus=${1:-$root/../shared/corpus/ats-feeds}
copies=${2:-40}
scratch=${SCRATCH:-$root/.build-bench}
tmp=$(mktemp -d)
server_pid=""
trap 'if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || :; fi; rm -rf "$tmp"' EXIT INT TERM

if [ ! -d "$corpus" ]; then
	echo "bench/find-postings.sh: no $corpus: skipped"
	exit 0
fi
swift build -c release --static-swift-stdlib --scratch-path "$scratch" --product find-postings --package-path "$root" >&2
swift build -c release --static-swift-stdlib --scratch-path "$scratch" --product analyze-job --package-path "$root" >&2
bin=$scratch/release

# The boards (COPIES of each recorded list feed), their routes and URLs
python3 - "$corpus" "$copies" "$tmp" <<'PY'
import json, sys
corpus, copies, tmp = sys.argv[1], int(sys.argv[2]), sys.argv[3]
feeds = [("greenhouse", "03-greenhouse-vercel.json", "boards-api.greenhouse.io/v1/boards/{}/jobs?content=true"),
         ("lever", "05-lever-idealistconsulting.json", "api.lever.co/v0/postings/{}?mode=json"),
         ("ashby", "07-ashby-duna.json", "api.ashbyhq.com/posting-api/job-board/{}?includeCompensation=true"),
         ("workable", "09-workable-amazingcarecareers.json", "apply.workable.com/api/v1/widget/accounts/{}?details=true"),
         ("smartrecruiters", "11-smartrecruiters-knight.json", "api.smartrecruiters.com/v1/companies/{}/postings?limit=100&offset=0"),
         ("recruitee", "13-recruitee-spring.json", "{}.recruitee.com/api/offers/")]
routes = {}
with open(f"{tmp}/boards.ndjson", "w") as boards, open(f"{tmp}/urls.txt", "w") as urls:
    for i in range(copies):
        for ats, f, pattern in feeds:
            name = f"board{i}"
            path = pattern.format(name)
            routes[path] = {"file": f"{corpus}/{f}"}
            boards.write(json.dumps({"ats": ats, "board": name}) + "\n")
            urls.write("https://" + path + "\n")
json.dump(routes, open(f"{tmp}/routes.json", "w"))
PY
python3 "$root/Tests/ProgramTests/Support/feedserver.py" --dir "$tmp" --routes "$tmp/routes.json" --lifetime 600 > "$tmp/port" &
server_pid=$!
while [ ! -s "$tmp/port" ]; do sleep 0.1; done
port=$(head -1 "$tmp/port")
# every board host to the server (the recruitee boards each have their own host)
connect=$(sed 's|https://\([^/]*\)/.*|\1|' "$tmp/urls.txt" | sort -u | sed "s|.*|--connect-to &:443:127.0.0.1:$port|" | tr '\n' ' ')
boards=$(wc -l < "$tmp/boards.ndjson")

python3 - "$bin" "$tmp" "$connect" "$boards" <<'PY'
import os, subprocess, sys, time, glob, shutil
bin, tmp, connect, boards = sys.argv[1], sys.argv[2], sys.argv[3].split(), int(sys.argv[4])
ca = f"{tmp}/ca.pem"

def ours():
    t = time.perf_counter()
    with open(f"{tmp}/boards.ndjson", "rb") as f:
        find = subprocess.Popen([f"{bin}/find-postings", "--explode", "--delay", "0", "--parallel", "16", "--per-host", "16",
                                 "--cacert", ca, *connect], stdin=f, stdout=subprocess.PIPE)
        out = subprocess.run([f"{bin}/analyze-job"], stdin=find.stdout, capture_output=True, check=True).stdout
        find.wait()
    return out.count(b"\n"), time.perf_counter() - t

JQ = '(if type == "array" then . else (.jobs // .offers // .content // []) end)[] | {id, title: (.title // .text // .name), url: (.absolute_url // .hostedUrl // .jobUrl // .url // .careers_url // .ref)}'

def theirs():
    out_dir = f"{tmp}/curl"
    shutil.rmtree(out_dir, ignore_errors=True)
    os.makedirs(out_dir)
    urls = open(f"{tmp}/urls.txt").read().split()
    args = ["curl", "-sS", "--no-progress-meter", "-Z", "--parallel-max", "16", "--cacert", ca, *connect]
    for i, u in enumerate(urls):
        args += ["-o", f"{out_dir}/{i}.json", u]
    t = time.perf_counter()
    subprocess.run(args, check=True)
    files = sorted(glob.glob(f"{out_dir}/*.json"))
    out = subprocess.run(["jq", "-c", JQ, *files], capture_output=True, check=True).stdout
    return out.count(b"\n"), time.perf_counter() - t

# best of three, interleaved: the machine is shared and noisy
runs = [(ours(), theirs()) for _ in range(3)]
(n, _), (m, _) = runs[0]
a = max(r[0][0] / r[0][1] for r in runs)
b = max(r[1][0] / r[1][1] for r in runs)
print(f"{boards} boards over HTTPS (the six recorded list feeds, served as copies), best of 3 runs each:")
print(f"find-postings --explode | analyze-job: {n} postings, {a:8.1f} postings/s")
print(f"curl -Z | jq (id, title, url only):    {m} postings, {b:8.1f} postings/s")
print(f"ratio: {a / b:.2f}x")
print(f"summary\tfind-postings | analyze-job, {boards} recorded feeds\t{a:.0f} postings/s\tcurl -Z | jq\t{b:.0f} postings/s\t{a / b:.2f}x\t1x")
PY
