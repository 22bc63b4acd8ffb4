# index and count, including start/stop arguments.
xs = ["a", "b", "c", "a", "b", "a", 1, 1.0, True]
print(xs.index("a"), xs.index("a", 1), xs.index("a", 4), xs.index("b", -5), xs.index("a", -100))
print(xs.count("a"), xs.count(1), xs.count(True), xs.count("z"), [].count(None))
print(xs.index(1), xs.index(True), xs.index(1.0))
try:
    xs.index("c", 3)
except ValueError as e:
    print("ValueError", e)
try:
    xs.index("q")
except ValueError as e:
    print("ValueError", e)
try:
    xs.index("a", 1, 3)
except ValueError as e:
    print("ValueError", e)
print([[1], [1], [2]].count([1]), [(1, 2), (1, 2)].index((1, 2)))
print([float("nan")].count(float("nan")))
