# Schoolbook arithmetic on decimal strings, checked against built-in ints.
def add(a, b):
    a, b = a[::-1], b[::-1]
    out, carry = [], 0
    for i in range(max(len(a), len(b))):
        s = carry + (int(a[i]) if i < len(a) else 0) + (int(b[i]) if i < len(b) else 0)
        out.append(str(s % 10))
        carry = s // 10
    if carry:
        out.append(str(carry))
    return "".join(reversed(out))


def multiply(a, b):
    res = [0] * (len(a) + len(b))
    for i, x in enumerate(reversed(a)):
        for j, y in enumerate(reversed(b)):
            res[i + j] += int(x) * int(y)
    for k in range(len(res) - 1):
        res[k + 1] += res[k] // 10
        res[k] %= 10
    s = "".join(map(str, reversed(res))).lstrip("0")
    return s or "0"


pairs = [("0", "0"), ("999", "1"), ("123456789", "987654321"), ("5" * 40, "7" * 35)]
for a, b in pairs:
    s, p = add(a, b), multiply(a, b)
    print(s, p, int(s) == int(a) + int(b), int(p) == int(a) * int(b))
fact = "1"
for k in range(2, 31):
    fact = multiply(fact, str(k))
print(fact, int(fact) == 265252859812191058636308480000000)
