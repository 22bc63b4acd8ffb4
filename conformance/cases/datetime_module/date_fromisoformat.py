# date.fromisoformat accepts the 3.11 forms and names bad input.
from datetime import date

for s in ["2024-01-31", "20240131", "2024-W05", "2024-W05-3", "2024W05", "2024W053",
          "0001-01-01", "9999-12-31", "2020-W53-7"]:
    print(s, repr(date.fromisoformat(s)))
for s in ["2024-1-31", "2024-01-31T00:00", "24-01-31", "", "2024/01/31", "2024-02-30",
          "2024-13-01", "2024-01-3x", " 2024-01-31", "2024-W54", "2024-W05-8", "0000-01-01"]:
    try:
        print(date.fromisoformat(s))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    date.fromisoformat(20240131)
except TypeError as e:
    print(e)
