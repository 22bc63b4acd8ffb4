totals = {"a": 1, "b": "2"}
s = 0
for k in totals:
    s += totals[k]
