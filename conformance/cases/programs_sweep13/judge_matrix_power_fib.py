import sys

MOD = 10**9 + 7


def mat_mult(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(2)) % MOD for j in range(2)] for i in range(2)]


def mat_pow(m, p):
    result = [[1, 0], [0, 1]]
    while p:
        if p & 1:
            result = mat_mult(result, m)
        m = mat_mult(m, m)
        p >>= 1
    return result


def fib(n):
    return mat_pow([[1, 1], [1, 0]], n)[0][1]


queries = [int(x) for x in sys.stdin.read().split()]
print(*(fib(n) for n in queries))
exact = [0, 1]
for _ in range(300):
    exact.append(exact[-1] + exact[-2])
print(exact[300], exact[300] % MOD == fib(300))
