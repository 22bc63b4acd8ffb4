# Lexicographic comparison of lists.
pairs = [([], []), ([1], []), ([1, 2], [1, 3]), ([1, 2, 3], [1, 2]), ([2], [1, 9, 9]),
         (["a", "b"], ["a", "b"]), ([1.0], [1]), ([[1, 2]], [[1, 3]])]
for x, y in pairs:
    print(x, y, x == y, x != y, x < y, x <= y, x > y, x >= y)
nan = float("nan")
n = [nan]
print(n == n, [nan] == [nan], n[0] == n[0])
print([1, 2] * 0, [1, 2] * -3, 2 * [0], [None] * 3)
print([1] in [[1], [2]], 3 in [1, 2], "a" not in ["b"])
