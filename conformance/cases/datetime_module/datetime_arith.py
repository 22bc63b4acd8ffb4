# datetime arithmetic and comparisons, naive and aware.
from datetime import datetime, date, timedelta, timezone

a = datetime(2024, 1, 31, 22, 30)
print(a + timedelta(hours=3), a - timedelta(days=31), timedelta(minutes=90) + a)
print(a + timedelta(microseconds=-1), a + timedelta(days=29, hours=1, minutes=30))
print(datetime(2023, 12, 31, 23, 59, 59, 999999) + timedelta(microseconds=1))
print(datetime(2024, 3, 1) - datetime(2024, 2, 1), datetime(2023, 3, 1) - datetime(2023, 2, 1))
print(datetime(2024, 1, 1) - datetime(2024, 1, 2, 12), repr(datetime(2024, 1, 1, 0, 0, 1) - datetime(2024, 1, 1)))
d1 = datetime(2024, 5, 1, 13, 45)
d2 = datetime(2024, 12, 25, 8, 0)
delta = d2 - d1
print(delta, delta.days, delta.seconds, delta.total_seconds(), delta // timedelta(hours=1))
est = timezone(timedelta(hours=-5), "EST")
u = datetime(2024, 5, 1, 18, 45, tzinfo=timezone.utc)
e = datetime(2024, 5, 1, 13, 45, tzinfo=est)
print(u == e, u - e, e - u, u < e, u <= e, hash(u) == hash(e))
print(e + timedelta(hours=12), repr(e + timedelta(hours=12)))
print(sorted([u, e, datetime(2024, 5, 1, 12, tzinfo=est)]))
naive = datetime(2024, 5, 1, 18, 45)
print(naive == u, naive != u)
for f in [lambda: naive < u, lambda: naive - u, lambda: u - naive, lambda: naive + naive,
          lambda: naive - date(2024, 1, 1), lambda: naive < date(2024, 1, 1),
          lambda: datetime.max + timedelta(microseconds=1), lambda: datetime.min - timedelta(1),
          lambda: naive + 1, lambda: naive < "x"]:
    try:
        print(f())
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(len({datetime(2024, 1, 1), datetime(2024, 1, 1, 0, 0), datetime(2024, 1, 2)}))
print(datetime(2024, 1, 1) == date(2024, 1, 1), max(datetime(2024, 1, 1), datetime(2023, 1, 1)))
start = datetime(2024, 1, 1, 9)
for i in range(0, 48, 13):
    print((start + timedelta(hours=i)).strftime("%a %H:%M"), end=" ")
print()
