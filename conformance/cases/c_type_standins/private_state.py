# The private state of the C types moat writes in Python is not there for a
# script, as in CPython's C types: reading, writing and deleting raise
# CPython's AttributeError, dir() does not list it, and a subclass's own
# attribute of the same name is the subclass's.
import collections
import datetime
import decimal
import functools
import queue
import struct

d = decimal.Decimal("1.5")
objs = [
    (d, "_int"), (d, "_exp"), (d, "_fix"),
    (collections.deque([1]), "_items"), (datetime.date(2020, 1, 2), "_year"),
    (datetime.timedelta(1), "_days"), (datetime.timezone.utc, "_offset"),
    (functools.cmp_to_key(lambda a, b: 0)(1), "_cmp"),
    (queue.SimpleQueue(), "_queue"), (struct.Struct("i"), "_fmt"),
    (iter(collections.deque([1])), "_deque"),
]
for obj, name in objs:
    for op in ("get", "set", "del"):
        try:
            if op == "get":
                getattr(obj, name)
            elif op == "set":
                setattr(obj, name, 5)
            else:
                delattr(obj, name)
            print(op, name, "ok")
        except AttributeError as e:
            print(op, name, "AttributeError", e)
    print(hasattr(obj, name), getattr(obj, name, "default"),
          [n for n in dir(obj) if n.startswith("_") and not n.endswith("__")])

for cls, name in [(decimal.Decimal, "_fix"), (decimal.Decimal, "_int"),
                  (datetime.date, "_year")]:
    try:
        getattr(cls, name)
    except AttributeError as e:
        print("AttributeError", e)
    print(name in cls.__dict__, name in dir(cls))

print(decimal.Decimal("1.5") + 1, d * 2, datetime.date(2020, 1, 2).year)


class D(decimal.Decimal):
    pass


x = D("2.5")
x._int = "999"
print(x._int, x + 1, x.__dict__)
print(sorted(n for n in dir(decimal) if n.startswith("_") and not n.endswith("__")))
print(sorted(n for n in dir(datetime) if n.startswith("_") and not n.endswith("__")))
