# calendar.HTMLCalendar: months, years and the XHTML page, with its CSS
# class attributes overridable by a subclass.
import calendar

cal = calendar.HTMLCalendar(calendar.SUNDAY)
print(cal.formatmonth(2024, 2))
print(cal.formatmonth(2023, 12, withyear=False))
print(cal.formatmonthname(2023, 5), cal.formatweekheader())
print(cal.formatday(0, 3), cal.formatday(9, 3), cal.formatweekday(6))
print(cal.formatweek([(0, 0), (1, 1), (2, 2)]))

year = calendar.HTMLCalendar().formatyear(2023, width=5)
print(len(year), year.count("<tr>"), year[:160])
print(year[-120:])
print(calendar.HTMLCalendar().formatyear(2023, width=0).count("<td><table"))

page = calendar.HTMLCalendar().formatyearpage(2022)
print(type(page).__name__, page[:400].decode())
print(page[-40:])
print(calendar.HTMLCalendar().formatyearpage(2022, 4, css=None, encoding="ascii")[:330])


class Highlight(calendar.HTMLCalendar):
    cssclasses = ["weekday"] * 5 + ["weekend"] * 2
    cssclass_noday = "blank"
    cssclass_month = "cal"

    def formatday(self, day, weekday):
        if day == 14:
            return '<td class="today">14</td>'
        return super().formatday(day, weekday)


print(Highlight().formatmonth(2024, 3))
print("HTMLCalendar" in calendar.__all__, calendar.HTMLCalendar.cssclass_year)
