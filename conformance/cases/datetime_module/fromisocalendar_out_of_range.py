# Components too large for a C int are reported as out of range, like the
# components that name no week or day.
from datetime import date, datetime

for cls in (date, datetime):
    for args in [(2 << 32, 1, 1), (2019, 2 << 32, 1), (2019, 1, 2 << 32),
                 (-2 << 40, 1, 1), (2019, 54, 1), (2019, 1, 8)]:
        try:
            cls.fromisocalendar(*args)
        except ValueError as e:
            print(cls.__name__, args, type(e).__name__, e, e.__context__ is None)
    try:
        cls.fromisocalendar("2019", 1, 1)
    except TypeError as e:
        print(cls.__name__, "TypeError", e)
    print(cls.fromisocalendar(2020, 53, 7))
