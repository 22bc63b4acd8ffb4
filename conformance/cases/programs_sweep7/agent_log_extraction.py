import re
from collections import Counter, defaultdict
from datetime import datetime
LOG = """2024-03-01 12:00:01 INFO  [web-1] GET /api/users 200 12ms user=alice
2024-03-01 12:00:02 WARN  [web-2] GET /api/orders 404 3ms user=bob
2024-03-01 12:00:05 ERROR [web-1] POST /api/orders 500 250ms user=alice err="db timeout"
2024-03-01 12:01:00 INFO  [web-3] GET /health 200 1ms
malformed line here
2024-03-01 12:02:30 ERROR [web-2] DELETE /api/users/7 403 8ms user=carol err="forbidden: \\"admin\\" only"
2024-03-01 12:03:00 INFO  [web-1] GET /api/users 200 15ms user=bob"""
PAT = re.compile(r"""^(?P<ts>\S+ \S+)\s+(?P<lvl>[A-Z]+)\s+\[(?P<host>[\w-]+)\]\s+(?P<meth>[A-Z]+)\s+(?P<path>\S+)\s+(?P<code>\d{3})\s+(?P<ms>\d+)ms(?:\s+user=(?P<user>\w+))?(?:\s+err="(?P<err>(?:[^"\\]|\\.)*)")?$""")
recs, bad = [], []
for n, line in enumerate(LOG.splitlines(), 1):
    m = PAT.match(line)
    if not m:
        bad.append(n); continue
    d = m.groupdict()
    d["ts"] = datetime.strptime(d["ts"], "%Y-%m-%d %H:%M:%S")
    d["code"], d["ms"] = int(d["code"]), int(d["ms"])
    recs.append(d)
print(f"parsed {len(recs)} records, bad lines: {bad}")
print(Counter(r["lvl"] for r in recs).most_common())
lat = defaultdict(list)
for r in recs:
    lat[re.sub(r"/\d+", "/{id}", r["path"])].append(r["ms"])
print(f"{'endpoint':<18}{'n':>3}{'avg':>8}{'max':>6}")
for ep, v in sorted(lat.items(), key=lambda kv: -sum(kv[1]) / len(kv[1])):
    print(f"{ep:<18}{len(v):>3}{sum(v) / len(v):>8.1f}{max(v):>6}")
errs = [(r["ts"].strftime("%H:%M:%S"), r["code"], r["err"].encode().decode("unicode_escape") if r["err"] else None) for r in recs if r["code"] >= 400]
for e in errs: print(e)
span = recs[-1]["ts"] - recs[0]["ts"]
print(span, span.total_seconds(), f"{len(recs) / span.total_seconds() * 60:.2f} req/min")
users = Counter(r["user"] for r in recs if r["user"])
print(dict(users), users.most_common(1)[0], sorted(users.elements()))
print(re.findall(r"\b(\d{3})\b(?=\s+\d+ms)", LOG), re.sub(r"user=(\w)\w*", lambda m: f"user={m[1]}***", LOG.splitlines()[0]))
print(PAT.groupindex["code"], PAT.groups, sorted(PAT.groupindex)[:3])
by_host = {h: [r["code"] for r in recs if r["host"] == h] for h in sorted({r["host"] for r in recs})}
print(by_host)
print(re.split(r"\s*\|\s*", "a | b|c  |  d"), re.findall(r"(\w+)=(\"[^\"]*\"|\S+)", 'k=v x="y z" n=1'))
