# C types CPython refuses as bases (no Py_TPFLAGS_BASETYPE), of those moat
# writes in Python, and the ones it accepts.
import collections
import datetime
import decimal
import functools
import struct
import time

refused = [
    type(iter(collections.deque())),
    type(reversed(collections.deque())),
    type(collections.OrderedDict().keys()),
    type(collections.OrderedDict().values()),
    type(collections.OrderedDict().items()),
    type(decimal.localcontext()),
    datetime.timezone,
    type(datetime.date(2020, 1, 1).isocalendar()),
    type(functools.cmp_to_key(lambda a, b: 0)(1)),
    type(struct.iter_unpack("b", b"")),
    time.struct_time,
]
for t in refused:
    try:
        class X(t):
            pass
        print("subclassed", t.__name__)
    except TypeError as e:
        print("TypeError", e)

accepted = [collections.deque, collections.OrderedDict, collections.defaultdict,
            decimal.Decimal, decimal.Context, datetime.date, datetime.datetime,
            datetime.time, datetime.timedelta, datetime.tzinfo, functools.partial,
            struct.Struct]
for t in accepted:
    class Y(t):
        pass
    print("subclassed", t.__name__, Y.__name__)

# Also as a second base, and through a subclass's bases tuple.
try:
    class Z(object, datetime.timezone):
        pass
except TypeError as e:
    print("TypeError", e)

# decimal's context manager type is named as CPython's.
print(type(decimal.localcontext()), type(decimal.localcontext()).__name__)
