import sys, math
f = math.factorial(1000)
s = str(f)
print(len(s), s[:30], s[-30:], s.count('0'), len(s) - len(s.rstrip('0')))
print(sum(map(int, str(2 ** 1000))))
a = 2 ** 4000 * 3 ** 3000
print(a.bit_length(), a % (10**9 + 7), a.bit_count())
try:
    print(str(10 ** 5000)[:10])
except ValueError as e:
    print("ValueError:", e)
try:
    int("9" * 5000)
except ValueError as e:
    print("ValueError:", e)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(10000)
print(len(str(10 ** 5000)), sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(len(str(7 ** 20000)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(4300)
print(hex(2 ** 20000)[:12], len(bin(3 ** 10000)))
fibs = [0, 1]
for _ in range(500):
    fibs.append(fibs[-1] + fibs[-2])
print(fibs[-1], len(str(fibs[-1])))
def matmul(A, B, m):
    return [[sum(A[i][k] * B[k][j] for k in range(2)) % m for j in range(2)] for i in range(2)]
def fibmod(n, m):
    R = [[1, 0], [0, 1]]; M = [[1, 1], [1, 0]]
    while n:
        if n & 1: R = matmul(R, M, m)
        M = matmul(M, M, m); n >>= 1
    return R[0][1]
print(fibmod(10**18, 10**9 + 7), fibmod(500, 10**100) == fibs[500])
print(pow(123456789, 987654321, 10**9 + 7), pow(2, 10**5, 10**9 + 9), pow(-3, 3, 7), pow(3, -2, 11))
MOD = 998244353
fact = [1] * 1001
for i in range(1, 1001): fact[i] = fact[i-1] * i % MOD
inv = [1] * 1001
inv[1000] = pow(fact[1000], MOD - 2, MOD)
for i in range(1000, 0, -1): inv[i-1] = inv[i] * i % MOD
C = lambda n, k: fact[n] * inv[k] % MOD * inv[n-k] % MOD
print(C(1000, 500), math.comb(1000, 500) % MOD)
print(math.isqrt(10**100 + 12345), math.isqrt(2 * 10**50) ** 2 <= 2 * 10**50)
print((-7) // 2, -7 % 2, divmod(-10**30, 7), divmod(10**30, -7))
print(int('ff', 16), int('0o17', 0), int('-0b1010', 0), int('z', 36), int('  42\n'), int('1_000'))
print((255).to_bytes(2, 'big'), int.from_bytes(b'\x01\x00', 'little'), (-1).to_bytes(2, 'big', signed=True))
print((10**20).bit_length(), (-5).bit_length(), (0b1011).bit_count(), ~5, -5 >> 1, 5 << 100)
print(abs(-10**40), 10**40 // 3, 10**40 / 3, 2**-1, 10**18 * 10**18)
print(format(10**25, ','), format(10**25, '_x'), f"{2**64:e}", f"{-(2**70):>30}")
print(round(10**20 + 5, -1), round(12345678901234567890, -5), 10**20 == 1e20, 2**53 + 1 == float(2**53 + 1))
