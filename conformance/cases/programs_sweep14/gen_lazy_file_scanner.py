# Lazily scan "files" (strings) with chained generators and early stop.
import itertools

FILES = {
    "app.log": "INFO start\nWARN disk 91%\nERROR db timeout\nINFO retry\nERROR db timeout\n",
    "web.log": "INFO get /\nINFO get /a\nERROR 500 /b\n",
    "empty.log": "",
}
opened = []


def lines(name):
    opened.append(name)
    for n, line in enumerate(FILES[name].splitlines(), 1):
        yield name, n, line


def grep(pattern, rows):
    return ((f, n, l) for f, n, l in rows if pattern in l)


def all_lines(names):
    for name in names:
        yield from lines(name)


errors = grep("ERROR", all_lines(sorted(FILES)))
first_two = list(itertools.islice(errors, 2))
print(first_two, opened)
print(next(errors), opened)
print(list(errors), opened)
counts = {}
for f, n, l in all_lines(FILES):
    level = l.split()[0]
    counts[level] = counts.get(level, 0) + 1
print(sorted(counts.items()))
pairs = itertools.pairwise(l for _, _, l in lines("app.log"))
print([a.split()[0] + ">" + b.split()[0] for a, b in pairs])
grouped = itertools.groupby(sorted(all_lines(FILES), key=lambda r: r[2].split()[0]), key=lambda r: r[2].split()[0])
print({k: len(list(g)) for k, g in grouped})
