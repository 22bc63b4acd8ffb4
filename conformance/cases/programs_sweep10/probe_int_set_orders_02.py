print({True, 1, 1.0}, {0, False, 0.0, -0.0}, {None, 0} == {0, None}, {(): 1, (0,): 2})
print(set([10, 2, 33, 4]) == {33, 4, 2, 10}, sorted({"b", "a"}), {1, 2}.union(range(40, 36, -1)))
