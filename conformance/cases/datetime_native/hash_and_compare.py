# Equal dates, datetimes and timedeltas hash alike however they were made
# (constructor, arithmetic, replace, fromordinal, a subclass), and a date
# against a datetime: == and != answer, ordering raises CPython's TypeError.
import operator
from datetime import date, datetime, time, timedelta, timezone


class D(date):
    pass


class DT(datetime):
    pass


days = [date(2024, 2, 29), date(2024, 2, 28) + timedelta(1),
        date(2024, 3, 1) - timedelta(days=1), date(2023, 2, 28).replace(year=2024, day=29),
        date.fromordinal(date(2024, 2, 29).toordinal()), D(2024, 2, 29)]
print([d == days[0] for d in days], len({hash(d) for d in days}), len(set(days)))

moments = [datetime(2024, 1, 1, 12), datetime(2024, 1, 1) + timedelta(hours=12),
           datetime(2024, 1, 2, 0) - timedelta(seconds=43200),
           datetime(2024, 1, 1, 11, 59, 59, 999999) + timedelta(microseconds=1),
           datetime(2024, 1, 1, 12, fold=1), DT(2024, 1, 1, 12),
           datetime(2023, 1, 1, 12).replace(year=2024)]
print([m == moments[0] for m in moments], len({hash(m) for m in moments}))

spans = [timedelta(hours=36), timedelta(days=1, hours=12), timedelta(minutes=2160),
         timedelta(seconds=129600), timedelta(weeks=1) - timedelta(days=5, hours=12),
         timedelta(milliseconds=129600000), timedelta(days=2) - timedelta(hours=12),
         timedelta(microseconds=129600 * 10**6), timedelta(days=1.5)]
print([s == spans[0] for s in spans], len({hash(s) for s in spans}), len(set(spans)))

counts = {}
for i in range(100):
    day = date(2024, 1, 1) + timedelta(i % 7)
    counts[day] = counts.get(date(2024, 1, 1) + timedelta(i % 7), 0) + 1
print(sorted(counts.items())[:3], counts[date(2024, 1, 3)])

aware = [datetime(2024, 1, 1, 12, tzinfo=timezone.utc),
         datetime(2024, 1, 1, 13, tzinfo=timezone(timedelta(hours=1))),
         datetime(2024, 1, 1, 12, tzinfo=timezone.utc) + timedelta(0)]
print([a == aware[0] for a in aware], len({hash(a) for a in aware}))

d, dt = date(2024, 1, 1), datetime(2024, 1, 1)
print(d == dt, dt == d, d != dt, dt != d, d in [dt], dt in {d: 1})
for a, b in ((d, dt), (dt, d), (D(2024, 1, 1), dt), (d, DT(2024, 1, 1))):
    for op, fn in (("<", operator.lt), ("<=", operator.le), (">", operator.gt),
                   (">=", operator.ge)):
        try:
            print(fn(a, b))
        except TypeError as e:
            print(f"{type(a).__name__} {op} {type(b).__name__}: TypeError: {e}")
for a, b in ((d, 5), (dt, "x"), (timedelta(1), 1), (d, timedelta(1)), (dt, time(1))):
    print(a == b, a != b, end=" ")
    try:
        a < b
    except TypeError as e:
        print(f"TypeError: {e}")
naive, utc = datetime(2024, 1, 1), datetime(2024, 1, 1, tzinfo=timezone.utc)
print(naive == utc, naive != utc)
try:
    naive < utc
except TypeError as e:
    print("TypeError:", e)
try:
    naive - utc
except TypeError as e:
    print("TypeError:", e)
print(sorted([datetime(2024, 1, 3), datetime(2024, 1, 1, 5), datetime(2023, 12, 31, 23, 59),
              datetime(2024, 1, 1, 5, 0, 0, 1)]))
print(sorted([timedelta(-1), timedelta(0), timedelta(microseconds=-1), timedelta(seconds=86399)]))
print(max(date(2020, 5, 17), date(2020, 5, 16), date(2019, 12, 31)))

# A date subclass against a datetime: date's comparison answers first and
# compares the date part, as CPython 3.11's date_richcompare.
d, dt = date(2024, 1, 1), datetime(2024, 1, 1, 5)
print(D(2024, 1, 1) == dt, dt == D(2024, 1, 1), D(2024, 1, 2) > dt)
print(date.__eq__(d, dt), date.__lt__(d, dt), date.__le__(d, dt))
print(d == DT(2024, 1, 1), D(2024, 1, 1) == DT(2024, 1, 1), DT(2024, 1, 1) == D(2024, 1, 1))
for a, b in ((D(2024, 1, 1), DT(2024, 1, 1)), (DT(2024, 1, 1), D(2024, 1, 1)),
             (dt, D(2024, 1, 1))):
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError:", e)
print(sorted([D(2024, 1, 3), D(2024, 1, 1)]), {D(2024, 1, 1): 1}.get(date(2024, 1, 1)))
