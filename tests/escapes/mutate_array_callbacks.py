# array.array is written in Python over a list, so a researcher attacks its
# bookkeeping instead of its memory: __index__ and __float__ callbacks that
# clear or grow the array while insert/pop/__setitem__ hold an index,
# extending, assigning and adding an array to itself, iteration while it
# grows, subclasses that lie about their length and items, byteswap of
# values a 'u' array cannot hold (CPython stores them and fails on reading;
# moat refuses the swap and keeps the array), and the read-only typecode.
# Every other answer is CPython's, except where CPython writes past the
# end of a cleared buffer: there moat refuses with the out-of-range
# IndexError.
from array import array


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


a = array("i", [1, 2, 3])
a.extend(a)
a[:] = a
a += a
a[1:3] = a
print(len(a), a[:4])
attempt("frombytes int array", lambda: a.frombytes(a))
c = array("b", [1, -1])
attempt("frombytes itself", lambda: c.frombytes(c))
attempt("frombytes bytes array", lambda: (c.frombytes(array("B", [255])), c))
b = array("b", [1, 2, 3])


class Clear:
    def __index__(self):
        del b[:]
        return 5


class Grow:
    def __index__(self):
        b.extend(range(10))
        return 1


attempt("insert", lambda: (b.insert(Clear(), 9), b))
b = array("b", [1, 2, 3])
attempt("pop", lambda: b.pop(Clear()))
b = array("b", [1, 2, 3])
attempt("set index", lambda: b.__setitem__(Clear(), 1))
b = array("b", [1, 2, 3])
attempt("set value clears", lambda: b.__setitem__(2, Clear()))
b = array("b", [1, 2, 3])
attempt("set value grows", lambda: (b.__setitem__(-1, Grow()), b))
b = array("b", range(5))
attempt("iterate growing", lambda: [x for x in b if len(b) < 8 and b.append(x) is None])


class Liar(array):
    def __len__(self):
        return 10**9

    def __iter__(self):
        return iter([7, 8])

    def __getitem__(self, i):
        return 99


liar = Liar("b", [1, 2])
attempt("from liar", lambda: array("b", liar))
attempt("add liar", lambda: array("b", [0]) + liar)
attempt("liar repr", lambda: repr(liar))
u = array("u", "ab")
attempt("byteswap u", u.byteswap)
attempt("after byteswap", lambda: u)
attempt("typecode", lambda: setattr(array("b"), "typecode", "d"))
attempt("repeat", lambda: len(array("b") * 10**18))
# expect-output: 22 array('i', [1, 1, 2, 3])
# expect-output: frombytes int array TypeError a bytes-like object is required
# expect-output: frombytes itself BufferError cannot resize an array that is exporting buffers
# expect-output: frombytes bytes array (None, array('b', [1, -1, -1]))
# expect-output: insert (None, array('b', [9]))
# expect-output: pop IndexError pop from empty array
# expect-output: set index IndexError array assignment index out of range
# expect-output: set value clears IndexError array assignment index out of range
# expect-output: set value grows (None, array('b', [1, 2, 1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9]))
# expect-output: iterate growing [0, 1, 2]
# expect-output: from liar array('b', [1, 2])
# expect-output: add liar array('b', [0, 1, 2])
# expect-output: liar repr Liar('b', [1, 2])
# expect-output: byteswap u ValueError character U+61000000 is not in range [U+0000; U+10ffff]
# expect-output: after byteswap array('u', 'ab')
# expect-output: typecode AttributeError attribute 'typecode' of 'array.array' objects is not writable
# expect-output: repeat 0
