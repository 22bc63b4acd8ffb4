import re
from collections import Counter, defaultdict
from datetime import datetime

LOG = """2024-05-01T10:00:01Z INFO  [api] request id=1 path=/users took=12ms
2024-05-01T10:00:02Z DEBUG [db] query rows=10
2024-05-01T10:00:03Z WARN  [api] slow request id=2 path=/search took=1450ms
2024-05-01T10:00:05Z ERROR [worker] job 17 failed: TimeoutError
2024-05-01T10:01:10Z INFO  [api] request id=3 path=/users took=9ms
2024-05-01T10:01:11Z ERROR [api] request id=4 path=/pay took=30ms status=500
2024-05-01T10:02:00Z INFO  [worker] job 18 done
2024-05-01T10:02:30Z ERROR [worker] job 19 failed: KeyError 'sku'"""

LINE = re.compile(r"(?P<ts>\S+) (?P<level>\w+)\s+\[(?P<comp>\w+)\] (?P<msg>.*)")
entries = []
for line in LOG.splitlines():
    m = LINE.match(line)
    d = m.groupdict()
    d["ts"] = datetime.strptime(d["ts"], "%Y-%m-%dT%H:%M:%SZ")
    d["fields"] = dict(re.findall(r"(\w+)=(\S+)", d["msg"]))
    entries.append(d)
levels = Counter(e["level"] for e in entries)
print(dict(levels))
by_comp = defaultdict(Counter)
for e in entries:
    by_comp[e["comp"]][e["level"]] += 1
for comp, c in sorted(by_comp.items()):
    print(f"{comp:<7}", ", ".join(f"{k}={v}" for k, v in sorted(c.items())))
took = [int(e["fields"]["took"].rstrip("ms")) for e in entries if "took" in e["fields"]]
print("latency ms: n=%d min=%d max=%d avg=%.1f" % (len(took), min(took), max(took), sum(took) / len(took)))
errors = [(e["ts"].strftime("%H:%M:%S"), e["msg"]) for e in entries if e["level"] == "ERROR"]
for ts, msg in errors:
    print("ERROR", ts, msg)
per_min = Counter(e["ts"].strftime("%H:%M") for e in entries)
print(sorted(per_min.items()), (entries[-1]["ts"] - entries[0]["ts"]).total_seconds())
exc_types = Counter(m.group(1) for e in errors for m in [re.search(r"failed: (\w+)", e[1])] if m)
print(exc_types)
