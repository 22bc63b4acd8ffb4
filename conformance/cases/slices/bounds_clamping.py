# Slice bounds are clamped; they never raise IndexError.
xs = [0, 1, 2, 3, 4]
for start in (-10, -5, -1, 0, 2, 5, 10, None):
    print(start, [xs[start:stop] for stop in (-10, -2, 0, 3, 10, None)])
print(xs[3:1], xs[-1:-3], xs[10:20], xs[-20:-10], "abc"[5:], (1, 2)[-5:5])
