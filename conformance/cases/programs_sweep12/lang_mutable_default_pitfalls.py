def append_bad(x, bucket=[]):
    bucket.append(x)
    return bucket


def append_good(x, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(x)
    return bucket


print(append_bad(1), append_bad(2), append_bad(3))
print(append_good(1), append_good(2))
print(append_bad.__defaults__, append_good.__defaults__)
grid_bad = [[0] * 3] * 3
grid_bad[0][0] = 1
grid_good = [[0] * 3 for _ in range(3)]
grid_good[0][0] = 1
print(grid_bad, grid_good)
a = [1, 2, 3]
b = a
b += [4]
c = a[:]
c.append(5)
print(a, b, c, a is b, a is c)
t = ([],)
try:
    t[0] += [1]
except TypeError as e:
    print("TypeError:", e, "but t is now", t)
d = dict.fromkeys(["x", "y"], [])
d["x"].append(1)
print(d)
s = "abc"
s2 = s
s2 += "d"
print(s, s2)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])


class Counter:
    shared = []

    def __init__(self):
        self.own = []


c1, c2 = Counter(), Counter()
c1.shared.append("x")
c1.own.append("y")
print(c2.shared, c2.own)
