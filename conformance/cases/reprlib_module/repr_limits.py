# reprlib.Repr: limits per type, levels, custom limits and subclasses.
import reprlib
from collections import deque

r = reprlib.Repr()
print(r.maxlevel, r.maxtuple, r.maxlist, r.maxarray, r.maxdict, r.maxset, r.maxfrozenset,
      r.maxdeque, r.maxstring, r.maxlong, r.maxother, r.fillvalue)
values = [list(range(20)), tuple(range(3)), (1,), (), [], set(range(10)), set(), frozenset(range(8)),
          frozenset(), {i: str(i) for i in range(10)}, {}, 'x' * 100, 'short', 2 ** 200, 12345,
          deque(range(10)), [[[[[[[['deep']]]]]]]], {'a': [1, {'b': (2, [3])}]}, 3.5, None,
          {3, 'a', 1}, range(100), b'bytes' * 20]
for v in values:
    print(reprlib.repr(v))
r.maxlist = 2
r.maxstring = 10
r.maxlevel = 2
r.fillvalue = '~'
print(r.repr(list(range(5))), r.repr('abcdefghijklmnop'), r.repr([[[1]]]), r.repr({'k': {'j': 1}}))

class Loud:
    def __repr__(self):
        return 'L' * 50

class Broken:
    def __repr__(self):
        raise ValueError('no')

print(reprlib.repr(Loud()), reprlib.repr([Loud()]))
print(reprlib.repr(Broken()).split(' at ')[0])

class MyRepr(reprlib.Repr):
    def repr_int(self, x, level):
        return 'int!'

print(MyRepr().repr([1, 'a', (2,)]))
print(reprlib.aRepr.repr([1] * 10))
