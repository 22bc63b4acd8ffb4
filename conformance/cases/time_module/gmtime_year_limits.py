# The largest and smallest years gmtime gives: tm_year (year - 1900) is a C int.
import time

def days_from_civil(y, m, d):
    y -= m <= 2
    era = y // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    return era * 146097 + yoe * 365 + yoe // 4 - yoe // 100 + doy - 719468

for year in [2 ** 31 - 1 + 1900, 2 ** 31 + 1900, -2 ** 31 + 1900, -2 ** 31 + 1899, 1, 0, -1]:
    for offset in (0, -1, 86400 * 365):
        secs = days_from_civil(year, 1, 1) * 86400 + offset
        try:
            print(year, offset, tuple(time.gmtime(secs)))
        except OSError as e:
            print(year, offset, "OSError", e.errno, e)
