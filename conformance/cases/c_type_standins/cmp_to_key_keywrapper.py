import functools
K = functools.cmp_to_key(lambda a, b: a - b)
print(type(K), type(K(1)), type(K) is type(K(1)), repr(type(K)))
print(K(1) < K(2), sorted([3, 1, 2], key=K))
try: K(1, 2)
except TypeError as e: print(e)
try: K()
except TypeError as e: print(e)
try: K(1) < 3
except Exception as e: print(type(e).__name__, e)
print(K(1).obj, hasattr(K, '__dict__'), callable(K))
try: hash(K(1))
except TypeError as e: print(e)
k = K(5); k.obj = 7; print(k.obj)
try: K.obj = 3
except AttributeError as e: print(e)
try: type(K)()
except TypeError as e: print(e)
print(K(obj=4).obj, K(1)(2).obj, K.obj)
try: K(1, obj=2)
except TypeError as e: print(e)
# PyArg_ParseTupleAndKeywords's texts, in its order of checks.
for args, kwargs in [((), {'x': 1}), ((), {'obj': 1, 'x': 2}), ((1,), {'x': 2}),
                     ((), {'OBJ': 1}), ((1, 2, 3), {})]:
    try: K(*args, **kwargs)
    except TypeError as e: print(e)
# Sorting, min/max, heapq and bisect through the wrapper, with the call counted.
import bisect, heapq
calls = []
def cmp(a, b):
    calls.append((a, b))
    return (a > b) - (a < b)
key = functools.cmp_to_key(cmp)
words = ['pear', 'fig', 'apple', 'kiwi', 'banana']
print(sorted(words, key=key), max(words, key=key), min(words, key=key), len(calls) > 0)
h = []
for w in words: heapq.heappush(h, key(w))
print([heapq.heappop(h).obj for _ in range(len(h))])
ks = [key(w) for w in sorted(words)]
print(bisect.bisect(ks, key('grape')), key(1) == key(1), key(1) != key(2), key(2) >= key(1), key(1) <= key(1), key(3) > key(2))
