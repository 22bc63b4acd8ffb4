# namedtuple's __new__ fails on its arguments before any frame runs, and a
# datetime field check is C: neither adds a frame in CPython.
from collections import namedtuple
from datetime import date

Point = namedtuple("Point", "x y")
print(Point(1, 2))
try:
    date(2024, 2, 30)
except ValueError as e:
    print("ValueError:", e)
Point(1)
