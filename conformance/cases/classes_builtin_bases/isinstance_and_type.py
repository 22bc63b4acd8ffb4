# type(), isinstance, issubclass, __class__ and class attributes of
# subclasses of built-in types; their methods through the class.
class L(list):
    kind = "list-like"


class Sub(L):
    pass


s = Sub([1])
print(type(s).__name__, s.__class__.__name__, isinstance(s, L), isinstance(s, list),
      issubclass(Sub, list), issubclass(Sub, (dict, L)), isinstance(s, (tuple, str)))
print(s.kind, Sub.kind, L.__name__, Sub.__qualname__, Sub.__module__, s)
L.append(s, 2)
list.append(s, 3)
print(s, L.__len__(s), list.__getitem__(s, 0), Sub.pop(s), s)
print(L.__init__(s, [5]), s, type(s) == Sub, type(s) != list)
print(repr(L), repr(Sub), [Sub, L])


class Num(int):
    pass


print(Num.__add__(Num(1), 2), int.__add__(Num(1), Num(2)), Num.bit_length(Num(8)), Num.from_bytes(b"\x01\x00", "big"), type(Num.from_bytes(b"\x01", "big")).__name__)
print(Num(5).__class__ is Num, isinstance(True, Num), isinstance(Num(1), bool))
print(str.join(",", ["a"]), dict.fromkeys.__name__)
