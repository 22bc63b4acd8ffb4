# Ways to build dicts and the errors they raise.
print(dict(), dict(a=1), dict({"a": 1}, b=2), dict([("a", 1)], a=5), dict(zip(range(3), "xyz")))
print(dict([[1, 2], (3, 4), "ab"]), {i: chr(65 + i) for i in range(3)})
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    dict(["abc"])
except ValueError as e:
    print("ValueError", e)
try:
    dict(1)
except TypeError as e:
    print("TypeError", e)
try:
    dict({"a": 1}, {"b": 2})
except TypeError as e:
    print("TypeError", e)
try:
    {[]: 1}
except TypeError as e:
    print("TypeError", e)
print(dict.fromkeys((1, 2)) == {1: None, 2: None})
