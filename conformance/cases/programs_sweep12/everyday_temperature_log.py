from statistics import mean, median
from datetime import date, timedelta

readings = [14.2, 15.1, 13.8, 16.4, 18.0, 17.2, 12.9, 11.5, 13.3, 15.8, 19.1, 20.4, 18.7, 16.6]
start = date(2024, 4, 1)
days = [start + timedelta(days=i) for i in range(len(readings))]
print(f"{'day':<12}{'temp':>6}  change")
prev = None
for d, t in zip(days, readings):
    change = "" if prev is None else f"{t - prev:+.1f}"
    print(f"{d:%a %d %b}  {t:>5.1f}  {change}")
    prev = t
week1, week2 = readings[:7], readings[7:]
print(f"week 1 mean {mean(week1):.2f} median {median(week1)}")
print(f"week 2 mean {mean(week2):.2f} median {median(week2)}")
hottest = max(zip(readings, days))
print("hottest:", hottest[0], "on", hottest[1].strftime("%A"))
streak = best = 1
for a, b in zip(readings, readings[1:]):
    streak = streak + 1 if b > a else 1
    best = max(best, streak)
print("longest warming streak:", best, "days")
window = 3
moving = [round(sum(readings[i:i + window]) / window, 2) for i in range(len(readings) - window + 1)]
print("3-day moving average:", moving)
