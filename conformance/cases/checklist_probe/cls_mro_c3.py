class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([c.__name__ for c in (Z, K1, K2, K3) if issubclass(Z, c)])
for bases_desc, make in [
    ("A, O reversed", lambda: type("X", (O, A), {}) if False else None),
]:
    pass
try:
    class Bad(O, A):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(A, B, A):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class X(A, B): pass
class Y(B, A): pass
try:
    class XY(X, Y):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class IntStr(int, str):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class FromBool(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class FromInst(5):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class FromFunc(len):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class FromNone(None):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Diamond(K1, K3): pass
print(issubclass(Diamond, O))
print(issubclass(Z, (int, O)), issubclass(Z, ()), isinstance(Z(), (int, (str, (A,)))))
try:
    issubclass(Z(), O)
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(1, (int, 5))
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(1, (5, int)) if False else "skip")
try:
    issubclass(int, [int])
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(1, int | "x")
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(1, int | str), issubclass(bool, int | None), isinstance(None, int | None))
class Meth:
    def who(self):
        return "Meth"
class M1(Meth):
    def who(self):
        return "M1>" + super().who()
class M2(Meth):
    def who(self):
        return "M2>" + super().who()
class M3(M1, M2):
    def who(self):
        return "M3>" + super().who()
print(M3().who(), super(M1, M3()).who())
