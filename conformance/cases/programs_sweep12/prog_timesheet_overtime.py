from datetime import datetime, timedelta

ENTRIES = """ann 2024-03-04 08:55 17:40
ann 2024-03-05 09:10 19:05
ann 2024-03-06 08:30 12:00
ann 2024-03-06 13:00 18:45
bob 2024-03-04 22:00 06:30
bob 2024-03-05 22:15 07:00
ann 2024-03-09 10:00 14:00"""
totals = {}
for line in ENTRIES.splitlines():
    who, day, start, end = line.split()
    t0 = datetime.strptime(f"{day} {start}", "%Y-%m-%d %H:%M")
    t1 = datetime.strptime(f"{day} {end}", "%Y-%m-%d %H:%M")
    if t1 <= t0:
        t1 += timedelta(days=1)
    worked = t1 - t0
    key = (who, t0.date())
    totals[key] = totals.get(key, timedelta()) + worked
print(f"{'who':<4}{'date':<12}{'day':<4}{'hours':>6}{'ot':>6}")
weekly = {}
for (who, day), dur in sorted(totals.items()):
    hours = dur.total_seconds() / 3600
    ot = max(0.0, hours - 8) * (2 if day.weekday() >= 5 else 1)
    weekly.setdefault(who, [0.0, 0.0])
    weekly[who][0] += hours
    weekly[who][1] += ot
    print(f"{who:<4}{day.isoformat():<12}{day:%a} {hours:>6.2f}{ot:>6.2f}")
for who, (h, ot) in weekly.items():
    print(f"{who}: {h:.2f}h worked, {ot:.2f}h overtime-equivalent, pay {h * 20 + ot * 10:.2f}")
