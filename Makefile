# jobpipe: build, test, demo, install.  See README.md.
PREFIX  ?= /usr/local
DESTDIR ?=
BINDIR   = $(DESTDIR)$(PREFIX)/bin
MANDIR   = $(DESTDIR)$(PREFIX)/share/man

BINS  = fetch-page extract-emails score-contacts analyze-job store-contacts job-ledger
MAN1  = $(BINS:%=man/%.1)
MAN7  = man/jobpipe.7
SWIFT ?= swift
DEBUG_BIN   = .build/debug
RELEASE_BIN = .build/release

.PHONY: all build debug test demo install uninstall lint-man bench deps clean

all: build

# Debian packages the build, the tests and the demo need; installs only what is missing.
deps:
	@sh scripts/install-deps

# Release binaries (what install installs).
build: deps
	$(SWIFT) build -c release

debug: deps
	$(SWIFT) build

# Unit tests, program tests (the built binaries on real inputs), the demo
# pipeline's test, and the man-page lint.
test: deps lint-man
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# The contact pipeline, offline, on the bundled sample sites.
demo: debug
	@PATH="$(CURDIR)/$(DEBUG_BIN):$$PATH" sh pipelines/demo

lint-man: deps
	mandoc -Tlint -W warning $(MAN1) $(MAN7)

install: build
	install -d $(BINDIR) $(MANDIR)/man1 $(MANDIR)/man7
	for b in $(BINS); do install -m 755 $(RELEASE_BIN)/$$b $(BINDIR)/$$b; done
	install -m 644 $(MAN1) $(MANDIR)/man1/
	install -m 644 $(MAN7) $(MANDIR)/man7/

uninstall:
	for b in $(BINS); do rm -f $(BINDIR)/$$b $(MANDIR)/man1/$$b.1; done
	rm -f $(MANDIR)/man7/jobpipe.7

# Benchmarks against the standard tools, side by side in one run (ratios; each bench/*.sh says what it compares).
bench: deps
	sh bench/run

# The contact pipeline under load (not part of test): a loopback nginx serving
# LOADTEST_SITES generated sites, LOADTEST_APPS applications through
# pipelines/discover-contacts, killed twice and resumed; see bench/loadtest.sh.
LOADTEST_APPS  ?= 10000
LOADTEST_SITES ?= 1000
.PHONY: loadtest
loadtest: deps
	bash bench/loadtest.sh $(LOADTEST_APPS) $(LOADTEST_SITES)

clean:
	rm -rf .build .build-bench
