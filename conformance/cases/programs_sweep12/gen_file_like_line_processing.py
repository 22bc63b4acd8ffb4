import io

DATA = io.StringIO("""id,name,score
1,ann,88
2,bob,
3,cy,92
# trailing comment
4,di,75
5,ed,abc
""")


def lines(f):
    for n, line in enumerate(f, 1):
        yield n, line.rstrip("\n")


def skip_comments(rows):
    return ((n, l) for n, l in rows if l and not l.startswith("#"))


def parse(rows, errors):
    header = None
    for n, line in rows:
        fields = line.split(",")
        if header is None:
            header = fields
            continue
        rec = dict(zip(header, fields))
        try:
            rec["score"] = int(rec["score"])
        except ValueError:
            errors.append((n, rec["score"]))
            continue
        yield rec


errors = []
records = list(parse(skip_comments(lines(DATA)), errors))
print(records)
print("errors:", errors)
DATA.seek(0)
print(DATA.readline().strip(), DATA.tell(), len(DATA.readlines()), DATA.read() == "")
out = io.StringIO()
for r in records:
    out.write(f"{r['name']}\t{r['score']}\n")
print(out.getvalue(), end="")
print(repr(out.getvalue()[:10]), out.closed)
out.close()
print(out.closed)
