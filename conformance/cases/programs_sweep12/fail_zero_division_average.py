from statistics import mean

scores = {"math": [90, 85, 77], "art": [], "music": [60, 95]}


def average(values):
    return sum(values) / len(values)


def report(scores):
    lines = []
    for subject, vals in sorted(scores.items()):
        lines.append(f"{subject:<6} {average(vals):6.2f}")
    return "\n".join(lines)


print(mean(scores["math"]), average(scores["music"]))
try:
    mean(scores["art"])
except Exception as e:
    print(type(e).__name__, e)
print(report(scores))
