# + and * on sequences, with errors.
print([1, 2] + [3], (1,) + (2, 3), "ab" + "cd", [0] * 5, (1, 2) * 2, "-" * 10, 3 * [None])
print([] + [], () * 10, "" * 0, [1] * -1, "x" * True, [[1]] * 2)
try:
    [1] + "a"
except TypeError as e:
    print("TypeError", e)
try:
    (1,) + [2]
except TypeError as e:
    print("TypeError", e)
try:
    "a" + ["b"]
except TypeError as e:
    print("TypeError", e)
try:
    [1] * 2.0
except TypeError as e:
    print("TypeError", e)
try:
    "ab" * [2]
except TypeError as e:
    print("TypeError", e)
try:
    range(3) + range(2)
except TypeError as e:
    print("TypeError", e)
try:
    {1} * 2
except TypeError as e:
    print("TypeError", e)
