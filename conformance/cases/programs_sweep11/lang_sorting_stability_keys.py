people = [("ann", 30, "nyc"), ("bob", 25, "sf"), ("cy", 30, "sf"), ("dee", 25, "nyc"), ("eve", 35, "la")]
by_age = sorted(people, key=lambda p: p[1])
print([p[0] for p in by_age])
by_city_then_age = sorted(sorted(people, key=lambda p: p[1]), key=lambda p: p[2])
print([p[0] for p in by_city_then_age])
print([p[0] for p in sorted(people, key=lambda p: (-p[1], p[0]))])
print([p[0] for p in sorted(people, key=lambda p: p[1], reverse=True)])
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.casefold), sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=str.lower, reverse=True), sorted(set(map(str.lower, words))))
nums = [3, -1, 4, -1, 5, -9, 2, 6]
print(sorted(nums, key=abs), sorted(nums, key=lambda n: (n % 2, n)), nums.index(-1), sorted(enumerate(nums), key=lambda t: t[1])[:3])
data = {"x": 3, "y": 1, "z": 2}
print(sorted(data, key=data.get), sorted(data.items(), key=lambda kv: kv[1], reverse=True), max(data.items(), key=lambda kv: kv[1]))
mixed = [(1, "b"), (1, "a"), (0, "z")]
mixed.sort()
print(mixed, sorted([[2, 1], [1, 2], [1]]), sorted("hello world".split(), key=len))
