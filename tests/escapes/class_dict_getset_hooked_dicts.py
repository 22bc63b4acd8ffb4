# The '__dict__' getset descriptor of a class (A.__dict__['__dict__']) can
# install any dict as an instance's namespace, including a dict subclass
# whose item methods are script code, a dict holding the instance itself
# (a cycle through the namespace), or a fresh dict while the old one is
# being iterated, and `del` through it leaves the instance to make a new
# one. CPython reads and writes an instance namespace as a plain dict,
# never through the hooks; the collector must trace the installed dict and
# iteration must notice the change. Built-in instances, modules, classes,
# functions and slotted objects have no slot it applies to.
import math


class Hooked(dict):
    def __getitem__(self, key):
        print('hook ran: __getitem__')
        return 'hooked'

    def __setitem__(self, key, value):
        print('hook ran: __setitem__')

    def __missing__(self, key):
        print('hook ran: __missing__')
        return 'missing'


class A:
    pass


class Slotted:
    __slots__ = ('x', '__dict__')


descriptor = A.__dict__['__dict__']
a = A()
hooked = Hooked(x=1)
descriptor.__set__(a, hooked)
a.y = 2
del a.x
print(vars(a) is hooked, sorted(dict.items(hooked)))
try:
    a.absent
except AttributeError as e:
    print(e)
s = Slotted()
s.__dict__ = Hooked(x=5)
print(hasattr(s, 'x'), s.__dict__['x'])

# A namespace holding its own instance, many times over, then dropped.
for _ in range(200):
    b = A()
    cycle = {'me': b, 'pad': list(range(100))}
    descriptor.__set__(b, cycle)
    assert b.me is b
print('cycles dropped')

# Replaced and deleted while being iterated.
c = A()
for i in range(8):
    setattr(c, 'a%d' % i, i)
try:
    for key in vars(c):
        descriptor.__delete__(c)
        c.fresh = 1
except RuntimeError as e:
    print(e)
print(sorted(vars(c)))
try:
    for key in vars(c):
        descriptor.__set__(c, {'other': 2})
        vars(c).clear()
except RuntimeError as e:
    print(e)
print(vars(c))

# Nothing but instances of A (and its subclasses) have the slot.
for target in (None, 5, 'text', [], math, A, len, lambda: 0, Slotted(), iter([]),
               classmethod(len), ValueError()):
    for attempt in (lambda: descriptor.__get__(target),
                    lambda: descriptor.__set__(target, {}),
                    lambda: descriptor.__delete__(target)):
        try:
            attempt()
            print('applied to', type(target).__name__)
        except TypeError:
            pass
print('refused for every other kind')
# expect-output: True [('y', 2)]
# expect-output: 'A' object has no attribute 'absent'
# expect-output: hook ran: __getitem__
# expect-output: False hooked
# expect-output: cycles dropped
# expect-output: ['fresh']
# expect-output: {}
# expect-output: refused for every other kind
