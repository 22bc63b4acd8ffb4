# Special methods that recurse through builtins (`[self] == [other]`,
# `hash((self,))`, `len(self)`...): each level runs native code that calls
# back into Python. Each ends with a catchable RecursionError, as in CPython.
# (Only the start of the message is printed: where Python and native frames
# alternate, which of CPython's texts it ends with depends on which frame
# crosses the limit.)


class Eq:
    def __eq__(self, other):
        return [self] == [other]


class EqTuple:
    def __eq__(self, other):
        return (self,) == (other,)


class Lt:
    def __lt__(self, other):
        return self < other


class Hash:
    def __hash__(self):
        return hash((self,))


class HashFrozen:
    def __hash__(self):
        return hash(frozenset([self]))


class HashKey:
    def __hash__(self):
        return hash({self: 1})


class Len:
    def __len__(self):
        return len(self)


class Bool:
    def __bool__(self):
        return bool(self)


class Index:
    def __index__(self):
        return [0][self]


class Int:
    def __int__(self):
        return int(self)


class Float:
    def __float__(self):
        return float(self)


class Iter:
    def __iter__(self):
        return iter(self)


class Next:
    def __iter__(self):
        return self

    def __next__(self):
        return next(self)


class Contains:
    def __contains__(self, item):
        return item in self


class GetItem:
    def __getitem__(self, i):
        return self[i]


class SetItem:
    def __setitem__(self, i, v):
        self[i] = v


class Call:
    def __call__(self):
        return self()


class Add:
    def __add__(self, other):
        return self + other


class RAdd:
    def __radd__(self, other):
        return other + self


class Neg:
    def __neg__(self):
        return -self


class Abs:
    def __abs__(self):
        return abs(self)


class Round:
    def __round__(self, n=None):
        return round(self)


class Format:
    def __format__(self, spec):
        return format(self, spec)


class FString:
    def __format__(self, spec):
        return f"{self:{spec}}"


class GetAttr:
    def __getattr__(self, name):
        return getattr(self, name)


class GetAttribute:
    def __getattribute__(self, name):
        return getattr(self, name)


class HasAttr:
    def __getattr__(self, name):
        return hasattr(self, name)


class SetAttr:
    def __setattr__(self, name, value):
        setattr(self, name, value)


class DelAttr:
    def __delattr__(self, name):
        delattr(self, name)


class Descriptor:
    def __get__(self, obj, owner):
        return obj.x


class HasDescriptor:
    x = Descriptor()


class Property:
    @property
    def x(self):
        return self.x


class Init:
    def __init__(self):
        Init()


class Missing(dict):
    def __missing__(self, key):
        return self[key]


class Reversed:
    def __reversed__(self):
        return reversed(self)


class Enter:
    def __enter__(self):
        with self:
            pass

    def __exit__(self, *args):
        pass


class SortedIter:
    def __iter__(self):
        return iter(sorted(self))


class Extend:
    def __iter__(self):
        items = []
        items.extend(self)
        return iter(items)


def key(x):
    return sorted([1, 2], key=key)


def min_key(x):
    return min([1, 2], key=min_key)


def mapped(x):
    return list(map(mapped, [x]))


def filtered(x):
    return list(filter(filtered, [x]))


cases = [
    ("__eq__ through a list", lambda: Eq() == Eq()),
    ("__eq__ through a tuple", lambda: EqTuple() == EqTuple()),
    ("__lt__", lambda: Lt() < Lt()),
    ("__hash__ of a tuple", lambda: hash(Hash())),
    ("__hash__ of a frozenset", lambda: hash(HashFrozen())),
    ("__hash__ as a dict key", lambda: hash(HashKey())),
    ("__len__", lambda: len(Len())),
    ("__bool__", lambda: bool(Bool())),
    ("__index__", lambda: [0][Index()]),
    ("__int__", lambda: int(Int())),
    ("__float__", lambda: float(Float())),
    ("__iter__", lambda: iter(Iter())),
    ("__next__", lambda: list(Next())),
    ("__contains__", lambda: 1 in Contains()),
    ("__getitem__", lambda: GetItem()[0]),
    ("__setitem__", lambda: SetItem().__setitem__(0, 1)),
    ("__call__", lambda: Call()()),
    ("__add__", lambda: Add() + 1),
    ("__radd__", lambda: 1 + RAdd()),
    ("__neg__", lambda: -Neg()),
    ("__abs__", lambda: abs(Abs())),
    ("__round__", lambda: round(Round())),
    ("__format__", lambda: format(Format(), "")),
    ("__format__ in an f-string", lambda: f"{FString():x}"),
    ("__getattr__", lambda: GetAttr().x),
    ("__getattribute__", lambda: GetAttribute().x),
    ("__getattr__ with hasattr", lambda: HasAttr().x),
    ("__setattr__", lambda: setattr(SetAttr(), "x", 1)),
    ("__delattr__", lambda: delattr(DelAttr(), "x")),
    ("__get__", lambda: HasDescriptor().x),
    ("property", lambda: Property().x),
    ("__init__", lambda: Init()),
    ("__missing__", lambda: Missing()[1]),
    ("__reversed__", lambda: reversed(Reversed())),
    ("__enter__", lambda: Enter().__enter__()),
    ("sorted of __iter__", lambda: sorted(SortedIter())),
    ("list.extend of __iter__", lambda: [].extend(Extend())),
    ("sorted key", lambda: sorted([1, 2], key=key)),
    ("min key", lambda: min([1, 2], key=min_key)),
    ("map", lambda: mapped(1)),
    ("filter", lambda: filtered(1)),
]
for name, case in cases:
    try:
        case()
        print(name, "ok")
    except RecursionError as e:
        print(name, "RecursionError:", str(e)[:32])
# Recursion within the limit still works afterwards.
print(sorted([3, 1, 2], key=lambda v: -v), [[1]] == [[1]])
