# Three-argument pow and modular inverses.
print(pow(2, 10, 1000), pow(3, 200, 13), pow(7, 0, 5), pow(7, 0, 1))
print(pow(2, 10 ** 18, 10 ** 9 + 7))
print(pow(123456789, 987654321, 1000000007))
print(pow(-2, 3, 5), pow(2, 3, -5), pow(-2, 3, -5))
print(pow(3, -1, 7), pow(3, -2, 7), pow(10, -1, 17))
print(pow(38, -1, 97), (38 * pow(38, -1, 97)) % 97)
print(pow(2, 2 ** 100, 2 ** 61 - 1))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError", e)
try:
    pow(2, 0.5, 5)
except TypeError as e:
    print("TypeError", e)


def is_probable_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


print([n for n in range(90, 130) if is_probable_prime(n)])
print(is_probable_prime(2 ** 61 - 1), is_probable_prime(2 ** 61 + 1))
print(is_probable_prime(1000000007), is_probable_prime(1000000007 * 998244353))
