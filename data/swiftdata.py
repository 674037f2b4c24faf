"""Writes the forms the generated sources under Sources/JobPipe/Data/ embed their data in: a list of names as a
Swift string literal, one a line (gen-places.py, gen-regions.py), and a table of codes as a Swift dictionary
(gen-places.py, gen-alpha3.py)."""


def write_name_list(path, header, doc, name, names):
    """path: the Swift file; header: its comment lines; doc: the constant's doc comment; name: the constant."""
    with open(path, 'w', encoding='utf-8') as f:
        for line in header:
            f.write(f'// {line}\n')
        f.write(f'\n/// {doc}\nlet {name} = """\n')
        for n in names:
            f.write(n.replace('\\', '\\\\').replace('"""', '\\"""') + '\n')
        f.write('"""\n')


def write_table(path, header, doc, name, rows):
    """A [String: String] dictionary of (key, value) rows; the other arguments as write_name_list's."""
    with open(path, 'w', encoding='utf-8') as f:
        for line in header:
            f.write(f'// {line}\n')
        f.write(f'\n/// {doc}\nlet {name}: [String: String] = [\n')
        for key, value in rows:
            f.write(f'    "{key}": "{value}",\n')
        f.write(']\n')
