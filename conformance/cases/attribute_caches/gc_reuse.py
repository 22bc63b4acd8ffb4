# One attribute site, one method site and one store site fed with
# instances of thousands of short-lived classes, so that collections free
# classes and the next ones may reuse their memory. Each class puts its
# attributes in another order or defines the name differently, so a cached
# answer for a freed class would be wrong for its successor.


def read(o):
    return o.a


def call(o):
    return o.m()


def store(o, v):
    o.a = v
    return o.a


total = 0
kinds = []
for i in range(3000):
    if i % 3 == 0:
        class T:
            def __init__(self, i):
                self.a = i
                self.b = -i

            def m(self):
                return 1
    elif i % 3 == 1:
        class T:
            def __init__(self, i):
                self.b = -i
                self.a = i * 2

            m = staticmethod(lambda: 2)
    else:
        class T:
            a = property(lambda self: 3, lambda self, v: None)

            def __init__(self, i):
                self.__dict__["a"] = "hidden"

            def m(self):
                return 3

    o = T(i)
    junk = [[j] for j in range(200)]  # garbage, so collections come often
    total += read(o) if isinstance(read(o), int) else 0
    total += call(o)
    r = store(o, i)
    if i < 6:
        kinds.append((read(o), call(o), r))
print(total)
print(kinds)


# Globals of short-lived namespaces: class bodies read a builtin and a global
# through their own sites while classes come and go.
marker = "global marker"
seen = set()
for i in range(2000):
    class U:
        x = len("ab")
        y = marker
    seen.add((U.x, U.y))
    junk = [[j] for j in range(100)]
print(sorted(seen))
