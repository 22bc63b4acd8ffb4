# bin/oct/hex and format() of ints.
for n in (0, 1, 7, 8, 255, 256, -1, -255, 2 ** 40, -(2 ** 65)):
    print(n, bin(n), oct(n), hex(n))
for n in (0, 10, 255, -42, 1234567):
    print(format(n, "b"), format(n, "o"), format(n, "x"), format(n, "X"), format(n, "d"))
    print(format(n, "#b"), format(n, "#o"), format(n, "#x"), format(n, "#X"))
print(format(255, "08b"), format(255, "#010b"), format(5, "#06x"), format(-5, "#06x"))
print(format(1234567, ","), format(1234567, "_"), format(0xDEADBEEF, "_x"))
print(format(42, "+d"), format(42, " d"), format(-42, " d"), format(42, "-d"))
print(format(42, ">6"), format(42, "<6") + "|", format(42, "^6") + "|", format(-42, "=6"))
print(format(42, "*^9"), format(42, "0>5"), format(42, "c"), format(9731, "c"))
print(str(-0), str(10 ** 20), repr(-123), repr(2 ** 64))


def to_base(n, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + "".join(reversed(out))


for n in (0, 5, 100, -100, 2 ** 64, 35):
    print([to_base(n, b) for b in (2, 3, 7, 16, 36)])
    print(all(int(to_base(n, b), b) == n for b in range(2, 37)))
