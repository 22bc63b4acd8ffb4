# Tuples as dict keys and set elements; hash of tuples of ints.
grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * 3 + c
print(grid[(1, 2)], grid[2, 0], (1, 1) in grid, (5, 5) in grid)
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)))
print(hash(()), hash((1,)), hash((1, 2)), hash((-1, 0)), hash(((1, 2), 3)), hash((1.5, 2)))
seen = set()
for pair in [(1, 2), (2, 1), (1, 2), (3, 3)]:
    seen.add(pair)
print(len(seen), sorted(seen))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError", e)
try:
    {([1], 2): "x"}
except TypeError as e:
    print("TypeError", e)
distances = {("a", "b"): 5, ("b", "c"): 3, ("a", "c"): 9}
print(min(distances, key=distances.get), distances[("a", "b")] + distances[("b", "c")])
