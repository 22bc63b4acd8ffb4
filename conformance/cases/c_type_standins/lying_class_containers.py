# The C containers moat writes in Python (deque, OrderedDict, array) check
# their operands' real types, as CPython's PyDeque_Check and array_Check
# do: an object claiming their __class__ is not taken for one.
import array
import collections
import functools


class FakeDeque:
    __class__ = property(lambda self: collections.deque)

    def __eq__(self, other):
        return "FakeDeque.__eq__"

    def __iter__(self):
        return iter([1])

    def __len__(self):
        return 1


class FakeOD(dict):
    __class__ = property(lambda self: collections.OrderedDict)


class FakeArray:
    __class__ = property(lambda self: array.array)
    typecode = "b"

    def __iter__(self):
        return iter([1])

    def __len__(self):
        return 1


print(isinstance(FakeDeque(), collections.deque), isinstance(FakeArray(), array.array))
for label, f in [
    ("deque == fake", lambda: collections.deque([1]) == FakeDeque()),
    ("deque < fake", lambda: collections.deque([1]) < FakeDeque()),
    ("deque.extend(fake)", lambda: collections.deque([1]).extend(FakeDeque())),
    ("od == fake", lambda: collections.OrderedDict(a=1) == FakeOD(a=1)),
    ("fake == od", lambda: FakeOD(a=1) == collections.OrderedDict(a=1)),
    ("od | fake", lambda: collections.OrderedDict(a=1) | FakeOD(b=1)),
    ("array == fake", lambda: array.array("b", [1]) == FakeArray()),
    ("array.extend(fake)", lambda: array.array("b", [1]).extend(FakeArray())),
    ("partial(fake)", lambda: type(functools.partial(FakeDeque())).__name__),
]:
    try:
        print(label, f())
    except (TypeError, AttributeError) as e:
        print(label, type(e).__name__, e)
