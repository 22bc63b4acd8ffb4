data = [("a", 3), ("b", None), ("c", 1)]
print(sorted(data, key=lambda t: t[0], reverse=True))
try:
    sorted(data, key=lambda t: t[1])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(data, key=lambda t: -t[1]))
