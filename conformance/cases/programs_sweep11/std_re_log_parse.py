import re

log = """2024-01-05 10:22:01 ERROR [db] connection lost (code=7)
2024-01-05 10:22:09 INFO [web] request /index took 12ms
2024-01-05 10:23:15 WARN [db] slow query 350ms
2024-01-06 08:00:00 ERROR [auth] bad token for user=alice"""
pat = re.compile(r"^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]+) (?P<lvl>[A-Z]+) \[(?P<mod>\w+)\] (?P<msg>.*)$", re.M)
for m in pat.finditer(log):
    print(m.group("lvl"), m["mod"], m.group("msg")[:20], m.span("mod"))
print([m.groupdict()["date"] for m in pat.finditer(log) if m["lvl"] == "ERROR"])
print(re.findall(r"(\d+)ms", log), re.findall(r"(\w+)=(\w+)", log))
print(re.sub(r"\d{2}:\d{2}:\d{2}", "<t>", log.splitlines()[0]))
print(re.sub(r"(\d+)ms", lambda m: f"{int(m[1]) / 1000}s", log.splitlines()[1]))
print(re.split(r"[\s,;]+", "a, b;c  d"), re.split(r"(-)", "1-2-3", maxsplit=1))
print(re.fullmatch(r"[a-z]+\d?", "abc1"), re.match(r"x", "yx"), re.search(r"x", "yx").start())
print(re.escape("a.b*c"), re.subn(r"a", "A", "banana"), re.IGNORECASE | re.MULTILINE)
m = re.match(r"(a)(b)?", "ac")
print(m.groups(), m.groups("-"), m.group(0, 1), m.lastindex, m.re.pattern, m.string)
for bad in [r"(", r"[a-", r"a{2,1}", r"(?P<n>a)(?P<n>b)"]:
    try:
        re.compile(bad)
    except re.error as e:
        print("re.error", e)
