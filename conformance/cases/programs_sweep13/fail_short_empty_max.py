scores = {"ann": [3, 5], "bob": [], "cy": [9]}
for name in ["ann", "cy"]:
    print(name, max(scores[name]))
best = {name: max(vals) for name, vals in scores.items()}
print(best)
