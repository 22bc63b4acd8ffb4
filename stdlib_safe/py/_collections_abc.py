"""The container ABCs of collections.abc, written for moat.

Three uses, each as in CPython:

* isinstance()/issubclass() checks. The one-protocol ABCs (Iterable,
  Sized, Hashable, Callable, ...) recognise any class whose MRO defines
  their methods (a method set to None opts out); the built-in types are
  registered with the collection ABCs (list is a MutableSequence, dict a
  MutableMapping, ...).
* Mixin bases. Deriving from MutableMapping and defining __getitem__,
  __setitem__, __delitem__, __iter__ and __len__ brings get, keys, items,
  values, pop, popitem, clear, update, setdefault, __contains__ and
  __eq__; Set, MutableSet, Sequence and MutableSequence do the same for
  their protocols.
* Abstract methods: a subclass that leaves one undefined cannot be
  instantiated (ABCMeta's TypeError).

The module's name is `collections.abc`, so the classes print as
`collections.abc.<Name>`; `collections` imports this module for its bases
and views, and the submodule `collections.abc` re-exports it.
"""

from abc import ABCMeta, abstractmethod

__name__ = "collections.abc"

GenericAlias = type(list[int])

__all__ = [
    "Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator",
    "Hashable", "Iterable", "Iterator", "Generator", "Reversible", "Sized", "Container",
    "Callable", "Collection", "Set", "MutableSet", "Mapping", "MutableMapping",
    "MappingView", "KeysView", "ItemsView", "ValuesView", "Sequence", "MutableSequence",
    "ByteString",
]

# `_check_methods(C, *names)` is native and put in this namespace by the
# module's init before the body runs (stdlib_safe/collections_abc_module.h):
# True when C's MRO defines every name, NotImplemented when one is missing
# or set to None. It reads the class namespaces only, never the metaclass.


def _protocol(*names, generic=False):
    """Class decorator for an ABC that recognises classes by their methods:
    issubclass(C, abc) holds when C's MRO defines every one of `names`.
    The hook answers for the decorated class only (its subclasses fall back
    to ordinary subclassing), and with generic=True the ABC can be
    subscripted (Iterable[int])."""

    def decorate(abc):
        def __subclasshook__(cls, C):
            if cls is not abc:
                return NotImplemented
            return _check_methods(C, *names)

        __subclasshook__.__qualname__ = abc.__qualname__ + ".__subclasshook__"
        abc.__subclasshook__ = classmethod(__subclasshook__)
        if generic:
            abc.__class_getitem__ = classmethod(GenericAlias)
        return abc

    return decorate


def _default_throw(typ, val, tb):
    # What Generator.throw and friends do when a subclass does not override
    # them: raise the exception described by the three arguments.
    if val is None and tb is None:
        raise typ
    exc = typ() if val is None else val
    if tb is not None:
        exc = exc.with_traceback(tb)
    raise exc


def _close_by_throwing(obj, kind):
    # Generator.close and Coroutine.close: throw GeneratorExit in, and
    # complain when the object goes on instead of finishing.
    try:
        obj.throw(GeneratorExit)
    except (GeneratorExit, StopIteration):
        return
    raise RuntimeError(kind + " ignored GeneratorExit")


# ---- Iteration, size and membership --------------------------------------

@_protocol("__iter__", generic=True)
class Iterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __iter__(self):
        yield from ()


@_protocol("__iter__", "__next__")
class Iterator(Iterable):
    __slots__ = ()

    @abstractmethod
    def __next__(self):
        """The next item; StopIteration at the end."""
        raise StopIteration

    def __iter__(self):
        return self


@_protocol("__reversed__", "__iter__")
class Reversible(Iterable):
    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        yield from ()


@_protocol("__iter__", "__next__", "send", "throw", "close")
class Generator(Iterator):
    __slots__ = ()

    @abstractmethod
    def send(self, value):
        """Resume the generator with value; StopIteration when it returns."""
        raise StopIteration

    def __next__(self):
        """The next item: send(None)."""
        return self.send(None)

    def close(self):
        """Finish the generator by throwing GeneratorExit into it."""
        _close_by_throwing(self, "generator")

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception at the generator's suspension point."""
        _default_throw(typ, val, tb)


@_protocol("__len__")
class Sized(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0


@_protocol("__contains__", generic=True)
class Container(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __contains__(self, x):
        return False


@_protocol("__len__", "__iter__", "__contains__")
class Collection(Sized, Iterable, Container):
    __slots__ = ()


@_protocol("__hash__")
class Hashable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        return 0


# ---- Asynchronous protocols -----------------------------------------------

@_protocol("__await__", generic=True)
class Awaitable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __await__(self):
        yield


@_protocol("__await__", "send", "throw", "close")
class Coroutine(Awaitable):
    __slots__ = ()

    def close(self):
        """Finish the coroutine by throwing GeneratorExit into it."""
        _close_by_throwing(self, "coroutine")

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception at the coroutine's suspension point."""
        _default_throw(typ, val, tb)

    @abstractmethod
    def send(self, value):
        """Resume the coroutine with value; StopIteration when it returns."""
        raise StopIteration


@_protocol("__aiter__", generic=True)
class AsyncIterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()


@_protocol("__anext__", "__aiter__")
class AsyncIterator(AsyncIterable):
    __slots__ = ()

    @abstractmethod
    async def __anext__(self):
        """Awaitable for the next item; StopAsyncIteration at the end."""
        raise StopAsyncIteration

    def __aiter__(self):
        return self


@_protocol("__aiter__", "__anext__", "asend", "athrow", "aclose")
class AsyncGenerator(AsyncIterator):
    __slots__ = ()

    async def aclose(self):
        """Finish the generator by throwing GeneratorExit into it."""
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            return
        raise RuntimeError("asynchronous generator ignored GeneratorExit")

    @abstractmethod
    async def athrow(self, typ, val=None, tb=None):
        """Raise an exception at the generator's suspension point."""
        _default_throw(typ, val, tb)

    @abstractmethod
    async def asend(self, value):
        """Resume the generator with value; StopAsyncIteration at the end."""
        raise StopAsyncIteration

    async def __anext__(self):
        """Awaitable for the next item: asend(None)."""
        return await self.asend(None)


# ---- Callable and its subscription ----------------------------------------

def _is_param_expr(obj):
    # What may stand for a whole parameter list in Callable[...]: a list of
    # types, an ellipsis, or typing's ParamSpec / Concatenate[...].
    if obj is Ellipsis or isinstance(obj, list):
        return True
    kind = type(obj)
    if kind.__module__ != "typing":
        return False
    return kind.__name__ in ("ParamSpec", "_ConcatenateGenericAlias")


def _type_repr(obj):
    # How Callable's repr shows one argument (typing's rules).
    if isinstance(obj, GenericAlias):
        return repr(obj)
    if isinstance(obj, type):
        if obj.__module__ != "builtins":
            return obj.__module__ + "." + obj.__qualname__
        return obj.__qualname__
    if obj is Ellipsis:
        return "..."
    if isinstance(obj, type(_default_throw)):
        return obj.__name__
    return repr(obj)


def _whole_params(flat):
    # True when Callable's first argument stands for all the parameters
    # (Callable[..., R], Callable[P, R]).
    return len(flat) == 2 and _is_param_expr(flat[0])


class _CallableGenericAlias(GenericAlias):
    """Callable[[A, B], R]: a types.GenericAlias whose __args__ hold the
    parameter types and the result flattened, (A, B, R); repr shows the
    brackets again."""

    __slots__ = ()

    def __new__(cls, origin, args):
        if not isinstance(args, tuple) or len(args) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        params, result = args
        if isinstance(params, (tuple, list)):
            args = tuple(params) + (result,)
        elif not _is_param_expr(params):
            raise TypeError("Expected a list of types, an ellipsis, ParamSpec, or "
                            f"Concatenate. Got {params}")
        return super().__new__(cls, origin, args)

    # Attribute lookups other than dunders go to __origin__ (Callable), as
    # for every GenericAlias: helpers live at module level.

    def __repr__(self):
        if _whole_params(self.__args__):
            return super().__repr__()
        *params, result = [_type_repr(a) for a in self.__args__]
        return "collections.abc.Callable[[%s], %s]" % (", ".join(params), result)

    def __reduce__(self):
        flat = self.__args__
        if _whole_params(flat):
            return _CallableGenericAlias, (Callable, flat)
        return _CallableGenericAlias, (Callable, (list(flat[:-1]), flat[-1]))

    def __getitem__(self, item):
        # Substitution must give this class back, not a plain GenericAlias.
        item = item if isinstance(item, tuple) else (item,)
        params = self.__parameters__
        # PEP 612: for X = Callable[P, int], X[int, str] is X[[int, str]].
        if len(params) == 1 and _is_param_expr(params[0]):
            if item and not _is_param_expr(item[0]):
                item = (item,)
        flat = super().__getitem__(item).__args__
        if isinstance(flat[0], (tuple, list)):
            return _CallableGenericAlias(Callable, tuple(flat))
        return _CallableGenericAlias(Callable, (flat[:-1], flat[-1]))


@_protocol("__call__")
class Callable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    __class_getitem__ = classmethod(_CallableGenericAlias)


# ---- Sequences ------------------------------------------------------------
# CPython freezes its _collections_abc into the interpreter, so a traceback
# through one of its mixin methods shows a source-less entry such as
# `File "<frozen _collections_abc>", line 993, in __iter__`. The mixins
# below call the script's dunders with the same nesting of frames as
# CPython's, and each line that can be running when an exception passes
# ends with "# frozen line N", the line CPython shows for it
# (vm/objects/traceback.h FrozenStandInLine); the other lines of this
# module stay out of tracebacks.

class Sequence(Reversible, Collection):
    """A read-only sequence: subclasses supply __len__ and __getitem__
    (indexes from 0, IndexError past the end)."""

    __slots__ = ()

    # Py_TPFLAGS_SEQUENCE, for `match` sequence patterns.
    __abc_tpflags__ = 32

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError  # frozen line 987

    def __iter__(self):
        pos = 0
        try:
            while True:
                item = self[pos]  # frozen line 993
                yield item  # frozen line 994
                pos += 1
        except IndexError:
            return

    def __contains__(self, value):
        for item in self:  # frozen line 1000
            if item is value or item == value:  # frozen line 1001
                return True
        return False

    def __reversed__(self):
        for pos in reversed(range(len(self))):  # frozen line 1006
            yield self[pos]  # frozen line 1007

    def index(self, value, start=0, stop=None):
        """The first index of value within [start:stop]; ValueError when it
        does not occur there."""
        if start is not None and start < 0:
            start = max(len(self) + start, 0)  # frozen line 1017
        if stop is not None and stop < 0:
            stop += len(self)  # frozen line 1019
        pos = start
        while stop is None or pos < stop:  # frozen line 1022
            try:
                found = self[pos]  # frozen line 1024
            except IndexError:
                break
            if found is value or found == value:  # frozen line 1027
                return pos
            pos += 1
        raise ValueError  # frozen line 1030

    def count(self, value):
        """How many items are value or equal to it."""
        return sum(1 for v in self if v is value or v == value)  # frozen line 1034


class ByteString(Sequence):
    """Common ABC of bytes and bytearray."""

    __slots__ = ()


class MutableSequence(Sequence):
    """A Sequence whose subclasses also supply __setitem__, __delitem__ and
    insert, which give the rest of list's mutators."""

    __slots__ = ()

    @abstractmethod
    def insert(self, index, value):
        """Put value before position index."""
        raise IndexError  # frozen line 1074

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError  # frozen line 1069

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError  # frozen line 1065

    def append(self, value):
        """Put value at the end."""
        self.insert(len(self), value)  # frozen line 1078

    def clear(self):
        """Remove every item, one pop() at a time."""
        try:
            while True:
                self.pop()  # frozen line 1084
        except IndexError:
            pass

    def reverse(self):
        """Reverse the items in place."""
        n = len(self)  # frozen line 1090
        for lo in range(n // 2):
            self[lo], self[n - lo - 1] = self[n - lo - 1], self[lo]  # frozen line 1092

    def extend(self, values):
        """Append each item of values in turn."""
        if values is self:
            values = list(values)  # frozen line 1097
        for v in values:  # frozen line 1098
            self.append(v)  # frozen line 1099

    def pop(self, index=-1):
        """Remove and return the item at index (the last by default)."""
        value = self[index]  # frozen line 1105
        del self[index]  # frozen line 1106
        return value

    def remove(self, value):
        """Remove the first item equal to value; ValueError when none is."""
        del self[self.index(value)]  # frozen line 1113

    def __iadd__(self, values):
        self.extend(values)  # frozen line 1116
        return self


# ---- Sets -----------------------------------------------------------------

class Set(Collection):
    """A finite iterable container with frozenset's comparisons and
    operators. Subclasses supply __contains__, __iter__ and __len__; results
    of the operators are built by the _from_iterable classmethod (the class
    itself unless overridden). For a hashable subclass, use Set._hash."""

    __slots__ = ()

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) > len(other):  # frozen line 544
            return False
        for elem in self:  # frozen line 546
            if elem not in other:  # frozen line 547
                return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)  # frozen line 554

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)  # frozen line 559

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) < len(other):  # frozen line 564
            return False
        for elem in other:  # frozen line 566
            if elem not in self:  # frozen line 567
                return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)  # frozen line 574

    @classmethod
    def _from_iterable(cls, it):
        """Make an instance from an iterable; override when the constructor
        takes something else."""
        return cls(it)  # frozen line 583

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(value for value in other if value in self)  # frozen line 588

    __rand__ = __and__

    def isdisjoint(self, other):
        """True when no element of other is in self."""
        for value in other:  # frozen line 594
            if value in self:  # frozen line 595
                return False
        return True

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        both = (e for s in (self, other) for e in s)  # frozen line 602
        return self._from_iterable(both)  # frozen line 603

    __ror__ = __or__

    def __sub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)  # frozen line 611
        return self._from_iterable(value for value in self  # frozen line 612
                                   if value not in other)  # frozen line 613

    def __rsub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)  # frozen line 619
        return self._from_iterable(value for value in other  # frozen line 620
                                   if value not in self)  # frozen line 621

    def __xor__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)  # frozen line 627
        return (self - other) | (other - self)  # frozen line 628

    __rxor__ = __xor__

    def _hash(self):
        """frozenset's hash of the same elements (it ignores their order):
        for immutable subclasses, `__hash__ = Set._hash`."""
        bits = (1 << 64) - 1
        acc = (len(self) + 1) * 1927868237 & bits  # frozen line 649
        for element in self:  # frozen line 652
            e = hash(element)  # frozen line 653
            acc = (acc ^ (e ^ (e << 16) ^ 89869747) * 3644798167) & bits
        acc ^= (acc >> 11) ^ (acc >> 25)
        acc = (acc * 69069 + 907133923) & bits
        if acc >> 63:
            acc -= 1 << 64
        return 590923713 if acc == -1 else acc


class MutableSet(Set):
    """A Set whose subclasses also supply add and discard; the other
    mutators are built on those two."""

    __slots__ = ()

    @abstractmethod
    def add(self, value):
        """Put value in the set."""
        raise NotImplementedError  # frozen line 686

    @abstractmethod
    def discard(self, value):
        """Take value out of the set if it is there."""
        raise NotImplementedError  # frozen line 691

    def remove(self, value):
        """Take value out of the set; KeyError when it is not there."""
        if value not in self:  # frozen line 695
            raise KeyError(value)  # frozen line 696
        self.discard(value)  # frozen line 697

    def pop(self):
        """Take out and return some element; KeyError when empty."""
        it = iter(self)  # frozen line 701
        try:
            value = next(it)  # frozen line 703
        except StopIteration:
            raise KeyError from None  # frozen line 705
        self.discard(value)  # frozen line 706
        return value

    def clear(self):
        """Empty the set, one pop() at a time."""
        try:
            while True:
                self.pop()  # frozen line 713
        except KeyError:
            pass

    def __ior__(self, it):
        for value in it:  # frozen line 718
            self.add(value)  # frozen line 719
        return self

    def __iand__(self, it):
        for value in (self - it):  # frozen line 723
            self.discard(value)  # frozen line 724
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()  # frozen line 729
        else:
            if not isinstance(it, Set):
                it = self._from_iterable(it)  # frozen line 732
            for value in it:  # frozen line 733
                if value in self:  # frozen line 734
                    self.discard(value)  # frozen line 735
                else:
                    self.add(value)  # frozen line 737
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()  # frozen line 742
        else:
            for value in it:  # frozen line 744
                self.discard(value)  # frozen line 745
        return self


# ---- Mappings -------------------------------------------------------------

class Mapping(Collection):
    """A read-only mapping: subclasses supply __getitem__, __iter__ and
    __len__, and get the rest of dict's reading methods."""

    __slots__ = ()

    # Py_TPFLAGS_MAPPING, for `match` mapping patterns.
    __abc_tpflags__ = 64

    __reversed__ = None

    def keys(self):
        """A set-like view of the keys."""
        return KeysView(self)

    def values(self):
        """A view of the values."""
        return ValuesView(self)

    def items(self):
        """A set-like view of the (key, value) pairs."""
        return ItemsView(self)

    def get(self, key, default=None):
        """self[key], or default when key is missing."""
        try:
            return self[key]  # frozen line 774
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]  # frozen line 780
        except KeyError:
            return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())  # frozen line 801

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError  # frozen line 769


class MutableMapping(Mapping):
    """A Mapping whose subclasses also supply __setitem__ and __delitem__,
    which give the rest of dict's mutators."""

    __slots__ = ()

    # pop's "no default given" (CPython's class has the same private name).
    __marker = object()

    def update(self, other=(), /, **kwds):
        """Store the items of a mapping (or of anything with keys()), or the
        (key, value) pairs of an iterable, then the keyword arguments."""
        if isinstance(other, Mapping):
            for key in other:  # frozen line 948
                self[key] = other[key]  # frozen line 949
        elif hasattr(other, "keys"):  # frozen line 950
            for key in other.keys():  # frozen line 951
                self[key] = other[key]  # frozen line 952
        else:
            for key, value in other:  # frozen line 954
                self[key] = value  # frozen line 955
        for key, value in kwds.items():
            self[key] = value  # frozen line 957

    def setdefault(self, key, default=None):
        """self[key]; when key is missing, store default under it first."""
        try:
            return self[key]  # frozen line 962
        except KeyError:
            self[key] = default  # frozen line 964
        return default

    def pop(self, key, default=__marker):
        """Remove key and return its value; default, if given, when key is
        missing, else KeyError."""
        try:
            value = self[key]  # frozen line 912
        except KeyError:
            if default is self.__marker:
                raise  # frozen line 915
            return default
        del self[key]  # frozen line 918
        return value

    def popitem(self):
        """Remove and return a (key, value) pair, the first the iteration
        gives; KeyError when empty."""
        try:
            key = next(iter(self))  # frozen line 926
        except StopIteration:
            raise KeyError from None  # frozen line 928
        value = self[key]  # frozen line 929
        del self[key]  # frozen line 930
        return key, value

    def clear(self):
        """Remove every item, one popitem() at a time."""
        try:
            while True:
                self.popitem()  # frozen line 937
        except KeyError:
            pass

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError  # frozen line 903

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError  # frozen line 899


class MappingView(Sized):
    __slots__ = ("_mapping",)

    __class_getitem__ = classmethod(GenericAlias)

    def __init__(self, mapping):
        self._mapping = mapping

    def __repr__(self):
        return "%s(%r)" % (self.__class__.__name__, self._mapping)  # frozen line 819

    def __len__(self):
        return len(self._mapping)  # frozen line 816


class KeysView(MappingView, Set):
    __slots__ = ()

    # Key and item views combine into plain sets (their constructor takes
    # a mapping, not an iterable).
    @classmethod
    def _from_iterable(cls, it):
        return set(it)  # frozen line 830

    def __iter__(self):
        yield from self._mapping  # frozen line 836

    def __contains__(self, key):
        return key in self._mapping  # frozen line 833


class ItemsView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)  # frozen line 848

    def __iter__(self):
        for key in self._mapping:  # frozen line 860
            yield (key, self._mapping[key])  # frozen line 861

    def __contains__(self, item):
        key, value = item  # frozen line 851
        try:
            found = self._mapping[key]  # frozen line 853
        except KeyError:
            return False
        return found is value or found == value  # frozen line 857


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __iter__(self):
        for key in self._mapping:  # frozen line 879
            yield self._mapping[key]  # frozen line 880

    def __contains__(self, value):
        for key in self._mapping:  # frozen line 872
            found = self._mapping[key]  # frozen line 873
            if value is found or found == value:  # frozen line 874
                return True
        return False


# ---- The built-in types ---------------------------------------------------
# The protocol ABCs find built-in types through their hooks; the others
# need them registered, as CPython registers them.

def _registrations():
    async def coroutine_function():
        pass

    async def async_generator_function():
        yield

    class Plain:
        pass

    coro = coroutine_function()
    coro.close()  # closed unawaited on purpose: no "never awaited" warning
    class_dict = Plain.__dict__  # a mappingproxy (the sandbox hides type.__dict__)
    return (
        (Generator, type((lambda: (yield))())),
        (Coroutine, type(coro)),
        (AsyncGenerator, type(async_generator_function())),
        (Set, frozenset), (MutableSet, set),
        (Mapping, type(class_dict)), (MutableMapping, dict),
        (KeysView, type({}.keys())), (ValuesView, type({}.values())),
        (ItemsView, type({}.items())),
        (Sequence, tuple), (Sequence, str), (Sequence, range),
        (ByteString, bytes), (ByteString, bytearray),
        (MutableSequence, list), (MutableSequence, bytearray),
    )


for _abc, _concrete in _registrations():
    _abc.register(_concrete)
del _abc, _concrete, _registrations
