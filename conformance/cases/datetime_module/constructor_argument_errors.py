# date/time/datetime/timedelta constructors, replace(), fromordinal() and
# fromisocalendar() check their arguments the way the C module's argument
# parser does: its messages, its order, and C int conversion.
import datetime as D


def show(label, f):
    try:
        print(label, '->', repr(f()))
    except (TypeError, ValueError, OverflowError) as e:
        print(label, '->', type(e).__name__, e)


show('date(10**20, 1, 1)', lambda: D.date(10**20, 1, 1))
show('date(-2**31 - 1, 1, 1)', lambda: D.date(-2**31 - 1, 1, 1))
show('datetime(1, 1, 1, fold=2**40)', lambda: D.datetime(1, 1, 1, fold=2**40))
show('date(None, 1, 1)', lambda: D.date(None, 1, 1))
show('date(1.5, 1, 1)', lambda: D.date(1.5, 1, 1))
show('date(True, 1, 1)', lambda: D.date(True, 1, 1))
show('date()', lambda: D.date())
show('datetime(2000)', lambda: D.datetime(2000))
show("datetime('x')", lambda: D.datetime('x'))
show('date(1, 2, 3, x=1)', lambda: D.date(1, 2, 3, x=1))
show('date(year=1, month=2, day=3, x=1)', lambda: D.date(year=1, month=2, day=3, x=1))
show('date(1, 2, day=3)', lambda: D.date(1, 2, day=3))
show('date(1, 2, year=3)', lambda: D.date(1, 2, year=3))
show('time(1, 2, 3, 4, None, 5)', lambda: D.time(1, 2, 3, 4, None, 5))
show('time(1, 2, 3, 4, 5, 6, 7)', lambda: D.time(1, 2, 3, 4, 5, 6, 7))
show('time(fold=1, x=2)', lambda: D.time(fold=1, x=2))
show('time(1, hour=2)', lambda: D.time(1, hour=2))
show('time(tzinfo=None, fold=1)', lambda: D.time(tzinfo=None, fold=1))
show('datetime(1, 1, 1, 1, 1, 1, 1, None, 1)', lambda: D.datetime(1, 1, 1, 1, 1, 1, 1, None, 1))
show('timedelta(1, days=2)', lambda: D.timedelta(1, days=2))
show('timedelta(x=1)', lambda: D.timedelta(x=1))
show('timedelta(1, 2, 3, 4, 5, 6, 7, 8)', lambda: D.timedelta(1, 2, 3, 4, 5, 6, 7, 8))
show('timedelta(hours=1.5, weeks=1)', lambda: D.timedelta(hours=1.5, weeks=1))
show('date.fromordinal()', lambda: D.date.fromordinal())
show('date.fromordinal(x=1)', lambda: D.date.fromordinal(x=1))
show('date.fromordinal(2**40)', lambda: D.date.fromordinal(2**40))
show('date.fromisocalendar(2000, 1)', lambda: D.date.fromisocalendar(2000, 1))
show('date.fromisocalendar(2000, week=1, day=1, x=1)', lambda: D.date.fromisocalendar(2000, week=1, day=1, x=1))
show('date.fromisocalendar(2000, week=3, day=1)', lambda: D.date.fromisocalendar(2000, week=3, day=1))
d = D.date(2000, 1, 1)
t = D.time(12, 30, tzinfo=D.timezone.utc)
dt = D.datetime(2000, 1, 1, 12)
show('d.replace(day=None)', lambda: d.replace(day=None))
show('d.replace(1, 2, 3, 4)', lambda: d.replace(1, 2, 3, 4))
show('d.replace(minute=2)', lambda: d.replace(minute=2))
show('d.replace(2001, day=5)', lambda: d.replace(2001, day=5))
show('t.replace(x=1)', lambda: t.replace(x=1))
show('t.replace(hour=None)', lambda: t.replace(hour=None))
show('t.replace(tzinfo=None, minute=5)', lambda: t.replace(tzinfo=None, minute=5))
show('t.replace(1, 2, 3, 4, None, 1)', lambda: t.replace(1, 2, 3, 4, None, 1))
show('dt.replace(fold=None)', lambda: dt.replace(fold=None))
show('dt.replace(fold=1, second=7)', lambda: dt.replace(fold=1, second=7))
show('dt.replace(1, 2, 3, 4, 5, 6, 7, 8, 9)', lambda: dt.replace(1, 2, 3, 4, 5, 6, 7, 8, 9))
show("dt.replace(tzinfo='x')", lambda: dt.replace(tzinfo='x'))
