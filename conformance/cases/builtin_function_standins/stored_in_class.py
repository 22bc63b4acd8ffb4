# Functions CPython implements in C do not bind as methods when a class
# stores them, and look like built-in functions.
import bisect
import cmath
import functools
import heapq
import random


class Queue:
    push = heapq.heappush
    pop = heapq.heappop
    find = bisect.bisect_left
    insert = bisect.insort
    close = cmath.isclose
    fold = functools.reduce
    key = functools.cmp_to_key

    def __init__(self):
        self.items = []


q = Queue()
for n in [5, 1, 4, 2, 3]:
    q.push(q.items, n)
print(q.items, q.pop(q.items), q.items)
data = [1, 3, 5, 7]
print(q.find(data, 5), Queue.find(data, 4))
q.insert(data, 4)
print(data)
print(q.close(1 + 1j, 1 + 1j), Queue.close(1, 2))
print(q.fold(lambda a, b: a * b, [1, 2, 3, 4]))
print(sorted([3, 1, 2], key=q.key(lambda a, b: b - a)))

for f in (heapq.heappush, heapq.heapify, bisect.bisect_right, bisect.bisect,
          bisect.insort_left, cmath.sqrt, cmath.phase, functools.reduce,
          functools.cmp_to_key):
    print(repr(f), type(f).__name__, f.__name__, f.__qualname__, f.__module__)

# What a built-in function does not have. (The names the sandbox refuses on
# every object, __code__, __globals__..., are tested in tests/escapes/.)
for attr in ('__get__', '__wrapped__', 'cache_info'):
    try:
        getattr(heapq.heappush, attr)
        print(attr, 'present')
    except AttributeError as e:
        print('AttributeError', e)
try:
    heapq.heappush.extra = 1
except AttributeError as e:
    print('AttributeError', e)

print(callable(heapq.heappop), heapq.heappop == heapq.heappop, hash(cmath.sqrt) == hash(cmath.sqrt))
wrapped = functools.wraps(heapq.heappush)(lambda *a: None)
print(wrapped.__name__, wrapped.__module__, wrapped.__wrapped__ is heapq.heappush)

# Errors raised by them name them as CPython does.
try:
    heapq.heappush(*5)
except TypeError as e:
    print('TypeError', e)
try:
    cmath.isclose(**{1: 2})
except TypeError as e:
    print('TypeError', e)

# random's module-level functions are methods of its hidden Random instance.
print(type(random.random).__name__, type(random.randint).__name__, random.choice.__name__)


class Dice:
    roll = random.random

random.seed(3)
a = Dice().roll()
random.seed(3)
print(a == random.random())
