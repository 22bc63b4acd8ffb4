# A container filled from an iterator over itself, or from a generator that
# reads it while the native fill runs: dict.update over its own items,
# set.update, deque.extend/extendleft (bounded too), bytearray.extend,
# OrderedDict, Counter, ChainMap and defaultdict, and bytes(),
# bytearray() and int.from_bytes() over a list that an item's __index__
# empties. A native that keeps a table pointer or a length across the
# callbacks would read freed or stale storage; each must give CPython's
# result or its "changed size during iteration" error.
# expect-output: dict.update over its own items -> (None, {0: 0, 1: 1, 2: 2, 3: 3, 4: 4})
# expect-output: dict.update, generator adds keys RuntimeError: dictionary changed size during iteration
# expect-output: set.update, generator over it RuntimeError: Set changed size during iteration
# expect-output: deque.extend over its own iterator RuntimeError: deque mutated during iteration
# expect-output: deque.extendleft over its own iterator RuntimeError: deque mutated during iteration
# expect-output: bounded deque.extend over its own iterator RuntimeError: deque mutated during iteration
# expect-output: bytearray.extend over a generator of it -> (None, bytearray(b'abcabc'))
# expect-output: int.from_bytes, __index__ empties the list -> 65
# expect-output: bytes(), __index__ empties the list -> b'A'
# expect-output: bytearray(), __index__ empties the list -> bytearray(b'A')
# expect-output: OrderedDict.update, generator over it RuntimeError: OrderedDict mutated during iteration
# expect-output: Counter.update with itself -> (None, [('a', 2), ('b', 2), ('c', 2)])
# expect-output: Counter.update over its own elements -> None
# expect-output: ChainMap.update over its items -> None
# expect-output: defaultdict filled while iterated RuntimeError: dictionary changed size during iteration
import collections


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


d = {i: i for i in range(5)}
attempt("dict.update over its own items", lambda: (d.update(iter(d.items())), d))
d2 = {i: i for i in range(5)}
attempt("dict.update, generator adds keys", lambda: d2.update((k + 100, v) for k, v in d2.items()))
s = set(range(5))
attempt("set.update, generator over it", lambda: s.update(x + 100 for x in s))
dq = collections.deque(range(5))
attempt("deque.extend over its own iterator", lambda: dq.extend(iter(dq)))
dq2 = collections.deque(range(5))
attempt("deque.extendleft over its own iterator", lambda: dq2.extendleft(iter(dq2)))
dq3 = collections.deque(range(5), maxlen=5)
attempt("bounded deque.extend over its own iterator", lambda: (dq3.extend(iter(dq3)), dq3))
ba = bytearray(b"abc")
attempt("bytearray.extend over a generator of it", lambda: (ba.extend(x for x in ba[:3]), ba))
source = []


class Empties:
    def __index__(self):
        source.clear()
        return 65


source[:] = [Empties(), 66, 67]
attempt("int.from_bytes, __index__ empties the list", lambda: int.from_bytes(source, "big"))
source[:] = [Empties(), 66, 67]
attempt("bytes(), __index__ empties the list", lambda: bytes(source))
source[:] = [Empties(), 66, 67]
attempt("bytearray(), __index__ empties the list", lambda: bytearray(source))
od = collections.OrderedDict.fromkeys(range(5))
attempt("OrderedDict.update, generator over it", lambda: od.update((k + 10, 1) for k in od))
c = collections.Counter("abc")
attempt("Counter.update with itself", lambda: (c.update(c), sorted(c.items())))
attempt("Counter.update over its own elements",
        lambda: c.update(x for x in c.elements()))
cm = collections.ChainMap({1: 1})
attempt("ChainMap.update over its items", lambda: cm.update((k + 1, v) for k, v in cm.items()))
dd = collections.defaultdict(list)
dd[1]
attempt("defaultdict filled while iterated", lambda: [dd[k + 1] for k in dd])
