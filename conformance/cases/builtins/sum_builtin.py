# sum with start values.
print(sum([]), sum([1, 2, 3]), sum([1, 2, 3], 10), sum(range(101)), sum([0.1] * 10), sum([1, 2.5]))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum([True, True, False]), sum([10 ** 20, 1]))
print(sum(x * x for x in range(4)), sum([], 5), sum([0.5, 0.5], start=1))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError", e)
try:
    sum(["a", "b"])
except TypeError as e:
    print("TypeError", e)
try:
    sum([1, "2"])
except TypeError as e:
    print("TypeError", e)
try:
    sum(5)
except TypeError as e:
    print("TypeError", e)
