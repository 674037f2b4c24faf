#!/bin/sh
# Pages per second of analyze-job over the job corpus, against extruct
# (PyPI, JSON-LD + microdata) in the same run, printed as a ratio.
#   bench/analyze-job.sh [CORPUS_DIR] [ROUNDS]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
corpus=${1:-$root/../shared/corpus/job}
rounds=${2:-20}
scratch=${SCRATCH:-$root/.build-bench}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

python3 -c 'import extruct' 2>/dev/null || python3 -m pip install --quiet extruct
swift build -c release --scratch-path "$scratch" --product analyze-job --package-path "$root" >&2
bin=$scratch/release/analyze-job

python3 - "$corpus/pages" "$rounds" > "$tmp/in.ndjson" <<'PY'
import glob, json, sys
pages = sorted(glob.glob(sys.argv[1] + "/*.html"))
for _ in range(int(sys.argv[2])):
    for f in pages:
        body = open(f, encoding="utf-8", errors="replace").read()
        print(json.dumps({"pages": [{"url": "file://" + f, "body": body}]}))
PY
n=$(wc -l < "$tmp/in.ndjson")

python3 - "$tmp/in.ndjson" "$bin" "$n" "$rounds" <<'PY'
import json, os, subprocess, sys, time
import extruct
path, binary, n = sys.argv[1], sys.argv[2], int(sys.argv[3])

def ours(jobs):
    t = time.perf_counter()
    with open(path, "rb") as f:
        subprocess.run([binary, "--jobs", str(jobs)], stdin=f, stdout=subprocess.DEVNULL, check=True)
    return n / (time.perf_counter() - t)

def theirs():
    t = time.perf_counter()
    with open(path, encoding="utf-8") as f:
        for line in f:
            page = json.loads(line)["pages"][0]
            extruct.extract(page["body"], base_url=page["url"], syntaxes=["json-ld", "microdata"], uniform=True)
    return n / (time.perf_counter() - t)

# best of three, interleaved: the machine is shared and noisy
runs = [(ours(0), ours(1), theirs()) for _ in range(3)]
default, single, ext = (max(r[k] for r in runs) for k in range(3))
cpus = len(os.sched_getaffinity(0))
print(f"pages:       {n} (the corpus pages, {sys.argv[4]} rounds), best of 3 runs each")
print(f"analyze-job: {default:8.1f} pages/s (default: a thread per processor, {cpus} here; start-up included)")
print(f"analyze-job: {single:8.1f} pages/s (--jobs 1)")
print(f"extruct:     {ext:8.1f} pages/s (JSON-LD + microdata, one process, same input, same run)")
print(f"ratio:       {default / ext:8.2f}x analyze-job / extruct, {single / ext:.2f}x with --jobs 1 (goal: 10x)")
print(f"summary\tanalyze-job, job corpus\t{default:.0f} pages/s\textruct\t{ext:.0f} pages/s\t{default / ext:.2f}x\t10x")
print(f"summary\tanalyze-job --jobs 1, job corpus\t{single:.0f} pages/s\textruct\t{ext:.0f} pages/s\t{single / ext:.2f}x\t10x")
PY
