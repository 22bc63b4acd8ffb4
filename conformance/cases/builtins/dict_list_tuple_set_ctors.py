# Container constructors.
print(dict(a=1, b=2), dict([("x", 1)]), dict({"k": "v"}, extra=0), dict(zip("ab", [1, 2])))
print(list(), list("abc"), list(range(3)), list((1, 2)), list({"a": 1, "b": 2}), list({3: 0}.values()))
print(tuple(), tuple([1, 2]), tuple("xy"), tuple(range(0)), tuple({"k": 1}.items()))
print(set(), set([1, 1, 2]), set(range(4)), sorted(set("hello")), frozenset([3, 3]), frozenset())
print(list(map(str, [1, 2])), tuple(reversed([1, 2, 3])), set(x % 3 for x in range(10)))
try:
    list(1)
except TypeError as e:
    print("TypeError", e)
try:
    dict([1])
except TypeError as e:
    print("TypeError", e)
try:
    set(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    frozenset([[1]])
except TypeError as e:
    print("TypeError", e)
