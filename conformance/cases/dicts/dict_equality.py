# Dict equality ignores order; comparisons other than == raise.
a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, list(a) == list(b), a != {"x": 1}, {} == dict(), {1: 1.0} == {1.0: 1})
try:
    a < b
except TypeError as e:
    print("TypeError", e)
print({"k": [1, 2]} == {"k": [1, 2]}, {"k": (1,)} == {"k": [1]})
print(len(a), bool({}), bool(a), "x" in a, 1 in a, 1 in a.values())
