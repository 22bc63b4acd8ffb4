import sys


def read_matrix(it):
    r, c = map(int, next(it).split())
    return [list(map(int, next(it).split())) for _ in range(r)]


def mul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]


def power(m, e):
    n = len(m)
    result = [[int(i == j) for j in range(n)] for i in range(n)]
    while e:
        if e & 1:
            result = mul(result, m)
        m = mul(m, m)
        e >>= 1
    return result


it = iter(sys.stdin.read().splitlines())
a = read_matrix(it)
b = read_matrix(it)
k = int(next(it))
for row in mul(a, b):
    print(" ".join(f"{v:>4}" for v in row))
fibm = power([[1, 1], [1, 0]], k)
print(f"fib({k}) = {fibm[0][1]}")
print("trace", sum(a[i][i] for i in range(min(len(a), len(a[0])))), "transpose", [list(r) for r in zip(*a)])
