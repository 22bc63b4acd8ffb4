# Extended slice assignment, list/range/tuple errors, unpacking, closures and call-signature errors.
a = list(range(10))
a[::3] = ["x"] * 4; print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
del a[1::4]; print(a); a[2:5] = []; print(a); a[1:1] = "hi"; print(a); a[-100:1] = [0]; print(a)
b = [3, 1, 2]; b.insert(100, 9); b.insert(-100, 0); print(b, b.index(2, -3), b.index(3, 0, 2))
for bad in [lambda: b.index(7), lambda: b.remove(7), lambda: (1, 2).index(5), lambda: [].pop(), lambda: [1].pop(5), lambda: b[10], lambda: "abc"[5], lambda: (1,)[1], lambda: range(3)[9], lambda: b.index(3, 1)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
r = range(10, -10, -3)
print(r, list(r), r[2], r[-1], r[1:4], r[::-1], 4 in r, 5 in r, r.index(-2), r.count(1), len(r), range(0), range(5)[::2], repr(range(1, 2, 1)), range(3) == range(0, 3, 1), bool(range(0)))
print("ab" * -1, [0] * 0, (1,) * 3, [[]] * 2, "-" * 3 + ">")
x = [1, 2]; x.append(x); print(x, repr(x)); d = {"k": 1}; d["self"] = d; print(d)
first, *mid, last = range(6); print(first, mid, last); *init, = "ab"; print(init)
(a1, b1), c1 = "xy", 3; print(a1, b1, c1)
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    p, q, r2 = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    p, *q, r2 = [1]
except ValueError as e:
    print("ValueError:", e)
print([y for x in [[1, 2], [3]] for y in x if y != 2], [(i, j) for i in range(3) for j in range(i)], [v := 5, v * 2], [n for n in range(20) if (sq := n * n) > 200], sq)
def counter():
    c = 0
    def inc(step=1):
        nonlocal c
        c += step
        return c
    return inc
inc = counter(); print(inc(), inc(5), inc.__closure__ is None if False else "closure")
G = 0
def setg():
    global G
    G += 1
setg(); setg(); print(G)
def default_trap(x, acc=[]):
    acc.append(x); return acc
print(default_trap(1), default_trap(2), default_trap(3, []))
print(1 < 2 < 3 > 1, 1 < 3 < 2, (1 == 1) in [True], not 1 == 2, [] == [] is not None, 1 if 0 else 2 if 0 else 3)
def kw(a, b=2, *args, c, d=4, **kw): return (a, b, args, c, d, kw)
print(kw(1, c=3), kw(1, 2, 3, 4, c=5, e=6), kw(*[1, 2], **{"c": 0, "z": 9}))
def posonly(a, b, /, c): return a + b + c
for call in [lambda: kw(), lambda: kw(1), lambda: kw(1, c=1, a=2), lambda: posonly(1, b=2, c=3), lambda: posonly(1, 2, 3, 4), lambda: kw(1, c=2, **{"c": 3})]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
