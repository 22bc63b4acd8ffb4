# sorted with key= and reverse=.
data = [5, 2, 9, 1, 5, 6]
print(sorted(data), sorted(data, reverse=True), data)
print(sorted("Hello World"), sorted("Hello World", key=str.lower), sorted(["b", "A", "c"], key=str.casefold))
people = [("amy", 31), ("bo", 25), ("cat", 31), ("dan", 19)]
print(sorted(people, key=lambda p: p[1]), sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
print(sorted(range(10), key=lambda n: (n % 3, n)), sorted([3.5, -1, 2, 0.0, -0.5]))
print(sorted([[2, 1], [1, 2], [1, 1]]), sorted([(1, "b"), (1, "a")]), sorted([], reverse=True))
try:
    sorted([1, None])
except TypeError as e:
    print("TypeError", e)
try:
    sorted()
except TypeError as e:
    print("TypeError", e)
try:
    sorted([1], key=lambda a, b: 0)
except TypeError as e:
    print("TypeError", e)
