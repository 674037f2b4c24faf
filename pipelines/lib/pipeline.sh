# shellcheck shell=bash
# pipeline.sh: the shell the jobpipe pipelines share, sourced (bash) by each of
# them after `set -euo pipefail`.  In the repository it is pipelines/lib/;
# make install puts it in $(PREFIX)/share/jobpipe/, where an installed
# bin/jobpipe-NAME finds it (../share/jobpipe from the script's folder).
#
# The sourcing script sets $prog (its name in messages) and defines
#   usage            the --help text, on standard output
#   pipeline_option  ARG...: takes the option $1 if it is one of the script's
#                    own, else returns 1; an option with a value calls
#                    takes_value "$@" first (it uses two words, not one)
# and, for the ledger pipelines (ledger_run), run_batch: runs the claimed
# jobs in $tmp/batch through the middle of the pipeline and finishes them
# (and, optionally, ledger_done: what to do once no job is due).

# say MESSAGE...: a line on stderr, as the program.
say() {
	# shellcheck disable=SC2154 # prog is set by the sourcing script
	echo "$prog: $*" >&2
}

# die STATUS MESSAGE: says MESSAGE and exits with STATUS.
die() {
	say "$2"
	exit "$1"
}

# takes_value OPTION [VALUE...]: the option $1 needs a value (a usage error
# without one); parse_options then shifts two words.
takes_value() {
	if [ $# -lt 2 ]; then
		die 64 "$1 takes a value"
	fi
	taken=2
}

# positive OPTION VALUE: VALUE must be a whole number above 0.
positive() {
	# not empty, digits only, not all zeros (00 is 0)
	case $2 in
	'' | *[!0-9]*) die 64 "$1 takes a positive number" ;;
	*[!0]*) ;;
	*) die 64 "$1 takes a positive number" ;;
	esac
}

# parse_options ARG...: the command line.  Each option goes to the script's
# pipeline_option; --help and -h print the usage and exit 0; `--` ends the
# options, the rest going to fetch-page (fetch_opts); anything else is a
# usage error (64, with the usage on stderr).
# shellcheck disable=SC2034 # fetch_opts is for the sourcing script
parse_options() {
	fetch_opts=()
	while [ $# -gt 0 ]; do
		case $1 in
		--help | -h) usage; exit 0 ;;
		--) shift; fetch_opts=("$@"); return 0 ;;
		esac
		taken=1
		if ! pipeline_option "$@"; then
			say "unknown option: $1"
			usage >&2
			exit 64
		fi
		shift "$taken"
	done
}

# The ledger pipelines (discover-contacts, batch-parallel): applications
# added to the ledger, then claimed and run in batches until no job is due.

# ledger_defaults: the ledger options' defaults, before parse_options.
ledger_defaults() {
	db=${JOBPIPE_DB:-jobpipe.db}
	batch=100
	lease=5m
	kind=contacts
	key_field=application_id
	follow=""
	until_done=false
	extract_opts=()
}

# ledger_option ARG...: pipeline_option for the options every ledger
# pipeline takes; returns 1 for any other.
ledger_option() {
	case $1 in
	--db) takes_value "$@"; db=$2 ;;
	--batch) takes_value "$@"; batch=$2 ;;
	--lease) takes_value "$@"; lease=$2 ;;
	--kind) takes_value "$@"; kind=$2 ;;
	--key-field) takes_value "$@"; key_field=$2 ;;
	--follow) takes_value "$@"; follow=$2 ;;
	--until-done) until_done=true ;;
	--extract-option) takes_value "$@"; extract_opts+=("$2") ;;
	--extract-option=*) extract_opts+=("${1#*=}") ;;
	*) return 1 ;;
	esac
}

# ledger_usage BATCH-LINE...: the help of those options from --db to
# --until-done, with the script's own lines for --batch.
ledger_usage() {
	cat <<'EOF'
  --db PATH|URL        the SQLite database, or a postgresql:// URL (default:
                       $JOBPIPE_DB, or jobpipe.db)
EOF
	printf '%s\n' "$@"
	cat <<'EOF'
  --lease DURATION     how long a claimed batch is held (default: 5m); a run
                       interrupted (Ctrl-C, kill) hands its batch back at once,
                       one killed outright (kill -9) after this
  --kind KIND          the ledger's job kind (default: contacts)
  --key-field FIELD    what identifies an application (default: application_id)
  --follow INTERVAL    never stop: when no job is due, wait for one (job-ledger
                       claim --wait: on PostgreSQL an inserted job wakes it at
                       once), looking again at least every INTERVAL (30, 5m)
  --until-done         stop only when no job is pending or running, waiting for
                       retries and for leases of killed runs to expire
EOF
}

# ledger_start: the database for every program of the run ($JOBPIPE_DB), and
# a folder for the run's files ($tmp), removed when it ends.
ledger_start() {
	export JOBPIPE_DB=$db
	tmp=$(mktemp -d "${TMPDIR:-/tmp}/$prog.XXXXXX")
	trap 'rm -rf "$tmp"' EXIT
	# Interrupted (Ctrl-C, kill): the batch in hand is handed back, its lease
	# ended now, so that the same command run again takes it up at once (its
	# attempt counts).  A run killed outright (SIGKILL, a crash) leaves it to
	# the lease: --lease later.
	trap 'ledger_release; exit 130' INT
	trap 'ledger_release; exit 143' TERM
}

ledger_release() {
	if [ -s "$tmp/batch" ]; then
		job-ledger heartbeat --lease 0s < "$tmp/batch" > /dev/null 2>&1 || :
	fi
}

# ledger_add_input: standard input, unless it is a terminal, added to the
# ledger, less the applications whose job already succeeded.
ledger_add_input() {
	if [ ! -t 0 ]; then
		job-ledger add --skip-done --kind "$kind" --key-field "$key_field" > "$tmp/added"
		say "$(wc -l < "$tmp/added") applications read"
	fi
}

# ledger_count STATUS: how many jobs of the kind have that status.
ledger_count() {
	job-ledger list --kind "$kind" --status "$1" | wc -l
}

# The progress line: on a terminal (standard error), or when
# JOBPIPE_PROGRESS=1, one line redrawn after each batch for the jobs of the
# kind in the whole ledger (every machine's work):
#   discover-contacts: 120/400 done, 3 failed, 12.5 jobs/s, 22s left
# the rate and time left from what ended since this run started.
ledger_progress_on() {
	[ "${JOBPIPE_PROGRESS:-}" = 1 ] || { [ -z "${JOBPIPE_PROGRESS:-}" ] && [ -t 2 ]; }
}

# ledger_counts: "done total failed" for the kind.
ledger_counts() {
	job-ledger stats --format csv | awk -F, -v k="$kind" '
		NR > 1 && $1 == k { print $4 + $5 + $6, $7, $5; found = 1 }
		END { if (!found) print 0, 0, 0 }'
}

ledger_progress_start() {
	progress_shown=""
	ledger_progress_on || return 0
	progress_t0=$(date +%s.%N)
	progress_done0=$(ledger_counts | cut -d' ' -f1)
}

ledger_progress() {
	ledger_progress_on || return 0
	local line
	line=$(ledger_counts | awk -v t0="$progress_t0" -v d0="$progress_done0" -v now="$(date +%s.%N)" -v p="$prog" '{
		done = $1; total = $2; failed = $3; rate = (now > t0) ? (done - d0) / (now - t0) : 0
		line = sprintf("%s: %d/%d done, %d failed", p, done, total, failed)
		if (rate > 0) {
			left = (total - done) / rate
			if (left >= 3600) eta = sprintf("%dh%02dm", left / 3600, (left % 3600) / 60)
			else if (left >= 60) eta = sprintf("%dm%02ds", left / 60, left % 60)
			else eta = sprintf("%ds", left)
			line = line sprintf(", %.1f jobs/s, %s left", rate, eta)
		}
		print line
	}')
	if [ -t 2 ]; then printf '\r%s\033[K' "$line" >&2; else printf '%s\n' "$line" >&2; fi
	progress_shown=1
}

# ledger_progress_end: ends the progress line (a terminal's cursor is on it).
ledger_progress_end() {
	if [ -n "$progress_shown" ] && [ -t 2 ]; then printf '\n' >&2; fi
	progress_shown=""
}

# ledger_run: claims batch after batch into $tmp/batch and hands each to the
# script's run_batch ($batches counts them), until no job is due: then it
# says what is left and exits 0.  With --follow it waits for jobs for ever instead;
# with --until-done it waits while any job is pending or running.
ledger_run() {
	local pending running wait=()
	# --follow: the claim waits for a job, up to INTERVAL (a fraction, as
	# sleep(1) takes it, waits 1s).
	if [ -n "$follow" ]; then
		case $follow in
		*[!0-9smhd]*) wait=(--wait 1s) ;;
		*) wait=(--wait "$follow") ;;
		esac
	fi
	batches=0
	ledger_progress_start
	while :; do
		job-ledger claim --kind "$kind" --limit "$batch" --lease "$lease" "${wait[@]}" > "$tmp/batch"
		if [ -s "$tmp/batch" ]; then
			batches=$((batches + 1))
			run_batch
			ledger_progress
			continue
		fi
		if [ -n "$follow" ]; then
			continue
		fi
		pending=$(ledger_count pending)
		running=$(ledger_count running)
		if $until_done && [ $((pending + running)) -gt 0 ]; then
			sleep 1
			continue
		fi
		ledger_progress_end
		say "batches run: $batches; pending a retry later: $pending; held by other runs: $running"
		# the script's own ending, when it has one (scout-postings' report)
		if declare -F ledger_done > /dev/null; then ledger_done; fi
		exit 0
	done
}
