import csv
import io

RAW = """id,name,score,passed
1,ann,91,yes
2,bob,,no
3,"cy, jr",77,yes
4,dee,abc,yes
"""


def read(text):
    yield from csv.DictReader(io.StringIO(text))


def clean(rows):
    for r in rows:
        try:
            r["score"] = int(r["score"]) if r["score"] else None
        except ValueError:
            r["score"] = "invalid"
        r["passed"] = r["passed"] == "yes"
        yield r


def write(rows):
    out = io.StringIO()
    w = None
    for r in rows:
        if w is None:
            w = csv.DictWriter(out, fieldnames=list(r), lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC)
            w.writeheader()
        w.writerow(r)
    return out.getvalue()


print(write(clean(read(RAW))), end="")
print(sum(1 for r in clean(read(RAW)) if r["passed"]))
