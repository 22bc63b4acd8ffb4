# Ordering, equality and hashing of timedelta.
from datetime import timedelta

ds = [timedelta(hours=1), timedelta(minutes=60), timedelta(seconds=-1),
      timedelta(0), timedelta(days=1), timedelta(microseconds=1)]
print(sorted(ds))
print(max(ds), min(ds))
print(timedelta(hours=1) == timedelta(minutes=60), timedelta(1) != timedelta(1))
print(timedelta(1) < timedelta(2), timedelta(1) >= timedelta(2))
print(timedelta(0) == 0, timedelta(0) != 0, timedelta(1) == "1 day")
print(hash(timedelta(hours=1)) == hash(timedelta(minutes=60)))
print(hash(timedelta(1, 2, 3)) == hash((1, 2, 3)))
print(len({timedelta(hours=1), timedelta(minutes=60), timedelta(0)}))
d = {timedelta(days=1): "day"}
print(d[timedelta(hours=24)])
for op, f in [
        ('<', lambda: timedelta(1) < 1),
        ('<=', lambda: timedelta(1) <= 1),
        ('>', lambda: timedelta(1) > 1),
        ('>=', lambda: timedelta(1) >= 1),
        ]:
    try:
        f()
    except TypeError as e:
        print(e)
print(timedelta(1).days, timedelta(1).seconds, timedelta(1).microseconds)
print(type(timedelta(1)).__name__, timedelta.__name__)
