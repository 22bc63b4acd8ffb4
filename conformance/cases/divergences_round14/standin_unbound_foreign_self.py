# A method of a type CPython writes in C (datetime, decimal, collections,
# io, csv, struct, functools...) called unbound with an object of another
# type fails with the method descriptor's or slot wrapper's TypeError, as in
# CPython 3.11 (round 14).
import collections
import datetime
import decimal
import functools
import io
import struct

d = datetime.date(2024, 2, 29)
dt = datetime.datetime(2024, 2, 29, 13, 5)
calls = [
    ("date.isoformat(5)", lambda: datetime.date.isoformat(5)),
    ("date.weekday('x')", lambda: datetime.date.weekday("x")),
    ("date.isoformat()", lambda: datetime.date.isoformat()),
    ("date.replace(1)", lambda: datetime.date.replace(1)),
    ("date.strftime(1, '%Y')", lambda: datetime.date.strftime(1, "%Y")),
    ("date.timetuple(None)", lambda: datetime.date.timetuple(None)),
    ("date.__str__(1)", lambda: datetime.date.__str__(1)),
    ("date.__str__()", lambda: datetime.date.__str__()),
    ("date.__add__(1, 2)", lambda: datetime.date.__add__(1, 2)),
    ("date.__eq__(1, 2)", lambda: datetime.date.__eq__(1, 2)),
    ("date.__hash__(1)", lambda: datetime.date.__hash__(1)),
    ("date.__repr__(1)", lambda: datetime.date.__repr__(1)),
    ("date.__format__(1, '')", lambda: datetime.date.__format__(1, "")),
    ("date.__reduce__(1)", lambda: datetime.date.__reduce__(1)),
    ("datetime.timestamp(date)", lambda: datetime.datetime.timestamp(d)),
    ("datetime.date(date)", lambda: datetime.datetime.date(d)),
    ("datetime.isoformat(date)", lambda: datetime.datetime.isoformat(d)),
    ("time.isoformat(None)", lambda: datetime.time.isoformat(None)),
    ("timedelta.total_seconds(1)", lambda: datetime.timedelta.total_seconds(1)),
    ("timedelta.__neg__(1)", lambda: datetime.timedelta.__neg__(1)),
    ("timezone.utcoffset(1, None)", lambda: datetime.timezone.utcoffset(1, None)),
    ("tzinfo.utcoffset(1, None)", lambda: datetime.tzinfo.utcoffset(1, None)),
    ("Decimal.sqrt(1)", lambda: decimal.Decimal.sqrt(1)),
    ("Decimal.sqrt()", lambda: decimal.Decimal.sqrt()),
    ("Decimal.__add__(1, 2)", lambda: decimal.Decimal.__add__(1, 2)),
    ("Decimal.__round__(1)", lambda: decimal.Decimal.__round__(1)),
    ("Context.Etiny(1)", lambda: decimal.Context.Etiny(1)),
    ("deque.append()", lambda: collections.deque.append()),
    ("deque.__init__(1)", lambda: collections.deque.__init__(1)),
    ("deque.__len__(1)", lambda: collections.deque.__len__(1)),
    ("OrderedDict.move_to_end(1, 2)", lambda: collections.OrderedDict.move_to_end(1, 2)),
    ("defaultdict.__missing__(1, 2)", lambda: collections.defaultdict.__missing__(1, 2)),
    ("StringIO.getvalue(1)", lambda: io.StringIO.getvalue(1)),
    ("BytesIO.getvalue('x')", lambda: io.BytesIO.getvalue("x")),
    ("Struct.pack(1, 2)", lambda: struct.Struct.pack(1, 2)),
    ("partial.__call__(1)", lambda: functools.partial.__call__(1)),
]
for label, call in calls:
    try:
        print(label, "->", call())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

# The right type and its subclasses still work, unbound or bound.


class MyDate(datetime.date):
    pass


print(datetime.date.isoformat(d), datetime.date.isoformat(MyDate(2020, 1, 2)))
print(datetime.date.__str__(dt)[:10], datetime.datetime.isoformat(dt))
print(decimal.Decimal.sqrt(decimal.Decimal(2)), decimal.Decimal.__add__(decimal.Decimal(1), 2))
q = collections.deque([1])
collections.deque.append(q, 2)
print(q, collections.deque.__len__(q))
od = collections.OrderedDict(a=1, b=2)
collections.OrderedDict.move_to_end(od, "a")
print(list(od))
print(pow(2, decimal.Decimal(10), 7), pow(decimal.Decimal(2), 10, 7))
