# Ordering and hashing of dates, and comparisons with other types.
from datetime import date, datetime

ds = [date(2024, 5, 1), date(2023, 12, 31), date(2024, 1, 1), date(2024, 5, 1)]
print(sorted(ds), max(ds), min(ds))
print(len(set(ds)), date(2024, 5, 1) in {date(2024, 5, 1): 1})
print(date(2024, 1, 1) < date(2024, 1, 2), date(2024, 1, 1) >= date(2024, 1, 2))
print(date(2024, 1, 1) == datetime(2024, 1, 1), datetime(2024, 1, 1) != date(2024, 1, 1))
print(date(2024, 1, 1) == "2024-01-01", date(2024, 1, 1) != 5)
for expr, f in [
        ('date(2024, 1, 1) < datetime(2024, 1, 1)', lambda: date(2024, 1, 1) < datetime(2024, 1, 1)),
        ('datetime(2024, 1, 1) >= date(2024, 1, 1)', lambda: datetime(2024, 1, 1) >= date(2024, 1, 1)),
        ('date(2024, 1, 1) < 5', lambda: date(2024, 1, 1) < 5),
        ("date(2024, 1, 1) > '2024'", lambda: date(2024, 1, 1) > '2024'),
        ]:
    try:
        print(f())
    except TypeError as e:
        print(expr, "->", e)
print(hash(date(2024, 1, 1)) == hash(date(2024, 1, 1)))
