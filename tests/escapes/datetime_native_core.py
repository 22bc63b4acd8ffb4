# datetime's native core (_datetime_core, _field_getter and the _fast_*
# natives they make, datetime_module.cc) lives in the module's private
# namespace: scripts reach none of it, the field getters behind date.year
# and the like hand out no descriptor and read only instances of their
# class, and the natives, fed the wrong objects through unbound method
# calls, decline (they take only the module's classes exactly) and leave
# the answer to the Python code: no field is read through the wrong
# layout, no date is made out of range.
import datetime
from datetime import date, time, timedelta

for name in ("_datetime_core", "_field_getter", "_fast_date_add", "_fast_replace",
             "_not_native"):
    try:
        getattr(datetime, name)
    except AttributeError as e:
        print(e)
getter = date.year.fget
try:
    getter.__self__
except AttributeError as e:
    print(e)
for bad in (5, time(1), timedelta(1), None):
    try:
        getter(bad)
    except TypeError as e:
        print("TypeError:", e)
print(getter(datetime.datetime(2020, 5, 6)), timedelta.days.fget(timedelta(3)))


class Fake:
    __slots__ = ("_year", "_month", "_day", "_hashcode")


fake = Fake()
fake._year, fake._month, fake._day, fake._hashcode = 10**6, 99, -5, -1
calls = [
    lambda: datetime.datetime.__add__(date(2020, 1, 1), timedelta(1)),
    lambda: date.__add__(datetime.datetime(2020, 1, 1, 5), timedelta(1)),
    lambda: date.__sub__(datetime.datetime(2020, 1, 1, 5), date(2020, 1, 1)),
    lambda: timedelta.__add__(timedelta(1), date(2020, 1, 1)),
    lambda: date.__lt__(date(2020, 1, 1), time(1)),
    lambda: date.toordinal(datetime.datetime(2020, 1, 1)),
    lambda: date.replace(datetime.datetime(2020, 1, 1, 5), day=2),
    lambda: datetime.datetime.__sub__(date(2020, 1, 1), timedelta(1)),
    lambda: date.__add__(fake, timedelta(1)),
    lambda: date.__lt__(fake, date(2020, 1, 1)),
    lambda: date.toordinal(fake),
    lambda: date.isoformat(fake),
    lambda: date.strftime(fake, "%Y"),
    lambda: date.replace(fake, day=1),
    lambda: date.max + timedelta(1),
    lambda: datetime.datetime.max.replace(year=10000),
]
# What each call answers is the Python code's (moat's methods do not check
# an unbound call's self as CPython's descriptors do: a divergence, not a
# way out); the attack is on the natives, which must decline each one.
survived = 0
for call in calls:
    try:
        call()
    except (TypeError, AttributeError, OverflowError, ValueError, IndexError):
        pass
    survived += 1
print("survived", survived, "of", len(calls))
# expect-output: module 'datetime' has no attribute '_datetime_core'
# expect-output: module 'datetime' has no attribute '_field_getter'
# expect-output: module 'datetime' has no attribute '_fast_date_add'
# expect-output: module 'datetime' has no attribute '_fast_replace'
# expect-output: module 'datetime' has no attribute '_not_native'
# expect-output: '__self__' is not available in the sandbox
# expect-output: TypeError: descriptor 'year' for 'datetime.date' objects doesn't apply to a 'int' object
# expect-output: TypeError: descriptor 'year' for 'datetime.date' objects doesn't apply to a 'datetime.time' object
# expect-output: TypeError: descriptor 'year' for 'datetime.date' objects doesn't apply to a 'datetime.timedelta' object
# expect-output: TypeError: descriptor 'year' for 'datetime.date' objects doesn't apply to a 'NoneType' object
# expect-output: 2020 3
# expect-output: survived 16 of 16
