readings = [1.5, float("nan"), 3.0]
for r in readings:
    print(int(r))
