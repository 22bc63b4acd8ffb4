# Comparing aware datetimes of different tzinfo objects: when the offsets
# differ, CPython compares through the subtraction, which asks both
# tzinfos again, so a tzinfo sees its utcoffset() called twice, and one
# whose offset changes between calls decides the answer by the later one.
import datetime

TD = datetime.timedelta
calls = []


class Counting(datetime.tzinfo):
    def __init__(self, name, offsets):
        self.name = name
        self.offsets = offsets

    def utcoffset(self, dt):
        calls.append(self.name)
        return self.offsets[min(len(calls) - 1, len(self.offsets) - 1)]

    def dst(self, dt):
        return None


utc = datetime.timezone.utc
steady = Counting('steady', [TD(minutes=5)])
a = datetime.datetime(2020, 1, 1, 12, 5, tzinfo=steady)
b = datetime.datetime(2020, 1, 1, 12, tzinfo=utc)
c = datetime.datetime(2020, 1, 1, 12, 5, tzinfo=Counting('other', [TD(minutes=5)]))
for label, op in [('eq', lambda: a == b), ('ne', lambda: a != b), ('lt', lambda: a < b),
                  ('ge', lambda: a >= b), ('same offsets', lambda: a == c),
                  ('sub', lambda: a - b), ('hash', lambda: hash(a) == hash(a))]:
    calls.clear()
    print(label, op(), calls)
drifting = Counting('drift', [TD(0), TD(hours=1), TD(hours=2)])
d = datetime.datetime(2020, 1, 1, 12, tzinfo=drifting)
for label, op in [('eq', lambda: d == b), ('lt', lambda: d < b), ('gt', lambda: d > b)]:
    calls.clear()
    print('drifting', label, op(), calls)
