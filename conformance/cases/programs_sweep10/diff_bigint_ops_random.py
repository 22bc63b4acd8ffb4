import random, hashlib, math
rng = random.Random(7)
out = []
for i in range(1000):
    a = rng.getrandbits(rng.randint(1, 400)) * rng.choice([1, -1])
    b = rng.getrandbits(rng.randint(1, 200)) * rng.choice([1, -1]) or 3
    row = [a + b, a - b, a * b, a // b, a % b, divmod(a, b), a >> (i % 70), a << (i % 50), a & b, a | b, a ^ b, ~a,
           pow(a, 3), pow(abs(a), 5, abs(b) or 7), math.gcd(a, b), math.isqrt(abs(a)), hex(a), oct(b), bin(a)[:20], a.bit_length(),
           format(a, ","), format(b, "_x"), a / b, round(a, -5), int(str(a)[::-1].strip("-") or 0), float(a) if abs(a) < 2**1000 else 0,
           a.to_bytes((a.bit_length() + 8) // 8 + 1, "little", signed=True).hex()[:20], a == b, a < b, hash(a)]
    out.append(repr(row))
print(hashlib.sha256("\n".join(out).encode()).hexdigest())
