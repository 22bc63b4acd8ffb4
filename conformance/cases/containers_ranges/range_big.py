# Ranges with bounds beyond 64 bits.
big = 10 ** 30
r = range(big, big + 10, 3)
print(r, len(r), list(r), r[1], r[-1], big + 3 in r, big + 4 in r)
print(r.index(big + 6), r.count(big + 9), r[1:3], r[::-1])
s = range(-big, big, big // 2)
print(len(s), list(s), s[2], (-big // 2) in s)
h = range(2 ** 63 - 2, 2 ** 63 + 3)
print(list(h), len(h))
print(list(reversed(h)))
n = range(-2 ** 63 - 2, -2 ** 63 + 2)
print(list(n), list(reversed(n)))
huge = range(0, 10 ** 25, 7)
print(huge[10 ** 20], 7 * 10 ** 20 in huge, huge[-1], bool(huge))
try:
    len(huge)
except OverflowError as e:
    print("OverflowError:", e)
print(range(0, big)[big - 1], range(big).index(big - 1))
print(range(10 ** 20, 0, -(10 ** 19)))
