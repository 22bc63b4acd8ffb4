# C-type stand-ins a script reaches only through an instance, never by a
# module name it imports: the deque iterators, OrderedDict's views,
# queue.SimpleQueue and the classes of other stand-ins' helpers. In
# CPython each is an immutable C type; a script that could patch one would
# change what moat's own modules run (deque iteration, OrderedDict views).
import collections
import csv
import functools
import io
import queue
import struct

classes = [
    type(iter(collections.deque())),
    type(reversed(collections.deque())),
    type(collections.OrderedDict().keys()),
    type(collections.OrderedDict().values()),
    type(collections.OrderedDict().items()),
    queue.SimpleQueue,
    type(functools.cmp_to_key(lambda a, b: 0)(1)),
    type(struct.iter_unpack("b", b"ab")),
    type(csv.reader([])),
    type(csv.writer(io.StringIO())),
]
for cls in classes:
    try:
        cls.__next__ = lambda self: 0
        print("patched", cls)
    except TypeError as e:
        print(e)
print(type(collections.OrderedDict(a=1).keys()), collections.OrderedDict(a=1).keys())
print(list(collections.deque([1, 2])), list(reversed(collections.deque([1, 2]))))
q = queue.SimpleQueue()
q.put(3)
print(q.get(), list(collections.OrderedDict(b=2).items()))
# expect-output: cannot set '__next__' attribute of immutable type '_collections._deque_iterator'
# expect-output: cannot set '__next__' attribute of immutable type '_collections._deque_reverse_iterator'
# expect-output: cannot set '__next__' attribute of immutable type 'odict_keys'
# expect-output: cannot set '__next__' attribute of immutable type 'odict_values'
# expect-output: cannot set '__next__' attribute of immutable type 'odict_items'
# expect-output: cannot set '__next__' attribute of immutable type '_queue.SimpleQueue'
# expect-output: cannot set '__next__' attribute of immutable type 'functools.KeyWrapper'
# expect-output: cannot set '__next__' attribute of immutable type '_struct.unpack_iterator'
# expect-output: cannot set '__next__' attribute of immutable type '_csv.reader'
# expect-output: cannot set '__next__' attribute of immutable type '_csv.writer'
# expect-output: <class 'odict_keys'> odict_keys(['a'])
# expect-output: [1, 2] [2, 1]
# expect-output: 3 [('b', 2)]
