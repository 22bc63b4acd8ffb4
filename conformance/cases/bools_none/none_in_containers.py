# None in containers: sorting with a key, filtering and defaults.
scores = {"ann": 90, "bob": None, "cy": 75, "di": None, "ed": 88}
present = {k: v for k, v in scores.items() if v is not None}
print(present)
print(sorted(scores, key=lambda k: (scores[k] is None, -(scores[k] or 0))))
print([scores.get(k) for k in ("ann", "zed", "bob")])
print(list(filter(None, [0, 1, None, 2, "", "a", [], [0]])))
print(max((v for v in scores.values() if v is not None), default=None))
print(max([], default=None), min([None], key=lambda v: 0))
grid = [[None] * 3 for _ in range(2)]
grid[0][1] = "x"
print(grid, grid.count([None, None, None]))
