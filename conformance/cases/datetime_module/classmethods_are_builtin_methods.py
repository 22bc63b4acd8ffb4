# The class methods of the C types (datetime.date.fromordinal, today, now,
# combine...) read through their class are bound C methods:
# builtin_function_or_method, named "<class qualname>.<name>", with no
# module, no __func__ and no writable attributes; calls work as before.
import collections
import datetime as dt
import decimal
import inspect


class Day(dt.date):
    pass


pairs = [(dt.date, "fromordinal"), (dt.date, "today"), (dt.date, "fromtimestamp"),
         (dt.date, "fromisoformat"), (dt.date, "fromisocalendar"),
         (dt.datetime, "fromordinal"), (dt.datetime, "now"), (dt.datetime, "utcnow"),
         (dt.datetime, "fromtimestamp"), (dt.datetime, "utcfromtimestamp"),
         (dt.datetime, "combine"), (dt.datetime, "strptime"),
         (dt.datetime, "fromisoformat"), (dt.time, "fromisoformat"),
         (Day, "fromordinal"), (decimal.Decimal, "from_float"),
         (collections.OrderedDict, "fromkeys")]
for cls, name in pairs:
    method = getattr(cls, name)
    print(type(method).__name__, method.__name__, method.__qualname__, method.__module__,
          repr(method).split(" at ")[0])

method = dt.date.fromordinal
print(method == dt.date.fromordinal, method != dt.date.fromordinal,
      hash(method) == hash(dt.date.fromordinal), method == dt.datetime.fromordinal,
      method == Day.fromordinal)
print(method(5), dt.datetime.fromordinal(5), Day.fromordinal(3), type(Day.fromordinal(3)).__name__)
print(dt.datetime.combine(dt.date(2020, 1, 2), dt.time(3, 4)), dt.date(2020, 1, 1).fromordinal(2))
print(inspect.ismethod(method), inspect.isbuiltin(method), inspect.isroutine(method),
      inspect.isfunction(method), callable(method))
for attribute in ["__func__", "__wrapped__"]:
    try:
        getattr(method, attribute)
    except AttributeError:
        print("no", attribute)
try:
    method.extra = 1
except AttributeError as exc:
    print(exc)
try:
    method.__name__ = "other"
except AttributeError as exc:
    print(exc)
