# object's default dunders called directly, and attribute errors on built-ins.
class A:
    pass
a = A()
print(a.__eq__(a), a.__eq__(1), a.__ne__(1), a.__lt__(a))
print(object.__eq__(a, a), A.__eq__(a, 3))
print(a.__str__() == a.__repr__(), str(a) == repr(a))
print(a.__hash__() == hash(a), a.__format__("") == str(a))
try:
    a.__format__("d")
except TypeError as e:
    print("TypeError", e)
print(A.__name__, A.__doc__, A.__module__)
class B:
    "doc of B"
print(B.__doc__, B().__doc__)
print(1 .__add__(2), (1).__radd__(2), (5).__sub__(1.0), "a".__add__("b"), [1].__len__())
print((2).__pow__(3), (2).__pow__(3, 5), int.__add__(1, 2), float.__mul__(2.0, 3))
print(str.__len__("abc"), list.__getitem__([1, 2], 1), dict.__contains__({1: 2}, 1))
try:
    int.__add__(1, "a")
except TypeError as e:
    print("TypeError", e)
print(int.__add__(1, 1.5))
try:
    str.upper(5)
except TypeError as e:
    print("TypeError", e)
try:
    list.append((), 1)
except TypeError as e:
    print("TypeError", e)
try:
    setattr(a, 5, 1)
except TypeError as e:
    print("TypeError", e)
try:
    getattr(a, 5)
except TypeError as e:
    print("TypeError", e)
try:
    delattr(a, "nope")
except AttributeError as e:
    print("AttributeError", e)
try:
    del A.nope
except AttributeError as e:
    print("AttributeError", e)
try:
    A.nope
except AttributeError as e:
    print("AttributeError", e)
try:
    (1).x = 2
except AttributeError as e:
    print("AttributeError", e)
try:
    "s".upper = 2
except AttributeError as e:
    print("AttributeError", e)
try:
    int.foo = 1
except TypeError as e:
    print("TypeError", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    [].nope
except AttributeError as e:
    print("AttributeError", e)
try:
    None.value
except AttributeError as e:
    print("AttributeError", e)
try:
    len.x
except AttributeError as e:
    print("AttributeError", e)
try:
    A().method()
except AttributeError as e:
    print("AttributeError", e)
