import re
from itertools import islice, groupby, chain
LOG = """\
10:00:01 GET /index.html 200 512
10:00:02 GET /missing 404 0
10:00:02 POST /api/login 200 128
10:00:05 GET /index.html 200 512
garbage line
10:01:00 GET /api/data 500 0
10:01:03 GET /api/data 200 2048
"""
PAT = re.compile(r"(\d\d:\d\d):(\d\d) (\w+) (\S+) (\d{3}) (\d+)")
def lines(text):
    yield from text.splitlines()
def parse(ls):
    for n, l in enumerate(ls, 1):
        m = PAT.fullmatch(l)
        if not m:
            print(f"skip line {n}: {l!r}")
            continue
        minute, sec, method, path, status, size = m.groups()
        yield {"minute": minute, "method": method, "path": path, "status": int(status), "size": int(size)}
def only(records, **conds):
    return (r for r in records if all(r[k] == v for k, v in conds.items()))
recs = list(parse(lines(LOG)))
print(len(recs), sum(r["size"] for r in only(recs, method="GET")), [r["path"] for r in only(recs, status=200)][:3])
for minute, grp in groupby(recs, key=lambda r: r["minute"]):
    g = list(grp)
    print(minute, len(g), sorted({r["status"] for r in g}))
errors = (r for r in recs if r["status"] >= 400)
print(list(islice(errors, 1)), next(errors)["path"], next(errors, "none left"))
print(list(chain.from_iterable((r["method"], r["status"]) for r in recs[:2])))
def running_avg():
    total = n = 0
    avg = None
    while True:
        x = yield avg
        total += x; n += 1; avg = total / n
ra = running_avg(); next(ra)
print([round(ra.send(r["size"]), 1) for r in recs])
