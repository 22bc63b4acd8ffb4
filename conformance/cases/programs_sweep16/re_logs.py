import re
from collections import Counter, defaultdict

LOG = """\
2024-03-01 12:00:01 INFO  [auth] user=alice action=login ip=10.0.0.1
2024-03-01 12:00:05 WARN  [auth] user=bob action=login_failed ip=10.0.0.2
2024-03-01 12:01:00 ERROR [db] query timeout after 30s (table=orders)
2024-03-01 12:02:10 INFO  [auth] user=alice action=logout ip=10.0.0.1
2024-03-02 08:15:00 DEBUG [cache] hit ratio=0.93
2024-03-02 09:00:00 ERROR [db] deadlock detected (table=users)
"""

LINE = re.compile(
    r"^(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]+) (?P<level>[A-Z]+)\s+\[(?P<mod>\w+)\] (?P<msg>.*)$",
    re.M,
)
levels = Counter()
by_mod = defaultdict(list)
for m in LINE.finditer(LOG):
    levels[m["level"]] += 1
    by_mod[m.group("mod")].append(m.group("msg"))
    print(m.span(), m.start("level"), m.end("mod"), m.groupdict()["time"])
print(levels.most_common())
print(dict(by_mod))

kv = re.compile(r"(\w+)=([\w.]+)")
for line in LOG.splitlines():
    pairs = kv.findall(line)
    if pairs:
        print(dict(pairs))

print(re.findall(r"\d+\.\d+\.\d+\.(\d+)", LOG))
print(re.findall(r"(\d{4})-(\d\d)", LOG)[:3])
print(re.sub(r"ip=(\S+)", lambda m: "ip=" + ".".join("x" * len(p) for p in m.group(1).split(".")), LOG))
print(re.sub(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)", r"\g<d>/\g<m>/\g<y>", LOG, count=2))
print(re.subn(r"user=(\w+)", r"user=<\1>", LOG))
print(re.split(r"\s*[,;]\s*", "a , b;c ;  d,,e"))
print(re.split(r"(,)", "a,b,c", maxsplit=1))
print(re.split(r"x*", "axbc"))
print(re.fullmatch(r"[a-z]+\d*", "abc123"), re.fullmatch(r"[a-z]+", "abc1"))
print(re.match(r"(a)(b)?", "ac").groups(), re.match(r"(a)(b)?", "ac").groups("-"))
m = re.search(r"(?i)ERROR\s+\[(\w+)\]", LOG)
print(m.group(0), m.group(1), m.lastindex, m.lastgroup, m.re.pattern[:10])
print(re.findall(r"^\w+", "one two\nthree four", flags=re.MULTILINE))
print(re.findall(r"a.c", "a\nc abc", flags=re.DOTALL))
pat = re.compile(r"""
    (?P<num>\d+)     # number
    \s*
    (?P<unit>ms|s|m) # unit
""", re.VERBOSE)
for s in ["30s", "250 ms", "5m", "7h"]:
    mm = pat.fullmatch(s)
    print(s, mm and (int(mm["num"]), mm["unit"]))
print(re.escape("a.b*c?[d]"), re.escape("path/to file"))
print(repr(re.compile(r"\d+", re.I | re.M)))
print(re.compile("x").flags, re.compile("x", re.A).flags)
print(re.sub(r"\b(\w)(\w*)\b", lambda m: m[1].upper() + m[2], "hello big world"))
print(re.sub("a|", "-", "banana"))
print(re.findall(r"(?<=\$)\d+(?:\.\d\d)?", "cost $12.50 or $7 total"))
print(re.findall(r"\b\w+(?=ing\b)", "going singing sing"))
print(bool(re.search(r"(\w)\1", "hello")), re.search(r"(\w)\1", "hello").group())
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error", e, e.pos)
try:
    re.compile(r"a{2,1}")
except re.error as e:
    print("re.error", e)
print(re.match(r"(?P<a>x)(?P=a)", "xx").group("a"))
print([m.group() for m in re.finditer(r"\w+", "a bb ccc")])
print(re.sub(r"(\d+)", r"[\1]", "a1b22c333"), re.sub(r"\d", "", "a1b2"))
