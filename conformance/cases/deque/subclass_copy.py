# deque subclasses (their __init__, __repr__, __copy__, __len__), copy and
# deepcopy, __reduce__, __class_getitem__, the type's names and its
# iterators.
import copy
from collections import deque


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Tagged(deque):
    def __init__(self, iterable=(), maxlen=None, tag="t"):
        super().__init__(iterable, maxlen)
        self.tag = tag


t = Tagged([1, 2], 4, tag="x")
print(t, t.tag, t.maxlen, type(t).__name__, isinstance(t, deque))
c = t.copy()
print(type(c).__name__, c, c.tag)
c2 = copy.copy(t)
print(type(c2).__name__, c2, c2.tag)
t.tag = "changed"
t.extra = [1, 2]
d2 = copy.deepcopy(t)
print(type(d2).__name__, d2, d2.tag, d2.extra, d2.extra is t.extra)
print(t + deque([5]), type(t + deque([5])).__name__, type(t * 2).__name__)
print(type(deque([1]) + t).__name__)


class Named(deque):
    def __repr__(self):
        return f"Named<{list(self)}>"


n = Named([1])
print(n, repr(n), str(n), [n])


class Plain(deque):
    pass


p = Plain("ab", 3)
print(p, repr(copy.copy(p)), repr(copy.deepcopy(p)), p.__reduce__()[:3])


class CopyHook(deque):
    def __copy__(self):
        return "hooked"


print(copy.copy(CopyHook([1])), CopyHook([1]).copy())


class OneArg(deque):
    def __init__(self, iterable):
        super().__init__(iterable)


print(OneArg([1, 2]).copy(), type(OneArg([3]) + deque([4])).__name__)


class Odd(deque):
    def __new__(cls, *args):
        if args and isinstance(args[0], Odd):
            return [1, 2]
        return super().__new__(cls)


attempt("copy returns list", lambda: Odd([1]).copy())


class Len(deque):
    def __len__(self):
        return 10


q = Len([1, 2, 3])
print(len(q), q[0], bool(Len()), q.count(1))
attempt("negative with __len__", lambda: q[-8])
attempt("negative past", lambda: q[-1])


class Items(deque):
    def __getitem__(self, i):
        return "item"


print(Items([1])[0], "%(a)s" % Items([1]))


class Extend(deque):
    def append(self, x):
        raise RuntimeError("not used by extend")


e = Extend()
e.extend([1, 2])
e += [3]
print(e)

# copy and deepcopy of plain deques.
src = deque([[1], [2]], maxlen=5)
sh, dp = copy.copy(src), copy.deepcopy(src)
print(sh, dp, sh.maxlen, dp.maxlen, sh[0] is src[0], dp[0] is src[0])
print(src.__reduce__()[:3], deque([1]).__reduce__()[:3])
print(type(src.__reduce__()[3]).__name__, list(src.__reduce__()[3]))
print(src.__copy__() == src, src.copy() is src)

# Names, generic alias, isinstance.
print(deque.__name__, deque.__module__, deque.__qualname__, deque)
print(deque[int], deque[int].__origin__ is deque, type(deque[str]).__name__)
print(type(iter(deque())), type(reversed(deque())))
print(type(iter(deque())).__name__, type(iter(deque())).__module__)
from collections.abc import MutableSequence, Sequence
print(isinstance(deque(), MutableSequence), isinstance(deque(), Sequence),
      issubclass(deque, MutableSequence))
print(sorted(n for n in dir(deque) if not n.startswith("_")))

# The iterators.
d = deque("abcde")
it = iter(d)
next(it)
print(it.__length_hint__(), list(copy.copy(it)), list(it))
rit = reversed(d)
next(rit)
print(rit.__length_hint__(), list(copy.copy(rit)), list(rit))
print(iter(it) is it, list(type(iter(d))(d, 2)), list(type(reversed(d))(d, 3)))
attempt("iterator bad arg", lambda: type(iter(d))([1]))


def subclass_iterator():
    class X(type(iter(d))):
        pass


attempt("iterator subclass", subclass_iterator)

# match treats a deque as a sequence.
match deque([1, 2, 3]):
    case [first, *rest]:
        print("sequence", first, rest)
