# len on every container.
print(len(""), len("héllo"), len("🎉"), len([]), len([1, [2, 3]]), len(()), len((1,)), len({}), len({1: 2, 3: 4}))
print(len(set()), len({1, 1, 2}), len(frozenset("aab")), len(range(10)), len(range(0, 10, 3)), len(range(5, 0)))
print(len(b"bytes"), len({}.keys()), len({"a": 1}.items()), len(range(-5, 5, 2)), len("a\nb"))
for bad in (5, 2.5, None, True, iter([1]), len):
    try:
        len(bad)
    except TypeError as e:
        print("TypeError", e)
