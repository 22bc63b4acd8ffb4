def in_range(value, low, high):
    return low <= value < high


print(in_range(5, 0, 10), in_range(10, 0, 10))
readings = [3.2, 4.8, None, 5.1]
for r in readings:
    print(r, "ok" if in_range(r, 0.0, 5.0) else "out of range")
