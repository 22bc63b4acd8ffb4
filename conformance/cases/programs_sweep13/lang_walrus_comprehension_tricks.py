import re

data = ["id:17", "junk", "id:4", "id:x", "id:230"]
ids = [int(m[1]) for s in data if (m := re.fullmatch(r"id:(\d+)", s))]
print(ids)
running = 0
cumulative = [running := running + x for x in ids]
print(cumulative, running)
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix if row[i] % 2])
print({(i, j): i * j for i in range(1, 4) for j in range(i, 4)})
print([[y for y in range(x)] for x in range(4)])
flat = [x for row in matrix for x in row]
print(flat[::-2], flat[1::3], sum(flat[-3:]))
pairs = list(zip(*matrix))
print(pairs, [*map(sum, pairs)])
first, *middle, last = flat
print(first, middle, last)
print({*"hello"} & {*"world"}, {**{"a": 1}, **{"b": 2, "a": 3}})
print(any((n := x) > 5 for x in flat), n)
print([(lambda k: k * k)(k) for k in range(5)])
