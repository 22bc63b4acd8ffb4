from math import comb


def pascal(n):
    row = [1]
    for _ in range(n):
        yield row
        row = [a + b for a, b in zip([0] + row, row + [0])]


rows = list(pascal(10))
width = len(" ".join(map(str, rows[-1])))
for r in rows:
    print(" ".join(map(str, r)).center(width))
print(all(r[k] == comb(i, k) for i, r in enumerate(rows) for k in range(len(r))))
print([sum(r) for r in rows], [r[len(r) // 2] for r in rows])
for i, r in enumerate(pascal(16)):
    print("".join("#" if x % 2 else " " for x in r).rstrip())
