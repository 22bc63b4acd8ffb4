# Unions of user classes and isinstance with them.
class A: pass
class B(A): pass
class C: pass
u = A | C
print(repr(u).replace('__main__.', 'M.'))
print(isinstance(B(), u), isinstance(C(), u), isinstance(1, u))
print(issubclass(B, u), issubclass(int, u))
print(isinstance(None, A | None), isinstance(None, A))
print((A | B).__args__ == (A, B))
