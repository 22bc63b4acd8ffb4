import inspect
import math

for f in (len, print, sorted, abs, isinstance, divmod, pow, round, max, min, getattr, iter,
          next, math.sqrt, math.log, math.isclose, [].append, {}.get, "".split, str.join,
          list.append, dict.fromkeys, int.from_bytes, (1).to_bytes):
    try:
        print(getattr(f, "__qualname__", f), inspect.signature(f))
    except ValueError as e:
        print("ValueError", e)

for t in (list, tuple, object, int, dict, str, set, frozenset, bytearray, range, type):
    try:
        print(t.__name__, inspect.signature(t))
    except ValueError as e:
        print("ValueError", e)


class MyList(list):
    pass


class MyTuple(tuple):
    pass


for cls in (MyList, MyTuple):
    print(cls.__name__, inspect.signature(cls))

sig = inspect.signature(sorted)
print(sig.bind([3, 1], reverse=True))
try:
    sig.bind(iterable=[1])
except TypeError as e:
    print("TypeError", e)
p = inspect.signature(print).parameters
print([(n, str(x.kind), x.default) for n, x in p.items()])
