from math import gcd


def is_probable_prime(n):
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in small:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def next_prime(n):
    while not is_probable_prime(n):
        n += 1
    return n


p = next_prime(10 ** 40 + 12345)
q = next_prime(3 * 10 ** 39 + 777)
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
assert gcd(e, phi) == 1
d = pow(e, -1, phi)
print("p =", p)
print("q =", q)
print("n bits:", n.bit_length(), "d digits:", len(str(d)))
msg = int.from_bytes("attack at dawn!".encode(), "big")
c = pow(msg, e, n)
m2 = pow(c, d, n)
print(c % 10 ** 12, m2 == msg, m2.to_bytes((m2.bit_length() + 7) // 8, "big").decode())
sig = pow(12345, d, n)
print("signature verifies:", pow(sig, e, n) == 12345)
print([x for x in range(90, 130) if is_probable_prime(x)], is_probable_prime(2 ** 61 - 1), is_probable_prime(2 ** 61 + 1))
