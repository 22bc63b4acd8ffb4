# Timestamps in a log formatter: time.gmtime/strftime and datetime side by side.
import time
from datetime import datetime, timezone, timedelta

events = [(1700000000, "start"), (1700003723.5, "checkpoint"), (1700090000, "end"),
          (951782400, "leap"), (0, "epoch")]
for ts, name in events:
    st = time.gmtime(ts)
    dt = datetime.fromtimestamp(ts, timezone.utc)
    print(f"{name:<10} {time.strftime('%Y-%m-%d %H:%M:%S', st)} | {dt:%Y-%m-%d %H:%M:%S%z} | "
          f"{time.asctime(st)} | day {st.tm_yday} wk {time.strftime('%V', st)}")
start = time.gmtime(events[0][0])
end = time.gmtime(events[2][0])
span = datetime(*end[:6]) - datetime(*start[:6])
print(span, span.total_seconds(), divmod(int(span.total_seconds()), 3600))

def fmt_duration(seconds):
    parts = []
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        n, seconds = divmod(seconds, size)
        if n:
            parts.append(f"{int(n)}{unit}")
    return " ".join(parts) or "0s"

print([fmt_duration(s) for s in (0, 59, 61, 3600, 90061, 1_000_000)])
d = datetime(2024, 3, 10, 8, 30, tzinfo=timezone(timedelta(hours=-7)))
print(d.timetuple()[:6], d.utctimetuple()[:6], time.strftime("%H:%M", d.utctimetuple()))
print(time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(784111777)))
