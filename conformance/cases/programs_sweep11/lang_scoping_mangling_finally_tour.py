class Acc:
    def __init__(self):
        self.__secret = 1
        self._Acc__x = 2
    def get(self):
        return self.__secret, self.__x
a = Acc(); print(a.get(), sorted(vars(a)) if False else sorted(a.__dict__), a._Acc__secret)
try:
    a.__secret
except AttributeError as e:
    print(e)
class P:
    @classmethod
    def make(cls):
        return super().__repr__ is not None
    def method(self):
        def inner():
            return super().__init__
        return inner
print(P.make())
try:
    P().method()()
except RuntimeError as e:
    print("RuntimeError", e)
class Q:
    def m(self):
        return __class__
print(Q().m().__name__)
try:
    x = 1
    raise ValueError
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print("NameError", e)
def f():
    try:
        return "try"
    finally:
        return "finally"
print(f())
def g():
    for i in range(3):
        try:
            continue
        finally:
            print("fin", i)
    return i
print(g())
def h():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
print(h() if False else "skip")
class Cnt:
    def __init__(self): self.calls = 0; self.d = {"k": 0}
    def key(self): self.calls += 1; return "k"
c = Cnt(); c.d[c.key()] += 5; print(c.d, c.calls)
print(1 < 2 < 3, 1 < 3 < 2, (lambda: [i for i in range(3) if (y := i) > 0])(), [y := 5, y ** 2])
fs = [lambda: i for i in range(3)]; print([fn() for fn in fs])
fs = [lambda i=i: i for i in range(3)]; print([fn() for fn in fs])
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
inc = counter(); inc(); print(inc(), inc.__closure__ is None if False else "")
G = 0
def setg():
    global G
    G += 1
setg(); setg(); print(G)
first, *mid, last = "abcde"; (p, q), r = "xy", 3; print(first, mid, last, p, q, r)
*a1, = range(3); print(a1)
for i in range(3):
    if i == 5: break
else:
    print("no break")
while False:
    pass
else:
    print("while else")
print(__debug__, __name__, type(__builtins__).__name__ if False else "")
class K:
    x = 10
    ys = [x for _ in range(2)] if False else None
    def m(self): return x if False else K.x
print(K().m())
try:
    class K2:
        x = 10
        ys = [x for _ in range(2)]
except NameError as e:
    print("NameError", e)
try:
    del undefined_thing
except NameError as e:
    print("NameError", e)
def uses_before():
    try:
        print(zz)
    except NameError as e:
        print("NameError", e)
    zz = 1
uses_before()
