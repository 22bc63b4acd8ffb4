from datetime import date, timedelta

log = {
    "run": ["2024-03-01", "2024-03-02", "2024-03-03", "2024-03-05", "2024-03-06"],
    "read": ["2024-03-01", "2024-03-02", "2024-03-03", "2024-03-04", "2024-03-05", "2024-03-06"],
    "code": ["2024-03-04"],
}
today = date(2024, 3, 6)
for habit, days in log.items():
    ds = sorted(date.fromisoformat(d) for d in days)
    best = cur = 1
    for a, b in zip(ds, ds[1:]):
        cur = cur + 1 if b - a == timedelta(days=1) else 1
        best = max(best, cur)
    current = 0
    d = today
    while d in ds:
        current += 1
        d -= timedelta(days=1)
    week = "".join("x" if today - timedelta(days=i) in ds else "." for i in range(6, -1, -1))
    print(f"{habit:5} best={best} current={current} last7={week} rate={len(ds) / 7:.0%}")
print((today - date(2024, 1, 1)).days, today.strftime("%A %j"), today.isoweekday(), (today + timedelta(weeks=2)).isoformat())
