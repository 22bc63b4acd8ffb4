# datetime, time and calendar computed from fields a script supplies:
# timedeltas from huge and NaN floats, ordinals far out of range, zone
# offsets of a whole day, zone names that are not str, strftime with ten
# thousand directives, a trailing '%' and a NUL, time.strftime and
# gmtime with out-of-range, negative, short and NaN inputs, calendar
# with astronomically large years and weekdays. moat reads no host clock
# or zone; each must give CPython's value or its exception.
# expect-output: timedelta huge float OverflowError: Python int too large to convert to C int
# expect-output: timedelta nan ValueError: cannot convert float NaN to integer
# expect-output: date.fromordinal huge OverflowError: Python int too large to convert to C long
# expect-output: date.fromordinal 0 ValueError: ordinal must be >= 1
# expect-output: timezone offset too big ValueError: offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not datetime.timedelta(days=1).
# expect-output: timezone name non-str TypeError: timezone() argument 2 must be str, not int
# expect-output: strftime many percents -> 40000
# expect-output: strftime trailing % -> '%'
# expect-output: strftime nul -> 'a'
# expect-output: time.strftime huge year OverflowError: Python int too large to convert to C long
# expect-output: time.strftime negative fields ValueError: month out of range
# expect-output: time.strftime short tuple TypeError: strftime(): illegal time tuple argument
# expect-output: time.gmtime huge OverflowError: timestamp out of range for platform time_t
# expect-output: time.gmtime nan ValueError: Invalid value NaN (not a number)
# expect-output: time.asctime year 0 -> 'Mon Jan  1 00:00:00 0'
# expect-output: calendar monthrange huge -> (5, 31)
# expect-output: calendar month 13 IllegalMonthError: bad month number 13; must be 1-12
# expect-output: calendar firstweekday huge -> 'We Th Fr Sa Su Mo Tu'
# expect-output: calendar isleap huge -> True
# expect-output: calendar leapdays huge -> 2425000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
import calendar
import datetime
import time


def t(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


t("timedelta huge float", lambda: datetime.timedelta(days=1e300))
t("timedelta nan", lambda: datetime.timedelta(seconds=float("nan")))
t("date.fromordinal huge", lambda: datetime.date.fromordinal(10**20))
t("date.fromordinal 0", lambda: datetime.date.fromordinal(0))
t("timezone offset too big", lambda: datetime.timezone(datetime.timedelta(hours=24)))
t("timezone name non-str", lambda: datetime.timezone(datetime.timedelta(0), 5))
t("strftime many percents", lambda: len(datetime.date(2020, 1, 1).strftime("%Y" * 10000)))
t("strftime trailing %", lambda: datetime.date(2020, 1, 1).strftime("%"))
t("strftime nul", lambda: datetime.date(2020, 1, 1).strftime("a\0b"))
t("time.strftime huge year", lambda: time.strftime("%Y", (10**20, 1, 1, 0, 0, 0, 0, 1, 0)))
t("time.strftime negative fields", lambda: time.strftime("%d", (2020, -5, -5, 0, 0, 0, 0, 1, 0)))
t("time.strftime short tuple", lambda: time.strftime("%Y", (2020,)))
t("time.gmtime huge", lambda: time.gmtime(1e300))
t("time.gmtime nan", lambda: time.gmtime(float("nan")))
t("time.asctime year 0", lambda: time.asctime((0, 1, 1, 0, 0, 0, 0, 1, 0)))
t("calendar monthrange huge", lambda: calendar.monthrange(10**20, 1))
t("calendar month 13", lambda: calendar.monthrange(2020, 13))
t("calendar firstweekday huge", lambda: calendar.TextCalendar(10**20).formatweekheader(2))
t("calendar isleap huge", lambda: calendar.isleap(10**100))
t("calendar leapdays huge", lambda: calendar.leapdays(0, 10**100))
