# datetime's repr puts fold before tzinfo (time's after it), and error
# messages name C types with their module ('decimal.Decimal').
import datetime as D
from decimal import Decimal

utc = D.timezone.utc
print(repr(D.datetime(2020, 5, 17, 8, 30, fold=1, tzinfo=utc)))
print(repr(D.datetime(2020, 5, 17, 8, 30, fold=1)))
print(repr(D.time(1, fold=1, tzinfo=utc)))
print(repr(D.time(1, 2, 3, fold=1)))
for f in [lambda: D.date(1, 1, 1).strftime(utc),
          lambda: D.date(2000, 1, 1).replace(day=utc),
          lambda: D.date(Decimal(1), 1, 1),
          lambda: utc.utcoffset(Decimal(1)),
          lambda: D.time(tzinfo=Decimal(1)),
          lambda: D.datetime.combine(Decimal(1), 1),
          lambda: D.timezone(Decimal(1)),
          lambda: D.timedelta(days=Decimal(1))]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
