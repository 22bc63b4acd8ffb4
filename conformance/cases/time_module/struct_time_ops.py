# struct_time behaves as the tuple of its nine visible fields.
import time

a = time.gmtime(1000000000)
b = time.gmtime(1000000000.75)
c = time.gmtime(2000000000)
print(a == b, a != c, a < c, c > a, a == tuple(a), tuple(a) == a)
print(hash(a) == hash(tuple(a)))
print(a + (1, 2), type(a + (1, 2)).__name__)
print(a * 2 == tuple(a) * 2, type(a[1:3]).__name__)
print(a.count(0), a.index(9), 2001 in a, 1999 in a)
year, month, day, *rest = a
print(year, month, day, rest)
print(sorted([c, a])[0] == a, max(a), min(a), sum(a))
print({a: 1}[tuple(a)])
match a:
    case time.struct_time(tm_year=2001, tm_mon=m, tm_mday=d):
        print("matched keyword", m, d)
match c:
    case time.struct_time(y, mo, d, h, mi, s, wd, yd, dst):
        print("matched positional", y, mo, d, h, mi, s, wd, yd, dst)
match a:
    case (2001, 9, *_):
        print("matched sequence")
print(a.__reduce__())
import copy
print(copy.copy(a) == a, copy.deepcopy(a).tm_zone)
