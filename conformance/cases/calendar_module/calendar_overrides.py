# Calendar's hooks as subclasses see them (call order and arguments), its
# errors, and the corners of the layouts (odd widths, out-of-range values).
import calendar


class Loud(calendar.TextCalendar):
    def formatweekday(self, day, width):
        print("weekday", day, width)
        return calendar.day_name[day][:width].upper().center(width)

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        print("monthname", theyear, themonth, width, withyear)
        return super().formatmonthname(theyear, themonth, width, withyear)

    def formatweek(self, theweek, width):
        print("week", theweek[0], width)
        return super().formatweek(theweek, width)


class Html(calendar.HTMLCalendar):
    cssclasses = ["a", "b", "c", "d", "e", "f", "g"]
    cssclass_noday = "empty"
    cssclass_year_head = "yh"

    def formatmonthname(self, theyear, themonth, withyear=True):
        print("html name", theyear, themonth, withyear)
        return super().formatmonthname(theyear, themonth, withyear)

    def formatmonth(self, theyear, themonth, withyear=True):
        print("html month", themonth, withyear)
        return super().formatmonth(theyear, themonth, withyear)


class Doubled(calendar.Calendar):
    def itermonthdays(self, year, month):
        for day in super().itermonthdays(year, month):
            yield day * 2


print(Loud(6).formatmonth(2024, 2, 3))
print(Loud().formatyear(2023, 2, 1, 2, 5))
print(Html(6).formatmonth(2024, 3, withyear=False))
print(Html().formatyear(2024, 5))
print(Doubled(6).monthdays2calendar(2024, 9)[0])
print(Doubled().monthdayscalendar(2024, 9)[-1])

odd = calendar.Calendar(True)
print(list(odd.itermonthdays4(True, 10))[:2])
print(list(calendar.Calendar(-2).iterweekdays()), calendar.Calendar(13).firstweekday)
for fw in (6.0, "x"):
    try:
        k = calendar.Calendar()
        k.firstweekday = fw
        print(k.monthdayscalendar(2024, 1))
    except TypeError as e:
        print("TypeError", e)

for args in [(2024, 0), (2024, 13), (2024, "1"), (2024, 1.5), ("2024", 1)]:
    try:
        print(calendar.monthrange(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e, getattr(e, "month", None), e.args)
for value in (7, -1, "7"):
    try:
        calendar.setfirstweekday(value)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
err = calendar.IllegalWeekdayError(9)
print(err.weekday, err.args, repr(str(err)), isinstance(err, calendar.error))

print(calendar.month_name[1:4], calendar.day_abbr[::-2], calendar.month_abbr[-1])
print(len(calendar.month_name), len(calendar.day_name), "Sun" in calendar.day_abbr)
for index in (13, -14, "a"):
    try:
        print(calendar.month_name[index])
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)

print(calendar.TextCalendar().formatyear(2024, 2, 1, 6, 12)[:200])
print(repr(calendar.TextCalendar(6).formatyear(2021, 3, 2, 1, 4)[:300]))
for m in (0, 2.5):
    try:
        print(calendar.calendar(2024, m=m))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(calendar.weekheader(1), "|", calendar.weekheader(10), "|", calendar.weekheader(0), "|")
print(calendar.HTMLCalendar().formatyearpage(2024, 4, None, "ascii")[:260])
print(calendar.HTMLCalendar().formatyear(2020, 0)[:120])
print(calendar.leapdays(2024, 1999), calendar.leapdays(-400, 400), calendar.isleap(-4))
print(calendar.weekday(-1, 3, 1), calendar.weekday(10000, 1, 1), calendar.weekday(0, 2, 29))
days3 = calendar.Calendar().itermonthdays3
print(list(days3(1, 1))[:2], list(days3(9999, 12))[-2:])
try:
    print(list(calendar.Calendar().itermonthdates(9999, 12)))
except OverflowError as e:
    print("OverflowError", e)
except ValueError as e:
    print("ValueError", e)
print(calendar.timegm((2024, 2, 29, 12, 30, 15.5)), calendar.timegm([1969, 12, 31, 23, 59, 59, 0]))
try:
    calendar.timegm((2024, 1, 1))
except ValueError as e:
    print("ValueError", e)
print(calendar.formatstring(iter(["a", "bb"]), 4, 1) + "|")
calendar.format(["x", "y"], 3, 0)
calendar.prweek([(1, 0), (0, 1)], 3)
print("|")
