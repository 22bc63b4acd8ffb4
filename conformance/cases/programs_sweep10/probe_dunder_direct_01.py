print(object.__eq__(1, 1), object.__eq__(1, 2), int.__add__(1, 2), int.__add__(1, 2.0), str.__len__("ab"), list.__getitem__([1, 2], -1), dict.__contains__({1: 2}, 1), float.__mul__(2.0, 3), (5).__sub__(2), (5).__rsub__(2))
class M(int): pass
print(int.__new__(M, 5), type(int.__new__(M, 5)).__name__, str.__new__(str, 5), tuple.__new__(tuple, [1]))
class A:
    def __new__(cls, *a):
        return super().__new__(cls)
    def __init__(self, x): self.x = x
print(A(3).x)
print(str.upper("x"), list.__len__([1]), dict.get({"a": 1}, "a"), set.union({1}, [2]), bytes.hex(b"\x01"), int.bit_length(8), float.is_integer(2.0), str.join(",", "ab"))
print([].__class__.__name__, (1).__class__, "x".__class__.__class__, None.__class__, type(...).__name__, type(NotImplemented).__name__)
class T:
    def __eq__(self, o): return NotImplemented
print(T() == T(), T() != T(), T() == 1)
t = T(); print(t == t, t != t)
