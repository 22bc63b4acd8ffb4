# A gradebook report: dicts, lists, sorting, formatting and simple statistics.
scores = {
    "Avery": [88, 92, 79, 95],
    "Blake": [72, 65, 80, 70],
    "Casey": [95, 98, 100, 97],
    "Devon": [60, 55, 70, 58],
    "Emery": [85, 85, 85, 85],
}
weights = [0.2, 0.2, 0.25, 0.35]


def letter(avg):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if avg >= cutoff:
            return grade
    return "F"


report = []
for name, marks in scores.items():
    weighted = sum(m * w for m, w in zip(marks, weights))
    report.append((name, marks, round(weighted, 2), letter(weighted)))
report.sort(key=lambda r: r[2], reverse=True)
print(f"{'rank':<5}{'name':<8}{'scores':<20}{'weighted':>9}  grade")
for rank, (name, marks, weighted, grade) in enumerate(report, 1):
    print(f"{rank:<5}{name:<8}{str(marks):<20}{weighted:>9.2f}  {grade}")
distribution = {}
for *_, grade in report:
    distribution[grade] = distribution.get(grade, 0) + 1
print(dict(sorted(distribution.items())))
per_exam = [sum(col) / len(col) for col in zip(*scores.values())]
print([round(x, 1) for x in per_exam], max(range(4), key=lambda i: per_exam[i]))
