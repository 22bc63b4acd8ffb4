# `match` tests a class's sequence and mapping flags (CPython's
# Py_TPFLAGS_SEQUENCE / MAPPING), which register() with collections.abc and
# abc's helpers `_set_collection_flags` / `_collection_flags` (importable,
# as collections imports them) set. A script that could set them on
# built-in types (shared by every interpreter), on moat's internal classes
# or metaclasses, or with odd values, must only change how `match` treats
# its own classes: the match itself goes through len() and item access, so
# no layout is assumed from a flag.
import abc
import collections
import collections.abc
import enum
from abc import _collection_flags, _set_collection_flags

SEQUENCE, MAPPING = 1 << 5, 1 << 6


def shape(x):
    try:
        match x:
            case [first, *rest]:
                return ('sequence', first, rest)
            case {'k': v, **others}:
                return ('mapping', v, others)
            case _:
                return 'neither'
    except Exception as e:
        return type(e).__name__


class D(dict):
    pass


class T(tuple):
    pass


class S(str):
    pass


class Plain:
    pass


class Indexable:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        if i >= 2:
            raise IndexError(i)
        return i


for cls, obj in ((D, D(k=1)), (T, T((1, 2))), (S, S('ab')), (Plain, Plain()),
                 (Indexable, Indexable()), (collections.OrderedDict, collections.OrderedDict(k=2))):
    # -1 has the sequence bit; 2 ** 70 is no small int and changes nothing.
    for flags in (SEQUENCE, MAPPING, SEQUENCE | MAPPING, 0, -1, 2 ** 70):
        _set_collection_flags(cls, flags)
        print(cls.__name__, _collection_flags(cls), shape(obj))
    _set_collection_flags(cls, 0)
# Built-in types keep theirs; metaclasses and non-classes are ignored or harmless.
for target in (int, list, dict, str, bytes, type, object, range, collections.deque, abc.ABCMeta,
               enum.EnumType, 5, None):
    _set_collection_flags(target, MAPPING)
print([_collection_flags(t) for t in (int, list, dict, str, bytes, range, collections.deque)])
print(shape([1, 2]), shape({'k': 1}), shape('ab'), shape(b'ab'), shape(range(2)), shape(abc.ABC))
# A class registered while it is being made, from __init_subclass__.
class Base:
    def __init_subclass__(cls):
        collections.abc.Sequence.register(cls)


class Late(Base):
    def __len__(self):
        return 1

    def __getitem__(self, i):
        if i:
            raise IndexError(i)
        return 'only'


print(shape(Late()), _collection_flags(Late))
# expect-output: D 32 ('sequence', 'k', [])
# expect-output: D 64 ('mapping', 1, {})
# expect-output: D 32 ('sequence', 'k', [])
# expect-output: D 0 neither
# expect-output: D 32 ('sequence', 'k', [])
# expect-output: D 32 ('sequence', 'k', [])
# expect-output: T 32 ('sequence', 1, [2])
# expect-output: T 64 AttributeError
# expect-output: T 32 ('sequence', 1, [2])
# expect-output: T 0 neither
# expect-output: T 32 ('sequence', 1, [2])
# expect-output: T 32 ('sequence', 1, [2])
# expect-output: S 32 ('sequence', 'a', ['b'])
# expect-output: S 64 AttributeError
# expect-output: S 32 ('sequence', 'a', ['b'])
# expect-output: S 0 neither
# expect-output: S 32 ('sequence', 'a', ['b'])
# expect-output: S 32 ('sequence', 'a', ['b'])
# expect-output: Plain 32 TypeError
# expect-output: Plain 64 TypeError
# expect-output: Plain 32 TypeError
# expect-output: Plain 0 neither
# expect-output: Plain 32 TypeError
# expect-output: Plain 32 TypeError
# expect-output: Indexable 32 ('sequence', 0, [1])
# expect-output: Indexable 64 AttributeError
# expect-output: Indexable 32 ('sequence', 0, [1])
# expect-output: Indexable 0 neither
# expect-output: Indexable 32 ('sequence', 0, [1])
# expect-output: Indexable 32 ('sequence', 0, [1])
# expect-output: OrderedDict 32 ('sequence', 'k', [])
# expect-output: OrderedDict 64 ('mapping', 2, {})
# expect-output: OrderedDict 32 ('sequence', 'k', [])
# expect-output: OrderedDict 0 neither
# expect-output: OrderedDict 32 ('sequence', 'k', [])
# expect-output: OrderedDict 32 ('sequence', 'k', [])
# expect-output: [0, 32, 64, 0, 0, 32, 32]
# expect-output: ('sequence', 1, [2]) ('mapping', 1, {}) neither neither ('sequence', 0, [1]) TypeError
# expect-output: ('sequence', 'only', []) 32
