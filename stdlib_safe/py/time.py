"""Time values without the host's clock, as CPython 3.11's time module on glibc.

Written for moat from the documented semantics of CPython 3.11 (Modules/
timemodule.c) and of glibc's strftime in the C locale. The sandbox reads no
host clock and no host time zone (docs/SECURITY.md), so this module keeps
what is pure computation: struct_time, gmtime(secs), asctime(t) and
strftime(format, t). The interval clocks (perf_counter(), monotonic(),
process_time(), thread_time()) and sleep() are native and work on the
interpreter's virtual clock (stdlib_safe/time_module.h). Everything that
reads the wall clock or the local zone (time(), localtime(), mktime(),
ctime(), the argument-less forms of gmtime/asctime/strftime...) raises
NotImplementedError naming the function; the zone values (timezone, altzone, daylight, tzname) and
strptime are withheld by the native init (stdlib_safe/time_module.cc), so
reading one is an AttributeError and importing one an ImportError, each
saying the sandbox does not provide it.
"""

from operator import index as _index

_STRUCT_TM_ITEMS = 11

_INT_MIN = -2 ** 31
_INT_MAX = 2 ** 31 - 1
_LONG_MIN = -2 ** 63
_LONG_MAX = 2 ** 63 - 1

_DAY_ABBR = ("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat")
_DAY_NAMES = ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday",
              "Friday", "Saturday")
_MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
               "Oct", "Nov", "Dec")
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June",
                "July", "August", "September", "October", "November",
                "December")


def _no_clock(what):
    # The one wording of every clock or local-zone refusal; datetime uses
    # it too.
    return NotImplementedError(
        "%s is not available in the sandbox: moat has no wall clock or local "
        "time zone" % what)


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _c_rem(a, b):
    # C's %, which truncates toward zero.
    r = abs(a) % abs(b)
    return -r if a < 0 else r


# ---- struct_time ---------------------------------------------------------

_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
           "tm_wday", "tm_yday", "tm_isdst")
_EXTRA_FIELDS = ("tm_zone", "tm_gmtoff")


def _field(index, doc):
    return property(lambda self: tuple.__getitem__(self, index), doc=doc)


class struct_time(tuple):
    """The time value as returned by gmtime(), localtime(), and strptime(), and
 accepted by asctime(), mktime() and strftime().  May be considered as a
 sequence of 9 integers.

 Note that several fields' values are not the same as those defined by
 the C language standard for struct tm.  For example, the value of the
 field tm_year is the actual year, not year - 1900.  See individual
 fields' descriptions for details."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0
    __match_args__ = _FIELDS

    # A structseq: nine visible items, two more fields reachable only by
    # name (kept in the instance dict, which __setattr__ guards and the
    # __dict__ property below hides).
    def __new__(cls, *args, **kwargs):
        # The clinic's checks, in its order (_PyArg_UnpackKeywords).
        names = ("sequence", "dict")
        given = len(args) + len(kwargs)
        if given > 2:
            raise TypeError("structseq() takes at most 2 %sarguments (%d given)"
                            % ("" if args else "keyword ", given))
        values = list(args)
        for pos in range(len(args), 2):
            if names[pos] in kwargs:
                while len(values) < pos:
                    values.append(None)
                values.append(kwargs[names[pos]])
            elif pos == 0:
                raise TypeError("structseq() missing required argument "
                                "'sequence' (pos 1)")
        for pos, name in enumerate(names[:len(args)]):
            if name in kwargs:
                raise TypeError("argument for structseq() given by name "
                                "('%s') and position (%d)" % (name, pos + 1))
        for key in kwargs:
            if key not in names:
                raise TypeError("'%s' is an invalid keyword argument for structseq()"
                                % key)
        sequence = values[0]
        has_dict = len(values) > 1 and (len(args) > 1 or "dict" in kwargs)
        extra = values[1] if has_dict else None
        try:
            items = list(sequence)
        except TypeError:
            raise TypeError("constructor requires a sequence") from None
        if has_dict and not isinstance(extra, dict):
            raise TypeError("time.struct_time() takes a dict as second arg, "
                            "if any")
        n = len(items)
        if n < 9:
            raise TypeError("time.struct_time() takes an at least 9-sequence "
                            "(%d-sequence given)" % n)
        if n > 11:
            raise TypeError("time.struct_time() takes an at most 11-sequence "
                            "(%d-sequence given)" % n)
        self = tuple.__new__(cls, items[:9])
        for i, name in enumerate(_EXTRA_FIELDS):
            if 9 + i < n:
                value = items[9 + i]
            elif extra is not None:
                value = extra.get(name)
            else:
                value = None
            object.__setattr__(self, "_" + name, value)
        return self

    tm_year = _field(0, "year, for example, 1993")
    tm_mon = _field(1, "month of year, range [1, 12]")
    tm_mday = _field(2, "day of month, range [1, 31]")
    tm_hour = _field(3, "hours, range [0, 23]")
    tm_min = _field(4, "minutes, range [0, 59]")
    tm_sec = _field(5, "seconds, range [0, 61])")
    tm_wday = _field(6, "day of week, range [0, 6], Monday is 0")
    tm_yday = _field(7, "day of year, range [1, 366]")
    tm_isdst = _field(8, "1 if summer time is in effect, 0 if not, and -1 if unknown")
    tm_zone = property(lambda self: self._tm_zone, doc="abbreviation of timezone name")
    tm_gmtoff = property(lambda self: self._tm_gmtoff, doc="offset from UTC in seconds")

    # A structseq has no instance dict; the two extra fields live in moat's,
    # which reads as missing, as CPython's.
    @property
    def __dict__(self):
        raise AttributeError("'time.struct_time' object has no attribute '__dict__'")

    def __setattr__(self, name, value):
        if name in _FIELDS or name in _EXTRA_FIELDS:
            raise AttributeError("readonly attribute")
        raise AttributeError("'time.struct_time' object has no attribute '%s'"
                             % name)

    def __delattr__(self, name):
        self.__setattr__(name, None)

    def __repr__(self):
        return "time.struct_time(%s)" % ", ".join(
            "%s=%r" % (name, value) for name, value in zip(_FIELDS, self))

    def __reduce__(self):
        return (struct_time, (tuple(self), {"tm_zone": self.tm_zone,
                                            "tm_gmtoff": self.tm_gmtoff}))


struct_time.__module__ = "time"
# A heap type in CPython, but no acceptable base.
_set_type_name(struct_time, "time.struct_time", True, final=True)
del _field, _set_type_name


# ---- gmtime --------------------------------------------------------------

def _civil_from_days(days):
    # (year, month, day) of a day count from 1970-01-01, for any integer,
    # in the proleptic Gregorian calendar (400-year eras of 146097 days).
    days += 719468
    era = days // 146097
    doe = days - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    day = doy - (153 * mp + 2) // 5 + 1
    month = mp + 3 if mp < 10 else mp - 9
    return yoe + era * 400 + (month <= 2), month, day


def _days_before_month(year, month):
    before = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)[month - 1]
    return before + (month > 2 and _is_leap(year))


def _time_t(secs):
    # The seconds of a timestamp as C's time_t, rounded toward minus
    # infinity as CPython's _PyTime_ObjectToTime_t(..., ROUND_FLOOR).
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError("Invalid value NaN (not a number)")
        if secs in (float("inf"), float("-inf")) or not (
                -2.0 ** 63 <= secs <= 2.0 ** 63):
            raise OverflowError("timestamp out of range for platform time_t")
        return int(secs // 1)
    value = _index(secs)
    if not _LONG_MIN <= value <= _LONG_MAX:
        raise OverflowError("timestamp out of range for platform time_t")
    return value


def gmtime(*args, **kwargs):
    """gmtime([seconds]) -> (tm_year, tm_mon, tm_mday, tm_hour, tm_min,
                          tm_sec, tm_wday, tm_yday, tm_isdst)

Convert seconds since the Epoch to a time tuple expressing UTC (a.k.a.
GMT).  When 'seconds' is not passed in, convert the current time instead.

If the platform supports the tm_gmtoff and tm_zone, they are available as
attributes only."""
    if kwargs:
        raise TypeError("gmtime() takes no keyword arguments")
    if len(args) > 1:
        raise TypeError("gmtime() takes at most 1 argument (%d given)" % len(args))
    if not args or args[0] is None:
        raise _no_clock("time.gmtime() without an argument")
    secs = _time_t(args[0])
    days, rest = divmod(secs, 86400)
    year, month, day = _civil_from_days(days)
    # glibc keeps tm_year (year - 1900) in a C int.
    if not _INT_MIN <= year - 1900 <= _INT_MAX:
        raise OSError(75, "Value too large for defined data type")
    hour, rest = divmod(rest, 3600)
    minute, second = divmod(rest, 60)
    wday = (days + 3) % 7  # 1970-01-01 was a Thursday; Monday is 0
    yday = _days_before_month(year, month) + day
    return struct_time((year, month, day, hour, minute, second, wday, yday, 0,
                        "GMT", 0))


# ---- the time-tuple argument of asctime and strftime ---------------------

def _c_int(value):
    # An item parsed with PyArg_ParseTuple's "i".
    value = _index(value)
    if value > _LONG_MAX or value < _LONG_MIN:
        raise OverflowError("Python int too large to convert to C long")
    if value > _INT_MAX:
        raise OverflowError("signed integer is greater than maximum")
    if value < _INT_MIN:
        raise OverflowError("signed integer is less than minimum")
    return value


def _tm_from_tuple(t, func):
    # CPython's gettmarg and checktm: the fields of a C struct tm as a list
    # [year, mon 0-11, mday, hour, min, sec, wday 0=Sunday, yday 0-365,
    # isdst, zone or None, gmtoff], with CPython's checks and errors.
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError("%s(): illegal time tuple argument" % func)
    y, mon, mday, hour, minute, sec, wday, yday, isdst = [_c_int(v) for v in t]
    if y < _INT_MIN + 1900:
        raise OverflowError("year out of range")
    zone = None
    gmtoff = 0
    if type(t) is struct_time:
        zone = t.tm_zone
        if zone is not None and not isinstance(zone, str):
            raise TypeError("bad argument type for built-in operation")
        if t.tm_gmtoff is not None:
            gmtoff = _index(t.tm_gmtoff)
            if not _LONG_MIN <= gmtoff <= _LONG_MAX:
                raise OverflowError("Python int too large to convert to C long")
    mon -= 1
    wday = _c_rem(wday + 1, 7)
    yday -= 1
    if mon == -1:
        mon = 0
    elif not 0 <= mon <= 11:
        raise ValueError("month out of range")
    if mday == 0:
        mday = 1
    elif not 0 <= mday <= 31:
        raise ValueError("day of month out of range")
    if not 0 <= hour <= 23:
        raise ValueError("hour out of range")
    if not 0 <= minute <= 59:
        raise ValueError("minute out of range")
    if not 0 <= sec <= 61:
        raise ValueError("seconds out of range")
    if wday < 0:
        raise ValueError("day of week out of range")
    if yday == -1:
        yday = 0
    elif not 0 <= yday <= 365:
        raise ValueError("day of year out of range")
    return [y, mon, mday, hour, minute, sec, wday, yday, isdst, zone, gmtoff]


def asctime(*args, **kwargs):
    """asctime([tuple]) -> string

Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'.
When the time tuple is not present, current time as returned by localtime()
is used."""
    if kwargs:
        raise TypeError("asctime() takes no keyword arguments")
    if len(args) > 1:
        raise TypeError("asctime expected at most 1 argument, got %d" % len(args))
    if not args:
        raise _no_clock("time.asctime() without an argument")
    tm = _tm_from_tuple(args[0], "asctime")
    return "%s %s%3d %.2d:%.2d:%.2d %d" % (
        _DAY_ABBR[tm[6]], _MONTH_ABBR[tm[1]], tm[2], tm[3], tm[4], tm[5], tm[0])


# ---- strftime: glibc's directives in the C locale -------------------------

def _iso_week_days(yday, wday):
    # Days since the Monday of ISO week 1 of the year holding `yday`.
    return yday - (yday - wday + 4 + 378) % 7 + 3


def _iso_year_week(tm):
    year = tm[0]
    days = _iso_week_days(tm[7], tm[6])
    if days < 0:
        year -= 1
        days = _iso_week_days(tm[7] + 365 + _is_leap(year), tm[6])
    else:
        later = _iso_week_days(tm[7] - 365 - _is_leap(year), tm[6])
        if later >= 0:
            year += 1
            days = later
    # glibc counts the year in a C int, which wraps past the largest.
    return (year + 2 ** 31) % 2 ** 32 - 2 ** 31, days // 7 + 1


def _number(value, digits, pad, width):
    # A number as glibc pads it: to `digits` (at least the width) with
    # zeros after the sign, or spaces before it; '-' turns padding off.
    digits = max(digits, width)
    text = str(value)
    if pad != "-" and len(text) < digits:
        if pad == "_":
            return " " * (digits - len(text)) + text
        if value < 0:
            return "-" + "0" * (digits - len(text)) + text[1:]
        return "0" * (digits - len(text)) + text
    return text


def _pad(text, width, pad):
    if width > len(text):
        return ("0" if pad == "0" else " ") * (width - len(text)) + text
    return text


_SUBFORMATS = {"c": "%a %b %e %H:%M:%S %Y", "D": "%m/%d/%y", "x": "%m/%d/%y",
               "X": "%H:%M:%S", "T": "%H:%M:%S", "R": "%H:%M", "F": "%Y-%m-%d",
               "r": "%I:%M:%S %p"}
# Directives that refuse the E or the O modifier (glibc's bad_format).
_NO_E = "aAbBdDeFgGhHIjklmMSUVwW"
_NO_O = "aAcDFxXY"


def _format_tm(fmt, tm):
    # The text of glibc's strftime for `fmt` over the struct tm fields `tm`
    # (see _tm_from_tuple). Output of any size is built; the caller applies
    # CPython's buffer limit.
    out = []
    n = len(fmt)
    i = 0
    while i < n:
        j = fmt.find("%", i)
        if j < 0:
            out.append(fmt[i:])
            break
        out.append(fmt[i:j])
        start = j
        i = j + 1
        pad = ""
        upper = False
        change_case = False
        while i < n and fmt[i] in "_-0^#":
            if fmt[i] == "^":
                upper = True
            elif fmt[i] == "#":
                change_case = True
            else:
                pad = fmt[i]
            i += 1
        width = 0
        while i < n and "0" <= fmt[i] <= "9":
            width = min(width * 10 + ord(fmt[i]) - 48, _INT_MAX)
            i += 1
        modifier = ""
        if i < n and fmt[i] in "EO":
            modifier = fmt[i]
            i += 1
        if i >= n:
            # '%' and flags at the end: copied as they are.
            text = fmt[start:]
            out.append(_pad(text.upper() if upper else text, width, pad))
            break
        c = fmt[i]
        i += 1
        lower = False
        bad = (c not in "aAbBcCdDeFgGhHIjklmMnpPrRsStTuUVwWxXyYzZ%" or
               (modifier == "E" and c in _NO_E) or
               (modifier == "O" and c in _NO_O))
        if bad:
            text = fmt[start:i]
            # glibc reads '#' for month names before it checks the modifier.
            upper = upper or (change_case and c in "bhB")
            out.append(_pad(text.upper() if upper else text, width, pad))
            continue
        number = None   # (value, digits)
        text = None
        if c in "aA":
            text = (_DAY_ABBR if c == "a" else _DAY_NAMES)[tm[6]]
            upper = upper or change_case
        elif c in "bhB":
            text = (_MONTH_NAMES if c == "B" else _MONTH_ABBR)[tm[1]]
            upper = upper or change_case
        elif c in "pP":
            text = "AM" if tm[3] < 12 else "PM"
            if c == "P" or change_case:
                lower = True
        elif c == "Z":
            if change_case:
                upper = False
                lower = True
            zone = tm[9]
            if not zone:
                if tm[8] >= 0:
                    raise _no_clock("strftime('%Z') of a time tuple without "
                                    "tm_zone")
                zone = ""
            text = zone
        elif c in _SUBFORMATS:
            text = _format_tm(_SUBFORMATS[c], tm)
        elif c == "n":
            text = "\n"
        elif c == "t":
            text = "\t"
        elif c == "%":
            text = "%"
        elif c == "s":
            raise _no_clock("strftime('%s')")
        elif c == "z":
            if tm[8] < 0:
                continue
            diff = tm[10]
            # glibc reads tm_gmtoff into a C int.
            diff = (diff + 2 ** 31) % 2 ** 32 - 2 ** 31
            sign = "+"
            if diff < 0:
                sign = "-"
                diff = -diff
            diff = _c_rem(diff, 2 ** 32) // 60
            out.append(_pad(sign, width, pad))
            out.append(_pad(_number(diff // 60 * 100 + diff % 60, 4, pad,
                                    width), width, pad))
            continue
        elif c == "Y":
            number = (tm[0], 1)
        elif c == "C":
            # glibc's year / 100 - (year % 100 < 0) in C is a floor.
            number = (tm[0] // 100, 1)
        elif c == "y":
            number = (tm[0] % 100, 2)
        elif c in "GgV":
            year, week = _iso_year_week(tm)
            if c == "G":
                number = (year, 1)
            elif c == "g":
                number = (year % 100, 2)
            else:
                number = (week, 2)
        elif c == "m":
            number = (tm[1] + 1, 2)
        elif c in "de":
            number = (tm[2], 2)
        elif c in "Hk":
            number = (tm[3], 2)
        elif c in "Il":
            number = ((tm[3] + 11) % 12 + 1, 2)
        elif c == "M":
            number = (tm[4], 2)
        elif c == "S":
            number = (tm[5], 2)
        elif c == "j":
            number = (tm[7] + 1, 3)
        elif c == "u":
            number = ((tm[6] + 6) % 7 + 1, 1)
        elif c == "w":
            number = (tm[6], 1)
        elif c == "U":
            number = ((tm[7] - tm[6] + 7) // 7, 2)
        elif c == "W":
            number = ((tm[7] - (tm[6] + 6) % 7 + 7) // 7, 2)
        if number is not None:
            if c in "ekl" and pad not in ("0", "-"):
                pad = "_"
            text = _number(number[0], number[1], pad, width)
        elif lower:
            text = text.lower()
        elif upper:
            text = text.upper()
        out.append(_pad(text, width, pad))
    return "".join(out)


def strftime(*args, **kwargs):
    """strftime(format[, tuple]) -> string

Convert a time tuple to a string according to a format specification.
See the library reference manual for formatting codes. When the time tuple
is not present, current time as returned by localtime() is used."""
    if kwargs:
        raise TypeError("strftime() takes no keyword arguments")
    if not args:
        raise TypeError("strftime() takes at least 1 argument (0 given)")
    if len(args) > 2:
        raise TypeError("strftime() takes at most 2 arguments (%d given)"
                        % len(args))
    fmt = args[0]
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s"
                        % type(fmt).__name__)
    if len(args) < 2:
        raise _no_clock("time.strftime() without a time tuple")
    tm = _tm_from_tuple(args[1], "strftime")
    # Normalized as CPython does before %Z indexes tzname.
    tm[8] = max(-1, min(1, tm[8]))
    if "\0" in fmt:
        raise ValueError("embedded null character")
    # CPython retries with a buffer doubling from 1024 characters up to 256
    # times the format's length, and returns '' when the text never fits.
    limit = 1024
    while limit < 256 * len(fmt):
        limit *= 2
    if _widest(fmt) >= limit:
        return ""
    text = _format_tm(fmt, tm)
    return text if len(text) < limit else ""


def _widest(fmt):
    # The largest width a directive of `fmt` asks for: a width past the
    # buffer limit makes the result '' without building the text.
    widest = 0
    i = fmt.find("%")
    while i >= 0:
        i += 1
        while i < len(fmt) and fmt[i] in "_-0^#":
            i += 1
        start = i
        while i < len(fmt) and "0" <= fmt[i] <= "9":
            i += 1
        if i > start:
            widest = max(widest, int(fmt[start:i]))
        i = fmt.find("%", i)
    return widest


# ---- what needs the clock or the local time zone -------------------------

def _refusing(name, what=None):
    message = what or "time.%s()" % name

    def refuse(*args, **kwargs):
        raise _no_clock(message)
    refuse.__name__ = refuse.__qualname__ = name
    return refuse


time = _refusing("time")
time_ns = _refusing("time_ns")
localtime = _refusing("localtime")
mktime = _refusing("mktime")
ctime = _refusing("ctime")
tzset = _refusing("tzset")
del _refusing

# perf_counter(), monotonic(), process_time(), thread_time(), their _ns
# forms and sleep() are native (stdlib_safe/time_module.cc): they read and
# advance the interpreter's virtual clock.
_VIRTUAL_CLOCKS = ("monotonic", "perf_counter", "process_time", "thread_time")


def get_clock_info(*args, **kwargs):
    """get_clock_info(name: str) -> dict

Get information of the specified clock."""
    if kwargs:
        raise TypeError("get_clock_info() takes no keyword arguments")
    if len(args) != 1:
        raise TypeError("get_clock_info() takes exactly 1 argument (%d given)"
                        % len(args))
    name = args[0]
    if not isinstance(name, str):
        raise TypeError("get_clock_info() argument 1 must be str, not %s"
                        % ("None" if name is None else type(name).__name__))
    if name == "time":
        raise _no_clock("time.get_clock_info('time')")
    if name not in _VIRTUAL_CLOCKS:
        raise ValueError("unknown clock")
    from types import SimpleNamespace
    return SimpleNamespace(
        implementation="moat virtual clock (10 ns per instruction)",
        monotonic=True, adjustable=False, resolution=1e-09)

# CPython's are C functions: no binding when a class stores one.
_builtin_function(gmtime, asctime, strftime, get_clock_info)
