# copy of a tzinfo subclass follows CPython's tzinfo.__reduce__: the class is
# called with __getinitargs__()'s arguments (none without it) and the state
# restored, so a class whose __init__ needs arguments cannot be copied; a
# deep copy of an aware datetime or time deep-copies its tzinfo.
import copy
from datetime import datetime, time, timedelta, timezone, tzinfo


class Fixed(tzinfo):
    def __init__(self, hours, name):
        self.off, self.name = timedelta(hours=hours), name

    def utcoffset(self, dt):
        return self.off


class WithArgs(tzinfo):
    def __init__(self, h=0):
        self.h = h

    def __getinitargs__(self):
        return (self.h,)

    def utcoffset(self, dt):
        return timedelta(hours=self.h)


class Plain(tzinfo):
    pass


f = Fixed(2, "x")
reduced = f.__reduce__()
print(reduced[0].__name__, reduced[1:])
print(WithArgs(3).__reduce__()[1:], Plain().__reduce__()[1:], tzinfo().__reduce__()[1:])
for make in (copy.copy, copy.deepcopy):
    try:
        make(f)
    except TypeError as e:
        print(make.__name__, "TypeError", e)
print(copy.deepcopy(WithArgs(3)).h, type(copy.copy(Plain())).__name__)
try:
    copy.deepcopy({"when": datetime(2024, 1, 1, tzinfo=f)})
except TypeError as e:
    print("TypeError", e)

g = WithArgs(5)
d = datetime(2024, 1, 1, 8, fold=1, tzinfo=g)
dc = copy.deepcopy(d)
print(dc, dc == d, dc.fold, dc.tzinfo is g, dc.tzinfo.h)
print(copy.copy(d).tzinfo is g)
pair = copy.deepcopy([g, d])
print(pair[1].tzinfo is pair[0], pair[0] is g)
t = time(1, tzinfo=g, fold=1)
tc = copy.deepcopy(t)
print(tc, tc.fold, tc.tzinfo is g, tc.tzinfo.h)
print(copy.deepcopy(datetime(2024, 1, 1, tzinfo=timezone.utc)).tzinfo is timezone.utc)


class MyDT(datetime):
    pass


print(type(copy.deepcopy(MyDT(2024, 1, 1, tzinfo=g))).__name__,
      type(copy.deepcopy(MyDT(2024, 1, 1))).__name__)
