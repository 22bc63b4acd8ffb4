"""Calendars as text and HTML, and a few date helpers (English names).

moat's own implementation of CPython 3.11's calendar module: the same
functions, classes, layouts and messages. The sandbox has no locale, so
the names are the C locale's and LocaleTextCalendar, LocaleHTMLCalendar
and different_locale are not provided.
"""

import datetime

__all__ = [
    "IllegalMonthError", "IllegalWeekdayError",
    "setfirstweekday", "firstweekday", "isleap", "leapdays", "weekday",
    "monthrange", "monthcalendar", "prmonth", "month", "prcal", "calendar",
    "timegm", "month_name", "month_abbr", "day_name", "day_abbr",
    "Calendar", "TextCalendar", "HTMLCalendar", "weekheader",
    "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY",
]

error = ValueError

January, February = 1, 2
MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)

# Month lengths of a common year, indexed 1..12 (index 0 is a filler).
mdays = [0] + [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

EPOCH = 1970
_EPOCH_ORD = datetime.date(EPOCH, January, 1).toordinal()


class IllegalMonthError(ValueError):
    # The base class's __init__ is not called: the month is only kept as an
    # attribute, and the message is built when the error is printed.
    def __str__(self):
        return f"bad month number {self.month!r}; must be 1-12"

    def __init__(self, month):
        self.month = month


class IllegalWeekdayError(ValueError):
    def __str__(self):
        return f"bad weekday number {self.weekday!r}; must be 0 (Monday) to 6 (Sunday)"

    def __init__(self, weekday):
        self.weekday = weekday


# The name tables index and slice like lists (slices give lists) and have a
# fixed length; CPython builds them from strftime, here they are the C locale's.
_MONTH_WORDS = ("January February March April May June July August September "
                "October November December").split()
_DAY_WORDS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


class _NameTable:
    def __init__(self, format):
        self.format = format
        table = self._full if format.isupper() else [w[:3] for w in self._full]
        self._table = self._padding + table

    def __getitem__(self, i):
        return self._table[i]

    def __len__(self):
        return len(self._table)


class _localized_month(_NameTable):
    _padding = [""]
    _full = _MONTH_WORDS


class _localized_day(_NameTable):
    _padding = []
    _full = _DAY_WORDS


month_name = _localized_month("%B")
month_abbr = _localized_month("%b")
day_name = _localized_day("%A")
day_abbr = _localized_day("%a")


def isleap(year):
    """True if `year` has a February 29th (Gregorian rules)."""
    if year % 100 == 0:
        return year % 400 == 0
    return year % 4 == 0


def leapdays(y1, y2):
    """How many leap years lie in [y1, y2); y1 <= y2 is assumed."""
    def before(y):
        # leap years in 1..y-1 (extended to y <= 0 by the floor divisions)
        y -= 1
        return y // 4 - y // 100 + y // 400
    return before(y2) - before(y1)


def weekday(year, month, day):
    """The day of the week, 0 (Monday) to 6 (Sunday), of a date."""
    if not (datetime.MINYEAR <= year and year <= datetime.MAXYEAR):
        # Gregorian weekdays repeat every 400 years, so move the year into
        # the range datetime.date accepts.
        year = year % 400 + 2000
    when = datetime.date(year, month, day)
    return when.weekday()


def _monthlen(year, month):
    if month == February and isleap(year):
        return 29
    return mdays[month]


def monthrange(year, month):
    """(weekday of the 1st, number of days) for a month."""
    if 1 <= month and month <= 12:
        return weekday(year, month, 1), _monthlen(year, month)
    raise IllegalMonthError(month)


def _shift_month(year, month, step):
    # The (year, month) `step` months away (step is -1 or 1); the year object
    # is passed through unchanged unless the year changes.
    month += step
    if month < 1:
        return year - 1, 12
    if month > 12:
        return year + 1, 1
    return year, month


def _rows(items, size):
    # `items` cut into consecutive lists of `size` (the last may be shorter).
    items = list(items)
    return [items[start:start + size] for start in range(0, len(items), size)]


class Calendar(object):
    """Lays out months as weeks; the subclasses do the formatting."""

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def getfirstweekday(self):
        # The stored value is kept as given; reading it reduces it modulo 7.
        stored = self._firstweekday
        return stored % 7

    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        """The seven weekday numbers of a week, from the first weekday on."""
        start = self.firstweekday
        for offset in range(7):
            yield (start + offset) % 7

    def _padding(self, year, month):
        # (days shown before the 1st, days in the month, days shown after)
        first, length = monthrange(year, month)
        before = (first - self.firstweekday) % 7
        after = (self.firstweekday - first - length) % 7
        return before, length, after

    def itermonthdates(self, year, month):
        """datetime.date objects of the whole weeks that cover a month."""
        make = datetime.date
        for triple in self.itermonthdays3(year, month):
            yield make(*triple)

    def itermonthdays(self, year, month):
        """Day numbers of the weeks covering a month, 0 for other months' days."""
        before, length, after = self._padding(year, month)
        for _ in range(before):
            yield 0
        day = 0
        while day < length:
            day += 1
            yield day
        for _ in range(after):
            yield 0

    def itermonthdays2(self, year, month):
        """(day number, weekday) pairs; the day number is 0 outside the month."""
        wd = self.firstweekday
        for day in self.itermonthdays(year, month):
            yield day, wd
            wd = (wd + 1) % 7

    def itermonthdays3(self, year, month):
        """(year, month, day) triples of the weeks covering a month."""
        before, length, after = self._padding(year, month)
        if before:
            py, pm = _shift_month(year, month, -1)
            last = _monthlen(py, pm)
            for day in range(last - before + 1, last + 1):
                yield py, pm, day
        for day in range(1, length + 1):
            yield year, month, day
        if after:
            ny, nm = _shift_month(year, month, 1)
            for day in range(1, after + 1):
                yield ny, nm, day

    def itermonthdays4(self, year, month):
        """(year, month, day, weekday) quadruples of the weeks covering a month."""
        wd = self.firstweekday
        for y, m, d in self.itermonthdays3(year, month):
            yield y, m, d, wd
            wd = (wd + 1) % 7

    def monthdatescalendar(self, year, month):
        """A month as a list of weeks of datetime.date objects."""
        return _rows(self.itermonthdates(year, month), 7)

    def monthdays2calendar(self, year, month):
        """A month as a list of weeks of (day number, weekday) pairs."""
        return _rows(self.itermonthdays2(year, month), 7)

    def monthdayscalendar(self, year, month):
        """A month as a list of weeks of day numbers (0 outside the month)."""
        return _rows(self.itermonthdays(year, month), 7)

    def yeardatescalendar(self, year, width=3):
        """The twelve monthdatescalendar()s in rows of `width` months."""
        return _rows([self.monthdatescalendar(year, m) for m in range(1, 13)], width)

    def yeardays2calendar(self, year, width=3):
        """The twelve monthdays2calendar()s in rows of `width` months."""
        return _rows([self.monthdays2calendar(year, m) for m in range(1, 13)], width)

    def yeardayscalendar(self, year, width=3):
        """The twelve monthdayscalendar()s in rows of `width` months."""
        return _rows([self.monthdayscalendar(year, m) for m in range(1, 13)], width)


class TextCalendar(Calendar):
    """Plain-text calendars laid out like the Unix cal program."""

    def prweek(self, theweek, width):
        """Print formatweek()'s line, without a newline."""
        print(self.formatweek(theweek, width), end="")

    def formatday(self, day, weekday, width):
        """One day's cell, centred in `width` (blank for day 0)."""
        text = "%2i" % day if day else ""
        return text.center(width)

    def formatweek(self, theweek, width):
        """One week of (day, weekday) pairs as a line (no newline)."""
        cells = [self.formatday(day, wd, width) for day, wd in theweek]
        return " ".join(cells)

    def formatweekday(self, day, width):
        """A weekday's name cut to `width` (abbreviated below 9) and centred."""
        table = day_abbr if width < 9 else day_name
        return table[day][:width].center(width)

    def formatweekheader(self, width):
        """The line of weekday names."""
        return " ".join([self.formatweekday(wd, width) for wd in self.iterweekdays()])

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        """The month's name (and year), centred in `width`."""
        title = month_name[themonth]
        if withyear:
            title = "%s %r" % (title, theyear)
        return title.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        """Print formatmonth()'s text."""
        print(self.formatmonth(theyear, themonth, w, l), end="")

    def formatmonth(self, theyear, themonth, w=0, l=0):
        """A month as text: title, weekday names, then one line per week."""
        w, l = max(2, w), max(1, l)
        lines = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1)]
        lines.append(self.formatweekheader(w))
        for days in self.monthdays2calendar(theyear, themonth):
            lines.append(self.formatweek(days, w))
        newlines = "\n" * l
        return "".join(line.rstrip() + newlines for line in lines)

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        """A year as text, `m` months side by side, `c` spaces apart."""
        w, l, c = max(2, w), max(1, l), max(2, c)
        column = 7 * (w + 1) - 1
        newlines = "\n" * l
        lines = [repr(theyear).center(column * m + c * (m - 1))]
        names_line = self.formatweekheader(w)
        for number, months in enumerate(self.yeardays2calendar(theyear, m)):
            first = number * m + 1
            titles = [self.formatmonthname(theyear, k, column, False)
                      for k in range(first, min(first + m, 13))]
            lines.append(None)  # a blank line between rows of months
            lines.append(formatstring(titles, column, c))
            lines.append(formatstring([names_line] * len(titles), column, c))
            for index in range(max(len(weeks) for weeks in months)):
                cells = []
                for weeks in months:
                    cells.append(self.formatweek(weeks[index], w)
                                 if index < len(weeks) else "")
                lines.append(formatstring(cells, column, c))
        return "".join(newlines if line is None else line.rstrip() + newlines
                       for line in lines)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        """Print formatyear()'s text."""
        print(self.formatyear(theyear, w, l, c, m), end="")


_TABLE_OPEN = '<table border="0" cellpadding="0" cellspacing="0" class="%s">'


class HTMLCalendar(Calendar):
    """Calendars as HTML tables, and a whole XHTML page for a year."""

    # The CSS class names put on the cells and tables; subclasses may change them.
    cssclass_year = "year"
    cssclass_year_head = "year"
    cssclass_month = "month"
    cssclass_month_head = "month"
    cssclass_noday = "noday"
    cssclasses = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    cssclasses_weekday_head = cssclasses

    def formatday(self, day, weekday):
        """A <td> for one day (a non-breaking space for day 0)."""
        if day:
            css, text = self.cssclasses[weekday], "%d" % day
        else:
            css, text = self.cssclass_noday, "&nbsp;"
        return '<td class="%s">%s</td>' % (css, text)

    def formatweek(self, theweek):
        """A <tr> of one week's days."""
        cells = [self.formatday(day, wd) for day, wd in theweek]
        return "<tr>" + "".join(cells) + "</tr>"

    def formatweekday(self, day):
        """A <th> with a weekday's abbreviated name."""
        css = self.cssclasses_weekday_head[day]
        return '<th class="%s">%s</th>' % (css, day_abbr[day])

    def formatweekheader(self):
        """A <tr> of the weekday headers."""
        cells = [self.formatweekday(wd) for wd in self.iterweekdays()]
        return "<tr>" + "".join(cells) + "</tr>"

    def formatmonthname(self, theyear, themonth, withyear=True):
        """A <tr> holding the month's title."""
        title = "%s" % month_name[themonth]
        if withyear:
            title += " %s" % (theyear,)
        css = self.cssclass_month_head
        return '<tr><th colspan="7" class="%s">%s</th></tr>' % (css, title)

    def formatmonth(self, theyear, themonth, withyear=True):
        """A month as a <table>."""
        rows = [_TABLE_OPEN % self.cssclass_month,
                self.formatmonthname(theyear, themonth, withyear=withyear),
                self.formatweekheader()]
        rows.extend(self.formatweek(days)
                    for days in self.monthdays2calendar(theyear, themonth))
        rows.append("</table>")
        return "\n".join(rows) + "\n"

    def formatyear(self, theyear, width=3):
        """A year as a <table> whose cells are the month tables."""
        width = max(1, width)
        out = [_TABLE_OPEN % self.cssclass_year, "\n",
               '<tr><th colspan="%d" class="%s">%s</th></tr>'
               % (width, self.cssclass_year_head, theyear)]
        for first in range(January, 13, width):
            out.append("<tr>")
            for k in range(first, min(first + width, 13)):
                out += ["<td>", self.formatmonth(theyear, k, withyear=False), "</td>"]
            out.append("</tr>")
        out.append("</table>")
        return "".join(out)

    def formatyearpage(self, theyear, width=3, css="calendar.css", encoding=None):
        """A complete XHTML page showing a year, encoded to bytes."""
        if encoding is None:
            encoding = "utf-8"  # what CPython's sys.getdefaultencoding() gives
        page = ['<?xml version="1.0" encoding="%s"?>' % encoding,
                '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">',
                "<html>", "<head>",
                '<meta http-equiv="Content-Type" content="text/html; charset=%s" />'
                % encoding]
        if css is not None:
            page.append('<link rel="stylesheet" type="text/css" href="%s" />' % css)
        page += ["<title>Calendar for %d</title>" % theyear, "</head>", "<body>",
                 self.formatyear(theyear, width) + "</body>", "</html>", ""]
        return "\n".join(page).encode(encoding, "xmlcharrefreplace")


# The module-level functions are the methods of one shared TextCalendar.
c = TextCalendar()

calendar = c.formatyear
prcal = c.pryear
month = c.formatmonth
prmonth = c.prmonth
monthcalendar = c.monthdayscalendar
week = c.formatweek
prweek = c.prweek
weekheader = c.formatweekheader
firstweekday = c.getfirstweekday


def setfirstweekday(firstweekday):
    """Set the first weekday (0 = Monday ... 6 = Sunday) of the shared calendar."""
    if not (MONDAY <= firstweekday and firstweekday <= SUNDAY):
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday


def formatstring(cols, colwidth=20, spacing=6):
    """Centre each string in `colwidth` and join them with `spacing` spaces."""
    return (" " * spacing).join([text.center(colwidth) for text in cols])


def format(cols, colwidth=20, spacing=6):
    """Print formatstring()'s line."""
    print(formatstring(cols, colwidth, spacing))


def timegm(tuple):
    """Seconds since 1970-01-01 00:00 UTC of a UTC time tuple (inverse of gmtime)."""
    fields = tuple[:6]
    year, month, day, hour, minute, second = fields
    start = datetime.date(year, month, 1).toordinal()
    days = start - _EPOCH_ORD + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second
