# timedelta keeps days, 0 <= seconds < 86400 and 0 <= microseconds < 10**6.
from datetime import timedelta

cases = [
    timedelta(),
    timedelta(1),
    timedelta(days=1, seconds=3600),
    timedelta(seconds=-1),
    timedelta(microseconds=-1),
    timedelta(hours=25, minutes=61, seconds=61),
    timedelta(weeks=2, days=-3),
    timedelta(milliseconds=1500),
    timedelta(days=1.5),
    timedelta(hours=1.25),
    timedelta(seconds=0.5),
    timedelta(microseconds=0.5),
    timedelta(microseconds=1.5),
    timedelta(microseconds=2.5),
    timedelta(microseconds=-0.5),
    timedelta(seconds=1.0000005),
    timedelta(minutes=0.1, seconds=0.2),
    timedelta(days=-1.25, hours=3.3),
    timedelta(True),
    timedelta(weeks=0.1),
    timedelta(999999999, 86399, 999999),
    timedelta(-999999999),
]
for td in cases:
    print(repr(td), "|", str(td), "|", td.days, td.seconds, td.microseconds)

for args in [{"days": 10**9}, {"days": -10**9}, {"days": 10**10},
             {"seconds": 86400 * 10**9}, {"microseconds": float("inf")},
             {"microseconds": float("nan")}, {"days": "1"},
             {"hours": None}, {"weeks": [1]}]:
    try:
        print(timedelta(**args))
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)

print(timedelta.min, "|", timedelta.max, "|", timedelta.resolution)
print(repr(timedelta.min), repr(timedelta.max), repr(timedelta.resolution))
print(timedelta(1, 2, 3, 4, 5, 6, 7))
print(timedelta(days=-1, microseconds=5))
print(str(timedelta(days=-2)), str(timedelta(days=2, microseconds=1)))
