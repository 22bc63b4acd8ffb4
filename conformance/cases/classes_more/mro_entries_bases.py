# PEP 560: a base that is not a class stands for the classes its
# __mro_entries__ returns; list[int] stands for list.
class Mixin:
    def hello(self):
        return f"hello from {type(self).__name__}"

class Marker:
    def __init__(self, *classes):
        self.classes = classes
    def __mro_entries__(self, bases):
        print("resolving", len(bases), "bases")
        return self.classes

class A(Marker(Mixin), dict):
    pass
a = A(x=1)
print(a.hello(), a, isinstance(a, Mixin), isinstance(a, dict))

class Numbers(list[int]):
    def total(self):
        return sum(self)
print(Numbers([1, 2, 3]).total(), isinstance(Numbers(), list))

class Empty:
    def __mro_entries__(self, bases):
        return ()
class B(Empty(), Mixin):
    pass
print(B().hello())

class Bad:
    def __mro_entries__(self, bases):
        return [object]
try:
    class C(Bad()):
        pass
except TypeError as e:
    print("TypeError", e)
