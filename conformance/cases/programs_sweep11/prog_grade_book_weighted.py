WEIGHTS = {"hw": 0.3, "midterm": 0.3, "final": 0.4}
students = {
    "ann": {"hw": [90, 95, 100], "midterm": [88], "final": [92]},
    "bob": {"hw": [70, 60], "midterm": [75], "final": []},
    "cy": {"hw": [100, 100, 100, 40], "midterm": [95], "final": [99]},
    "dee": {"hw": [], "midterm": [], "final": [50]},
}


def letter(score):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if score >= cutoff:
            return grade
    return "F"


def weighted(parts):
    total = weight = 0
    for cat, w in WEIGHTS.items():
        scores = parts.get(cat, [])
        if cat == "hw" and len(scores) > 3:
            scores = sorted(scores)[1:]
        if scores:
            total += w * sum(scores) / len(scores)
            weight += w
    if weight == 0:
        raise ValueError("no scores")
    return total / weight


report = []
for name, parts in students.items():
    try:
        s = weighted(parts)
        report.append((name, round(s, 2), letter(s)))
    except ValueError as e:
        report.append((name, None, str(e)))
for row in sorted(report, key=lambda r: -(r[1] or 0)):
    print("{:<5}{:>8}  {}".format(row[0], "n/a" if row[1] is None else f"{row[1]:.2f}", row[2]))
