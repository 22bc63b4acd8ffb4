scores = {"math": [90, 72], "art": [], "history": [66, 81, 79]}
for subject, vals in scores.items():
    best = max(vals, default=None)
    print(f"{subject:<8} best={best}")
print({s: max(v) for s, v in scores.items()})
