#!/bin/sh
# fetch-page against curl on 10,000 small pages from a loopback nginx, in one
# run: fetch-page writing full NDJSON records (politeness off: --per-host 64,
# --delay 0, --ignore-robots), curl -Z --parallel-max 64, and xargs -P 16 curl.
# Prints seconds (median of 3, interleaved) and the ratios to curl -Z.
#   bench/fetch-page.sh [PAGES]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
pages=${1:-10000}
scratch=${SCRATCH:-$root/.build-bench}
tmp=$(mktemp -d)
nginx_pid=""
cleanup() {
	[ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null
	rm -rf "$tmp"
}
trap cleanup EXIT INT TERM

# shellcheck source-path=SCRIPTDIR source=lib/nginx.sh
. "$root/bench/lib/nginx.sh"
need_nginx

swift build -c release --static-swift-stdlib --scratch-path "$scratch" --product fetch-page --package-path "$root" >&2
bin=$scratch/release/fetch-page

mkdir -p "$tmp/www" "$tmp/logs"
python3 - "$tmp/www" "$pages" <<'PY'
import os, sys
root, n = sys.argv[1], int(sys.argv[2])
for i in range(n):
    with open(os.path.join(root, f"p{i}.html"), "w") as f:
        f.write(f"<!doctype html><html><head><title>Page {i}</title></head><body><h1>Company {i}</h1>"
                f"<p>Write to jobs@company{i}.example for openings.</p>" + "<p>lorem ipsum dolor sit amet</p>" * 20
                + "</body></html>\n")
PY
chmod -R a+rX "$tmp"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
start_nginx "$port" "root $tmp/www;"

i=0
: > "$tmp/urls"; : > "$tmp/curl.cfg"
while [ "$i" -lt "$pages" ]; do
	echo "http://127.0.0.1:$port/p$i.html" >> "$tmp/urls"
	echo "url = \"http://127.0.0.1:$port/p$i.html\"" >> "$tmp/curl.cfg"
	i=$((i + 1))
done

python3 - "$tmp" "$bin" "$pages" <<'PY'
import os, statistics, subprocess, sys, time
tmp, binary, pages = sys.argv[1], sys.argv[2], int(sys.argv[3])
urls = os.path.join(tmp, "urls")
runs = {
    "fetch-page (NDJSON)": (f"{binary} --parallel 64 --per-host 64 --delay 0 --ignore-robots --robots-cache none < {urls}", True),
    "curl -Z --parallel-max 64": (f"curl --no-progress-meter -Z --parallel-max 64 -K {tmp}/curl.cfg", False),
    "xargs -P 16 -n 100 curl": (f"xargs -P 16 -n 100 curl --no-progress-meter < {urls}", False),
}
times = {k: [] for k in runs}
for _ in range(3):
    for name, (cmd, check) in runs.items():
        out = os.path.join(tmp, "out")
        t = time.perf_counter()
        subprocess.run(cmd + f" > {out}", shell=True, check=True)
        times[name].append(time.perf_counter() - t)
        if check:
            lines = sum(1 for _ in open(out, "rb"))
            ok = sum(1 for l in open(out, "rb") if b'"status":200' in l)
            assert lines == pages and ok == pages, f"fetch-page: {lines} lines, {ok} with status 200; first: {open(out, 'rb').readline()[:400]!r}"
base = statistics.median(times["curl -Z --parallel-max 64"])
print(f"{pages} pages from a loopback nginx, median of 3 runs")
for k, v in times.items():
    m = statistics.median(v)
    print(f"  {k:<28} {m:7.2f} s   {base / m:5.2f}x curl -Z's speed")
ours, xargs = (statistics.median(times[k]) for k in ("fetch-page (NDJSON)", "xargs -P 16 -n 100 curl"))
print(f"fetch-page {ours:.2f} s, curl -Z {base:.2f} s, xargs curl {xargs:.2f} s, ratio {base / ours:.2f}x of curl -Z's speed ({pages} pages)")
print(f"summary\tfetch-page, {pages} loopback pages\t{ours:.2f} s\tcurl -Z\t{base:.2f} s\t{base / ours:.2f}x\t1x")
print(f"summary\tfetch-page, {pages} loopback pages\t{ours:.2f} s\txargs -P16 curl\t{xargs:.2f} s\t{xargs / ours:.2f}x\t-")
PY
