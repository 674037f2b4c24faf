"""Writes a list of names as a Swift string literal, one a line: the form the generated sources under
Sources/JobPipe/Data/ embed their lists in (shared by gen-places.py and gen-regions.py)."""


def write_name_list(path, header, doc, name, names):
    """path: the Swift file; header: its comment lines; doc: the constant's doc comment; name: the constant."""
    with open(path, 'w', encoding='utf-8') as f:
        for line in header:
            f.write(f'// {line}\n')
        f.write(f'\n/// {doc}\nlet {name} = """\n')
        for n in names:
            f.write(n.replace('\\', '\\\\').replace('"""', '\\"""') + '\n')
        f.write('"""\n')
