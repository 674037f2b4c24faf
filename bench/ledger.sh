#!/bin/sh
# job-ledger claim+finish throughput with 1 and with 16 workers, on SQLite and
# on PostgreSQL side by side, and store-contacts rows per second against
# sqlite3's .import of the same rows, from one run, printed as ratios.
#   bench/ledger.sh [JOBS] [RECORDS]
# PostgreSQL: the server JOBPIPE_TEST_PG names, else a throwaway one started
# by scripts/test-postgres with PostgreSQL's durable defaults (fsync and
# synchronous commit on); without PostgreSQL binaries that half is skipped.
# Measured once (2026-11-24, 2 shared cores, release build, defaults):
#   claim+finish 1 worker 211 jobs/s, 16 workers 448 jobs/s (2.12x);
#   store-contacts 95,445 rows/s, sqlite3 .import 326,470 rows/s (0.29x).
# Measured 2026-12-02 (2 cores shared with three other builds, load ~3.6):
#   SQLite 1 worker 402 jobs/s, 16 workers 865; PostgreSQL 15 (durable
#   defaults) 1 worker 262, 16 workers 313 (fsync off: 215 and 406). Each
#   batch starts two processes and two PostgreSQL connections (a backend
#   each): on two busy cores that CPU, not the queue, is the limit.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
if [ -z "${JOBPIPE_TEST_PG:-}" ] && [ -z "${LEDGER_BENCH_SERVER:-}" ]; then
	LEDGER_BENCH_SERVER=1 TEST_PG_DURABLE=1 exec sh "$root/scripts/test-postgres" run sh "$0" "$@"
fi
jobs=${1:-2000}
records=${2:-20000}
per=5
scratch=${SCRATCH:-$root/.build-bench}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

command -v sqlite3 >/dev/null || {
	sudo=; [ "$(id -u)" = 0 ] || sudo=sudo
	$sudo apt-get install -y -qq sqlite3 >&2
}
for p in job-ledger store-contacts; do
	swift build -c release --static-swift-stdlib --scratch-path "$scratch" --product "$p" --package-path "$root" >&2
done
bin=$scratch/release
export PATH="$bin:$PATH"
unset JOBPIPE_NOW JOBPIPE_DB

now() { date +%s.%N; }
rate() { awk -v n="$1" -v a="$2" -v b="$3" 'BEGIN { printf "%.0f", n / (b - a) }'; }
ratio() { awk -v x="$1" -v y="$2" 'BEGIN { printf "%.2f", x / y }'; }

# One worker: claim 10, finish them, until nothing is due.
cat > "$tmp/worker.sh" <<'SH'
while out=$(job-ledger claim --db "$1" --limit 10 --lease 10m) && [ -n "$out" ]; do
	printf '%s\n' "$out" | job-ledger finish --db "$1" > /dev/null
done
SH
seq "$jobs" | awk '{ printf "{\"n\":%d}\n", $1 }' > "$tmp/jobs.ndjson"

ledger_rate() {   # workers engine → jobs per second
	if [ "$2" = sqlite ]; then
		db=$tmp/ledger-$1.db
		count() { sqlite3 "$db" "$1"; }
	else
		schema=bench_$1_$$
		psql -X -q "$JOBPIPE_TEST_PG" -c "CREATE SCHEMA $schema"
		db="$JOBPIPE_TEST_PG?options=-csearch_path%3D$schema"
		count() { psql -X -q -At "$db" -c "$1"; }
	fi
	job-ledger add --db "$db" --kind bench --key-field n < "$tmp/jobs.ndjson" > /dev/null
	t0=$(now)
	seq "$1" | xargs -P "$1" -n 1 sh "$tmp/worker.sh" "$db"
	t1=$(now)
	left=$(count "SELECT count(*) FROM jobs WHERE status <> 'success'")
	[ "$left" = 0 ] || { echo "ledger.sh: $left jobs not finished ($2)" >&2; exit 1; }
	rate "$jobs" "$t0" "$t1"
}
one=$(ledger_rate 1 sqlite)
sixteen=$(ledger_rate 16 sqlite)
echo "job-ledger claim+finish (batches of 10), SQLite: 1 worker $one jobs/s, 16 workers $sixteen jobs/s, ratio $(ratio "$sixteen" "$one")x ($jobs jobs)"
printf 'summary\tjob-ledger claim+finish, SQLite, 16 workers\t%s jobs/s\tone worker\t%s jobs/s\t%sx\t-\n' "$sixteen" "$one" "$(ratio "$sixteen" "$one")"
if [ -n "${JOBPIPE_TEST_PG:-}" ]; then
	pg_one=$(ledger_rate 1 postgres)
	pg_sixteen=$(ledger_rate 16 postgres)
	echo "job-ledger claim+finish (batches of 10), PostgreSQL: 1 worker $pg_one jobs/s, 16 workers $pg_sixteen jobs/s, ratio $(ratio "$pg_sixteen" "$pg_one")x ($jobs jobs)"
	printf 'summary\tjob-ledger claim+finish, PostgreSQL, 16 workers\t%s jobs/s\tone worker\t%s jobs/s\t%sx\t-\n' "$pg_sixteen" "$pg_one" "$(ratio "$pg_sixteen" "$pg_one")"
	printf 'summary\tjob-ledger claim+finish, 16 workers, PostgreSQL\t%s jobs/s\tSQLite\t%s jobs/s\t%sx\t>= 1000 jobs/s\n' "$pg_sixteen" "$sixteen" "$(ratio "$pg_sixteen" "$sixteen")"
else
	echo "job-ledger claim+finish, PostgreSQL: skipped (no PostgreSQL server)"
fi

# The same rows for both: RECORDS records of PER contacts each.
awk -v n="$records" -v per="$per" -v ndjson="$tmp/contacts.ndjson" -v csv="$tmp/contacts.csv" 'BEGIN {
	for (i = 1; i <= n; i++) {
		line = "{\"application_id\":" i ",\"contacts\":["
		for (c = 1; c <= per; c++) {
			email = "person" c "@company" i ".example"; url = "https://company" i ".example/team"
			line = line (c > 1 ? "," : "") "{\"email\":\"" email "\",\"name\":\"Person " c "\",\"kind\":\"personal\",\"confidence\":0.75,\"sources\":[\"" url "\"]}"
			printf "%d,%s,Person %d,personal,0.75,%s\n", i, email, c, url > csv
		}
		print line "]}" > ndjson
	}
}'
rows=$((records * per))

t0=$(now)
store-contacts --db "$tmp/store.db" < "$tmp/contacts.ndjson" > /dev/null
t1=$(now)
ours=$(rate "$rows" "$t0" "$t1")
stored=$(sqlite3 "$tmp/store.db" "SELECT count(*) FROM email_contacts")
[ "$stored" = "$rows" ] || { echo "ledger.sh: store-contacts stored $stored of $rows rows" >&2; exit 1; }

# sqlite3 .import into the same table shape, with the same journal settings.
sqlite3 "$tmp/import.db" "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;
	CREATE TABLE email_contacts (application_id TEXT NOT NULL, email TEXT NOT NULL, name TEXT, kind TEXT,
	  confidence REAL, source_url TEXT, UNIQUE (application_id, email));" > /dev/null
t0=$(now)
sqlite3 -cmd "PRAGMA synchronous=NORMAL" "$tmp/import.db" ".import --csv $tmp/contacts.csv email_contacts"
t1=$(now)
theirs=$(rate "$rows" "$t0" "$t1")
echo "store-contacts $ours rows/s, sqlite3 .import $theirs rows/s, ratio $(ratio "$ours" "$theirs")x ($rows rows in $records records)"
printf 'summary\tstore-contacts, %s rows\t%s rows/s\tsqlite3 .import\t%s rows/s\t%sx\t-\n' "$rows" "$ours" "$theirs" "$(ratio "$ours" "$theirs")"
