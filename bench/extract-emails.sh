#!/bin/sh
# MB/s of extract-emails over the email corpus repeated to about 100 MB of
# page records, against LC_ALL=C grep -oE with the usual address regex on the
# same bytes, in the same run; prints both and the ratio (goal: >= 1.0).
#   bench/extract-emails.sh [CORPUS_DIR] [MEGABYTES]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
corpus=${1:-$root/../shared/corpus/email}
mb=${2:-100}
scratch=${SCRATCH:-$root/.build-bench}
[ -d "$corpus/pages" ] || { echo "extract-emails.sh: no corpus at $corpus; skipped" >&2; exit 0; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

swift build -c release --static-swift-stdlib --scratch-path "$scratch" --product extract-emails --package-path "$root" >&2
bin=$scratch/release/extract-emails

python3 - "$corpus/pages" "$mb" > "$tmp/in.ndjson" <<'PY'
import glob, json, sys
lines = []
for f in sorted(glob.glob(sys.argv[1] + "/*.html")):
    body = open(f, encoding="utf-8", errors="replace").read()
    lines.append(json.dumps({"url": "file://" + f, "pages": [{"url": "file://" + f, "body": body}]}) + "\n")
want, size = int(sys.argv[2]) * 1_000_000, 0
while size < want:
    for l in lines:
        sys.stdout.write(l)
        size += len(l.encode())
PY

python3 - "$tmp" "$bin" <<'PY'
import os, statistics, subprocess, sys, time
tmp, binary = sys.argv[1], sys.argv[2]
src = os.path.join(tmp, "in.ndjson")
size = os.path.getsize(src) / 1e6
env = dict(os.environ, LC_ALL="C")
regex = r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"
runs = {"extract-emails": [binary, src], "grep -oE (LC_ALL=C)": ["grep", "-oE", regex, src]}
times = {k: [] for k in runs}
for _ in range(3):                       # interleaved, so both see the same machine load
    for name, cmd in runs.items():
        with open(os.path.join(tmp, "out"), "wb") as out:   # a file: grep to /dev/null stops early
            t = time.perf_counter()
            subprocess.run(cmd, stdout=out, env=env, check=True)
            times[name].append(time.perf_counter() - t)
print(f"{size:.0f} MB of page records, median of 3 runs")
rate = {k: size / statistics.median(v) for k, v in times.items()}
for k, v in rate.items():
    print(f"  {k:<24} {v:8.1f} MB/s")
ours, grep = rate["extract-emails"], rate["grep -oE (LC_ALL=C)"]
print(f"extract-emails {ours:.1f} MB/s, grep -oE {grep:.1f} MB/s, ratio {ours / grep:.2f}x ({size:.0f} MB)")
print(f"summary\textract-emails, {size:.0f} MB of pages\t{ours:.1f} MB/s\tgrep -oE\t{grep:.1f} MB/s\t{ours / grep:.2f}x\t1x")
PY
