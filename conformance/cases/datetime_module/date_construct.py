# date construction, its checks and messages, and min/max.
from datetime import date, MINYEAR, MAXYEAR

print(date(2024, 1, 31), repr(date(2024, 1, 31)), date(1, 1, 1), date(999, 12, 5))
print(date(year=2000, month=2, day=29), date(2024, day=3, month=4))
print(MINYEAR, MAXYEAR, date.min, date.max, date.resolution, repr(date.max))
d = date(2024, 2, 29)
print(d.year, d.month, d.day)
for args in [(0, 1, 1), (10000, 1, 1), (2023, 2, 29), (2024, 2, 30), (2024, 13, 1),
             (2024, 0, 1), (2024, 4, 31), (2024, 1, 0), (1900, 2, 29), (2000, 2, 30),
             ("2024", 1, 1), (2024.0, 1, 1), (2024, 1, None), (-5, 1, 1)]:
    try:
        print(date(*args))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
print(date(True, True, True))
try:
    d.year = 2000
except AttributeError as e:
    print("AttributeError")
print(date(2024, 1, 31) == date(2024, 1, 31), date(2024, 1, 1) != date(2024, 1, 2))
