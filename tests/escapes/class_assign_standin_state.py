# __class__ assignment cannot forge a C-type stand-in's private state: a
# script class declaring the stand-in's slot names (deque's `_items`,
# Decimal's `_int`, partial's `func`/`args`, date's `_year`) has another
# layout than a subclass of the stand-in, and the stand-ins themselves are
# immutable types, neither left nor joined. Subclasses of one stand-in may
# trade places, as in CPython, with their state intact.
# expect-output: deque TypeError __class__ assignment: 'MyDeque' object layout differs from 'FakeDeque'
# expect-output: deque itself TypeError __class__ assignment only supported for mutable types or ModuleType subclasses
# expect-output: Decimal TypeError __class__ assignment: 'MyDecimal' object layout differs from 'FakeDecimal'
# expect-output: partial TypeError __class__ assignment: 'MyPartial' object layout differs from 'FakePartial'
# expect-output: partial itself TypeError __class__ assignment only supported for mutable types or ModuleType subclasses
# expect-output: date TypeError __class__ assignment: 'MyDate' object layout differs from 'FakeDate'
# expect-output: deque instance TypeError __class__ assignment only supported for mutable types or ModuleType subclasses
# expect-output: deque sub to plain TypeError __class__ assignment: 'FakeDeque' object layout differs from 'MyDeque'
# expect-output: Decimal sub to plain TypeError __class__ assignment: 'FakeDecimal' object layout differs from 'MyDecimal'
# expect-output: partial to partial TypeError __class__ assignment only supported for mutable types or ModuleType subclasses
# expect-output: partial sub to partial sub -> OtherPartial
# expect-output: called -> (('other', 7), 'max', (3,))
# expect-output: back -> ('MyPartial', 3)
# expect-output: partial sub to plain TypeError __class__ assignment: 'FakePartial' object layout differs from 'MyPartial'
# expect-output: deque sub to deque sub -> D2
# expect-output: deque state -> (1, 3, 2)
# expect-output: OrderedDict TypeError __class__ assignment only supported for mutable types or ModuleType subclasses
import collections
import datetime
import decimal
import functools


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, type(e).__name__, e)


def switch(obj, cls):
    obj.__class__ = cls
    return type(obj).__name__


class FakeDeque:
    __slots__ = ("_items", "_head", "_state", "_maxlen")


class MyDeque(collections.deque):
    pass


class FakeDecimal:
    __slots__ = ("_sign", "_int", "_exp", "_special")


class MyDecimal(decimal.Decimal):
    __slots__ = ()


class FakePartial:
    __slots__ = ("func", "args", "keywords", "__dict__")


class MyPartial(functools.partial):
    pass


class OtherPartial(functools.partial):
    def __call__(self, *args, **kwargs):
        return ("other", super().__call__(*args, **kwargs))


class FakeDate:
    __slots__ = ("_year", "_month", "_day", "_hashcode")


class MyDate(datetime.date):
    pass


def forged(cls, **fields):
    obj = cls()
    for name, value in fields.items():
        setattr(obj, name, value)
    return obj


attempt("deque", lambda: switch(forged(FakeDeque, _items=5, _head=-9), MyDeque))
attempt("deque itself", lambda: switch(forged(FakeDeque), collections.deque))
attempt("Decimal", lambda: switch(forged(FakeDecimal, _int="x", _exp=None), MyDecimal))
attempt("partial", lambda: switch(forged(FakePartial, func=len, args=5), MyPartial))
attempt("partial itself", lambda: switch(forged(FakePartial), functools.partial))
attempt("date", lambda: switch(forged(FakeDate, _year="y"), MyDate))
attempt("deque instance", lambda: switch(collections.deque([1]), MyDeque))
attempt("deque sub to plain", lambda: switch(MyDeque([1]), FakeDeque))
attempt("Decimal sub to plain", lambda: switch(MyDecimal(1), FakeDecimal))
attempt("partial to partial", lambda: switch(functools.partial(max, 1), MyPartial))
p = MyPartial(max, 3)
attempt("partial sub to partial sub", lambda: switch(p, OtherPartial))
attempt("called", lambda: (p(7), p.func.__name__, p.args))
attempt("back", lambda: (switch(p, MyPartial), p(1)))
attempt("partial sub to plain", lambda: switch(p, FakePartial))
class D2(collections.deque):
    pass


d = MyDeque([1, 2, 3], maxlen=3)
attempt("deque sub to deque sub", lambda: switch(d, D2))
attempt("deque state", lambda: (d.popleft(), d.maxlen, len(d)))
attempt("OrderedDict", lambda: switch(collections.OrderedDict(), dict))
