#!/usr/bin/env python3
"""Build jobpipe's tech-skills dictionary (Sources/JobPipe/Data/SkillsTable.swift).

Inputs, all in data/:
  onet-technology-names.tsv  distinct O*NET Technology Skills names with their
                             Hot Technology flag (derived: --derive ONET_TSV)
  tech-names.tsv             names of software products as their makers write
                             them, from simple-icons and GitHub Explore, each a
                             Stack Overflow tag of 500 questions or more
                             (derived: --derive-names, see derive_names)
  linguist-languages.yml     GitHub Linguist languages (names, aliases, types)
  skills-aliases.txt         our own table: skills, aliases, vendors, stop words

Output lines are "form<TAB>display<TAB>flags": flags "c" = match the form's
case exactly, "a" = ambiguous (counts only next to another skill).

    python3 data/gen-skills.py                       # regenerate the Swift table
    python3 data/gen-skills.py --derive onet.tsv     # refresh the O*NET names
    python3 data/gen-skills.py --derive-names SIMPLE_ICONS_JSON EXPLORE_TOPICS_DIR SO_TAGS_CSV
"""
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "Sources", "JobPipe", "Data", "SkillsTable.swift")
ACRONYM = re.compile(r"^[A-Z][A-Z0-9]*[A-Z0-9]$")


def derive(onet_path):
    names = {}
    with open(onet_path, encoding="utf-8") as f:
        rows = csv.reader(f, delimiter="\t")
        next(rows)
        for r in rows:
            names[r[1]] = names.get(r[1], False) or r[4] == "Y"
    with open(os.path.join(HERE, "onet-technology-names.tsv"), "w", encoding="utf-8") as f:
        f.write("name\thot_technology\n")
        for n in sorted(names):
            f.write(f"{n}\t{'Y' if names[n] else 'N'}\n")


# Names of both lists that a posting never asks of its candidate: consumer services and
# devices, file formats, ideas and ways of working (Agile and the like are left out as
# methods, as skills-aliases.txt leaves them out), one-letter names.
NOT_SKILLS = {
    "Agile", "AMD", "APK", "App Store", "Apple Pay", "Apple TV", "async/await", "Behavior-driven development",
    "Bit", "Bitcoin", "Blackberry", "Blockchain", "Blogger", "Bluetooth", "ChatBot", "comma", "Command-line interface",
    "CRUD", "D", "Data visualization", "Dependency injection", "Desktop", "Discord", "Emoji", "Exploit", "Facebook",
    "Flickr", "Foursquare", "Gmail", "Google Home", "Google Cardboard", "Google Translate", "Google Street View",
    "Handshake", "Instagram", "Intel", "iTunes", "JET", "JPEG", "LINE", "Loops", "Meta", "Messenger", "MiniMax",
    "Minecraft", "Mozilla", "Natural language processing", "Neon", "Nokia", "Opera", "Pi", "Pinterest", "Polygon",
    "QR Code", "Ram", "Reddit", "Roblox", "Safari", "Semantic Web", "Sony", "SoundCloud", "Spotify", "Stack Overflow",
    "Steam", "Telegram", "Test-driven development", "Tumblr", "Twitch", "Unicode", "Unit testing", "Vimeo",
    "WhatsApp", "Wikipedia", "X", "X (Twitter)", "YouTube", "Imgur", "Oculus", "Google Classroom",
    "Evernote", "Dropbox", "Firefox", "Google Chrome", "Gurobi", "Kaggle", "Disqus", "Userscripts", "Tampermonkey",
    "Barcode", "CASE", "Generator", "Image", "ISO 8601", "Media Queries", "Batch file", "Assembly",
}


def derive_names(icons_path, explore_dir, tags_path):
    """data/tech-names.tsv: the software among two lists of products' names.

    simple-icons' data/simple-icons.json (brands' titles as they write them, CC0) and
    GitHub Explore's topics/*/index.md (display names and aliases, CC BY 4.0; only
    topics with a maker or a release date: products, not concepts such as
    "Algorithm") hold cars, shops and games beside software. A name is kept when it
    is also a Stack Overflow tag of 500 questions or more (SO_TAGS_CSV: a Stack
    Exchange Data Explorer export of Tags with TagName and Count, CC BY-SA; used to
    choose, nothing of it is copied)."""
    import json
    counts = {}
    with open(tags_path, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            counts[r["TagName"]] = int(r["Count"])

    def tag_of(name):
        return re.sub(r"[^a-z0-9#+.]+", "-", name.lower()).strip("-")

    def asked(*names):
        return any(counts.get(tag_of(n), 0) >= 500 or counts.get(n.lower().replace(" ", ""), 0) >= 500
                   for n in names if n)

    words = read_words()
    names = {}
    for e in json.load(open(icons_path, encoding="utf-8")):
        aka = e.get("aliases", {}).get("aka", [])
        # a brand named by an ordinary word ("Abstract", "Box", "Square") is a tag's word too often
        if e["title"].lower() in words or e["title"] in NOT_SKILLS:
            continue
        if asked(e["title"], *aka):
            names.setdefault(e["title"], set()).update(a for a in aka if asked(a))
    for topic in sorted(os.listdir(explore_dir)):
        path = os.path.join(explore_dir, topic, "index.md")
        if not os.path.exists(path):
            continue
        front, key = {}, None
        for line in open(path, encoding="utf-8").read().split("---")[1].splitlines():
            m = re.match(r"^(\w+):\s*(.*)$", line)
            if m:
                key = m.group(1)
                front[key] = m.group(2)
            elif key and line.startswith("  "):
                front[key] += " " + line.strip()
        display = front.get("display_name", "").strip().strip('"')
        if not display or display in NOT_SKILLS or not ("created_by" in front or "released" in front) \
                or not asked(topic, display):
            continue
        # aliases are tags ("postgres", "k8s"): the ones without a hyphen name the product
        aliases = {a.strip() for a in front.get("aliases", "").split(",") if a.strip() and "-" not in a}
        names.setdefault(display, set()).update(aliases)
    with open(os.path.join(HERE, "tech-names.tsv"), "w", encoding="utf-8") as f:
        f.write("name\taliases\n")
        for n in sorted(names, key=str.lower):
            f.write(f"{n}\t{', '.join(sorted(names[n] - {n}))}\n")
    print(f"{len(names)} names", file=sys.stderr)


def tech_name_forms(words, stops, known):
    """Forms of data/tech-names.tsv that the other sources lack (their names stay the
    display names: "Nginx", "Spark"): each name, and each alias that is no ordinary word."""
    out = []
    with open(os.path.join(HERE, "tech-names.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            name, _, aliases = line.rstrip("\n").partition("\t")
            # a name in brackets or with a colon is a title, not a product's usual name
            if name.lower() in stops or name.lower() in known or re.search(r"[()\[\]:]", name):
                continue
            out.append((name, name))
            for a in aliases.split(", "):
                if len(a) > 2 and a.lower() not in words and a.lower() not in stops and a.lower() not in known:
                    out.append((a, name))
    return out


# Word lists of the six languages postings are read in (Debian's wamerican,
# wfrench, wspanish, witalian, wdutch, wngerman: SCOWL and its peers, free
# licences, see data/SOURCES.md). Needed only to regenerate the table.
WORD_LISTS = [("american-english", False), ("french", False), ("spanish", False), ("italian", False),
              ("dutch", False), ("ngerman", True)]


# Names of ways of building software rather than of products: in lower case they are
# the posting's prose ("serverless environments"), not a tag.
CONCEPTS = {"Serverless", "Microservices", "Middleware"}


def read_words():
    """Ordinary words of the six languages, lower case: lower-case entries of
    each list (German nouns too, which it writes capitalised), 3 letters or more."""
    words = set()
    for name, any_case in WORD_LISTS:
        path = os.path.join("/usr/share/dict", name)
        if not os.path.exists(path):
            sys.exit(f"gen-skills.py: {path} is missing: apt-get install wamerican wfrench wspanish witalian wdutch wngerman")
        with open(path, encoding="utf-8", errors="replace") as f:
            for w in f:
                w = w.strip()
                if "'" not in w and len(w) >= 3 and (any_case or w == w.lower()):
                    words.add(w.lower())
    return words


def read_aliases():
    skills, vendors, stops, ambiguous = [], [], set(), set()
    with open(os.path.join(HERE, "skills-aliases.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.split(" #", 1)[0].strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("vendors:"):
                vendors += [v.strip() for v in line[8:].split(",") if v.strip()]
            elif line.startswith("!"):
                stops.add(line[1:].strip().lower())
            elif line.startswith("?"):
                ambiguous.add(line[1:].strip())
            else:
                display, _, rest = line.partition(":")
                forms = [display.strip()] + [a.strip() for a in rest.split(",") if a.strip()]
                skills.append((display.strip(), forms))
    return skills, vendors, stops, ambiguous


def looks_like_word(form):
    """A capitalised ordinary word ("Spark", "Chef"): matched only as written."""
    return re.fullmatch(r"[A-Z][a-z]+", form) is not None


def named_as_word(form, words):
    """A capitalised ordinary word of the languages read ("Spark", "Chef", "Python"): matched only
    as written, its lower case being prose. "Elasticsearch" is no word: any case is the name."""
    return looks_like_word(form) and form.lower() in words


def title_words(form):
    """Ordinary words, each capitalised ("Data Team", "Field Service"): a product's
    name only where written so, a phrase of the posting's prose in lower case."""
    toks = form.split()
    return len(toks) > 1 and all(re.fullmatch(r"[A-Z][a-z]+", t) for t in toks)


def spells(phrase, acronym):
    """Whether the acronym's letters are the phrase's initials, in order ("Google Cloud Platform" GCP)."""
    initials = iter(t[0].upper() for t in phrase.replace("-", " ").split())
    return all(any(c == i for i in initials) for c in acronym if c.isalpha())


def product_like(name):
    toks = name.split()
    if any(re.search(r"[0-9.#+/]", t) or re.search(r"[A-Z]", t[1:]) for t in toks):
        return True
    return len(toks) > 1 and any(t[0].isupper() for t in toks[1:])


def onet_forms(vendors, stops):
    out = []
    with open(os.path.join(HERE, "onet-technology-names.tsv"), encoding="utf-8") as f:
        rows = csv.reader(f, delimiter="\t")
        next(rows)
        for name, hot in rows:
            base = re.sub(r"\s+software$", "", name).strip()
            toks = base.split()
            if not toks:
                continue
            if len(toks) >= 2 and ACRONYM.match(toks[-1]) and not ACRONYM.match(toks[-2]):
                acro = toks[-1]
                full = " ".join(toks[:-1])
                # an acronym of a generic phrase ("direct digital synthesis DDS") is too often a word
                # (two letters the phrase does not spell are the product's edition, "Falcon ID", "Cemetery
                # Management SC", and too often a word's or a fact's: "Job ID", "Rio do Sul/SC")
                if (product_like(full) or hot == "Y") and (len(acro) > 2 or spells(full, acro)):
                    out.append((acro, acro))
                    # the phrase stands for the acronym only when it spells it ("Data Team DDS" does not)
                    if spells(full, acro):
                        out.append((full, acro))
                continue
            if not (product_like(base) or hot == "Y"):
                continue
            display = base
            for v in vendors:
                if base.startswith(v + " ") and len(base) > len(v) + 1:
                    rest = base[len(v) + 1:]
                    if rest.lower() not in stops:
                        display = rest
                        out.append((rest, rest))
                    break
            out.append((base, display))
    return out


def linguist_forms(wanted):
    """Programming languages from Linguist that O*NET or our table already know,
    with Linguist's aliases (golang, js, cpp...)."""
    out, name, kind, aliases, in_aliases = [], None, None, [], False

    def flush():
        if name and kind == "programming" and name.lower() in wanted:
            out.append((name, name))
            for a in aliases:
                # plain lower-case aliases ("cake" for C#) are too often words
                if len(a) > 2 and re.search(r"[^a-z]", a):
                    out.append((a, name))

    with open(os.path.join(HERE, "linguist-languages.yml"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("---"):
                continue
            if line and not line[0].isspace():
                flush()
                name, kind, aliases, in_aliases = line.rstrip().rstrip(":").strip('"'), None, [], False
            elif line.startswith("  type:"):
                kind = line.split(":", 1)[1].strip()
            elif line.startswith("  aliases:"):
                in_aliases = True
            elif line.startswith("  - ") and in_aliases:
                aliases.append(line[4:].strip().strip('"'))
            elif line.startswith("  "):
                in_aliases = False
        flush()
    return out


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--derive":
        derive(sys.argv[2])
        return
    if len(sys.argv) == 5 and sys.argv[1] == "--derive-names":
        derive_names(*sys.argv[2:])
        return
    skills, vendors, stops, ambiguous = read_aliases()
    words = read_words()
    entries = onet_forms(vendors, stops)
    known = {f.lower() for f, _ in entries} | {d.lower() for d, _ in skills}
    entries += linguist_forms(known)
    own_forms = {f.lower() for _, forms in skills for f in forms}
    entries += tech_name_forms(words, stops, {f.lower() for f, _ in entries} | own_forms)
    for display, forms in skills:
        entries += [(f, display) for f in forms]
    table, seen = [], {}
    for form, display in entries:
        key = form.lower()
        # (a stop word stops every case of its form but one marked ambiguous as written: "!express" and
        # "?Express" keep "Express" beside another skill, the verb never)
        if key in stops and form not in ambiguous or len(form) < 1:
            continue
        # our own table (added last) wins over O*NET's display name; a name written as a word that
        # is no word of the languages read ("Elasticsearch", "Terraform") is matched in any case
        exact = named_as_word(form, words) or display in CONCEPTS or title_words(form) or len(form) <= 3 or form.isupper()
        seen[(key, form if exact else key)] = (form, display)
    own = {f.lower() for _, forms in skills for f in forms}
    # a name of our own table written as a word ("Python", "Docker", "Kubernetes") is matched as
    # written; its lower-case form ("python", "docker" in a list of tags) counts beside another skill
    for display, forms in skills:
        for f in forms:
            low = f.lower()
            if named_as_word(f, words) and f not in ambiguous and low not in stops and (low, low) not in seen \
                    and display not in CONCEPTS:
                seen[(low, low)] = (low, display)
                ambiguous.add(low)
    for (key, _), (form, display) in sorted(seen.items()):
        flags = ""
        # an O*NET name that is one ordinary word of a language read ("Works", "Clinical",
        # "FIRST", "Informatica") counts only beside another skill; our own table decides for itself
        if " " not in form and key not in own and key in words:
            ambiguous.add(form)
        if named_as_word(form, words) or display in CONCEPTS or title_words(form) or len(form) <= 3 \
                or not re.search(r"[a-z]", form) or form in ambiguous:
            flags += "c"
        if form in ambiguous:
            flags += "ac" if "c" not in flags else "a"
        table.append(f"{form}\t{display}\t{flags}")
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("// Generated by data/gen-skills.py from data/onet-technology-names.tsv (O*NET,\n"
                "// CC BY 4.0), data/linguist-languages.yml (GitHub Linguist, MIT),\n"
                "// data/tech-names.tsv (simple-icons, CC0; GitHub Explore, CC BY 4.0) and\n"
                "// data/skills-aliases.txt. Do not edit: edit those and run the script.\n\n")
        f.write("extension SkillDictionary {\n")
        f.write("    /// One skill form a line: form, display name, flags (c: exact case, a: ambiguous).\n")
        f.write('    static let table = #"""\n')
        for line in table:
            f.write(line + "\n")
        f.write('"""#\n}\n')
    print(f"{len(table)} forms", file=sys.stderr)


if __name__ == "__main__":
    main()
