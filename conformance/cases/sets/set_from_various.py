# Building sets from different iterables.
print(sorted(set("mississippi")), set([3, 3, 1]), set((2, 2)), set(range(3)))
print(set({5: "a", 1: "b"}), set({1: 0}.values()), frozenset(x % 3 for x in range(10)))
print(set([1, 2]) == set((2, 1)), len(set(["a", "A", "a"])), set([0, 0.0, False]))
words = ["Apple", "apple", "APPLE", "banana"]
print(len(set(words)), len({w.lower() for w in words}))
