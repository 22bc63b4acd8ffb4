# Everyday date and time loops: stepping datetimes by a timedelta,
# comparing them, weekday() and field reads, isoformat/strftime, dates
# from ordinals and from fields, timedelta arithmetic and total_seconds,
# sorting datetimes and dates as dict keys.
from datetime import date, datetime, timedelta

start = datetime(2024, 1, 1, 0, 0)
end = datetime(2025, 3, 1, 0, 0)
step = timedelta(minutes=5)

# A cron-style scan: every step, the fields a schedule tests.
t = start
hits = 0
weekdays = [0] * 7
while t < end:
    if t.minute % 15 == 0 and t.hour in (9, 12, 18) and t.weekday() < 5:
        hits += 1
    weekdays[t.weekday()] += 1
    t += step
print("hits", hits, "weekdays", weekdays)

# Durations: differences, totals, scaling and comparing.
total = timedelta()
longest = timedelta()
d = start
for i in range(100000):
    nxt = d + timedelta(hours=i % 11, minutes=i % 59, seconds=i % 7)
    span = nxt - d
    total += span
    if span > longest:
        longest = span
    d = nxt
print("total", total, total.total_seconds(), "longest", longest, longest * 2 // 3)

# Dates from ordinals and from fields, as dict keys.
counts = {}
base = date(2000, 1, 1).toordinal()
for i in range(150000):
    day = date.fromordinal(base + (i * 37) % 9000)
    key = date(day.year, day.month, 1)
    counts[key] = counts.get(key, 0) + 1
months = sorted(counts)
print(len(months), months[0], months[-1], max(counts.values()))

# Formatting and sorting a batch of timestamps.
stamps = [datetime(2023, 1 + i % 12, 1 + i % 28, i % 24, i % 60, i % 60)
          for i in range(40000)]
stamps.sort()
text = [s.isoformat() for s in stamps[::4]]
labels = [s.strftime("%Y-%m-%d %H:%M") for s in stamps[::8]]
print(text[0], text[-1], labels[1], len(set(labels)))
print(sum(s.isoweekday() for s in stamps), stamps[100] - stamps[50])
