# `in` uses __contains__, else iterates __iter__, else __getitem__ with
# 0, 1, 2... until IndexError; results are converted with bool.
class WithContains:
    def __contains__(self, item):
        print("contains", item)
        return item  # truthiness of the item itself


class WithIter:
    def __iter__(self):
        print("iter called")
        return iter([1, 2, 3])


class WithGetitem:
    def __getitem__(self, i):
        print("getitem", i)
        if i >= 3:
            raise IndexError(i)
        return i * 10


class Nothing:
    pass


print(0 in WithContains(), "x" in WithContains(), [] not in WithContains())
print(2 in WithIter(), 9 in WithIter())
print(10 in WithGetitem())
print(99 in WithGetitem())
try:
    1 in Nothing()
except TypeError as e:
    print("TypeError", e)

class ContainsNone(WithIter):
    __contains__ = None
try:
    1 in ContainsNone()
except TypeError as e:
    print("TypeError", e)

class IterNone(WithGetitem):
    __iter__ = None
try:
    10 in IterNone()
except TypeError as e:
    print("TypeError", e)

class GetitemKeyError:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    1 in GetitemKeyError()
except KeyError as e:
    print("KeyError", e)

class StopsEarly:
    def __getitem__(self, i):
        if i == 1:
            raise StopIteration
        return i
print(5 in StopsEarly())

class BadBool:
    def __bool__(self):
        raise RuntimeError("bool of contains result")
class ContainsBadBool:
    def __contains__(self, item):
        return BadBool()
try:
    1 in ContainsBadBool()
except RuntimeError as e:
    print("RuntimeError", e)

nan = float("nan")
print(nan in [nan], nan in (nan,), float("nan") in [nan])
print("" in "abc", "ab" in "xaby", 1 in {1: 2}, (1,) in {(1,): 0})
try:
    [] in {}
except TypeError as e:
    print("TypeError", e)
try:
    1 in "abc"
except TypeError as e:
    print("TypeError", e)
