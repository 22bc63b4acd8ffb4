# namedtuple and the functional Enum API build classes from names a script
# chooses: typenames and field names that are dunders, keywords or
# str subclasses lying about isidentifier(), defaults from an iterator,
# module= anything, 300 fields; and each field's _tuplegetter descriptor
# applied by hand to a list, a short tuple, or made directly with a
# negative or huge index (CPython reads the tuple's own slot: no
# __getitem__ hook, no negative indexing). Enum('E', ...) with dunder,
# sunder, duplicate and 'mro' names, a mixin type, huge starts and flag
# values. Each must give CPython's class or its exception.
# expect-output: nt typename dunder -> <class '__main__.__globals__'>
# expect-output: nt typename keyword ValueError: Type names and field names cannot be a keyword: 'class'
# expect-output: nt field keyword rename -> ('_0', '_1', '_2', 'a', '_4')
# expect-output: nt defaults iter -> {'b': 1}
# expect-output: nt defaults too many TypeError: Got more default values than field names
# expect-output: nt module int -> 5
# expect-output: nt field str subclass lying ValueError: Type names and field names must be valid identifiers: 'a b'
# expect-output: nt field with space ValueError: Type names and field names must be valid identifiers: 'a b'
# expect-output: nt many fields -> 300
# expect-output: nt _make iter -> P(x=1, y=2)
# expect-output: nt _make short TypeError: Expected 2 arguments, got 1
# expect-output: nt _replace bad ValueError: Got unexpected field names: ['z']
# expect-output: nt __new__ wrong TypeError: tuple.__new__(int): int is not a subtype of tuple
# expect-output: nt _asdict -> {'x': 1, 'y': 2}
# expect-output: nt __getnewargs__ -> (1, 2)
# expect-output: nt x setter AttributeError: can't set attribute
# expect-output: nt field descriptor on tuple -> 7
# expect-output: nt field descriptor on short tuple IndexError: tuple index out of range
# expect-output: nt field descriptor on list TypeError: descriptor for index '0' for tuple subclasses doesn't apply to 'list' object
# expect-output: nt field descriptor set AttributeError: can't set attribute
# expect-output: nt field descriptor doc -> 'Alias for field number 0'
# expect-output: nt _tuplegetter direct IndexError: tuple index out of range
# expect-output: nt _tuplegetter negative IndexError: tuple index out of range
# expect-output: nt _tuplegetter huge IndexError: tuple index out of range
# expect-output: enum names dunder -> []
# expect-output: enum names mro ValueError: invalid enum member name(s) 'mro'
# expect-output: enum names sunder ValueError: _sunder_ names, such as '_x_', are reserved for future Enum use
# expect-output: enum names dup TypeError: 'A' already defined as 1
# expect-output: enum names dict -> [<E.A: 1>]
# expect-output: enum module qualname -> 'x.y'
# expect-output: enum type mixin -> [<E.A: 1>, <E.B: 2>]
# expect-output: enum start huge -> [<E.A: 1267650600228229401496703205376>, <E.B: 1267650600228229401496703205377>]
# expect-output: Flag huge -> [<F.A: 1267650600228229401496703205376>, <F.B: 1>]
# expect-output: Flag boundary ValueError: <flag 'F'> invalid value 7
# expect-output:     given 0b0 111
# expect-output:   allowed 0b0 011
# expect-output: IntFlag invert huge -> <F: 18446744073709551615>
# expect-output: field read skips __getitem__ -> (1, 2)
import collections
import enum


def t(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


nt = collections.namedtuple


class S(str):
    def isidentifier(self):
        return True


class Hooked(nt("Base", "x y")):
    def __getitem__(self, i):
        return "hooked"

    def __len__(self):
        return 0


P = nt("P", "x y")
t("nt typename dunder", lambda: nt('__globals__', 'a'))
t("nt typename keyword", lambda: nt('class', 'a'))
t("nt field keyword rename", lambda: nt('P', ['class', 'def', '_x', 'a', 'a'], rename=True)._fields)
t("nt defaults iter", lambda: nt('P', 'a b', defaults=iter([1]))._field_defaults)
t("nt defaults too many", lambda: nt('P', 'a', defaults=[1, 2]))
t("nt module int", lambda: nt('P', 'a', module=5).__module__)
t("nt field str subclass lying", lambda: nt('P', [S('a b')])._fields)
t("nt field with space", lambda: nt('P', ['a b']))
t("nt many fields", lambda: len(nt('P', ['f%d' % i for i in range(300)])._fields))
t("nt _make iter", lambda: P._make(iter([1, 2])))
t("nt _make short", lambda: P._make([1]))
t("nt _replace bad", lambda: P(1, 2)._replace(z=3))
t("nt __new__ wrong", lambda: P.__new__(int, 1, 2))
t("nt _asdict", lambda: P(1, 2)._asdict())
t("nt __getnewargs__", lambda: P(1, 2).__getnewargs__())
t("nt x setter", lambda: setattr(P(1, 2), 'x', 5))
t("nt field descriptor on tuple", lambda: P.x.__get__((7, 8)))
t("nt field descriptor on short tuple", lambda: P.y.__get__((7,)))
t("nt field descriptor on list", lambda: P.x.__get__([7, 8]))
t("nt field descriptor set", lambda: P.x.__set__(P(1, 2), 3))
t("nt field descriptor doc", lambda: P.x.__doc__)
t("nt _tuplegetter direct", lambda: type(P.x)(5, 'doc').__get__(P(1, 2)))
t("nt _tuplegetter negative", lambda: type(P.x)(-1, 'doc').__get__(P(1, 2)))
t("nt _tuplegetter huge", lambda: type(P.x)(2**62, 'doc').__get__(P(1, 2)))
t("enum names dunder", lambda: list(enum.Enum('E', [('__globals__', 1)])))
t("enum names mro", lambda: list(enum.Enum('E', 'mro')))
t("enum names sunder", lambda: list(enum.Enum('E', [('_x_', 1)])))
t("enum names dup", lambda: list(enum.Enum('E', 'A A')))
t("enum names dict", lambda: list(enum.Enum('E', {'A': 1, 'B': 1})))
t("enum module qualname", lambda: enum.Enum('E', 'A', module='os', qualname='x.y').__qualname__)
t("enum type mixin", lambda: list(enum.Enum('E', 'A B', type=int)))
t("enum start huge", lambda: list(enum.Enum('E', 'A B', start=2**100)))
t("Flag huge", lambda: list(enum.Flag('F', [('A', 2**100), ('B', 1)])))
t("Flag boundary", lambda: enum.Flag('F', 'A B', boundary=enum.STRICT)(7))
t("IntFlag invert huge", lambda: ~enum.IntFlag('F', [('A', 2**64)]).A)
t("field read skips __getitem__", lambda: (Hooked(1, 2).x, Hooked(1, 2).y))
