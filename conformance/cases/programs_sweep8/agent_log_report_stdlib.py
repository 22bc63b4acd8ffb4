import json, re, textwrap, string, itertools, datetime as dt
from collections import Counter, OrderedDict, ChainMap, deque
log = """2024-01-05 10:00:01 INFO user=ann action=login
2024-01-05 10:03:12 WARN user=bob action=fail reason="bad pw"
2024-01-05 10:04:00 INFO user=bob action=login
2024-01-06 00:00:00 ERROR user=cy action=crash code=500
2024-01-06 08:15:30 INFO user=ann action=logout"""
pat = re.compile(r'(?P<date>\S+) (?P<time>\S+) (?P<lvl>[A-Z]+) (?P<rest>.*)')
recs = []
for line in log.splitlines():
    m = pat.match(line)
    kv = dict(re.findall(r'(\w+)=("[^"]*"|\S+)', m["rest"]))
    kv = {k: v.strip('"') for k, v in kv.items()}
    ts = dt.datetime.strptime(f"{m['date']} {m['time']}", "%Y-%m-%d %H:%M:%S")
    recs.append({"ts": ts, "lvl": m.group("lvl"), **kv})
print(json.dumps([{**r, "ts": r["ts"].isoformat()} for r in recs[:2]], indent=2, sort_keys=True))
by_day = itertools.groupby(recs, key=lambda r: r["ts"].date())
for day, rs in by_day:
    rs = list(rs)
    print(day, day.strftime("%A %d %B %Y"), len(rs), Counter(r["lvl"] for r in rs).most_common())
span = recs[-1]["ts"] - recs[0]["ts"]
print(span, span.total_seconds(), span.days, span.seconds, repr(span))
print((recs[0]["ts"] + dt.timedelta(days=30, hours=5)).strftime("%Y/%m/%d %I:%M %p %j %a %b"))
print(textwrap.fill("The quick brown fox jumps over the lazy dog " * 3, width=30, initial_indent="> ", subsequent_indent="  "))
print(textwrap.shorten("Hello   world, this is a long sentence", width=20, placeholder=" [...]"))
print(textwrap.dedent("""\
    def f():
        return 1
"""), end="")
print(textwrap.indent("a\n\nb", "+ "))
t = string.Template("$who owes $$${amount} to ${whom}")
print(t.substitute(who="ann", amount="3.50", whom="bob"))
print(t.safe_substitute(who="x"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
print(string.capwords("hello   wORLD  foo"), string.ascii_letters[:5], string.punctuation)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.maps)
d = deque(range(5), maxlen=3); d.rotate(1); print(d, d.maxlen)
od = OrderedDict.fromkeys("abc"); od.move_to_end("a"); print(od, list(od.items()))
print(json.dumps({"b": [1, 2.0, None, True], "a": {"x": "é"}}, sort_keys=True))
print(json.dumps({"b": 1, "a": "é"}, ensure_ascii=False, separators=(",", ":")))
print(json.loads('[1, 2.5, "x", null, {"k": false}]'))
