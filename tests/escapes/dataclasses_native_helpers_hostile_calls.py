# The natives behind generated dataclass methods (_fields_compare,
# _fields_hash, _base_slots, _remake_class) are module attributes a script
# can call with anything: refused attribute names to read (__self__,
# __code__, __globals__), fields whose __eq__/__hash__ delete the fields
# still to be read, names that are not str, a class namespace holding
# __dict__/__class__/__mro__ entries and bases that make no valid class.
# Each must read through the ordinary (refusing) lookup, keep what it read
# alive and answer with CPython's errors.
import dataclasses as dc


def attempt(label, fn):
    try:
        result = fn()
        print(label, 'ran:', result if not isinstance(result, type) else result.__name__)
    except (AttributeError, TypeError, ValueError) as e:
        print(label, type(e).__name__, str(e)[:100])


class Holder:
    pass


class Shrinker:
    def __init__(self, owner):
        self.owner = owner

    def __eq__(self, other):
        for name in ('b', 'c'):
            self.owner.__dict__.pop(name, None)
        return True

    def __hash__(self):
        self.owner.__dict__.clear()
        return 1


a, b = Holder(), Holder()
for obj in (a, b):
    obj.a = Shrinker(obj)
    obj.b = [1]
    obj.c = 'x'
attempt('compare shrinking', lambda: dc._fields_compare(a, b, ('a', 'b', 'c'), '=='))
a.a, a.b, a.c = Shrinker(a), 1, 2
attempt('hash shrinking', lambda: dc._fields_hash(a, ('a', 'b', 'c')))
attempt('compare refused', lambda: dc._fields_compare(print, print, ('__self__',), '=='))
attempt('hash code', lambda: dc._fields_hash(attempt, ('__code__',)))
attempt('hash globals', lambda: dc._fields_hash(attempt, ('__globals__',)))
attempt('names not str', lambda: dc._fields_hash(a, (1,)))
attempt('names list', lambda: dc._fields_hash(a, ['a']))
attempt('bad op', lambda: dc._fields_compare(1, 1, (), 'is'))
attempt('many fields', lambda: dc._fields_compare(1, 1, ('real',) * 100, '<='))
attempt('base_slots builtin', lambda: dc._base_slots(int))
attempt('base_slots instance', lambda: dc._base_slots(a))


class Base:
    __slots__ = ('s',)


class Derived(Base):
    pass


attempt('base_slots', lambda: dc._base_slots(Derived))
Made = dc._remake_class(Holder, {'__dict__': 2, '__class__': 4, '__mro__': 5, '__bases__': 6}, ())
made = Made()
made.x = 1
attempt('made __dict__', lambda: made.__dict__)
attempt('made __class__', lambda: made.__class__)
attempt('made __mro__', lambda: Made.__mro__)
attempt('made __bases__', lambda: Made.__bases__)
attempt('double dict slot', lambda: dc._remake_class(Holder, {'__slots__': ('__dict__', '__dict__')}))
attempt('slots int', lambda: dc._remake_class(Holder, {'__slots__': 5}))
attempt('int base slots', lambda: dc._remake_class(Holder, {'__slots__': ('q',)}, (int,)))
attempt('type base', lambda: dc._remake_class(Holder, {}, (type,)))
attempt('bad mro', lambda: dc._remake_class(Holder, {}, (BaseException, Exception)))
attempt('qualname int', lambda: dc._remake_class(Holder, {'__qualname__': 5}))
attempt('classcell', lambda: dc._remake_class(Holder, {'__classcell__': 5}))
attempt('not a dict', lambda: dc._remake_class(Holder, [('a', 1)]))
# expect-output: compare shrinking ran: True
# expect-output: hash shrinking ran: -3541238842066255281
# expect-output: compare refused AttributeError '__self__' is not available in the sandbox
# expect-output: hash code AttributeError '__code__' is not available in the sandbox
# expect-output: hash globals AttributeError '__globals__' is not available in the sandbox
# expect-output: names not str TypeError _fields_hash() names must be str, not int
# expect-output: names list TypeError _fields_hash() names must be a tuple, not list
# expect-output: bad op ValueError _fields_compare() op must be a comparison operator
# expect-output: many fields ran: True
# expect-output: base_slots builtin TypeError _base_slots() argument 1 must be a class statement's class, not type
# expect-output: base_slots instance TypeError _base_slots() argument 1 must be a class statement's class, not Holder
# expect-output: base_slots ran: [('Base', ('s',))]
# expect-output: made __dict__ ran: {'x': 1}
# expect-output: made __class__ ran: 4
# expect-output: made __mro__ AttributeError '__mro__' is not available in the sandbox
# expect-output: made __bases__ AttributeError '__bases__' is not available in the sandbox
# expect-output: double dict slot TypeError __dict__ slot disallowed: we already got one
# expect-output: slots int TypeError 'int' object is not iterable
# expect-output: int base slots TypeError nonempty __slots__ not supported for subtype of 'int'
# expect-output: type base TypeError subclassing 'type' (defining a metaclass) is not available in the sandbox
# expect-output: bad mro TypeError Cannot create a consistent method resolution
# expect-output: order (MRO) for bases BaseException, Exception
# expect-output: qualname int TypeError type __qualname__ must be a str, not int
# expect-output: classcell TypeError __classcell__ must be a nonlocal cell, not <class 'int'>
# expect-output: not a dict TypeError _remake_class() argument 2 must be dict, not list
