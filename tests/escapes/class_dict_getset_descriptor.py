# The '__dict__' and '__weakref__' getset descriptors a class statement adds
# (CPython's subtype_getsets), turned on what they do not describe: instances
# of other classes and built-ins (an instance dict slot read or written
# where there is none), slotted and tuple-based layouts, a descriptor copied
# into an unrelated class, non-dict values, and the descriptor's own
# internals (__objclass__). Each must be refused or stay harmless.
# expect-output: TypeError descriptor '__dict__' for 'A' objects doesn't apply to a 'S' object
# expect-output: TypeError descriptor '__dict__' for 'A' objects doesn't apply to a 'int' object
# expect-output: TypeError descriptor '__dict__' for 'A' objects doesn't apply to a 'S' object
# expect-output: TypeError __dict__ must be set to a dictionary, not a 'list'
# expect-output: TypeError descriptor '__dict__' for 'A' objects doesn't apply to a 'S' object
# expect-output: TypeError descriptor '__dict__' for 'T' objects doesn't apply to a 'A' object
# expect-output: TypeError descriptor '__dict__' for 'T' objects doesn't apply to a 'tuple' object
# expect-output: TypeError descriptor '__dict__' for 'A' objects doesn't apply to a 'Copy' object
# expect-output: TypeError descriptor '__dict__' for 'A' objects doesn't apply to a 'Copy' object
# expect-output: AttributeError attribute '__weakref__' of 'A' objects is not writable
# expect-output: AttributeError attribute '__weakref__' of 'A' objects is not writable
# expect-output: AttributeError '__objclass__' is not available in the sandbox
# expect-output: TypeError cannot create 'getset_descriptor' instances
# expect-output: TypeError 'getset_descriptor' object is not callable
# expect-output: (1, 2) 1 {'a': 1} None
class A:
    pass


class S:
    __slots__ = ('x',)


class T(tuple):
    pass


d = A.__dict__['__dict__']
w = A.__dict__['__weakref__']
td = T.__dict__['__dict__']


class Copy:
    __slots__ = ()
    stolen = d


attempts = [
    lambda: d.__get__(S()),
    lambda: d.__get__(5),
    lambda: d.__set__(S(), {}),
    lambda: d.__set__(A(), [('k', 1)]),
    lambda: d.__delete__(S()),
    lambda: td.__get__(A()),
    lambda: td.__set__((1,), {}),
    lambda: Copy().stolen,
    lambda: setattr(Copy(), 'stolen', {}),
    lambda: w.__set__(A(), None),
    lambda: w.__delete__(A()),
    lambda: d.__objclass__,
    lambda: type(d)(),
    lambda: d(A()),
]
for attempt in attempts:
    try:
        print('ok', attempt())
    except Exception as e:
        print(type(e).__name__, e)
t = T((1, 2))
td.__set__(t, {'a': 1})
print(t, t.a, vars(t), w.__get__(A()))
