# A realistic big-int program: digits of pi with Gibbons' unbounded spigot, and
# e with a series, checked against each other through string formatting.
def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return out

digits = pi_digits(120)
print("".join(map(str, digits[:1])) + "." + "".join(map(str, digits[1:])))

def e_digits(n):
    scale = 10 ** (n + 10)
    total, term, k = 0, scale, 0
    while term:
        total += term
        k += 1
        term //= k
    return total // 10**10

e = e_digits(100)
s = str(e)
print(s[0] + "." + s[1:])
print(len(s), e % 97, e.bit_length(), hex(e)[:20], f"{e:,}"[:30], format(e, "_x")[-24:])
pi_int = int("".join(map(str, digits)))
print(pi_int * e, (pi_int * e) // 10**200, divmod(pi_int, e))
print(pi_int / 10**119, e / 10**100, float(pi_int) / float(10**119) == pi_int / 10**119)
