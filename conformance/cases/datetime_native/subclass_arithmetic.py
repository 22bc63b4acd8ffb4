# Arithmetic and replace() on subclasses of date, datetime and timedelta:
# which class the result has, and whether the subclass's own __new__ and
# __init__ run (date and datetime + timedelta call the subclass; replace()
# and timedelta arithmetic do not).
from datetime import date, datetime, time, timedelta, timezone

calls = []


class D(date):
    def __new__(cls, *args, **kwargs):
        calls.append(("D.__new__", args))
        return super().__new__(cls, *args, **kwargs)


class DT(datetime):
    def __init__(self, *args, **kwargs):
        calls.append(("DT.__init__", args[:3]))


class TD(timedelta):
    pass


class Plain(date):
    pass


def show(label, value):
    print(f"{label:<28} {type(value).__name__:<10} {value!r}")
    if calls:
        print("    calls:", calls)
        calls.clear()


d = D(2024, 2, 28)
calls.clear()
show("D + timedelta", d + timedelta(days=2))
show("timedelta + D", timedelta(days=2) + d)
show("D - timedelta", d - timedelta(days=400))
show("D - date", d - date(2024, 1, 1))
show("date - D", date(2024, 12, 31) - d)
show("D.replace(day=1)", d.replace(day=1))
show("D.fromordinal", D.fromordinal(738000))
show("Plain + timedelta", Plain(2000, 1, 1) + timedelta(1))
show("Plain.replace", Plain(2000, 1, 1).replace(year=2001))

dt = DT(2024, 3, 1, 12, 30)
calls.clear()
show("DT + timedelta", dt + timedelta(hours=13))
show("timedelta + DT", timedelta(minutes=1) + dt)
show("DT - timedelta", dt - timedelta(days=1))
show("DT - datetime", dt - datetime(2024, 1, 1))
show("datetime - DT", datetime(2025, 1, 1) - dt)
show("DT.replace(hour=1)", dt.replace(hour=1))
show("DT.fromordinal", DT.fromordinal(738000))
show("DT.combine", DT.combine(date(2020, 5, 5), dt.time()))
aware = DT(2024, 3, 1, 12, 30, tzinfo=timezone.utc)
calls.clear()
show("aware DT + timedelta", aware + timedelta(seconds=90))

td = TD(days=1, hours=2)
show("TD + timedelta", td + timedelta(1))
show("timedelta + TD", timedelta(1) + td)
show("TD - TD", td - td)
show("-TD", -td)
show("abs(TD)", abs(td))
show("TD * 2", td * 2)
show("TD // 2", td // 2)
show("TD % timedelta", td % timedelta(hours=5))
show("datetime + TD", datetime(2024, 1, 1) + td)
show("date + TD", date(2024, 1, 1) + td)

print(d == date(2024, 2, 28), dt == datetime(2024, 3, 1, 12, 30), td == timedelta(days=1, hours=2))
print(d < date(2024, 2, 29), dt > datetime(2024, 3, 1), td >= timedelta(hours=26))
print(d.weekday(), d.isoweekday(), d.toordinal(), dt.weekday(), dt.isoweekday())
print(str(d), d.isoformat(), str(dt), dt.isoformat(), dt.strftime("%Y/%m/%d %H-%M"))


class Reordinal(date):
    def toordinal(self):
        return 1


r = Reordinal(2024, 5, 5)
print(r.toordinal(), r.weekday(), r.isoweekday(), r + timedelta(1), r - date(2024, 5, 1))


class T(time):
    def __new__(cls, *args, **kwargs):
        calls.append(("T.__new__", args))
        return super().__new__(cls, *args, **kwargs)


t = T(1, 2, 3)
calls.clear()
show("T.replace(hour=5)", t.replace(hour=5))
show("T.replace(fold=1)", t.replace(fold=1))
for kwargs in ({"fold": 2, "hour": 99}, {"hour": 99, "fold": 1}, {"tzinfo": 5}):
    for obj in (t, time(1), datetime(2024, 1, 1)):
        try:
            obj.replace(**kwargs)
        except (ValueError, TypeError) as e:
            print(type(obj).__name__, kwargs, type(e).__name__, e)
