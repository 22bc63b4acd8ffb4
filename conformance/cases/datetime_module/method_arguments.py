# The argument checks of datetime's C methods: no arguments, one argument, and
# isoformat's keyword parsing, with CPython's _datetime messages in its order.
from datetime import date, time, datetime as dt, timedelta, timezone
tz = timezone(timedelta(hours=3), 'EST3')
objs = [date(2000, 1, 1), time(1, 2, 3), time(1, 2, tzinfo=tz), dt(2000, 1, 1), dt(2000, 1, 1, tzinfo=timezone.utc), timezone.utc, tz]
for o in objs:
    for m in ['isoformat', 'utcoffset', 'dst', 'tzname']:
        f = getattr(o, m, None)
        if f is None:
            continue
        for a, k in [((), {}), ((None,), {}), ((1, 2), {}), ((1, 2, 3), {}), ((), {'x': 1}), ((), {'sep': ' '}), ((), {'timespec': 'hours'}), ((' ',), {'sep': ' '}), ((None,), {'dt': None})]:
            try:
                r = repr(f(*a, **k))
            except Exception as e:
                r = f'{type(e).__name__}: {e}'
            print(type(o).__name__, m, a, k, r)
for f in [lambda: time(1).isoformat(timespec=1), lambda: dt(1,1,1).isoformat(timespec=1), lambda: dt(1,1,1).isoformat(sep=1), lambda: dt(1,1,1).isoformat(' ', 1, x=1), lambda: time(1).isoformat(timespec='x', y=1), lambda: time(1).isoformat('x'), lambda: time(1).isoformat(None, x=1), lambda: dt(1,1,1).isoformat(' ', sep=' ')]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
