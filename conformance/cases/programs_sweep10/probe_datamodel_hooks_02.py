class E:
    def __eq__(self, o): return "truthy"
print(E() in [1], [E()] == [1], [E()].count(2), [E()].index(0))
class NI:
    __iter__ = None
try:
    iter(NI())
except TypeError as e:
    print(e)
try:
    for x in NI(): pass
except TypeError as e:
    print(e)
import copy
class P:
    def __init__(self): self.items = [1, [2]]
    def __copy__(self): print("copy hook"); n = P(); n.items = self.items; return n
    def __deepcopy__(self, memo): print("deepcopy hook"); n = P(); n.items = copy.deepcopy(self.items, memo); return n
p = P(); q = copy.copy(p); r = copy.deepcopy(p); print(q.items is p.items, r.items == p.items, r.items[1] is p.items[1])
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
a = A(); a.__class__ = B; print(a.who(), type(a).__name__)
from abc import ABC, abstractmethod
class Shape(ABC):
    @property
    @abstractmethod
    def name(self): ...
class Ok(Shape):
    name = "ok"
print(Ok().name, Shape.__abstractmethods__)
class A:
    @classmethod
    @property
    def p(cls): return cls.__name__
print(A.p)
