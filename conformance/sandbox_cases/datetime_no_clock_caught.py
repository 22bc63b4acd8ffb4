# moat policy: the sandbox has no clock and no local time zone, so every
# datetime function that reads either raises NotImplementedError.
from datetime import date, datetime, timezone

for f in [date.today, datetime.today, datetime.now, datetime.utcnow,
          lambda: datetime.now(timezone.utc), lambda: date.fromtimestamp(0),
          lambda: datetime.fromtimestamp(0), lambda: datetime(2024, 1, 1).timestamp(),
          lambda: datetime(2024, 1, 1).astimezone(timezone.utc),
          lambda: datetime(2024, 1, 1, tzinfo=timezone.utc).astimezone()]:
    try:
        f()
    except NotImplementedError as e:
        print(str(e))
# Pure computation stays available.
print(datetime.fromtimestamp(0, timezone.utc), datetime.utcfromtimestamp(0))
print(datetime(2024, 1, 1, tzinfo=timezone.utc).timestamp())
