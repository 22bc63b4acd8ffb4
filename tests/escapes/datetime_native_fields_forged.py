# datetime's native shortcuts read the fields of date, datetime and
# timedelta straight from their slots and do 64/128-bit arithmetic on them,
# trusting them to be in range. A script that could write a slot (through
# setattr, object.__setattr__, the class's member descriptors, __setstate__,
# a subclass slot of the same name, an instance object.__new__ left empty,
# or replace() with huge values) would make the natives overflow or build
# impossible dates. Every spelling must be refused or fall back to the
# Python code's checked errors.
import datetime
import copy

D = datetime.datetime
TD = datetime.timedelta


def attempt(label, fn):
    try:
        print(label, 'ran:', repr(fn())[:100])
    except (AttributeError, TypeError, ValueError, OverflowError, KeyError) as e:
        print(label, type(e).__name__, str(e)[:100])


d = D(2020, 1, 1, 5)
attempt('read slot', lambda: d._hour)
attempt('setattr slot', lambda: setattr(d, '_hour', 2**61))
attempt('object setattr', lambda: object.__setattr__(d, '_hour', 2**61))
attempt('class dict slot', lambda: D.__dict__['_hour'])
attempt('private class names', lambda: [k for k in vars(D) if k.startswith('_') and k[1] != '_'])
attempt('object getattribute', lambda: object.__getattribute__(d, '_day'))
attempt('setstate', lambda: d.__setstate__((b'\x07\xe4\x01\x01\xff\x00\x00\x00\x00\x00',)))
attempt('pickle bytes form', lambda: D(b'\xff\xff\x0c\x01\x17\x3b\x3b\xff\xff\xff'))
attempt('replace huge', lambda: d.replace(hour=10**20))
attempt('replace bools', lambda: d.replace(year=True, month=False))
attempt('timedelta huge', lambda: TD(days=10**9))
attempt('td arithmetic edge', lambda: TD.max + TD.resolution)
attempt('dt max edge', lambda: D.max + TD.resolution)
attempt('dt span', lambda: D.max - D.min)
attempt('date min edge', lambda: datetime.date.min - TD(1))
attempt('date huge delta', lambda: datetime.date.max - TD.min)
try:
    empty = object.__new__(D)
except (TypeError, AttributeError) as e:
    empty = None
    print('object.__new__', type(e).__name__)
if empty is not None:
    attempt('empty + td', lambda: empty + TD(1))
    attempt('empty hash', lambda: hash(empty))


class Sub(D):
    __slots__ = ('_hour', '_day')


s = Sub(2020, 1, 2, 3)
attempt('subclass slot shadow', lambda: (s + TD(hours=30), s - D(2020, 1, 1)))
attempt('subclass hash', lambda: hash(s) == hash(D(2020, 1, 2, 3)))


class Loose(D):
    pass


loose = Loose(2020, 1, 1)
loose._hour = 2**61
loose._day = -5
attempt('subclass dict shadow', lambda: (loose + TD(1), loose - D(2019, 12, 31), loose < d))
attempt('copies', lambda: (copy.copy(d) == d, copy.deepcopy(d) == d, d.__reduce__()))
attempt('hash cached twice', lambda: hash(d) == hash(D(2020, 1, 1, 5)) == hash(d))
# expect-output: read slot AttributeError 'datetime.datetime' object has no attribute '_hour'
# expect-output: setattr slot AttributeError 'datetime.datetime' object has no attribute '_hour'
# expect-output: object setattr AttributeError 'datetime.datetime' object has no attribute '_hour'
# expect-output: class dict slot KeyError '_hour'
# expect-output: private class names ran: []
# expect-output: object getattribute AttributeError 'datetime.datetime' object has no attribute '_day'
# expect-output: setstate AttributeError 'datetime.datetime' object has no attribute '__setstate__'
# expect-output: pickle bytes form TypeError 'bytes' object cannot be interpreted as an integer
# expect-output: replace huge OverflowError Python int too large to convert to C long
# expect-output: replace bools ValueError month must be in 1..12
# expect-output: timedelta huge OverflowError days=1000000000; must have magnitude <= 999999999
# expect-output: td arithmetic edge OverflowError days=1000000000; must have magnitude <= 999999999
# expect-output: dt max edge OverflowError date value out of range
# expect-output: dt span ran: datetime.timedelta(days=3652058, seconds=86399, microseconds=999999)
# expect-output: date min edge OverflowError date value out of range
# expect-output: date huge delta OverflowError date value out of range
# expect-output: object.__new__ TypeError
# expect-output: subclass slot shadow ran: (Sub(2020, 1, 3, 9, 0), datetime.timedelta(days=1, seconds=10800))
# expect-output: subclass hash ran: True
# expect-output: subclass dict shadow ran: (Loose(2020, 1, 2, 0, 0), datetime.timedelta(days=1), True)
# expect-output: copies ran: (True, True, (<class 'datetime.datetime'>, (2020, 1, 1, 5, 0, 0, 0, None)))
# expect-output: hash cached twice ran: True
