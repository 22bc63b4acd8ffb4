# __length_hint__ is advisory: CPython's list.extend, list(), tuple(),
# bytearray(), array.extend, deque(), sorted() and operator.length_hint
# call it to presize, then trust only the items the iterator yields. A
# hint that lies (negative, a float, an int subclass, NotImplemented), one
# that raises, and one that empties or refills the very list being
# extended must give CPython's answers: a presize read from the hint must
# never become the count of items copied, and a target changed by the hint
# must be re-read.
# expect-output: list, hint negative ValueError: __length_hint__() should return >= 0
# expect-output: operator.length_hint, hint negative ValueError: __length_hint__() should return >= 0
# expect-output: list, hint float TypeError: __length_hint__ must be an integer, not float
# expect-output: operator.length_hint, hint float TypeError: __length_hint__ must be an integer, not float
# expect-output: list, hint str TypeError: __length_hint__ must be an integer, not str
# expect-output: operator.length_hint, hint str TypeError: __length_hint__ must be an integer, not str
# expect-output: list, hint NotImplemented -> [1, 2, 3]
# expect-output: operator.length_hint, hint NotImplemented -> 0
# expect-output: list, hint int subclass -> [1, 2, 3]
# expect-output: operator.length_hint, hint int subclass -> 7
# expect-output: list, hint zero -> [1, 2, 3]
# expect-output: operator.length_hint, hint zero -> 0
# expect-output: list, hint None TypeError: __length_hint__ must be an integer, not NoneType
# expect-output: operator.length_hint, hint None TypeError: __length_hint__ must be an integer, not NoneType
# expect-output: list, hint raises LookupError: hint failed
# expect-output: tuple, hint raises LookupError: hint failed
# expect-output: bytearray, hint raises -> bytearray(b'\x01\x02\x03')
# expect-output: sorted, hint raises LookupError: hint failed
# expect-output: deque, hint raises -> deque([1, 2, 3])
# expect-output: array.extend, hint raises -> None
# expect-output: extend, hint refills the target -> (None, 903, [999, 1, 2, 3])
# expect-output: extend, hint empties the target -> (None, [1, 2, 3])
# expect-output: bytearray.extend, hint empties it -> (None, bytearray(b'AB'))
# expect-output: slice store, hint shrinks the target -> (None, [0, 1, 'a', 'b', 'c'])
import array
import collections
import operator


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


class Hinted:
    def __init__(self, hint, items=(1, 2, 3)):
        self.hint = hint
        self.items = list(items)

    def __iter__(self):
        return self

    def __next__(self):
        if not self.items:
            raise StopIteration
        return self.items.pop(0)

    def __length_hint__(self):
        return self.hint() if callable(self.hint) else self.hint


class Big(int):
    pass


for name, hint in [("negative", -1), ("float", 2.5), ("str", "3"),
                   ("NotImplemented", NotImplemented),
                   ("int subclass", Big(7)), ("zero", 0), ("None", None)]:
    attempt("list, hint " + name, lambda: list(Hinted(hint)))
    attempt("operator.length_hint, hint " + name, lambda: operator.length_hint(Hinted(hint)))


def boom():
    raise LookupError("hint failed")


attempt("list, hint raises", lambda: list(Hinted(boom)))
attempt("tuple, hint raises", lambda: tuple(Hinted(boom)))
attempt("bytearray, hint raises", lambda: bytearray(Hinted(boom)))
attempt("sorted, hint raises", lambda: sorted(Hinted(boom)))
attempt("deque, hint raises", lambda: collections.deque(Hinted(boom)))
attempt("array.extend, hint raises", lambda: array.array("i").extend(Hinted(boom)))

target = list(range(10))


def refill():
    target.clear()
    target.extend(range(100, 1000))
    return 4


attempt("extend, hint refills the target", lambda: (target.extend(Hinted(refill)), len(target),
                                                   target[-4:]))
target2 = list(range(1000))


def empty():
    target2.clear()
    return 10 ** 6


attempt("extend, hint empties the target", lambda: (target2.extend(Hinted(empty)), target2))
target3 = bytearray(b"x" * 500)


def empty_bytes():
    target3.clear()
    return 1000


attempt("bytearray.extend, hint empties it",
        lambda: (target3.extend(Hinted(empty_bytes, [65, 66])), target3))
target4 = list(range(50))


def slice_hint():
    del target4[5:]
    return 3


attempt("slice store, hint shrinks the target",
        lambda: (target4.__setitem__(slice(2, 40), Hinted(slice_hint, "abc")), target4))
