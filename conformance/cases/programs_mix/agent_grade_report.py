students = [
    {"name": "Ann", "grades": [90, 85, 77], "year": 2},
    {"name": "Bob", "grades": [60, 75], "year": 1},
    {"name": "Cid", "grades": [], "year": 2},
    {"name": "Dee", "grades": [100, 95, 98, 99], "year": 3},
]
def avg(xs):
    return sum(xs) / len(xs) if xs else float("nan")
def letter(a):
    if a != a: return "-"
    for cut, l in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if a >= cut: return l
    return "F"
print(f"{'Name':<6}|{'Avg':>7}|{'L':^3}|{'N':>2}")
print("-" * 21)
for s in sorted(students, key=lambda s: (-avg(s["grades"]) if s["grades"] else 0, s["name"])):
    a = avg(s["grades"])
    print(f"{s['name']:<6}|{a:>7.2f}|{letter(a):^3}|{len(s['grades']):>2}")
by_year = {}
for s in students:
    by_year.setdefault(s["year"], []).append(s["name"])
print(by_year)
allg = [g for s in students for g in s["grades"]]
print(min(allg), max(allg), round(avg(allg), 3), sorted(allg)[len(allg) // 2])
import statistics
print(statistics.mean(allg), statistics.median(allg), round(statistics.stdev(allg), 4))
best = max(students, key=lambda s: max(s["grades"], default=0))
print(best["name"], "%.1f%%" % (100 * len([g for g in allg if g >= 90]) / len(allg)))
