# datetime.fromisoformat and time.fromisoformat (3.11 forms).
from datetime import datetime, time

for s in ["2024-05-01", "2024-05-01T13:45", "2024-05-01 13:45:07", "2024-05-01T13:45:07.123456",
          "2024-05-01T13:45:07.123", "2024-05-01T13", "2024-05-01T13:45:07+05:30",
          "2024-05-01T13:45:07Z", "2024-05-01T13:45:07-0800", "20240501T134507",
          "2024-05-01T134507", "2024-05-01x13:45", "2024-W18-3T10:00", "2024-05-01T13:45:07.5+00:00",
          "2024-05-01T13:45:07,25", "2024-05-01T13:45:07.1234567", "2024-05-01T13:45.5",
          "2024-05-01T13:45:07.Z"]:
    try:
        print(s, "->", repr(datetime.fromisoformat(s)))
    except ValueError as e:
        print(s, "->", e)
for s in ["2024-05-01T", "2024-05-01T25:00", "2024-05-01T1", "2024-05-01T13:4", "nonsense", "",
          "2024-05-01T13:45:07+5", "2024-05-01T13:45:07.+01:00", "2024-05-01 13:45:07 "]:
    try:
        print(s, "->", repr(datetime.fromisoformat(s)))
    except ValueError as e:
        print(s, "->", e)
for s in ["13:45", "13:45:07.123456", "134507", "T13:45", "13", "13:45:07+01:00", "13:45:07Z",
          "25:00", "13:4", "x"]:
    try:
        print(s, "->", repr(time.fromisoformat(s)))
    except ValueError as e:
        print(s, "->", e)
try:
    datetime.fromisoformat(None)
except TypeError as e:
    print(e)
print(datetime.fromisoformat(datetime(2024, 5, 1, 1, 2, 3, 4).isoformat()))
