# isinstance() honours a `__class__` that lies (CPython's object_isinstance
# second chance, for proxies). moat's Python-written modules branch on
# isinstance and then hand the object to native helpers: each helper must
# check the real type itself, so a spoofed str/int/bytes/list/dict only
# ever gets a TypeError or the script's own behaviour, never a native
# reading it as the type it claims to be.
# expect-output: calls 665 total 665
# expect-output: still working 3
import json, re, struct, math, operator, heapq, bisect, collections, textwrap, string
import decimal, fractions, datetime, itertools, functools, statistics, copy, pprint, io, csv


def spoof(kind):
    class Liar:
        @property
        def __class__(self):
            return kind
        def __repr__(self):
            return "Liar"
    return Liar()


kinds = [str, int, float, bytes, bytearray, list, tuple, dict, set, frozenset, bool,
         complex, range, decimal.Decimal, fractions.Fraction, datetime.date,
         datetime.timedelta, collections.OrderedDict, collections.deque]
for k in kinds:
    s = spoof(k)
    assert isinstance(s, k), k
    assert not issubclass(type(s), k)

calls = [
    ("json.dumps", lambda s: json.dumps(s)),
    ("json.dumps list", lambda s: json.dumps([s, {"a": s}])),
    ("json.dumps key", lambda s: json.dumps({s: 1})),
    ("re.sub", lambda s: re.sub("a", s, "aaa")),
    ("re.compile", lambda s: re.compile(s)),
    ("re.escape", lambda s: re.escape(s)),
    ("struct.pack", lambda s: struct.pack("i", s)),
    ("math.floor", lambda s: math.floor(s)),
    ("math.fsum", lambda s: math.fsum([s])),
    ("str.join", lambda s: "".join([s])),
    ("operator.index", lambda s: operator.index(s)),
    ("heapq", lambda s: heapq.heappush([], s)),
    ("bisect", lambda s: bisect.bisect([1, 2], s)),
    ("Counter", lambda s: collections.Counter(s)),
    ("deque.extend", lambda s: collections.deque().extend(s)),
    ("textwrap", lambda s: textwrap.wrap(s)),
    ("Template", lambda s: string.Template(s).substitute()),
    ("Decimal", lambda s: decimal.Decimal(s)),
    ("Fraction", lambda s: fractions.Fraction(s)),
    ("date +", lambda s: datetime.date(2020, 1, 1) + s),
    ("date ==", lambda s: datetime.date(2020, 1, 1) == s),
    ("timedelta", lambda s: datetime.timedelta(days=s)),
    ("chain", lambda s: list(itertools.chain.from_iterable([s]))),
    ("reduce", lambda s: functools.reduce(operator.add, s)),
    ("mean", lambda s: statistics.mean([s, s])),
    ("deepcopy", lambda s: copy.deepcopy([s])),
    ("pformat", lambda s: pprint.pformat([s, {1: s}])),
    ("StringIO", lambda s: io.StringIO(s)),
    ("StringIO.write", lambda s: io.StringIO().write(s)),
    ("csv", lambda s: list(csv.reader([s]))),
    ("format", lambda s: format(s, "d")),
    ("%", lambda s: "%d %s" % (s, s)),
    ("bytes", lambda s: bytes(s)),
    ("int", lambda s: int(s)),
    ("sorted", lambda s: sorted([s, s])),
]
outcomes = collections.Counter()
for name, call in calls:
    for k in kinds:
        try:
            call(spoof(k))
            outcomes["ok"] += 1
        except (TypeError, ValueError, AttributeError, KeyError, IndexError,
                decimal.InvalidOperation, re.error, struct.error, csv.Error,
                statistics.StatisticsError) as e:
            outcomes[type(e).__name__] += 1
print("calls", len(calls) * len(kinds), "total", sum(outcomes.values()))
print("still working", len([1, 2, 3]))
