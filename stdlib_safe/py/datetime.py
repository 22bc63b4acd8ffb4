"""Dates, times and time spans, as CPython 3.11's datetime.

Written for moat from the documented semantics of CPython 3.11. Where the C
module (_datetime, which CPython uses) and the pure-Python Lib/datetime.py
differ, this follows the C module: its reprs (`datetime.date(2024, 1, 31)`),
its error messages and its type names in messages ('datetime.date', set by
the native `_set_type_name`, while `date.__name__` stays 'date').

Dates are proleptic Gregorian, years 1..9999; ordinal 1 is 0001-01-01.
Internally a date is its (year, month, day); times keep hour, minute,
second, microsecond, tzinfo and fold.

The sandbox has no clock and no host time zone (docs/SECURITY.md): today(),
now(), utcnow(), fromtimestamp() without a fixed-offset tz, timestamp() and
astimezone() of naive datetimes, and astimezone() without an argument raise
NotImplementedError naming the function. Everything else is pure
computation: utcfromtimestamp() and fromtimestamp(ts, tz) stay.
"""

import math as _math
import time as _time
from time import _no_clock

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAX_ORDINAL = 3652059  # date.max.toordinal()
_MAX_DELTA_DAYS = 999999999
_US_PER_SECOND = 1000000
_US_PER_DAY = 86400 * _US_PER_SECOND

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_MONTH_NAMES = (None, "January", "February", "March", "April", "May", "June",
                "July", "August", "September", "October", "November",
                "December")
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
              "Saturday", "Sunday")


def _type_name(obj):
    # The name CPython's messages use: 'datetime.date' for the module's own
    # classes (set natively below), a subclass's plain name otherwise.
    return _tp_name(type(obj))


def _tp_name(cls):
    # decimal's classes are C types in CPython, named with their module.
    if cls.__module__ == "decimal":
        return "decimal." + cls.__name__
    return _TP_NAMES.get(cls, cls.__name__)


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd_to_ord(year, month, day):
    before = _DAYS_BEFORE_MONTH[month]
    if month > 2 and _is_leap(year):
        before += 1
    return _days_before_year(year) + before + day


def _ord_to_ymd(n):
    # Ordinal 1 is 0001-01-01. Peel off 400-, 100-, 4- and 1-year cycles
    # (146097, 36524, 1461 and 365 days) counted from day 0 = 0001-01-01.
    n -= 1
    n400, n = divmod(n, 146097)
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1
    if n1 == 4 or n100 == 4:
        # The last day of a leap cycle: December 31 of the previous year.
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    before = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    if before > n:
        month -= 1
        before = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    return year, month, n - before + 1


def _index(value):
    # The C module's integer arguments: ints and objects with __index__.
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    try:
        index = type(value).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % _type_name(value)) from None
    return index(value)


_OMITTED = object()
_DATE_ARGS = ("year", "month", "day")
_TIME_ARGS = ("hour", "minute", "second", "microsecond", "tzinfo", "fold")
_DATETIME_ARGS = _DATE_ARGS + _TIME_ARGS
_TIMEDELTA_ARGS = ("days", "seconds", "microseconds", "milliseconds",
                   "minutes", "hours", "weeks")
_C_INT_MAX = 2**31 - 1
_C_LONG_MAX = 2**63 - 1


def _c_int(value):
    # An 'i' argument of the C module: an index that fits a C int.
    value = _index(value)
    if not -_C_LONG_MAX - 1 <= value <= _C_LONG_MAX:
        raise OverflowError("Python int too large to convert to C long")
    if value > _C_INT_MAX:
        raise OverflowError("signed integer is greater than maximum")
    if value < -_C_INT_MAX - 1:
        raise OverflowError("signed integer is less than minimum")
    return value


def _c_parse(fname, names, kinds, args, kwargs):
    """The checks and messages of the C module's keyword-argument parsing.

    fname is the name the C format string gives (None: the generic
    'function'); names are the parameters, kinds one letter each: 'i' a C
    int, 'o' any object, upper case for a required one, '$' before the
    keyword-only ones. Returns the values, _OMITTED where a parameter
    was not given."""
    full = fname + "()" if fname else "function"
    nargs, nkw = len(args), len(kwargs)
    total = len(names)
    maxpos = kinds.find('$')
    kinds = kinds.replace('$', '')
    if maxpos < 0:
        maxpos = total
    nrequired = len(kinds) - len(kinds.lstrip('IO'))
    if nargs + nkw > total:
        raise TypeError("%s takes at most %d %sargument%s (%d given)"
                        % (full, total, "" if nargs else "keyword ",
                           "" if total == 1 else "s", nargs + nkw))
    values = [_OMITTED] * total
    for i, name in enumerate(names):
        # The positional count is checked on reaching '$', after the
        # arguments before it were converted (vgetargskeywords).
        if i == maxpos and nargs > maxpos:
            raise TypeError("%s takes %s %d positional argument%s (%d given)"
                            % (full, "at most" if nrequired < total else "exactly",
                               maxpos, "" if maxpos == 1 else "s", nargs))
        if i < nargs:
            value = args[i]
        elif nkw and name in kwargs:
            value = kwargs[name]
            nkw -= 1
        else:
            if i < nrequired:
                raise TypeError("%s missing required argument '%s' (pos %d)"
                                % (full, name, i + 1))
            if not nkw:
                return values
            continue
        values[i] = _c_int(value) if kinds[i] in 'iI' else value
    if nkw:
        for i in range(nargs):
            if names[i] in kwargs:
                raise TypeError("argument for %s given by name ('%s') and "
                                "position (%d)" % (full, names[i], i + 1))
        for key in kwargs:
            if key not in names:
                raise TypeError("'%s' is an invalid keyword argument for %s"
                                % (key, full if fname else "this function"))
    return values


def _check_date_fields(year, month, day):
    year = _index(year)
    month = _index(month)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _index(hour)
    minute = _index(minute)
    second = _index(second)
    microsecond = _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo "
                        "subclass, not type '%s'" % _type_name(tz))


def _check_offset(name, offset):
    # What a tzinfo's utcoffset() or dst() returned.
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, _type_name(offset)))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24).")
    return offset


def _check_str_arg(func, pos, value):
    if not isinstance(value, str):
        raise TypeError("%s() argument %d must be str, not %s"
                        % (func, pos, _type_name(value)))


def _divide_nearest(a, b):
    # a / b rounded to the nearest integer, ties to even.
    q, r = divmod(a, b)
    r2 = 2 * r
    if b > 0:
        if r2 > b or (r2 == b and q % 2 == 1):
            q += 1
    else:
        if r2 < b or (r2 == b and q % 2 == 1):
            q += 1
    return q


# ---- the native core ---------------------------------------------------
# The common case of the operations loops use (constructors, + and -,
# comparisons, ordinals, field reads) is native: _datetime_core, called at
# the end of the module once the classes exist, binds natives to the
# classes and their __slots__ (datetime_module.cc). Each takes only the
# module's own classes exactly, small ints and values in range, and
# returns None for anything else, where the Python code below goes on with
# every check and message. Until the classes are made, nothing is native.

def _not_native(*args):
    return None


_fast_date_new = _fast_datetime_new = _fast_timedelta_new = _not_native
_fast_fromordinal = _fast_date_ordinal = _not_native
_fast_date_add = _fast_date_sub = _fast_datetime_add = _not_native
_fast_datetime_sub = _fast_timedelta_add = _fast_timedelta_sub = _not_native
_fast_date_compare = _fast_timedelta_compare = _not_native
_fast_replace = _fast_isoformat = _fast_strftime = _fast_hash = _not_native


# ---- timedelta ---------------------------------------------------------

def _delta_from_us(us):
    days, us = divmod(us, _US_PER_DAY)
    seconds, us = divmod(us, _US_PER_SECOND)
    return _make_delta(timedelta, days, seconds, us)


def _make_delta(cls, days, seconds, us):
    if not -2147483648 <= days <= 2147483647:
        raise OverflowError("Python int too large to convert to C int")
    if not -_MAX_DELTA_DAYS <= days <= _MAX_DELTA_DAYS:
        raise OverflowError("days=%d; must have magnitude <= %d"
                            % (days, _MAX_DELTA_DAYS))
    self = object.__new__(cls)
    self._days = days
    self._seconds = seconds
    self._microseconds = us
    self._hashcode = -1
    return self


def _accumulate(total, leftover, value, factor, tag):
    # Adds value * factor microseconds: ints exactly, floats as an exact
    # integer part plus a float leftover rounded once at the end.
    if isinstance(value, int):
        return total + int(value) * factor, leftover
    if isinstance(value, float):
        frac, whole = _math.modf(value)
        total += int(whole) * factor
        if frac == 0.0:
            return total, leftover
        frac, whole = _math.modf(frac * factor)
        return total + int(whole), leftover + frac
    raise TypeError("unsupported type for timedelta %s component: %s"
                    % (tag, _type_name(value)))


class timedelta:
    """Difference between two datetime values.

    timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)

    All arguments are optional and default to 0.
    Arguments may be integers or floats, and may be positive or negative."""

    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, *args, **kwargs):
        self = _fast_timedelta_new(cls, args, kwargs)
        if self is not None:
            return self
        days, seconds, microseconds, milliseconds, minutes, hours, weeks = (
            0 if v is _OMITTED else v for v in _c_parse(
                "__new__", _TIMEDELTA_ARGS, 'ooooooo', args, kwargs))
        total = 0
        leftover = 0.0
        for value, factor, tag in ((microseconds, 1, "microseconds"),
                                   (milliseconds, 1000, "milliseconds"),
                                   (seconds, _US_PER_SECOND, "seconds"),
                                   (minutes, 60 * _US_PER_SECOND, "minutes"),
                                   (hours, 3600 * _US_PER_SECOND, "hours"),
                                   (days, _US_PER_DAY, "days"),
                                   (weeks, 7 * _US_PER_DAY, "weeks")):
            total, leftover = _accumulate(total, leftover, value, factor, tag)
        if leftover:
            whole = round(leftover)
            if abs(whole - leftover) == 0.5:
                # Exactly halfway: round the total to even.
                odd = total & 1
                whole = 2 * round((leftover + odd) * 0.5) - odd
            total += int(whole)
        d, us = divmod(total, _US_PER_DAY)
        s, us = divmod(us, _US_PER_SECOND)
        return _make_delta(cls, d, s, us)

    days = property(lambda self: self._days,
                    doc="Number of days.")
    seconds = property(lambda self: self._seconds,
                       doc="Number of seconds (>= 0 and less than 1 day).")
    microseconds = property(lambda self: self._microseconds,
                            doc="Number of microseconds (>= 0 and less than 1 second).")

    def _to_us(self):
        return ((self._days * 86400 + self._seconds) * _US_PER_SECOND
                + self._microseconds)

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._to_us() / 10**6

    def __repr__(self):
        parts = []
        if self._days:
            parts.append("days=%d" % self._days)
        if self._seconds:
            parts.append("seconds=%d" % self._seconds)
        if self._microseconds:
            parts.append("microseconds=%d" % self._microseconds)
        if not parts:
            parts.append("0")
        return "%s(%s)" % (_type_name(self), ", ".join(parts))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            plural = "" if self._days in (1, -1) else "s"
            s = "%d day%s, %s" % (self._days, plural, s)
        if self._microseconds:
            s += ".%06d" % self._microseconds
        return s

    def __add__(self, other):
        result = _fast_timedelta_add(self, other)
        if result is not None:
            return result
        if isinstance(other, timedelta):
            return _delta_from_us(self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        result = _fast_timedelta_sub(self, other)
        if result is not None:
            return result
        if isinstance(other, timedelta):
            return _delta_from_us(self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(other._to_us() - self._to_us())
        return NotImplemented

    def __neg__(self):
        return _delta_from_us(-self._to_us())

    def __pos__(self):
        return _delta_from_us(self._to_us())

    def __abs__(self):
        if self._days < 0:
            return -self
        return +self

    def __mul__(self, other):
        if isinstance(other, int):
            return _delta_from_us(self._to_us() * other)
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return _delta_from_us(_divide_nearest(self._to_us() * num, den))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() / other._to_us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _delta_from_us(_divide_nearest(self._to_us(), other))
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            if num == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _delta_from_us(_divide_nearest(self._to_us() * den, num))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() // other._to_us()
        if isinstance(other, int):
            return _delta_from_us(self._to_us() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(self._to_us() % other._to_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_us(), other._to_us())
            return q, _delta_from_us(r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        result = _fast_timedelta_compare(self, other, 0)
        if result is not None:
            return result
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        result = _fast_timedelta_compare(self, other, 1)
        if result is not None:
            return result
        if isinstance(other, timedelta):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        result = _fast_timedelta_compare(self, other, 2)
        if result is not None:
            return result
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        result = _fast_timedelta_compare(self, other, 3)
        if result is not None:
            return result
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        result = _fast_timedelta_compare(self, other, 4)
        if result is not None:
            return result
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        result = _fast_timedelta_compare(self, other, 5)
        if result is not None:
            return result
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), self._key())

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


timedelta.min = timedelta(-_MAX_DELTA_DAYS)
timedelta.max = timedelta(days=_MAX_DELTA_DAYS, hours=23, minutes=59,
                          seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# ---- strftime ------------------------------------------------------------

def _format_offset(off, sep):
    # '+HH<sep>MM[<sep>SS[.ffffff]]' for a timedelta offset, '' for None.
    if off is None:
        return ""
    if off.days < 0:
        sign = "-"
        off = -off
    else:
        sign = "+"
    hh, rest = divmod(off.seconds, 3600)
    mm, ss = divmod(rest, 60)
    s = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or off.microseconds:
        s += "%s%02d" % (sep, ss)
        if off.microseconds:
            s += ".%06d" % off.microseconds
    return s


def _wrap_strftime(obj, fmt, timetuple, tzinfo_arg):
    # CPython's wrap_strftime: %z, %Z and %f are replaced here, from `obj`'s
    # tzinfo (asked with `tzinfo_arg`) and microseconds; the rest of the
    # format goes to time.strftime with `timetuple`. The C code walks the
    # format's UTF-8 text up to its first NUL.
    fmt.encode("utf-8")
    nul = fmt.find("\0")
    if nul >= 0:
        fmt = fmt[:nul]
    tzinfo = getattr(obj, "_tzinfo", None)
    out = []
    n = len(fmt)
    i = 0
    while i < n:
        j = fmt.find("%", i)
        if j < 0 or j + 1 >= n:
            out.append(fmt[i:])
            break
        out.append(fmt[i:j])
        c = fmt[j + 1]
        if c == "z":
            off = None
            if tzinfo is not None:
                off = _check_offset("utcoffset", tzinfo.utcoffset(tzinfo_arg))
            out.append(_format_offset(off, ""))
        elif c == "Z":
            name = None
            if tzinfo is not None:
                name = tzinfo.tzname(tzinfo_arg)
                if name is not None and not isinstance(name, str):
                    raise TypeError("tzinfo.tzname() must return None or a "
                                    "string, not '%s'" % _type_name(name))
            if name is not None:
                out.append(name.replace("%", "%%"))
        elif c == "f":
            out.append("%06d" % getattr(obj, "_microsecond", 0))
        else:
            out.append(fmt[j:j + 2])
        i = j + 2
    return _time.strftime("".join(out), timetuple)


def _build_struct_time(y, m, d, hh, mm, ss, dstflag):
    wday = (_ymd_to_ord(y, m, d) + 6) % 7
    yday = _ymd_to_ord(y, m, d) - _ymd_to_ord(y, 1, 1) + 1
    return _time.struct_time((y, m, d, hh, mm, ss, wday, yday, dstflag))


def _ctime(y, mo, d, hh, mi, ss):
    wday = (_ymd_to_ord(y, mo, d) + 6) % 7
    return "%s %s %2d %02d:%02d:%02d %04d" % (
        _DAY_NAMES[wday][:3], _MONTH_NAMES[mo][:3], d, hh, mi, ss, y)


def _iso_calendar(year, month, day):
    # (ISO year, ISO week, ISO weekday): week 1 holds the year's first
    # Thursday.
    def week1_monday(y):
        first = _days_before_year(y) + 1
        first_wday = (first + 6) % 7
        monday = first - first_wday
        if first_wday > 3:
            monday += 7
        return monday

    today = _ymd_to_ord(year, month, day)
    iso_year = year
    monday = week1_monday(iso_year)
    if today < monday:
        iso_year -= 1
        monday = week1_monday(iso_year)
    else:
        next_monday = week1_monday(iso_year + 1)
        if today >= next_monday:
            iso_year += 1
            monday = next_monday
    week, wday = divmod(today - monday, 7)
    return iso_year, week + 1, wday + 1


def _format_check(func, fmt):
    # Argument Clinic's message, which names None as None.
    if not isinstance(fmt, str):
        raise TypeError("%s() argument 1 must be str, not %s"
                        % (func, "None" if fmt is None else _type_name(fmt)))


class IsoCalendarDate(tuple):
    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return "%s(year=%d, week=%d, weekday=%d)" % (
            _type_name(self), self[0], self[1], self[2])


# ---- date --------------------------------------------------------------

def _date_new(cls, year, month, day):
    self = object.__new__(cls)
    self._year = year
    self._month = month
    self._day = day
    self._hashcode = -1
    return self


def _date_from_ord(cls, n):
    if not 1 <= n <= _MAX_ORDINAL:
        raise OverflowError("date value out of range")
    return cls(*_ord_to_ymd(n))


_ISO_DIGITS = "0123456789"


def _iso_int(s, start, count):
    part = s[start:start + count]
    if len(part) != count or any(ch not in _ISO_DIGITS for ch in part):
        return None
    return int(part)


def _parse_iso_date(s, length):
    # (year, month, day) of the date forms 3.11 accepts: YYYY-MM-DD,
    # YYYYMMDD, YYYY-Www[-D] and YYYYWww[D]; None otherwise. As CPython's
    # parse_isoformat_date it reads from the start of s, checking neither
    # that the date ends at `length` (the date part's length) nor that the
    # fields are in range (the constructor does); `length` only tells
    # whether a week date has its day.
    year = _iso_int(s, 0, 4)
    if year is None:
        return None
    extended = s[4:5] == "-"
    pos = 5 if extended else 4
    if s[pos:pos + 1] == "W":
        week = _iso_int(s, pos + 1, 2)
        if week is None:
            return None
        pos += 3
        weekday = 1
        if pos < length:
            if extended:
                if s[pos:pos + 1] != "-":
                    return None
                pos += 1
            weekday = _iso_int(s, pos, 1)
            if weekday is None:
                return None
        return _iso_week_date(year, week, weekday)
    month = _iso_int(s, pos, 2)
    if month is None:
        return None
    pos += 2
    if extended:
        if s[pos:pos + 1] != "-":
            return None
        pos += 1
    day = _iso_int(s, pos, 2)
    if day is None:
        return None
    return year, month, day


def _iso_week_date(year, week, weekday):
    # CPython's iso_to_ymd for fromisoformat: None for a week or day out of
    # range; the year is not checked, so 9999-W52-7 gives year 10000, which
    # the constructor refuses. For year 0, the C arithmetic on the negative
    # ordinal yields a month below 1 (week 53 is never valid then).
    if year == 0:
        if not 0 < week < 53 or not 0 < weekday < 8:
            return None
        raise ValueError("month must be in 1..12")
    try:
        return _from_iso_week(year, week, weekday)
    except ValueError:
        return None


def _find_iso_separator(s):
    # CPython's _find_isoformat_datetime_separator: where the date part of
    # datetime.fromisoformat ends (the separator may be any character), or
    # -1. A basic week date followed by digits is ambiguous: the run of
    # digits from index 7 decides, as in CPython.
    n = len(s)
    if n == 7:
        return 7
    if s[4] == "-":
        if s[5] != "W":
            return 10
        if n < 8:
            return -1
        if n > 8 and s[8] == "-":
            if n == 9:
                return -1
            if n > 10 and s[10] in _ISO_DIGITS:
                return 8
            return 10
        return 8
    if s[4] != "W":
        return 8
    end = 7
    while end < n and s[end] in _ISO_DIGITS:
        end += 1
    if end < 9:
        return end
    return 7 if end % 2 == 0 else 8


def _from_iso_week(year, week, weekday):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    if not 0 < week < 53:
        out_of_range = True
        if week == 53:
            # Only years starting on a Thursday, or leap years starting on
            # a Wednesday, have 53 weeks.
            first_wday = _ymd_to_ord(year, 1, 1) % 7
            if first_wday == 4 or (first_wday == 3 and _is_leap(year)):
                out_of_range = False
        if out_of_range:
            raise ValueError("Invalid week: %d" % week)
    if not 0 < weekday < 8:
        raise ValueError("Invalid day: %d (range is [1, 7])" % weekday)
    first = _days_before_year(year) + 1
    first_wday = (first + 6) % 7
    monday = first - first_wday
    if first_wday > 3:
        monday += 7
    return _ord_to_ymd(monday + (week - 1) * 7 + weekday - 1)


class date:
    """date(year, month, day) --> date object"""

    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, *args, **kwargs):
        self = _fast_date_new(cls, args, kwargs)
        if self is not None:
            return self
        return _date_new(cls, *_check_date_fields(
            *_c_parse(None, _DATE_ARGS, 'III', args, kwargs)))

    @classmethod
    def today(cls):
        raise _no_clock("date.today()")

    @classmethod
    def fromtimestamp(cls, t):
        raise _no_clock("date.fromtimestamp()")

    @classmethod
    def fromordinal(cls, *args, **kwargs):
        self = _fast_fromordinal(cls, args, kwargs)
        if self is not None:
            return self
        if kwargs:
            raise TypeError("fromordinal() takes no keyword arguments")
        if len(args) != 1:
            raise TypeError("fromordinal() takes exactly 1 argument (%d given)"
                            % len(args))
        n = _c_int(args[0])
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAX_ORDINAL:
            raise ValueError("year %d is out of range" % _ord_to_ymd(n)[0])
        return cls(*_ord_to_ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(date_string) in (7, 8, 10):
            ymd = _parse_iso_date(date_string, len(date_string))
            if ymd is not None:
                return cls(*ymd)
        raise ValueError("Invalid isoformat string: %r" % (date_string,))

    @classmethod
    def fromisocalendar(cls, *args, **kwargs):
        # The C parser's int overflow becomes the range error, which
        # replaces it (no __context__).
        try:
            ymd = _c_parse("fromisocalendar", ("year", "week", "day"), 'III',
                           args, kwargs)
        except OverflowError:
            ymd = None
        if ymd is None:
            raise ValueError("ISO calendar component out of range")
        return cls(*_from_iso_week(*ymd))

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_type_name(self), self._year, self._month,
                                   self._day)

    def isoformat(self, *args, **kwargs):
        if not args and not kwargs:
            # "": the date part, also of a datetime given as self.
            result = _fast_isoformat(self, "")
            if result is not None:
                return result
        _no_args("date.isoformat", args, kwargs)
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    def __str__(self):
        # CPython's date.__str__ calls self.isoformat(): a datetime's
        # (exactly datetime: the native declines subclasses) uses "T".
        result = _fast_isoformat(self, "T")
        if result is not None:
            return result
        return self.isoformat()

    def ctime(self):
        """Return ctime() style string."""
        return _ctime(self._year, self._month, self._day, 0, 0, 0)

    def strftime(self, format):
        """format -> strftime() style string."""
        result = _fast_strftime(self, format)
        if result is not None:
            return result
        _format_check("strftime", format)
        return _wrap_strftime(self, format, self.timetuple(), None)

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        return _build_struct_time(self._year, self._month, self._day,
                                  0, 0, 0, -1)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("__format__() argument 1 must be str, not %s"
                            % ("None" if fmt is None else _type_name(fmt)))
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def toordinal(self):
        """Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1."""
        n = _fast_date_ordinal(self)
        if n is not None:
            return n
        return _ymd_to_ord(self._year, self._month, self._day)

    def weekday(self):
        """Return the day of the week represented by the date.
Monday == 0 ... Sunday == 6"""
        n = _fast_date_ordinal(self)
        if n is None:
            n = self.toordinal()
        return (n + 6) % 7

    def isoweekday(self):
        """Return the day of the week represented by the date.
Monday == 1 ... Sunday == 7"""
        n = _fast_date_ordinal(self)
        if n is None:
            n = self.toordinal()
        return (n + 6) % 7 + 1

    def isocalendar(self):
        """Return a named tuple containing ISO year, week number, and weekday."""
        return IsoCalendarDate(*_iso_calendar(self._year, self._month,
                                              self._day))

    def replace(self, *args, **kwargs):
        """Return date with new specified fields."""
        result = _fast_replace(self, args, kwargs)
        if result is not None:
            return result
        year, month, day = _c_parse("replace", _DATE_ARGS, 'iii', args, kwargs)
        # As CPython's date_replace, a subclass's instance is made without
        # calling the subclass (its __new__ and __init__ do not run).
        return _date_new(type(self), *_check_date_fields(
            self._year if year is _OMITTED else year,
            self._month if month is _OMITTED else month,
            self._day if day is _OMITTED else day))

    def _cmp_key(self):
        return (self._year, self._month, self._day)

    def _compare(self, other, op):
        # As CPython 3.11's date_richcompare: any date, a datetime's date
        # part too. `date(...) < datetime(...)` does not get here: the
        # datetime, a subclass, answers first (datetime._compare).
        if isinstance(other, date):
            return op(self._cmp_key(), other._cmp_key())
        return NotImplemented

    def __eq__(self, other):
        result = _fast_date_compare(self, other, 0)
        if result is not None:
            return result
        return self._compare(other, _eq)

    def __ne__(self, other):
        result = _fast_date_compare(self, other, 1)
        if result is not None:
            return result
        return self._compare(other, _ne)

    def __lt__(self, other):
        result = _fast_date_compare(self, other, 2)
        if result is not None:
            return result
        return self._compare(other, _lt)

    def __le__(self, other):
        result = _fast_date_compare(self, other, 3)
        if result is not None:
            return result
        return self._compare(other, _le)

    def __gt__(self, other):
        result = _fast_date_compare(self, other, 4)
        if result is not None:
            return result
        return self._compare(other, _gt)

    def __ge__(self, other):
        result = _fast_date_compare(self, other, 5)
        if result is not None:
            return result
        return self._compare(other, _ge)

    def __hash__(self):
        h = _fast_hash(self, False)
        if h is not None:
            return h
        if self._hashcode == -1:
            self._hashcode = hash(bytes((self._year >> 8, self._year & 255,
                                         self._month, self._day)))
        return self._hashcode

    def __add__(self, other):
        result = _fast_date_add(self, other)
        if result is not None:
            return result
        if isinstance(other, timedelta):
            # The fields, not self.toordinal(), which a subclass may
            # override (CPython's C code reads the fields).
            n = _ymd_to_ord(self._year, self._month, self._day) + other.days
            if not 1 <= n <= _MAX_ORDINAL:
                raise OverflowError("date value out of range")
            cls = type(self)
            if cls is date:
                return _date_new(cls, *_ord_to_ymd(n))
            return cls(*_ord_to_ymd(n))
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        result = _fast_date_sub(self, other)
        if result is not None:
            return result
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime) \
                and not isinstance(self, datetime):
            return timedelta(_ymd_to_ord(self._year, self._month, self._day)
                             - _ymd_to_ord(other._year, other._month,
                                           other._day))
        return NotImplemented

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _eq(a, b):
    return a == b


def _ne(a, b):
    return a != b


def _lt(a, b):
    return a < b


def _le(a, b):
    return a <= b


def _gt(a, b):
    return a > b


def _ge(a, b):
    return a >= b


# ---- tzinfo and timezone -----------------------------------------------

class tzinfo:
    """Abstract base class for time zone info objects."""

    __slots__ = ()

    def tzname(self, dt):
        """datetime -> string name of time zone."""
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        """datetime -> timedelta showing offset from UTC, negative values indicating West of UTC"""
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        """datetime -> DST offset as timedelta positive east of UTC."""
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = dt.utcoffset()
        if off is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        delta = off - dst
        if delta:
            dt += delta
            dst = dt.dst()
            if dst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent "
                                 "results; cannot convert")
        return dt + dst

    def __reduce__(self):
        # CPython's: a copy calls the class with __getinitargs__()'s
        # arguments (none without it), then restores the instance state.
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs else ()
        return (type(self), args, self.__getstate__())


def _no_args(qualname, args, kwargs):
    # A METH_NOARGS method of CPython's _datetime.
    if kwargs:
        raise TypeError(f"{qualname}() takes no keyword arguments")
    if args:
        raise TypeError(f"{qualname}() takes no arguments ({len(args)} given)")


def _one_arg(qualname, args, kwargs):
    # A METH_O method of CPython's _datetime: its one argument.
    if kwargs:
        raise TypeError(f"{qualname}() takes no keyword arguments")
    if len(args) != 1:
        raise TypeError(f"{qualname}() takes exactly one argument ({len(args)} given)")
    return args[0]


def _keyword_args(name, args, kwargs, names, defaults):
    # PyArg_ParseTupleAndKeywords with only optional arguments: the values
    # in the order of `names`, and the error of a keyword it does not take,
    # which CPython raises after converting the values (the caller's checks).
    given = len(args) + len(kwargs)
    if given > len(names):
        s = "" if len(names) == 1 else "s"
        kind = "" if args else "keyword "
        raise TypeError(f"{name}() takes at most {len(names)} {kind}argument{s} ({given} given)")
    values = list(args) + list(defaults[len(args):])
    pending = None
    for key, value in kwargs.items():
        if key in names[:len(args)]:
            pending = pending or TypeError(
                f"argument for {name}() given by name ('{key}') and position "
                f"({names.index(key) + 1})")
        elif key not in names:
            pending = pending or TypeError(f"'{key}' is an invalid keyword argument for {name}()")
        else:
            values[names.index(key)] = value
    return values, pending


def _check_str_arg(name, position, value):
    # The 's' converter's message.
    if not isinstance(value, str):
        shown = "None" if value is None else _type_name(value)
        raise TypeError(f"{name}() argument {position} must be str, not {shown}")


def _check_dt_arg(func, dt):
    if dt is not None and not isinstance(dt, datetime):
        raise TypeError("%s(dt) argument must be a datetime instance or None, "
                        "not %s" % (func, _type_name(dt)))




def _clinic_type_name(value):
    # How argument clinic names a wrong argument: None by itself.
    return 'None' if value is None else _type_name(value)


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    __slots__ = ("_offset", "_name")

    def __new__(cls, offset, name=_OMITTED):
        # CPython's argument-clinic errors (the _c_signature mark below): a
        # name may be omitted, never None.
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, "
                            "not %s" % _clinic_type_name(offset))
        if name is _OMITTED:
            name = None
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s"
                            % _clinic_type_name(name))
        if name is None and not offset and cls is timezone and _UTC is not None:
            return _UTC
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24), "
                             "not %r." % (offset,))
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return "datetime.timezone.utc"
        if self._name is None:
            return "%s(%r)" % (_type_name(self), self._offset)
        return "%s(%r, %r)" % (_type_name(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, *args, **kwargs):
        dt = _one_arg("timezone.utcoffset", args, kwargs)
        """If name is specified when timezone is created, returns the name.  Otherwise returns offset as 'UTC(+|-)HH:MM'."""
        _check_dt_arg("utcoffset", dt)
        return self._offset

    def tzname(self, *args, **kwargs):
        dt = _one_arg("timezone.tzname", args, kwargs)
        """If name is specified when timezone is created, returns the name.  Otherwise returns offset as 'UTC(+|-)HH:MM'."""
        _check_dt_arg("tzname", dt)
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset, ":")

    def dst(self, *args, **kwargs):
        dt = _one_arg("timezone.dst", args, kwargs)
        """Return None."""
        _check_dt_arg("dst", dt)
        return None

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __reduce__(self):
        # tzinfo.__reduce__'s shape in CPython: the state (a timezone has
        # no __dict__) is None.
        return (type(self), self.__getinitargs__(), None)


_c_signature(timezone.__new__)
_UTC = None
_UTC = timezone._create(timedelta(0))
timezone.utc = _UTC
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
UTC = _UTC


# ---- time ----------------------------------------------------------------

def _time_new(cls, hour, minute, second, microsecond, tz, fold):
    self = object.__new__(cls)
    self._hour = hour
    self._minute = minute
    self._second = second
    self._microsecond = microsecond
    self._tzinfo = tz
    self._fold = fold
    self._hashcode = -1
    return self


def _format_time(hh, mm, ss, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


def _parse_iso_time(s):
    # (hour, minute, second, microsecond, tzinfo) of a time as CPython
    # 3.11's parse_isoformat_time reads it: a clock up to the first Z, +
    # or -, then Z or a signed clock as the offset. None if malformed.
    # The C code walks a NUL-terminated buffer, so an embedded NUL ends
    # the string for some checks; the sentinel reproduces that.
    n = len(s)
    s += "\0"
    tz_pos = 0
    while s[tz_pos] not in "Z+-":
        tz_pos += 1
        if tz_pos >= n:
            break
    clock = _parse_iso_clock(s, 0, tz_pos)
    if clock is None:
        return None
    more, hh, mm, ss, us = clock
    if tz_pos >= n:
        return None if more else (hh, mm, ss, us, None)
    if s[tz_pos] == "Z":
        return None if s[tz_pos + 1] != "\0" else (hh, mm, ss, us, _UTC)
    offset = _parse_iso_clock(s, tz_pos + 1, n)
    if offset is None or offset[0]:
        return None
    sign = -1 if s[tz_pos] == "-" else 1
    seconds = sign * (offset[1] * 3600 + offset[2] * 60 + offset[3])
    micros = sign * offset[4]
    tz = _UTC
    if seconds:
        # Whole seconds decide UTC, as in CPython (-00:00:00.000001 is
        # UTC); timezone() refuses an offset of a day or more with its own
        # ValueError, not "Invalid isoformat string", as CPython does.
        tz = timezone(timedelta(seconds=seconds, microseconds=micros))
    return hh, mm, ss, us, tz


def _parse_iso_clock(s, pos, end):
    # CPython 3.11's parse_hh_mm_ss_ff on s[pos:end] (s ends with a NUL):
    # HH, then MM and SS each after ':' (if the first separator was one)
    # or directly; '.' or ',' after any field starts a fraction, and in
    # the basic form digits after SS are one too. The fraction keeps six
    # digits and skips the rest. Returns (more, hh, mm, ss, us), `more`
    # telling whether anything follows, or None if malformed.
    values = [0, 0, 0]
    extended = True
    for k in range(3):
        v = _iso_int(s, pos, 2)
        if v is None:
            return None
        values[k] = v
        sep = s[pos + 2]
        pos += 3
        if k == 0:
            extended = sep == ":"
        if pos >= end:
            return sep != "\0", values[0], values[1], values[2], 0
        if extended and sep == ":":
            continue
        if sep in ".,":
            break
        if extended:
            return None
        pos -= 1
    count = min(end - pos, 6)
    us = _iso_int(s, pos, count)
    if us is None:
        return None
    us *= 10 ** (6 - count)
    pos += count
    while s[pos] in _ISO_DIGITS:
        pos += 1
    return s[pos] != "\0", values[0], values[1], values[2], us


class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object

All arguments are optional. tzinfo may be None, or an instance of
a tzinfo subclass. The remaining arguments may be ints.
"""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo",
                 "_fold", "_hashcode")

    def __new__(cls, *args, **kwargs):
        hour, minute, second, microsecond, tzinfo, fold = (
            (None if name == "tzinfo" else 0) if v is _OMITTED else v
            for name, v in zip(_TIME_ARGS, _c_parse(
                None, _TIME_ARGS, 'iiiio$i', args, kwargs)))
        fields = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        return _time_new(cls, fields[0], fields[1], fields[2], fields[3],
                         tzinfo, fields[4])

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = time_string
        if s[:1] == "T":
            s = s[1:]
        parsed = _parse_iso_time(s)
        if parsed is None:
            raise ValueError("Invalid isoformat string: %r" % (time_string,))
        hh, mm, ss, us, tz = parsed
        return cls(hh, mm, ss, us, tz)

    def utcoffset(self, *args, **kwargs):
        _no_args("time.utcoffset", args, kwargs)
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(None))

    def dst(self, *args, **kwargs):
        _no_args("time.dst", args, kwargs)
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(None))

    def tzname(self, *args, **kwargs):
        _no_args("time.tzname", args, kwargs)
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(None)
        if name is not None and not isinstance(name, str):
            raise TypeError("tzinfo.tzname() must return None or a string, "
                            "not '%s'" % _type_name(name))
        return name

    def isoformat(self, *args, **kwargs):
        (timespec,), pending = _keyword_args("isoformat", args, kwargs, ("timespec",), ("auto",))
        _check_str_arg("isoformat", 1, timespec)
        if pending:
            raise pending
        s = _format_time(self._hour, self._minute, self._second,
                         self._microsecond, timespec)
        return s + _format_offset(self.utcoffset(), ":")

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        if self._microsecond:
            s = "%d, %d, %d, %d" % (self._hour, self._minute, self._second,
                                    self._microsecond)
        elif self._second:
            s = "%d, %d, %d" % (self._hour, self._minute, self._second)
        else:
            s = "%d, %d" % (self._hour, self._minute)
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            s += ", fold=1"
        return "%s(%s)" % (_type_name(self), s)

    def strftime(self, format):
        _format_check("strftime", format)
        return _wrap_strftime(self, format, (1900, 1, 1, self._hour,
                                             self._minute, self._second,
                                             0, 1, -1), None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("__format__() argument 1 must be str, not %s"
                            % ("None" if fmt is None else _type_name(fmt)))
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, *args, **kwargs):
        hour, minute, second, microsecond, tzinfo, fold = (
            getattr(self, "_" + name) if v is _OMITTED else v
            for name, v in zip(_TIME_ARGS, _c_parse(
                "replace", _TIME_ARGS, 'iiiio$i', args, kwargs)))
        # As CPython's time_replace: fold first, then time's checks, and a
        # subclass's instance made without calling the subclass.
        if fold not in (0, 1):
            raise ValueError("fold must be either 0 or 1")
        fields = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        return _time_new(type(self), fields[0], fields[1], fields[2], fields[3],
                         tzinfo, fold)

    def _us_of_day(self):
        return (((self._hour * 60 + self._minute) * 60 + self._second)
                * _US_PER_SECOND + self._microsecond)

    def _compare(self, other, op):
        if not isinstance(other, time):
            return NotImplemented
        if self._tzinfo is other._tzinfo:
            a = self._us_of_day()
            b = other._us_of_day()
            return op(a, b)
        off1 = self.utcoffset()
        off2 = other.utcoffset()
        if off1 == off2:
            return op(self._us_of_day(), other._us_of_day())
        if off1 is None or off2 is None:
            if op is _eq:
                return False
            if op is _ne:
                return True
            raise TypeError("can't compare offset-naive and offset-aware times")
        a = self._us_of_day() - off1._to_us()
        b = other._us_of_day() - off2._to_us()
        return op(a, b)

    def __eq__(self, other):
        return self._compare(other, _eq)

    def __ne__(self, other):
        return self._compare(other, _ne)

    def __lt__(self, other):
        return self._compare(other, _lt)

    def __le__(self, other):
        return self._compare(other, _le)

    def __gt__(self, other):
        return self._compare(other, _gt)

    def __ge__(self, other):
        return self._compare(other, _ge)

    def __hash__(self):
        if self._hashcode == -1:
            if self._fold:
                t = self.replace(fold=0)
            else:
                t = self
            off = t.utcoffset()
            if off is None:
                h = hash(bytes((self._hour, self._minute, self._second,
                                self._microsecond >> 16,
                                (self._microsecond >> 8) & 255,
                                self._microsecond & 255)))
            else:
                h = hash(timedelta(seconds=self._hour * 3600 + self._minute * 60
                                   + self._second,
                                   microseconds=self._microsecond) - off)
            self._hashcode = h
        return self._hashcode

    def __reduce__(self):
        return (type(self), (self._hour, self._minute, self._second,
                             self._microsecond, self._tzinfo))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        # Immutable, so shared; but CPython's deepcopy (a pickling round
        # trip) gives the copy a deep copy of a tzinfo.
        if self._tzinfo is None:
            return self
        from copy import deepcopy
        return self.replace(tzinfo=deepcopy(self._tzinfo, memo))


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ---- datetime ------------------------------------------------------------

def _datetime_new(cls, y, mo, d, hh, mi, ss, us, tz, fold):
    self = object.__new__(cls)
    self._year = y
    self._month = mo
    self._day = d
    self._hour = hh
    self._minute = mi
    self._second = ss
    self._microsecond = us
    self._tzinfo = tz
    self._fold = fold
    self._hashcode = -1
    return self


def _datetime_from_us(cls, total, tz, fold=0):
    # A datetime `total` microseconds after 0001-01-01T00:00 (ordinal 1).
    days, rest = divmod(total, _US_PER_DAY)
    n = days + 1
    if not 1 <= n <= _MAX_ORDINAL:
        raise OverflowError("date value out of range")
    y, mo, d = _ord_to_ymd(n)
    secs, us = divmod(rest, _US_PER_SECOND)
    mins, ss = divmod(secs, 60)
    hh, mi = divmod(mins, 60)
    return _datetime_new(cls, y, mo, d, hh, mi, ss, us, tz, fold)


def _datetime_shifted(dt, total):
    # dt moved to `total` microseconds (datetime +/- timedelta): a
    # subclass's instance is made by calling the subclass with the fields
    # and dt's tzinfo, as CPython's new_datetime_subclass_fold_ex.
    cls = type(dt)
    if cls is datetime:
        return _datetime_from_us(cls, total, dt._tzinfo)
    r = _datetime_from_us(datetime, total, dt._tzinfo)
    return cls(r._year, r._month, r._day, r._hour, r._minute, r._second,
               r._microsecond, r._tzinfo)


def _round_half_even_us(t):
    # (whole seconds, microseconds) of the float or int timestamp t.
    if isinstance(t, int):
        return t, 0
    if not isinstance(t, float):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % _type_name(t))
    if t != t:
        raise ValueError("Invalid value NaN (not a number)")
    frac, whole = _math.modf(t)
    us = round(frac * 1e6)
    whole = int(whole)
    if us >= 1000000:
        whole += 1
        us -= 1000000
    elif us < 0:
        whole -= 1
        us += 1000000
    return whole, us


_EPOCH_US = (_ymd_to_ord(1970, 1, 1) - 1) * _US_PER_DAY


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])

The year, month and day arguments are required. tzinfo may be None, or an
instance of a tzinfo subclass. The remaining arguments may be ints.
"""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo",
                 "_fold")

    def __new__(cls, *args, **kwargs):
        self = _fast_datetime_new(cls, args, kwargs)
        if self is not None:
            return self
        (year, month, day, hour, minute, second, microsecond, tzinfo,
         fold) = _c_parse(None, _DATETIME_ARGS, 'IIIiiiio$i', args, kwargs)
        hour, minute, second, microsecond, fold = (
            0 if v is _OMITTED else v
            for v in (hour, minute, second, microsecond, fold))
        if tzinfo is _OMITTED:
            tzinfo = None
        y, mo, d = _check_date_fields(year, month, day)
        hh, mi, ss, us, fold = _check_time_fields(hour, minute, second,
                                                  microsecond, fold)
        _check_tzinfo(tzinfo)
        return _datetime_new(cls, y, mo, d, hh, mi, ss, us, tzinfo, fold)

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def today(cls):
        raise _no_clock("datetime.today()")

    @classmethod
    def now(cls, tz=None):
        raise _no_clock("datetime.now()")

    @classmethod
    def utcnow(cls):
        raise _no_clock("datetime.utcnow()")

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        if tz is None:
            raise _no_clock("datetime.fromtimestamp() without tz")
        _check_tzinfo(tz)
        whole, us = _round_half_even_us(t)
        utc = _datetime_from_us(cls, _EPOCH_US + whole * _US_PER_SECOND + us,
                                tz)
        return tz.fromutc(utc)

    @classmethod
    def utcfromtimestamp(cls, t):
        whole, us = _round_half_even_us(t)
        return _datetime_from_us(cls, _EPOCH_US + whole * _US_PER_SECOND + us,
                                 None)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % _type_name(date))
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % _type_name(time))
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute,
                   time.second, time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        parsed = _parse_iso_datetime(date_string)
        if parsed is None:
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        return cls(*parsed)

    @classmethod
    def strptime(cls, date_string, format):
        _check_str_arg("strptime", 1, date_string)
        _check_str_arg("strptime", 2, format)
        fields = _strptime(date_string, format)
        return cls(*fields)

    def timetz(self):
        return _time_class(self._hour, self._minute, self._second,
                           self._microsecond, self._tzinfo, fold=self._fold)

    def time(self):
        return _time_class(self._hour, self._minute, self._second,
                           self._microsecond, fold=self._fold)

    def date(self):
        return _date_class(self._year, self._month, self._day)

    def utcoffset(self, *args, **kwargs):
        _no_args("datetime.utcoffset", args, kwargs)
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(self))

    def dst(self, *args, **kwargs):
        _no_args("datetime.dst", args, kwargs)
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(self))

    def tzname(self, *args, **kwargs):
        _no_args("datetime.tzname", args, kwargs)
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        if name is not None and not isinstance(name, str):
            raise TypeError("tzinfo.tzname() must return None or a string, "
                            "not '%s'" % _type_name(name))
        return name

    def timestamp(self):
        off = self.utcoffset()
        if off is None:
            raise _no_clock("timestamp() of a naive datetime")
        return (self._to_us() - off._to_us() - _EPOCH_US) / 10**6

    def astimezone(self, tz=None):
        if tz is None:
            raise _no_clock("astimezone() without a tz argument")
        _check_tzinfo(tz)
        off = self.utcoffset()
        if off is None:
            raise _no_clock("astimezone() of a naive datetime")
        if tz is self._tzinfo:
            return self
        utc = _datetime_from_us(type(self), self._to_us() - off._to_us(), tz)
        return tz.fromutc(utc)

    def ctime(self):
        return _ctime(self._year, self._month, self._day, self._hour,
                      self._minute, self._second)

    def strftime(self, format):
        result = _fast_strftime(self, format)
        if result is not None:
            return result
        _format_check("strftime", format)
        return _wrap_strftime(self, format, self.timetuple(), self)

    def timetuple(self):
        """Return time tuple compatible with time.localtime()."""
        dst = None
        if self._tzinfo is not None:
            dst = _check_offset("dst", self._tzinfo.dst(self))
        flag = -1 if dst is None else 1 if dst else 0
        return _build_struct_time(self._year, self._month, self._day,
                                  self._hour, self._minute, self._second, flag)

    def utctimetuple(self):
        """Return UTC time tuple compatible with time.gmtime()."""
        dt = self
        if self._tzinfo is not None:
            off = _check_offset("utcoffset", self._tzinfo.utcoffset(self))
            if off is not None:
                dt = _datetime_from_us(datetime, self._to_us() - off._to_us(),
                                       None)
        return _build_struct_time(dt._year, dt._month, dt._day, dt._hour,
                                  dt._minute, dt._second, 0)

    def isoformat(self, *args, **kwargs):
        if not args and not kwargs:
            result = _fast_isoformat(self, "T")
            if result is not None:
                return result
        (sep, timespec), pending = _keyword_args("isoformat", args, kwargs, ("sep", "timespec"),
                                                 ("T", "auto"))
        if not isinstance(sep, str) or len(sep) != 1:
            if isinstance(sep, str):
                raise TypeError("isoformat() argument 1 must be a unicode "
                                "character, not str")
            raise TypeError("isoformat() argument 1 must be a unicode "
                            "character, not %s" % ("None" if sep is None else _type_name(sep)))
        _check_str_arg("isoformat", 2, timespec)
        if pending:
            raise pending
        s = "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep)
        s += _format_time(self._hour, self._minute, self._second,
                          self._microsecond, timespec)
        return s + _format_offset(self.utcoffset(), ":")

    def __str__(self):
        result = _fast_isoformat(self, " ")
        if result is not None:
            return result
        return self.isoformat(sep=" ")

    def __repr__(self):
        s = "%d, %d, %d, %d, %d" % (self._year, self._month, self._day,
                                    self._hour, self._minute)
        if self._microsecond:
            s += ", %d, %d" % (self._second, self._microsecond)
        elif self._second:
            s += ", %d" % self._second
        if self._fold:
            s += ", fold=1"
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % (self._tzinfo,)
        return "%s(%s)" % (_type_name(self), s)

    def replace(self, *args, **kwargs):
        result = _fast_replace(self, args, kwargs)
        if result is not None:
            return result
        (year, month, day, hour, minute, second, microsecond, tzinfo,
         fold) = (getattr(self, "_" + name) if v is _OMITTED else v
                  for name, v in zip(_DATETIME_ARGS, _c_parse(
                      "replace", _DATETIME_ARGS, 'iiiiiiio$i', args, kwargs)))
        # As CPython's datetime_replace: fold first, then the constructor's
        # checks, and a subclass's instance made without calling the
        # subclass.
        if fold not in (0, 1):
            raise ValueError("fold must be either 0 or 1")
        y, mo, d = _check_date_fields(year, month, day)
        hh, mi, ss, us, fold = _check_time_fields(hour, minute, second,
                                                  microsecond, fold)
        _check_tzinfo(tzinfo)
        return _datetime_new(type(self), y, mo, d, hh, mi, ss, us, tzinfo,
                             fold)

    def _to_us(self):
        # Microseconds since 0001-01-01T00:00, ignoring tzinfo.
        days = _ymd_to_ord(self._year, self._month, self._day) - 1
        return (((days * 24 + self._hour) * 60 + self._minute) * 60
                + self._second) * _US_PER_SECOND + self._microsecond

    def _compare(self, other, op):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                if op is _eq:
                    return False
                if op is _ne:
                    return True
                raise TypeError("can't compare %s to %s"
                                % (_type_name(self), _type_name(other)))
            return NotImplemented
        if self._tzinfo is other._tzinfo:
            return op(self._to_us(), other._to_us())
        off1 = self.utcoffset()
        off2 = other.utcoffset()
        if (off1 is None) != (off2 is None):
            if op is _eq:
                return False
            if op is _ne:
                return True
            raise TypeError("can't compare offset-naive and offset-aware "
                            "datetimes")
        a = self._to_us()
        b = other._to_us()
        if off1 is not None and off1._to_us() != off2._to_us():
            # Offsets that differ: CPython compares through the subtraction,
            # which asks both tzinfos for their offsets again.
            a = datetime.__sub__(self, other)._to_us()
            b = 0
        # PEP 495: an instant in a fold or gap (its offset changes with
        # fold) is never equal to one in another zone.
        if (a == b and (op is _eq or op is _ne)
                and (self._offset_depends_on_fold(off1)
                     or other._offset_depends_on_fold(off2))):
            return op is _ne
        return op(a, b)

    def _offset_depends_on_fold(self, offset):
        flipped = _datetime_new(type(self), self._year, self._month, self._day,
                                self._hour, self._minute, self._second,
                                self._microsecond, self._tzinfo, 1 - self._fold)
        return flipped.utcoffset() != offset

    # The comparisons are date's, which dispatch to _compare above.

    def __hash__(self):
        h = _fast_hash(self, True)
        if h is not None:
            return h
        if self._hashcode == -1:
            if self._fold:
                t = self.replace(fold=0)
            else:
                t = self
            off = t.utcoffset()
            if off is None:
                us = self._microsecond
                h = hash(bytes((self._year >> 8, self._year & 255, self._month,
                                self._day, self._hour, self._minute,
                                self._second, us >> 16, (us >> 8) & 255,
                                us & 255)))
            else:
                days = _ymd_to_ord(self._year, self._month, self._day)
                secs = self._hour * 3600 + self._minute * 60 + self._second
                h = hash(timedelta(days, secs, self._microsecond) - off)
            self._hashcode = h
        return self._hashcode

    def __add__(self, other):
        result = _fast_datetime_add(self, other)
        if result is not None:
            return result
        if isinstance(other, timedelta):
            return _datetime_shifted(self, self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        result = _fast_datetime_sub(self, other)
        if result is not None:
            return result
        if isinstance(other, timedelta):
            return _datetime_shifted(self, self._to_us() - other._to_us())
        if isinstance(other, datetime):
            a = self._to_us()
            b = other._to_us()
            if self._tzinfo is not other._tzinfo:
                off1 = self.utcoffset()
                off2 = other.utcoffset()
                if (off1 is None) != (off2 is None):
                    raise TypeError("can't subtract offset-naive and "
                                    "offset-aware datetimes")
                if off1 is not None:
                    a -= off1._to_us()
                    b -= off2._to_us()
            return _delta_from_us(a - b)
        return NotImplemented

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day, self._hour,
                             self._minute, self._second, self._microsecond,
                             self._tzinfo))

    def __deepcopy__(self, memo):
        # Immutable, so shared; but CPython's deepcopy (a pickling round
        # trip) gives the copy a deep copy of a tzinfo.
        if self._tzinfo is None:
            return self
        from copy import deepcopy
        return self.replace(tzinfo=deepcopy(self._tzinfo, memo))


_date_class = date
_time_class = time

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


def _parse_iso_datetime(s):
    # The fields of datetime.fromisoformat, as CPython's: the date part up
    # to the separator _find_iso_separator finds, then any one character
    # and a time; None if malformed.
    if len(s) < 7:
        return None
    date_len = _find_iso_separator(s)
    if date_len < 0:
        return None
    ymd = _parse_iso_date(s, date_len)
    if ymd is None:
        return None
    if len(s) == date_len:
        return ymd
    tparts = _parse_iso_time(s[date_len + 1:])
    if tparts is None:
        return None
    return ymd + tparts


# ---- strptime ------------------------------------------------------------

def _names_pattern(names):
    # An alternation of the names, longest first so that a longer name wins.
    # The names are letters, which need no escaping: re is imported only
    # once strptime is used, as CPython's C module imports _strptime.
    ordered = sorted(names, key=len, reverse=True)
    return "(%s)" % "|".join(ordered)


_STRPTIME_PATTERNS = {
    "d": r"(3[01]|[12]\d|0[1-9]|[1-9]| [1-9])",
    "f": r"([0-9]{1,6})",
    "H": r"(2[0-3]|[0-1]\d|\d)",
    "I": r"(1[0-2]|0[1-9]|[1-9])",
    "G": r"(\d\d\d\d)",
    "j": r"(36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    "m": r"(1[0-2]|0[1-9]|[1-9])",
    "M": r"([0-5]\d|\d)",
    "S": r"(6[0-1]|[0-5]\d|\d)",
    "U": r"(5[0-3]|[0-4]\d|\d)",
    "W": r"(5[0-3]|[0-4]\d|\d)",
    "w": r"([0-6])",
    "u": r"([1-7])",
    "V": r"(5[0-3]|0[1-9]|[1-4]\d|\d)",
    "y": r"(\d\d)",
    "Y": r"(\d\d\d\d)",
    "z": r"([+-]\d\d:?[0-5]\d(?::?[0-5]\d(?:\.\d{1,6})?)?|Z)",
    "A": _names_pattern([x.lower() for x in _DAY_NAMES]),
    "a": _names_pattern([x[:3].lower() for x in _DAY_NAMES]),
    "B": _names_pattern([x.lower() for x in _MONTH_NAMES[1:]]),
    "b": _names_pattern([x[:3].lower() for x in _MONTH_NAMES[1:]]),
    "p": r"(am|pm)",
    "Z": r"(utc|gmt)",
    "%": "%",
}
# The C locale's composite formats.
_STRPTIME_COMPOSITE = {
    "c": "%a %b %d %H:%M:%S %Y",
    "x": "%m/%d/%y",
    "X": "%H:%M:%S",
}

_strptime_cache = {}


def _strptime_compile(fmt):
    # (compiled pattern, directive letter per group) for a format string.
    cached = _strptime_cache.get(fmt)
    if cached is not None:
        return cached
    import re as _re
    parts = []
    letters = []
    seen = set()
    i = 0
    n = len(fmt)
    expanded = fmt
    # Expand %c %x %X first; a '%%' pair is left alone.
    out = []
    while i < n:
        ch = fmt[i]
        if ch == "%" and i + 1 < n:
            nxt = fmt[i + 1]
            out.append(_STRPTIME_COMPOSITE.get(nxt, "%" + nxt))
            i += 2
        else:
            out.append(ch)
            i += 1
    expanded = "".join(out)
    i = 0
    n = len(expanded)
    while i < n:
        ch = expanded[i]
        if ch == "%":
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % fmt)
            d = expanded[i + 1]
            pattern = _STRPTIME_PATTERNS.get(d)
            if pattern is None:
                raise ValueError("'%s' is a bad directive in format '%s'"
                                 % (d, fmt))
            if d != "%":
                if d in seen:
                    raise _re.error("redefinition of group name %r as "
                                    "group %d" % (d, len(letters) + 1))
                seen.add(d)
                letters.append(d)
            parts.append(pattern)
            i += 2
        elif ch.isspace():
            while i < n and expanded[i].isspace():
                i += 1
            parts.append(r"\s+")
        else:
            parts.append(_re.escape(ch))
            i += 1
    compiled = (_re.compile("".join(parts), _re.IGNORECASE), letters)
    if len(_strptime_cache) > 100:
        _strptime_cache.clear()
    _strptime_cache[fmt] = compiled
    return compiled


def _strptime(data, fmt):
    # The datetime fields (year, month, day, hour, minute, second,
    # microsecond, tzinfo) that `data` gives under `fmt`, as CPython's
    # _strptime._strptime resolves them.
    regex, letters = _strptime_compile(fmt)
    found = regex.match(data)
    if found is None:
        raise ValueError("time data %r does not match format %r"
                         % (data, fmt))
    if len(data) != found.end():
        raise ValueError("unconverted data remains: %s" % data[found.end():])
    values = {}
    # Each directive owns one capturing group; nested groups in %z are
    # non-capturing, so group k + 1 is directive k.
    for k, letter in enumerate(letters):
        values[letter] = found.group(k + 1)
    year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = None
    iso_year = iso_week = None
    week_of_year = None
    week_starts_monday = False
    weekday = None
    julian = None
    for letter, text in values.items():
        if letter == "y":
            year = int(text)
            year += 2000 if year <= 68 else 1900
        elif letter == "Y":
            year = int(text)
        elif letter == "G":
            iso_year = int(text)
        elif letter == "m":
            month = int(text)
        elif letter == "B":
            month = [x.lower() for x in _MONTH_NAMES[1:]].index(text.lower()) + 1
        elif letter == "b":
            month = [x[:3].lower() for x in _MONTH_NAMES[1:]].index(text.lower()) + 1
        elif letter == "d":
            day = int(text)
        elif letter == "H":
            hour = int(text)
        elif letter == "I":
            hour = int(text)
            ampm = values.get("p", "").lower()
            if ampm in ("", "am"):
                if hour == 12:
                    hour = 0
            elif hour != 12:
                hour += 12
        elif letter == "M":
            minute = int(text)
        elif letter == "S":
            second = int(text)
        elif letter == "f":
            fraction = int(text + "0" * (6 - len(text)))
        elif letter == "A":
            weekday = [x.lower() for x in _DAY_NAMES].index(text.lower())
        elif letter == "a":
            weekday = [x[:3].lower() for x in _DAY_NAMES].index(text.lower())
        elif letter == "w":
            weekday = (int(text) + 6) % 7
        elif letter == "u":
            weekday = int(text) - 1
        elif letter == "j":
            julian = int(text)
        elif letter in ("U", "W"):
            week_of_year = int(text)
            week_starts_monday = letter == "W"
        elif letter == "V":
            iso_week = int(text)
        elif letter == "z":
            tz = _parse_strptime_offset(text)
    if iso_year is not None:
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not "
                             "compatible with ISO year directive '%G'. "
                             "Use '%Y' instead.")
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the "
                             "ISO week directive '%V' and a weekday directive "
                             "('%A', '%a', '%w', or '%u').")
    elif iso_week is not None:
        if year is None or weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the "
                             "ISO year directive '%G' and a weekday directive "
                             "('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the "
                         "year directive '%Y'. Use the ISO year '%G' instead.")
    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904
        leap_year_fix = True
    elif year is None:
        year = 1900
    if julian is None and weekday is not None:
        if week_of_year is not None:
            julian = _julian_from_week(year, week_of_year, weekday,
                                       week_starts_monday)
        elif iso_year is not None and iso_week is not None:
            year, month, day = _from_iso_week(iso_year, iso_week, weekday + 1)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 365 + _is_leap(year)
    if julian is not None:
        n = julian - 1 + _days_before_year(year) + 1
        if not 1 <= n <= _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        year, month, day = _ord_to_ymd(n)
    if leap_year_fix:
        year = 1900
    return (year, month, day, hour, minute, second, fraction, tz)


def _julian_from_week(year, week, weekday, starts_monday):
    # The day of the year (1-based, maybe <= 0) of %U/%W week `week`.
    first_wday = (_ymd_to_ord(year, 1, 1) + 6) % 7
    if not starts_monday:
        first_wday = (first_wday + 1) % 7
        weekday = (weekday + 1) % 7
    week_0_len = (7 - first_wday) % 7
    if week == 0:
        return 1 + weekday - first_wday
    return 1 + week_0_len + 7 * (week - 1) + weekday


def _parse_strptime_offset(text):
    if text in ("Z", "z"):
        return timezone(timedelta(0))
    sign = -1 if text[0] == "-" else 1
    body = text[1:]
    if ":" in body:
        if len(body) > 5 and body[5] != ":":
            raise ValueError("Inconsistent use of : in %s" % text)
        body = body.replace(":", "")
    hours = int(body[0:2])
    minutes = int(body[2:4])
    seconds = int(body[4:6] or 0)
    us = body[7:] if len(body) > 6 else ""
    us = int(us + "0" * (6 - len(us))) if us else 0
    delta = timedelta(hours=hours, minutes=minutes, seconds=seconds,
                      microseconds=us)
    if sign < 0:
        delta = -delta
    return timezone(delta)


(_fast_date_new, _fast_datetime_new, _fast_timedelta_new, _fast_fromordinal,
 _fast_date_add, _fast_date_sub, _fast_datetime_add, _fast_datetime_sub,
 _fast_timedelta_add, _fast_timedelta_sub, _fast_date_compare,
 _fast_timedelta_compare, _fast_date_ordinal, _fast_replace,
 _fast_isoformat, _fast_strftime, _fast_hash) = _datetime_core(
    date, datetime, time, timedelta, tzinfo)
del _datetime_core

# The fields' properties read the slot natively (a built-in getter instead
# of a Python function), keeping their place in the class and their doc.
# Setting or deleting one fails with the text of CPython's descriptor: a
# getset descriptor's for date, datetime and time, a read-only member's
# for timedelta.
def _read_only(name, owner):
    if owner is timedelta:
        message = "readonly attribute"
    else:
        message = f"attribute '{name}' of 'datetime.{owner.__name__}' objects is not writable"

    def refuse(self, *value):
        raise AttributeError(message)
    return refuse


for _cls, _names in ((date, ("year", "month", "day")),
                     (datetime, ("hour", "minute", "second", "microsecond",
                                 "tzinfo", "fold")),
                     (time, ("hour", "minute", "second", "microsecond",
                             "tzinfo", "fold")),
                     (timedelta, ("days", "seconds", "microseconds"))):
    for _name in _names:
        _refuse = _read_only(_name, _cls)
        setattr(_cls, _name, property(
            _field_getter(_cls.__dict__["_" + _name]), _refuse, _refuse,
            doc=_cls.__dict__[_name].__doc__))
del _cls, _names, _name, _field_getter, _read_only, _refuse

# Names CPython's messages give the module's classes ('datetime.date').
_TP_NAMES = {}
for _cls in (date, datetime, time, timedelta, tzinfo, timezone,
             IsoCalendarDate):
    _TP_NAMES[_cls] = "datetime." + _cls.__name__
    # timezone and IsoCalendarDate are no acceptable bases in CPython.
    _set_type_name(_cls, "datetime." + _cls.__name__,
                   final=_cls in (timezone, IsoCalendarDate))
del _cls, _set_type_name
