# %G %g %V %U %W around year ends, from gmtime's own fields.
import calendar
import time

start = 1104537600 - 10 * 86400   # 2004-12-22
for i in range(0, 7300, 97):
    st = time.gmtime(start + i * 86400)
    print(time.strftime("%Y-%m-%d %a %G-W%V-%u %g %U %W %j", st))
for year in range(1995, 2031):
    for day in (1, 2, 3, 4, 29, 30, 31):
        t = (year, 12 if day > 4 else 1, day)
        st = time.gmtime(calendar.timegm(t + (0, 0, 0)))
        print(time.strftime("%F %G %V %U %W", st), end="; ")
    print()
