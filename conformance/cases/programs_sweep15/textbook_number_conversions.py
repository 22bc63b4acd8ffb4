def to_roman(n):
    vals = [(1000, 'M'), (900, 'CM'), (500, 'D'), (400, 'CD'), (100, 'C'), (90, 'XC'),
            (50, 'L'), (40, 'XL'), (10, 'X'), (9, 'IX'), (5, 'V'), (4, 'IV'), (1, 'I')]
    out = ''
    for v, s in vals:
        q, n = divmod(n, v)
        out += s * q
    return out
def from_roman(s):
    m = {'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
    total = 0
    for a, b in zip(s, s[1:] + ' '):
        total += -m[a] if b != ' ' and m[a] < m[b] else m[a]
    return total
for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(f"{n:>5} {r:<12} {from_roman(r)}")
ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
def words(n):
    if n < 20: return ONES[n]
    if n < 100: return TENS[n // 10] + ('' if n % 10 == 0 else '-' + ONES[n % 10])
    if n < 1000: return ONES[n // 100] + ' hundred' + ('' if n % 100 == 0 else ' and ' + words(n % 100))
    for unit, name in [(10**9, 'billion'), (10**6, 'million'), (1000, 'thousand')]:
        if n >= unit:
            rest = n % unit
            return words(n // unit) + ' ' + name + ('' if rest == 0 else (', ' if rest >= 100 else ' and ') + words(rest))
for n in [0, 7, 13, 20, 42, 100, 115, 999, 1001, 12345, 1000000, 2147483647]:
    print(n, '->', words(n))
def to_base(n, b):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if n == 0: return "0"
    sign = '-' if n < 0 else ''
    n = abs(n); out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + ''.join(reversed(out))
for n in [0, 5, 255, -255, 1000, 2**40, 36**3 - 1]:
    print(n, [to_base(n, b) for b in (2, 3, 8, 16, 36)], int(to_base(n, 36), 36) == n, bin(n), oct(n), hex(n))
print(f"{255:b} {255:o} {255:x} {255:X} {255:#b} {255:010b} {-255:x} {1 << 70:x}")
def collatz(n):
    steps = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps.append(n)
    return steps
print(collatz(27)[:15], len(collatz(27)), max(collatz(27)))
best = max(range(1, 10000), key=lambda k: len(collatz(k)))
print(best, len(collatz(best)))
perfect = [n for n in range(2, 10000) if sum(d for d in range(1, n // 2 + 1) if n % d == 0) == n]
print(perfect)
arm = [n for n in range(100, 100000) if n == sum(int(d) ** len(str(n)) for d in str(n))]
print(arm)
def digital_root(n):
    while n >= 10:
        n = sum(map(int, str(n)))
    return n
print([digital_root(n) for n in (0, 9, 38, 123456789, 10**20 - 1)])
print([n for n in range(1, 200) if str(n) == str(n)[::-1] and str(n * n) == str(n * n)[::-1]])
import math
print([math.gcd(a, b) for a, b in [(12, 18), (17, 5), (0, 9), (-12, 18)]], math.lcm(4, 6, 10), 2 ** 100 % 97)
print(sum(int(c) for c in str(math.factorial(100))), len(str(2 ** 1000)), str(3 ** 200)[:20])
print(int("1010", 2), int("777", 8), int("ff", 16), int("zz", 36), int("0x1F", 16), int("0b11", 0), int(" -42 "))
fracs = [(1, 3), (2, 7), (22, 7)]
for a, b in fracs:
    q, r = divmod(a, b)
    seen = {}; digits = ''
    r *= 10
    while r and r not in seen:
        seen[r] = len(digits)
        digits += str(r // b); r = r % b * 10
    s = digits if not r else digits[:seen[r]] + '(' + digits[seen[r]:] + ')'
    print(f"{a}/{b} = {q}.{s}")
