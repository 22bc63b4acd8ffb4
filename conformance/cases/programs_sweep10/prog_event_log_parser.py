import re, sys
from datetime import datetime
from collections import Counter, defaultdict
LINE = re.compile(r"^(?P<ts>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) \[(?P<level>[A-Z]+)\s*\] (?P<src>[\w.]+): (?P<msg>.*)$")
per_level = Counter(); per_src = defaultdict(list); bad = []
first = last = None
for n, raw in enumerate(sys.stdin, 1):
    raw = raw.rstrip("\n")
    m = LINE.match(raw)
    if not m:
        bad.append(n); continue
    ts = datetime.strptime(m["ts"], "%Y-%m-%d %H:%M:%S")
    first = first or ts; last = ts
    per_level[m["level"]] += 1
    per_src[m["src"]].append(m["msg"])
print("span:", last - first, "| lines:", sum(per_level.values()), "| unparsable:", bad)
for lvl, n in per_level.most_common():
    print(f"  {lvl:<7}{n:>3} {n / sum(per_level.values()):6.1%}")
for src in sorted(per_src, key=lambda s: (-len(per_src[s]), s)):
    msgs = per_src[src]
    durations = [int(x) for m in msgs for x in re.findall(r"took (\d+)ms", m)]
    extra = f" avg {sum(durations) / len(durations):.1f}ms" if durations else ""
    print(f"{src}: {len(msgs)} msgs{extra}; last={msgs[-1]!r}")
