# Callables that wrap callables deeply: a bound method whose function is
# another bound method (made with classmethod, as deep as it lets one go),
# a staticmethod of a staticmethod 100,000 deep, a property whose getter is
# such a chain. Calling, hashing,
# comparing or reading an attribute through the chain recurses in C++; each
# must end in a catchable RecursionError, or succeed: a call of
# classmethod() counts a step of the depth limit, as CPython's, so the chain
# stops one link short of where calling it or reading an attribute
# through it would pass the limit.
# expect-output: method call ok
# expect-output: method hash RecursionError
# expect-output: method == RecursionError
# expect-output: method attribute AttributeError
# expect-output: method as a sort key RecursionError
# expect-output: method as a property getter RecursionError
# expect-output: staticmethod call RecursionError
# expect-output: staticmethod through a class RecursionError
# expect-output: classmethod of the deepest method RecursionError
# expect-output: shallow chains work 1 1 True
N = 100000


class C:
    pass


def method_chain(n):
    # A bound method of a bound method...: a classmethod of the previous
    # link, read through C. classmethod() copies its callable's __name__
    # and __doc__, which a bound method reads through its function, so the
    # chain stops growing at the depth limit (with RecursionError) and
    # holds as many links as it can.
    f = lambda *args: 1
    for _ in range(n):
        try:
            C.m = classmethod(f)
        except RecursionError:
            break
        f = C.m
    return f


def static_chain(n):
    f = abs
    for _ in range(n):
        f = staticmethod(f)
    return f


m1 = method_chain(N)
m2 = method_chain(N)
C.p = property(m1)
s = static_chain(N)


class Holder:
    pass


Holder.s = s
cases = [
    ("method call", lambda: m1()),
    ("method hash", lambda: hash(m1)),
    ("method ==", lambda: m1 == m2),
    ("method attribute", lambda: m1.missing),
    ("method as a sort key", lambda: sorted([1, 2], key=m1)),
    ("method as a property getter", lambda: C().p),
    ("staticmethod call", lambda: s(-1)),
    ("staticmethod through a class", lambda: Holder.s(-1)),
    ("classmethod of the deepest method", lambda: classmethod(m1)),
]
for name, case in cases:
    try:
        case()
        print(name, "ok")
    except RecursionError as e:
        print(name, type(e).__name__)
    except AttributeError as e:
        print(name, "AttributeError")
short = method_chain(50)
print("shallow chains work", short(), static_chain(50)(-1), hash(short) == hash(short))
