import tomllib
from datetime import datetime, timezone, timedelta

data = tomllib.loads("a = 2021-01-02T03:04:05+01:00\nb = 2021-01-02T02:04:05Z")
print(data["a"] == data["b"], data["a"].utcoffset(), data["b"].tzinfo)
print(data["a"].tzinfo == timezone(timedelta(hours=1)))
print(type(tomllib.loads("d = 2000-01-01")["d"]).__name__)
print(type(tomllib.loads("t = 12:00:00")["t"]).__name__)
