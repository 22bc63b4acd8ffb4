# Inline caches remember, per instruction, the exact type an attribute or
# method site saw and where the answer was. Once that type is collected, a
# new class may be allocated at its address: a cache trusting the address
# alone would read a slots instance's memory as an instance dict, return a
# freed class's method, or skip a property. Each round below frees the
# previous class and makes a new one of another shape at the same sites
# (the sanitizer build reports any stale read).
# expect-output: 3000 6000 3000
# expect-output: ok


def read(o):
    return o.a


def call(o):
    return o.m()


def store(o):
    o.a = 7
    return o.a


reads = calls = stores = 0
for i in range(3000):
    if i % 2 == 0:
        class T:
            def __init__(self):
                self.a = 1

            def m(self):
                return 2
    else:
        class T:
            __slots__ = ("a", "b")
            m = property(lambda self: lambda: 2)

            def __init__(self):
                self.a = 1
    o = T()
    for _ in range(3):
        reads += read(o) == 1
        calls += call(o)
    stores += store(o) == 7
    o = T = None
    junk = [[j] for j in range(300)]  # garbage: collections come often
print(reads // 3, calls // 3 * 1, stores)
print("ok")
