def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


f100 = fact(100)
print(len(str(f100)), str(f100)[:20], sum(map(int, str(f100))), f100 % (10**9 + 7))
print(2 ** 521 - 1 == int("1" * 521, 2), (2 ** 127 - 1) % 1000007, pow(2, 10**18, 10**9 + 7))
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a * b, b // a, b % a, -b // a, divmod(-a, 7), a ^ b, a & b, a | b, ~a, a << 70, b >> 50)
print(int.bit_length(a), (a * b).bit_count(), a.to_bytes(13, "big").hex(), int.from_bytes(b"\xff" * 10, "big"))
import math
print(math.isqrt(a * a + 1) == a, math.gcd(a, b), math.lcm(a, b) // 10**50, math.comb(100, 50))
print(hex(a), oct(b)[:12], bin(a)[:12], f"{a:,}", f"{b:_x}", f"{a:e}", float(a), a / b)
print(str(-(10 ** 30)), 10 ** 30 == 1e30, 10 ** 22 == 1e22, int(1e22), round(a, -25), abs(-a))
