print(1 .__add__(2), 1.5.__trunc__(), "x".__mul__(3), [1].__mul__(2), (1).__bool__(), (0.0).__bool__(), "ab".__contains__("a"), {1}.__len__())
class A:
    x = 1
a = A()
print(getattr(a, "x"), getattr(A, "x"), A.__dict__["x"], a.__dict__)
object.__setattr__(a, "y", 2); print(a.y, object.__getattribute__(a, "y"))
object.__delattr__(a, "y"); print(hasattr(a, "y"))
