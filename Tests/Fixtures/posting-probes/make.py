#!/usr/bin/env python3
"""Writes probes.ndjson from the batteries beside it: small pages written by hand for jobpipe
(no page of anyone else), each with the answers analyze-job should give.

    python3 Tests/Fixtures/posting-probes/make.py

Each battery BATTERY.py defines CASES, a list of (html, url or None, {field: answer}); a row is
{"battery", "n", "url", "html", "expect"}. Re-run after changing a battery.
"""
import glob, json, os, runpy
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "probes.ndjson"), "w", encoding="utf-8") as out:
    for path in sorted(glob.glob(os.path.join(here, "*.py"))):
        name = os.path.basename(path)[:-3]
        if name == "make":
            continue
        for n, (html, url, expect) in enumerate(runpy.run_path(path)["CASES"]):
            row = {"battery": name, "n": n, "url": url or "https://example.org/jobs/1", "html": html, "expect": expect}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
