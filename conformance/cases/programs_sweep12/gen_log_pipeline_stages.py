import re
from collections import Counter

RAW = """\
INFO  2024-05-01 user=ann action=login ms=120
DEBUG 2024-05-01 cache warm
WARN  2024-05-01 user=bob action=upload ms=2300
INFO  2024-05-02 user=ann action=upload ms=870
ERROR 2024-05-02 user=cy action=login ms=15000
INFO  2024-05-02 user=bob action=logout ms=40
INFO  2024-05-03 user=ann action=logout ms=33
"""


def read(text):
    for n, line in enumerate(text.splitlines(), 1):
        yield n, line


def parse(lines):
    pat = re.compile(r"(?P<level>\w+)\s+(?P<day>\S+)\s+(?P<rest>.*)")
    for n, line in lines:
        m = pat.match(line)
        fields = dict(kv.split("=", 1) for kv in m["rest"].split() if "=" in kv)
        yield {"n": n, "level": m["level"], "day": m["day"], **fields}


def where(records, **cond):
    return (r for r in records if all(r.get(k) == v for k, v in cond.items()))


def with_ms(records):
    for r in records:
        if "ms" in r:
            r["ms"] = int(r["ms"])
            yield r


def slow(records, limit):
    for r in records:
        if r["ms"] > limit:
            yield f"line {r['n']}: {r['user']} {r['action']} took {r['ms'] / 1000:.1f}s"


print(list(slow(with_ms(parse(read(RAW))), 500)))
print(Counter(r["level"] for r in parse(read(RAW))))
ann = list(where(parse(read(RAW)), user="ann"))
print([r["action"] for r in ann], sum(int(r["ms"]) for r in ann))
by_day = {}
for r in with_ms(parse(read(RAW))):
    by_day.setdefault(r["day"], []).append(r["ms"])
print({d: (len(v), max(v)) for d, v in by_day.items()})
pipeline = slow(with_ms(parse(read(RAW))), 100)
print(next(pipeline))
print(next(pipeline))
pipeline.close()
print(next(pipeline, "closed"))
