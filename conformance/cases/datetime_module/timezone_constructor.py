# timezone(): the UTC singleton for a zero offset without a name, and the
# argument errors of CPython's argument clinic.
from datetime import timedelta, timezone

print(timezone(timedelta(0)) is timezone.utc, timezone(timedelta(0), 'UTC') is timezone.utc)
print(timezone(offset=timedelta(hours=1), name='CET'), repr(timezone(timedelta(minutes=-90))))
cases = [((), {}), ((None,), {}), ((42,), {}), ((timedelta(0), None), {}),
         ((timedelta(0), 42), {}), ((timedelta(0), 'A', 'extra'), {}),
         ((1, 2, 3, 4), {}), ((timedelta(0),), {'bogus': 1}),
         ((timedelta(1),), {}), ((-timedelta(1),), {})]
for args, kwargs in cases:
    try:
        print(repr(timezone(*args, **kwargs)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
