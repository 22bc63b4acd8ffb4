# A chain of 500 classes, each deriving from the one before: isinstance and
# attribute lookup through it, and a super() chain that recurses past the
# limit. (tests/limits/memory_class_chain.py makes one as long as memory
# allows; CPython needs seconds for a few thousand.)
class Base:
    marker = "base"

    def method(self):
        return "base method"


B = Base
for i in range(500):
    class C(B):
        pass
    B = C

obj = B()
print(isinstance(obj, Base), issubclass(B, Base), isinstance(obj, int))
print(obj.marker, obj.method())
try:
    obj.missing
except AttributeError as e:
    print("AttributeError:", e)


class Top:
    def m(self):
        return 0


T = Top
for i in range(1100):
    class S(T):
        def m(self):
            return super().m() + 1
    T = S
try:
    T().m()
except RecursionError as e:
    print("RecursionError:", e)


S = Top
for i in range(100):
    class S(S):
        def m(self):
            return super().m() + 1
print(S().m())
