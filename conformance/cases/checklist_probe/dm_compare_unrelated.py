class A:
    pass
class B:
    pass
class C:
    def __lt__(self, o):
        return NotImplemented
    def __eq__(self, o):
        print("C.__eq__")
        return NotImplemented
class D:
    def __gt__(self, o):
        print("D.__gt__", type(o).__name__)
        return True

for x, y in [(A(), B()), (A(), 1), (1, A()), (C(), C()), ("a", 1), ([1], (1,)), (None, None), (1j, 2j)]:
    for name, f in [("<", lambda a, b: a < b), ("<=", lambda a, b: a <= b),
                    (">", lambda a, b: a > b), (">=", lambda a, b: a >= b)]:
        try:
            f(x, y)
        except TypeError as e:
            print(name, type(e).__name__, e)
print(A() == B(), A() != B())
print(C() == C(), C() != C())
print(C() < D())
print(D() > C())
print(1 < D())
try:
    sorted([A(), A()])
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(A(), B())
except TypeError as e:
    print(type(e).__name__, e)
try:
    min([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [A()] < [B()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1, A()) < (1, B())
except TypeError as e:
    print(type(e).__name__, e)
print((1, A()) < (2, B()))
try:
    {1} < [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {"a": 1} < {"a": 2}
except TypeError as e:
    print(type(e).__name__, e)
A() < B()
