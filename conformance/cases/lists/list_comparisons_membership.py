# Equality, ordering and membership for lists with mixed numbers.
print([1, 2, 3] == [1.0, 2.0, 3.0], [1, [2, 3]] == [1, [2, 3]], [0] == [False])
print([1, 2] < [1, 2, 0], [2] > [1, 100], [1, "b"] < [2, "a"], [] == [], [[]] == [[]])
print(3 in [1, 2, 3], [3] in [1, 2, 3], [3] in [[3]], None in [0, False, ""], "" in ["", None])
nested = [[1, 2], [3, 4]]
print([3, 4] in nested, 3 in nested, any(3 in row for row in nested))
print(max([[1, 2], [1, 3], [0, 9]]), min([[2], [1, 5], [1]]), sorted([[2, 1], [1, 2], [1]]))
