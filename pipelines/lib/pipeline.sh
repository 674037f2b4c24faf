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
  --db PATH            the SQLite database (default: $JOBPIPE_DB, or jobpipe.db)
EOF
	printf '%s\n' "$@"
	cat <<'EOF'
  --lease DURATION     how long a claimed batch is held (default: 5m); a run
                       interrupted (Ctrl-C, kill) hands its batch back at once,
                       one killed outright (kill -9) after this
  --kind KIND          the ledger's job kind (default: contacts)
  --key-field FIELD    what identifies an application (default: application_id)
  --follow INTERVAL    never stop: poll for new and retry-due jobs every INTERVAL
                       (sleep(1) syntax: 30, 5m)
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

# ledger_run: claims batch after batch into $tmp/batch and hands each to the
# script's run_batch ($batches counts them), until no job is due: then it
# says what is left and exits 0.  With --follow it polls for ever instead;
# with --until-done it waits while any job is pending or running.
ledger_run() {
	local pending running
	batches=0
	while :; do
		job-ledger claim --kind "$kind" --limit "$batch" --lease "$lease" > "$tmp/batch"
		if [ -s "$tmp/batch" ]; then
			batches=$((batches + 1))
			run_batch
			continue
		fi
		if [ -n "$follow" ]; then
			sleep "$follow"
			continue
		fi
		pending=$(ledger_count pending)
		running=$(ledger_count running)
		if $until_done && [ $((pending + running)) -gt 0 ]; then
			sleep 1
			continue
		fi
		say "batches run: $batches; pending a retry later: $pending; held by other runs: $running"
		# the script's own ending, when it has one (scout-postings' report)
		if declare -F ledger_done > /dev/null; then ledger_done; fi
		exit 0
	done
}
