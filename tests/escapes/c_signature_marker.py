# The _c_signature marker (stdlib_safe/frozen_modules.h), which gives
# moat's Python methods CPython has in C the C calling convention's
# argument errors, exists only while a frozen module's body runs: no module
# keeps it. The errors it leads to are made from the function's own
# parameters and name nothing else (no defaults, no other functions).
import collections
import decimal
import heapq

for mod in (collections, decimal, heapq):
    print(mod.__name__, hasattr(mod, '_c_signature'))
try:
    from collections import _c_signature
except ImportError as e:
    print('ImportError', e)
d = collections.deque()
for call in (lambda: d.count(), lambda: d.index(1, 2, 3, 4, 5),
             lambda: collections.OrderedDict().popitem(last=True, secret=1)):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(e)
# expect-output: collections False
# expect-output: decimal False
# expect-output: heapq False
# expect-output: ImportError cannot import name '_c_signature' from 'collections' (unknown location)
# expect-output: deque.count() takes exactly one argument (0 given)
# expect-output: index() takes at most 3 arguments (5 given)
# expect-output: popitem() takes at most 1 keyword argument (2 given)
