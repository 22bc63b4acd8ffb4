# object.__new__ refuses to make an instance of a C type with a __new__ of
# its own (datetime's, decimal's, array, io's in-memory files...): "is not
# safe", naming the first class up the chain whose __new__ is not written
# in Python. Subclassing, calling the class and copying still work.
import array
import collections
import copy
import datetime
import decimal
import fractions
import functools
import io
import queue
import struct
import types


class Day(datetime.date):
    pass


class DayWithNew(datetime.date):
    def __new__(cls, *args):
        return super().__new__(cls, *args)


class DayGrandchild(DayWithNew):
    pass


class Zone(datetime.tzinfo):
    def utcoffset(self, dt):
        return datetime.timedelta(hours=1)


class Items(dict):
    pass


targets = [datetime.date, datetime.datetime, datetime.time, datetime.timedelta,
           datetime.timezone, datetime.tzinfo, decimal.Decimal, decimal.Context,
           array.array, io.BytesIO, io.StringIO, queue.SimpleQueue, struct.Struct,
           functools.partial, types.SimpleNamespace, collections.deque,
           collections.OrderedDict, collections.defaultdict, collections.Counter,
           fractions.Fraction, Day, DayWithNew, DayGrandchild, Zone, Items]
for cls in targets:
    for maker in [object, dict]:
        try:
            made = maker.__new__(cls)
            print(maker.__name__, cls.__name__, "made", type(made).__name__)
        except TypeError as exc:
            print(maker.__name__, cls.__name__, exc)

print(Day(2020, 1, 2), DayWithNew(2020, 1, 3), DayGrandchild(2020, 1, 4))
moment = datetime.datetime(2020, 1, 2, tzinfo=Zone())
print(moment.utcoffset(), copy.deepcopy(moment) == moment, type(copy.copy(Zone())).__name__)
print(copy.copy(io.BytesIO(b"ab")).read(), copy.deepcopy(types.SimpleNamespace(a=[1])))
print(copy.copy(collections.OrderedDict(a=1)), copy.deepcopy(decimal.Decimal("1.5")))
