def mat_mult(a, b, mod=None):
    n, m, p = len(a), len(b), len(b[0])
    res = [[sum(a[i][k] * b[k][j] for k in range(m)) for j in range(p)] for i in range(n)]
    if mod:
        res = [[x % mod for x in row] for row in res]
    return res

def mat_pow(m, e, mod=None):
    result = [[int(i == j) for j in range(len(m))] for i in range(len(m))]
    while e:
        if e & 1:
            result = mat_mult(result, m, mod)
        m = mat_mult(m, m, mod)
        e >>= 1
    return result

print(mat_pow([[1, 1], [1, 0]], 300)[0][1])
print(mat_pow([[1, 1], [1, 0]], 10**18, 10**9 + 7)[0][1])
big = 1
for i in range(1, 60):
    big *= i
print(f"{big:,}")
print(f"{big:.3e}", f"{-big:_x}"[:20])
print(str(2**1000)[:30], len(str(2**1000)), sum(map(int, str(2**1000))))
print(int('1' * 40) // 7, int('1' * 40) % 7, -(10**30) // 7)
print(int("ff" * 10, 16), bin(12345678901234567890), oct(-8**20))
print((10**50 + 1).to_bytes(21, 'big').hex())
print(int.from_bytes(b'\x01\x00' * 5, 'little'), (-5).to_bytes(2, 'big', signed=True))
rows = [(i, i**i, 2**i - 1) for i in range(1, 12, 2)]
width = max(len(str(x)) for r in rows for x in r)
for r in rows:
    print(*(f"{x:>{width}}" for x in r), sep=' | ')
print(round(2**70 / 3), 2**70 // 3, float(2**70) == 2**70, 10**20 / 3)
print(pow(12345, 6789, 10**9 + 7), pow(2, 10**5, 10**9), 7**77 % 1000)
