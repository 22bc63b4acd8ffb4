# Log processing with generator pipelines, itertools and closing.
import itertools
from collections import Counter

LOG = """\
2024-03-01 10:00:01 INFO user=ann action=login
2024-03-01 10:00:05 WARN user=bob action=login failed=1
2024-03-01 10:01:00 INFO user=ann action=view page=/home
2024-03-01 10:02:30 ERROR user=cy action=pay amount=12.50
# comment line
2024-03-01 10:03:00 INFO user=bob action=login
2024-03-01 10:04:10 INFO user=bob action=pay amount=99.99

2024-03-01 10:05:00 ERROR user=ann action=pay amount=5
"""

def lines(text):
    for line in text.splitlines():
        yield line

def non_blank(it):
    return (l for l in it if l.strip() and not l.startswith("#"))

def parse(it):
    for line in it:
        day, clock, level, *rest = line.split()
        fields = dict(kv.split("=", 1) for kv in rest)
        yield {"time": clock, "level": level, **fields}

def running_total(records):
    total = 0.0
    try:
        for r in records:
            if "amount" in r:
                total += float(r["amount"])
            yield r["time"], total
    finally:
        print("running_total closed at", f"{total:.2f}")

records = list(parse(non_blank(lines(LOG))))
print(len(records), Counter(r["level"] for r in records).most_common())
for level, group in itertools.groupby(sorted(records, key=lambda r: r["level"]), key=lambda r: r["level"]):
    print(level, [r["user"] for r in group])
gen = running_total(iter(records))
for t, total in gen:
    if total > 100:
        print("threshold at", t, round(total, 2))
        break
gen.close()
pairs = list(itertools.pairwise(r["time"] for r in records))
print(pairs[:2])
print(list(itertools.islice(itertools.cycle("ab"), 5)), list(itertools.accumulate([1, 2, 3, 4], initial=10)))
print(list(itertools.chain.from_iterable([[1], (2, 3), "xy"])), list(itertools.compress("abcdef", [1, 0, 1, 0, 1])))
print(list(itertools.starmap(pow, [(2, 5), (3, 2)])), list(itertools.zip_longest("ab", "xyz", fillvalue="-")))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(itertools.product("ab", repeat=2)), len(list(itertools.permutations(range(4), 2))))
print(list(itertools.combinations_with_replacement("abc", 2))[:4], list(itertools.filterfalse(str.isdigit, "a1b2")))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

print(sum(x for x in itertools.takewhile(lambda v: v < 4_000_000, fib()) if x % 2 == 0))

def echo():
    received = yield "ready"
    while True:
        received = yield f"got {received}"

e = echo()
print(next(e), e.send(1), e.send("two"))
try:
    e.throw(ValueError("stop"))
except ValueError as ex:
    print("thrown back:", ex)
