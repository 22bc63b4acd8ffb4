# Native checks that call back into script code which then re-enters the
# same check or changes what it walks: an ABC's __subclasshook__ that
# registers more classes (growing the registry being consulted), two ABCs
# whose hooks ask each other, a tzinfo whose utcoffset() asks the datetime
# for its own offset, and tzinfos returning out-of-range, subclassed or
# ill-typed answers to isoformat/astimezone/strftime/==/hash. CPython
# raises RecursionError or its TypeError/ValueError; nothing recurses
# natively or reads a registry that moved.
# expect-output: hook registers RecursionError 
# expect-output: registered after RecursionError 
# expect-output: hooks ask each other RecursionError 
# expect-output: utcoffset asks itself RecursionError 
# expect-output: offset too big ValueError offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).
# expect-output: subclass offset -> 2020-01-01T00:00:00+01:00
# expect-output: tzname not str TypeError tzinfo.tzname() must return None or a string, not 'int'
# expect-output: astimezone -> 2019-12-31 23:00:00+00:00
# expect-output: strftime %Z TypeError tzinfo.tzname() must return None or a string, not 'int'
# expect-output: microsecond offset -> 2020-01-01T00:00:00+00:01:00.000001
# expect-output: == across tzinfos -> False
# expect-output: hash -> int
# expect-output: time with tzinfo -> 01:00:00+01:00
# expect-output: format -> 2020 +0100
import abc
import datetime


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, type(e).__name__, e if not isinstance(e, RecursionError) else "")


RS = []
for i in range(20):
    class RR:
        pass
    RS.append(RR)


class A(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        for r in RS:
            A.register(r)
        return NotImplemented


class X:
    pass


attempt("hook registers", lambda: isinstance(X(), A))
attempt("registered after", lambda: issubclass(RS[3], A))


class Hook(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return issubclass(C, Hook2)


class Hook2(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return issubclass(C, Hook)


attempt("hooks ask each other", lambda: issubclass(int, Hook))


class SelfOffset(datetime.tzinfo):
    def utcoffset(self, dt):
        return dt.utcoffset()


attempt("utcoffset asks itself", lambda: datetime.datetime(2020, 1, 1, tzinfo=SelfOffset()).utcoffset())


class TooBig(datetime.tzinfo):
    def utcoffset(self, dt):
        return datetime.timedelta(hours=30)


attempt("offset too big", lambda: datetime.datetime(2020, 1, 1, tzinfo=TooBig()).utcoffset())


class TD(datetime.timedelta):
    pass


class Odd(datetime.tzinfo):
    def utcoffset(self, dt):
        return TD(hours=1)

    def dst(self, dt):
        return TD(0)

    def tzname(self, dt):
        return 5


class Micro(datetime.tzinfo):
    def utcoffset(self, dt):
        return datetime.timedelta(minutes=1, microseconds=1)


dt = datetime.datetime(2020, 1, 1, tzinfo=Odd())
attempt("subclass offset", lambda: dt.isoformat())
attempt("tzname not str", lambda: dt.tzname())
attempt("astimezone", lambda: dt.astimezone(datetime.timezone.utc))
attempt("strftime %Z", lambda: dt.strftime("%z %Z %%"))
attempt("microsecond offset", lambda: datetime.datetime(2020, 1, 1, tzinfo=Micro()).isoformat())
attempt("== across tzinfos", lambda: datetime.datetime(2020, 1, 1, tzinfo=Micro()) == dt)
attempt("hash", lambda: type(hash(datetime.datetime(2020, 1, 1, tzinfo=Micro()))).__name__)
attempt("time with tzinfo", lambda: datetime.time(1, tzinfo=Odd()).isoformat())
attempt("format", lambda: format(dt, "%Y %z"))
