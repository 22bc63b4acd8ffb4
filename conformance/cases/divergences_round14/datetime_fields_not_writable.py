# Setting or deleting a field of a datetime object fails with the text of
# CPython's C descriptors: "attribute 'year' of 'datetime.date' objects is
# not writable" (getset), "readonly attribute" (timedelta's members), and
# the field still reads back unchanged (round 14).
import datetime

objects = [
    (datetime.date(2020, 1, 2), ["year", "month", "day"]),
    (datetime.datetime(2020, 1, 2, 3, 4, 5, 6), ["year", "hour", "minute", "second",
                                                  "microsecond", "tzinfo", "fold"]),
    (datetime.time(3, 4, 5, 6), ["hour", "minute", "second", "microsecond", "tzinfo", "fold"]),
    (datetime.timedelta(1, 2, 3), ["days", "seconds", "microseconds"]),
]
for obj, fields in objects:
    for field in fields:
        for op in ("set", "del"):
            try:
                if op == "set":
                    setattr(obj, field, 1)
                else:
                    delattr(obj, field)
            except AttributeError as e:
                print(type(obj).__name__, field, op, "AttributeError:", e)
    print(obj, [getattr(obj, f) for f in fields])


class MyDate(datetime.date):
    pass


d = MyDate(2021, 5, 6)
try:
    d.year = 2000
except AttributeError as e:
    print("AttributeError:", e)
d.note = "subclass instances have a __dict__"
print(d, d.year, d.note)
