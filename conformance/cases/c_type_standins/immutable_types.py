# The C types moat writes in Python refuse class setattr and delattr as
# CPython's immutable built-in types do; a script's subclass of one stays
# mutable, and the heap types (time.struct_time, io.UnsupportedOperation)
# stay mutable too.
import array
import collections
import datetime
import decimal
import functools
import io
import struct
import time
import types


def attempt(label, action):
    try:
        action()
        print(label, "ok")
    except (TypeError, AttributeError) as e:
        print(label, type(e).__name__, e)


def set_decimal_x():
    decimal.Decimal.x = 1


def del_decimal_x():
    del decimal.Decimal.x


def del_decimal_sqrt():
    del decimal.Decimal.sqrt


def set_deque_append():
    collections.deque.append = len


def del_deque_append():
    del collections.deque.append


def set_struct_time_x():
    time.struct_time.x = 1


def del_struct_time_x():
    del time.struct_time.x


attempt("Decimal.x = 1", set_decimal_x)
attempt("del Decimal.x", del_decimal_x)
attempt("del Decimal.sqrt", del_decimal_sqrt)
attempt("deque.append = len", set_deque_append)
attempt("del deque.append", del_deque_append)
attempt("struct_time.x = 1", set_struct_time_x)
attempt("del struct_time.x", del_struct_time_x)
attempt("setattr(Context)", lambda: setattr(decimal.Context, "x", 1))
attempt("type.__setattr__", lambda: type.__setattr__(decimal.Decimal, "y", 2))
attempt("delattr", lambda: delattr(decimal.Decimal, "y"))
for cls in (functools.partial, io.UnsupportedOperation, types.SimpleNamespace,
            datetime.date, datetime.timedelta, datetime.timezone, array.array,
            struct.Struct, io.StringIO, io.BytesIO, collections.OrderedDict,
            collections.defaultdict, decimal.Context):
    attempt(cls.__name__ + ".x = 1", lambda: setattr(cls, "x", 1))
for name in ("__name__", "__qualname__", "__doc__", "__module__"):
    attempt("Decimal." + name, lambda: setattr(decimal.Decimal, name, "v"))
attempt("update_wrapper(deque)", lambda: functools.update_wrapper(collections.deque, len))
print(decimal.Decimal.__name__, decimal.Decimal.__module__, hasattr(time.struct_time, "x"))
print(hasattr(decimal.Decimal, "x"), hasattr(collections.deque, "x"))


class MyDecimal(decimal.Decimal):
    pass


MyDecimal.x = 5
print(MyDecimal.x, MyDecimal(3) + 1)
del MyDecimal.x
print(hasattr(MyDecimal, "x"))


class LoudDeque(collections.deque):
    pass


LoudDeque.append = lambda self, v: print("append", v)
LoudDeque().append(3)
d = collections.deque([1])
d.append(2)
print(d)
