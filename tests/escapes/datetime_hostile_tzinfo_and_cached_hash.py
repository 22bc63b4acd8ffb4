# Aware datetimes call the script's tzinfo (utcoffset, dst, tzname,
# fromutc) from comparisons, subtraction, hashing and formatting, and the
# native fast paths skip it only when both sides share one tzinfo object.
# The tzinfo returns timedelta subclasses, offsets of a day or more, values
# that change on every call (so a cached hash and a fresh one could
# disagree), non-timedeltas, raises, and re-enters the datetime being
# hashed or compared. Each must end as CPython's errors or answers.
import datetime

D = datetime.datetime
TD = datetime.timedelta


def attempt(label, fn):
    try:
        print(label, 'ran:', repr(fn())[:100])
    except (TypeError, ValueError, OverflowError, RecursionError, ZeroDivisionError) as e:
        print(label, type(e).__name__, str(e)[:100])


class Offset(datetime.tzinfo):
    def __init__(self, make):
        self.make = make

    def utcoffset(self, dt):
        return self.make(dt)

    def dst(self, dt):
        return self.make(dt)

    def tzname(self, dt):
        return 'Z'


class TDSub(TD):
    def __hash__(self):
        raise ZeroDivisionError('hash of offset')


calls = [0]


def drifting(dt):
    calls[0] += 1
    return TD(minutes=calls[0] % 7)


utc = datetime.timezone.utc
cases = {
    'subclass offset': lambda dt: TDSub(hours=1),
    'one day': lambda dt: TD(days=1),
    'minus one day': lambda dt: -TD(days=1),
    'microseconds': lambda dt: TD(microseconds=1),
    'drifting': drifting,
    'int': lambda dt: 3600,
    'raises': lambda dt: 1 / 0,
}
for label, make in cases.items():
    tz = Offset(make)
    a = D(2020, 1, 1, 12, tzinfo=tz)
    b = D(2020, 1, 1, 12, tzinfo=utc)
    attempt(label + ' utcoffset', lambda: a.utcoffset())
    attempt(label + ' sub', lambda: a - b)
    attempt(label + ' same tz sub', lambda: a - D(2020, 1, 1, tzinfo=tz))
    attempt(label + ' eq', lambda: a == b)
    attempt(label + ' lt', lambda: a < b)
    attempt(label + ' hash stable', lambda: hash(a) == hash(a))
    attempt(label + ' isoformat', lambda: a.isoformat())
    attempt(label + ' astimezone', lambda: a.astimezone(utc))
    attempt(label + ' timetz', lambda: a.timetz().utcoffset())


class Reentrant(datetime.tzinfo):
    def utcoffset(self, dt):
        hash(dt)
        return TD(0)


r = D(2020, 1, 1, tzinfo=Reentrant())
attempt('reentrant hash', lambda: hash(r))
attempt('reentrant compare', lambda: r == D(2020, 1, 1, tzinfo=utc))
attempt('fixed timezone edge', lambda: datetime.timezone(TD(hours=24)))
attempt('fixed timezone subclass', lambda: datetime.timezone(TDSub(hours=2)).utcoffset(None))
attempt('fromutc foreign', lambda: utc.fromutc(D(2020, 1, 1, tzinfo=Offset(lambda dt: TD(0)))))
# expect-output: subclass offset utcoffset ran: TDSub(seconds=3600)
# expect-output: subclass offset sub ran: datetime.timedelta(days=-1, seconds=82800)
# expect-output: subclass offset same tz sub ran: datetime.timedelta(seconds=43200)
# expect-output: subclass offset eq ran: False
# expect-output: subclass offset lt ran: True
# expect-output: subclass offset hash stable ran: True
# expect-output: subclass offset isoformat ran: '2020-01-01T12:00:00+01:00'
# expect-output: subclass offset astimezone ran: datetime.datetime(2020, 1, 1, 11, 0, tzinfo=datetime.timezone.utc)
# expect-output: subclass offset timetz ran: TDSub(seconds=3600)
# expect-output: one day utcoffset ValueError offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).
# expect-output: one day sub ValueError offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).
# expect-output: one day same tz sub ran: datetime.timedelta(seconds=43200)
# expect-output: one day eq ValueError offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).
# expect-output: one day lt ValueError offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).
# expect-output: one day hash stable ValueError offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).
# expect-output: one day isoformat ValueError offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).
# expect-output: one day astimezone ValueError offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).
# expect-output: one day timetz ValueError offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).
# expect-output: minus one day utcoffset ValueError offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).
# expect-output: minus one day sub ValueError offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).
# expect-output: minus one day same tz sub ran: datetime.timedelta(seconds=43200)
# expect-output: minus one day eq ValueError offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).
# expect-output: minus one day lt ValueError offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).
# expect-output: minus one day hash stable ValueError offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).
# expect-output: minus one day isoformat ValueError offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).
# expect-output: minus one day astimezone ValueError offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).
# expect-output: minus one day timetz ValueError offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).
# expect-output: microseconds utcoffset ran: datetime.timedelta(microseconds=1)
# expect-output: microseconds sub ran: datetime.timedelta(days=-1, seconds=86399, microseconds=999999)
# expect-output: microseconds same tz sub ran: datetime.timedelta(seconds=43200)
# expect-output: microseconds eq ran: False
# expect-output: microseconds lt ran: True
# expect-output: microseconds hash stable ran: True
# expect-output: microseconds isoformat ran: '2020-01-01T12:00:00+00:00:00.000001'
# expect-output: microseconds astimezone ran: datetime.datetime(2020, 1, 1, 11, 59, 59, 999999, tzinfo=datetime.timezone.utc)
# expect-output: microseconds timetz ran: datetime.timedelta(microseconds=1)
# expect-output: drifting utcoffset ran: datetime.timedelta(seconds=60)
# expect-output: drifting sub ran: datetime.timedelta(days=-1, seconds=86280)
# expect-output: drifting same tz sub ran: datetime.timedelta(seconds=43200)
# expect-output: drifting eq ran: False
# expect-output: drifting lt ran: True
# expect-output: drifting hash stable ran: True
# expect-output: drifting isoformat ran: '2020-01-01T12:00:00+00:01'
# expect-output: drifting astimezone ran: datetime.datetime(2020, 1, 1, 11, 58, tzinfo=datetime.timezone.utc)
# expect-output: drifting timetz ran: datetime.timedelta(seconds=180)
# expect-output: int utcoffset TypeError tzinfo.utcoffset() must return None or timedelta, not 'int'
# expect-output: int sub TypeError tzinfo.utcoffset() must return None or timedelta, not 'int'
# expect-output: int same tz sub ran: datetime.timedelta(seconds=43200)
# expect-output: int eq TypeError tzinfo.utcoffset() must return None or timedelta, not 'int'
# expect-output: int lt TypeError tzinfo.utcoffset() must return None or timedelta, not 'int'
# expect-output: int hash stable TypeError tzinfo.utcoffset() must return None or timedelta, not 'int'
# expect-output: int isoformat TypeError tzinfo.utcoffset() must return None or timedelta, not 'int'
# expect-output: int astimezone TypeError tzinfo.utcoffset() must return None or timedelta, not 'int'
# expect-output: int timetz TypeError tzinfo.utcoffset() must return None or timedelta, not 'int'
# expect-output: raises utcoffset ZeroDivisionError division by zero
# expect-output: raises sub ZeroDivisionError division by zero
# expect-output: raises same tz sub ran: datetime.timedelta(seconds=43200)
# expect-output: raises eq ZeroDivisionError division by zero
# expect-output: raises lt ZeroDivisionError division by zero
# expect-output: raises hash stable ZeroDivisionError division by zero
# expect-output: raises isoformat ZeroDivisionError division by zero
# expect-output: raises astimezone ZeroDivisionError division by zero
# expect-output: raises timetz ZeroDivisionError division by zero
# expect-output: reentrant hash RecursionError maximum recursion depth exceeded
# expect-output: reentrant compare RecursionError maximum recursion depth exceeded while calling a Python object
# expect-output: fixed timezone edge ValueError offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not dateti
# expect-output: fixed timezone subclass ran: TDSub(seconds=7200)
# expect-output: fromutc foreign ValueError fromutc: dt.tzinfo is not self
