# Methods and slots of built-in types read from the type are one object each
# (A.__init__ is object.__init__), and type() names them as CPython does.
class A:
    pass


class B:
    def __init__(self):
        pass

    def __repr__(self):
        return "B()"


class L(list):
    pass


print(A.__init__ is object.__init__, A.__repr__ is object.__repr__, A.__eq__ is object.__eq__)
print(B.__init__ is object.__init__, B.__repr__ is object.__repr__, A.__hash__ is object.__hash__)
print(A.__str__ is object.__str__, A.__ne__ is object.__ne__, A.__setattr__ is object.__setattr__)
print(A.__init__ == object.__init__, A().__init__ == A().__init__)
a = A()
print(a.__init__ == a.__init__, a.__eq__ == a.__eq__, a.__init__ is a.__init__)
print(list.append is list.append, list.__len__ is list.__len__, str.upper is str.upper)
print(L.append is list.append, L.__len__ is list.__len__, L.__init__ is list.__init__)
print(int.__add__ is int.__add__, dict.get is dict.get, object.__new__ is object.__new__)
lst = []
print(lst.append == lst.append, lst.append is lst.append)
print(int.real is int.real, float.imag is float.imag)

for x in [str.upper, object.__init__, list.append, [].append, str.__add__, int.real,
          (1).__add__, A().__init__, len, object.__new__, dict.fromkeys, list.__init__,
          A.__init__, A().__repr__, int.__new__, str.join, "".join, float.real]:
    print(type(x).__name__)
print(repr(str.upper), repr(object.__init__), repr(list.append))
print(repr(str.__add__), repr(int.real), repr(len))
print(repr(A.__init__), repr(A.__eq__), repr(list.__init__), repr(list.__len__))
print(repr(list.__getitem__))
print(type(str.upper) is type(list.append), type(object.__init__) is type(str.__add__))
print(type((1).__add__).__name__ == type(A().__init__).__name__, type(len) is type([].append))
print(A.__init__.__name__, A.__init__.__qualname__, str.upper.__qualname__)
print([].append.__qualname__, str.upper.__name__, (1).__add__.__name__)

import types
print(types.MethodDescriptorType is type(str.join), types.WrapperDescriptorType is type(A.__init__))
print(types.MethodWrapperType is type(A().__str__), types.GetSetDescriptorType is type(int.real))
print(types.BuiltinFunctionType is type(len), types.BuiltinMethodType is type([].append))
import copy
print(copy.copy(str.upper) is str.upper, copy.deepcopy(object.__init__) is object.__init__)
print(str.upper("abc"), object.__init__ in {object.__init__: 1}, {str.upper: 2}[str.upper])
