# Errors raised inside moat's own modules (json, datetime, fractions,
# statistics, collections, typing, dataclasses) may carry the module's
# internal objects in their chain: __context__ holds the exception that
# was being handled inside the module (a KeyError from a private table, a
# StopIteration of an internal iterator), and args may hold private
# values. A researcher walks every link looking for a private helper, a
# frame or a module namespace. Each chain below shows only what CPython's
# shows: the same types and messages, no traceback object.
# expect-output: JSONDecodeError(str)
# expect-output: JSONDecodeError(str)
# expect-output: ValueError(str)
# expect-output: ValueError(str)
# expect-output: ZeroDivisionError(str)
# expect-output: ValueError(str)
# expect-output: StatisticsError(str)
# expect-output: StatisticsError(str) <- IndexError(str)
# expect-output: KeyError(str)
# expect-output: IndexError(str)
# expect-output: ValueError(str)
# expect-output: TypeError(str)
import collections
import datetime
import fractions
import json
import statistics


def chain(fn):
    try:
        fn()
    except Exception as e:
        links = []
        while e is not None:
            links.append(f"{type(e).__name__}({', '.join(type(a).__name__ for a in e.args)})")
            try:
                e.__traceback__.tb_frame
                links.append("frame!")
            except AttributeError:
                pass
            e = e.__cause__ or e.__context__
        print(" <- ".join(links))


chain(lambda: json.loads('{"a": 1,}'))
chain(lambda: json.loads('[1, 2'))
chain(lambda: datetime.date.fromisoformat("2020-13-01"))
chain(lambda: datetime.datetime.strptime("x", "%Y"))
chain(lambda: fractions.Fraction("1/0"))
chain(lambda: fractions.Fraction("abc"))
chain(lambda: statistics.mean([]))
chain(lambda: statistics.mode([]))
chain(lambda: collections.OrderedDict().popitem())
chain(lambda: collections.deque().pop())
chain(lambda: collections.namedtuple("P", "x x"))
chain(lambda: collections.Counter(a=1).most_common("x"))
