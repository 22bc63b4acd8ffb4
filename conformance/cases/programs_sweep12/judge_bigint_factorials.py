import sys
import math

data = sys.stdin.read().split()
for tok in data:
    n = int(tok)
    f = math.factorial(n)
    s = str(f)
    trailing = len(s) - len(s.rstrip("0"))
    print(f"{n}! has {len(s)} digits, digit sum {sum(map(int, s))}, {trailing} trailing zeros")
    print("  leading:", s[:15], "last nonzero:", s.rstrip("0")[-1])
print(2 ** 521 - 1 > 10 ** 156, len(str(2 ** 4000)), (3 ** 200) % 1000007)
print(math.comb(100, 50), math.perm(20, 5), math.isqrt(10 ** 40 + 12345))
print(math.gcd(2 ** 64, 6 ** 30), math.lcm(12, 18, 30), math.prod(range(1, 21)))
x = 123456789 ** 5
print(x, x.bit_length(), x.bit_count(), hex(x)[:12], divmod(x, 10 ** 20))
print(int("1" * 50) // 7, -(10 ** 30) // 7, -(10 ** 30) % 7, pow(-7, 3), (-2) ** 100 > 0)
print(int.from_bytes(b"\x01\x00" * 8, "big"), (2 ** 70).to_bytes(10, "little").hex())
print(format(10 ** 25, ","), f"{2 ** 100:e}", float(10 ** 300), str(-(2 ** 65)))
