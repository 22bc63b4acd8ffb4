from itertools import permutations, combinations, product, combinations_with_replacement, islice
from math import comb, perm, factorial, gcd, isqrt, lcm
from fractions import Fraction
from functools import reduce

def sieve(n):
    is_p = bytearray([1]) * (n + 1)
    is_p[0:2] = b'\x00\x00'
    for i in range(2, isqrt(n) + 1):
        if is_p[i]:
            is_p[i*i::i] = bytearray(len(range(i*i, n + 1, i)))
    return [i for i, v in enumerate(is_p) if v]

primes = sieve(100)
print(len(primes), primes[-5:])
print([''.join(p) for p in permutations('abc')])
print(list(combinations(range(5), 3))[:4], comb(5, 3), perm(5, 2))
print(sum(1 for t in product(range(1, 7), repeat=3) if sum(t) == 10))
print(list(combinations_with_replacement('xy', 3)))
print(list(islice(permutations(range(4)), 20, 24)))
print(factorial(30), comb(100, 50))
print(reduce(gcd, [84, 126, 210]), lcm(4, 6, 10))
probs = Fraction(0)
for a, b in product(range(1, 7), repeat=2):
    if a + b == 7:
        probs += Fraction(1, 36)
print(probs, float(probs), f"{float(probs):.4%}")
harmonic = sum(Fraction(1, k) for k in range(1, 21))
print(harmonic, harmonic.numerator.bit_length(), round(harmonic, 5))
print(Fraction(3, 4) ** 3, Fraction('3.1415').limit_denominator(100), Fraction(7, -21))
n = 2**127 - 1
print(n, pow(3, n - 1, n) == 1, isqrt(n), n.bit_length())
print(divmod(-17, 5), -17 // 5, -17 % 5, pow(2, -1, 7))
catalan = [comb(2*k, k) // (k + 1) for k in range(15)]
print(catalan)
