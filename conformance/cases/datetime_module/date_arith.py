# date +/- timedelta across month, year and leap boundaries; date - date.
from datetime import date, timedelta

print(date(2024, 1, 31) + timedelta(days=30))
print(date(2024, 2, 28) + timedelta(1), date(2023, 2, 28) + timedelta(1))
print(date(2023, 12, 31) + timedelta(1), date(2024, 1, 1) - timedelta(1))
print(date(2000, 3, 1) - timedelta(1), date(1900, 3, 1) - timedelta(1))
print(date(2024, 3, 10) + timedelta(hours=47), date(2024, 3, 10) - timedelta(hours=1))
print(date(2024, 3, 10) + timedelta(days=-400, seconds=5))
print(timedelta(days=10) + date(2024, 12, 25))
print(date(2024, 12, 25) - date(2024, 1, 1), (date(2024, 12, 25) - date(2024, 1, 1)).days)
print(date(2000, 1, 1) - date(2024, 5, 17))
print(repr(date(2024, 5, 17) - date(2024, 5, 17)))
print(date(9999, 12, 31) - date(1, 1, 1))
for expr, f in [
        ('date.max + timedelta(1)', lambda: date.max + timedelta(1)),
        ('date.min - timedelta(1)', lambda: date.min - timedelta(1)),
        ('date(2024, 1, 1) + 1', lambda: date(2024, 1, 1) + 1),
        ('date(2024, 1, 1) - 1', lambda: date(2024, 1, 1) - 1),
        ('date(2024, 1, 1) + date(2024, 1, 1)', lambda: date(2024, 1, 1) + date(2024, 1, 1)),
        ('1 - date(2024, 1, 1)', lambda: 1 - date(2024, 1, 1)),
        ('date(2024, 1, 1) * 2', lambda: date(2024, 1, 1) * 2),
        ]:
    try:
        print(expr, "->", f())
    except (OverflowError, TypeError) as e:
        print(expr, "->", type(e).__name__, e)
d = date(2024, 1, 1)
days = 0
while d.year == 2024:
    d += timedelta(days=1)
    days += 1
print(days, d)
