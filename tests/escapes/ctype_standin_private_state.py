# A C-type stand-in keeps its state in private names (Decimal's _int,
# deque's _items, date's _year) and its helpers in private methods and
# module globals. In CPython these do not exist, so a script that could
# reach them would change a number's digits behind its hash, or break the
# invariants other code relies on. Every route must find nothing: the dot,
# getattr with a built name, object.__getattribute__, super(), the class's
# __dict__ (and the descriptor's __set__ through it), type.__getattribute__,
# string.Formatter's attribute walk, operator.attrgetter, a subclass's own
# name, dir(), and the module's helpers and namespace.
import collections
import datetime
import decimal
import operator
import string

d = decimal.Decimal("1.5")


class D(decimal.Decimal):
    def peek(self):
        return super()._int


routes = [
    ("dot", lambda: d._int),
    ("getattr", lambda: getattr(d, "_" + "int")),
    ("object.__getattribute__", lambda: object.__getattribute__(d, "_int")),
    ("type.__getattribute__", lambda: type.__getattribute__(decimal.Decimal, "_fix")),
    ("super", lambda: D("2").peek()),
    ("__dict__", lambda: decimal.Decimal.__dict__["_int"]),
    ("__dict__ method", lambda: decimal.Decimal.__dict__["_fix"]),
    ("Formatter", lambda: string.Formatter().format("{0._int}", d)),
    ("str.format", lambda: "{0._int}".format(d)),
    ("attrgetter", lambda: operator.attrgetter("_items")(collections.deque())),
    ("setattr", lambda: setattr(d, "_int", "9")),
    ("object.__setattr__", lambda: object.__setattr__(d, "_int", "9")),
    ("date private", lambda: object.__setattr__(datetime.date(2020, 1, 1), "_year", 1)),
    ("module helper", lambda: decimal._new),
    ("module helper dt", lambda: datetime._ymd2ord),
]
for label, route in routes:
    try:
        r = route()
        print(label, "reached", r)
    except (AttributeError, KeyError) as e:
        print(label, type(e).__name__)
try:
    from decimal import _new
    print("from-import reached")
except ImportError:
    print("from-import ImportError")
print(d, hash(d) == hash(decimal.Decimal("1.5")), D("2") + 1)
print([n for n in dir(d) if n.startswith("_") and not n.endswith("__")])

# Rebinding a module name changes only what scripts read from it, as with
# CPython's C module: the module's own code keeps its functions.
decimal.getcontext = lambda: None
print(decimal.Decimal(1) / 3)
# expect-output: dot AttributeError
# expect-output: getattr AttributeError
# expect-output: object.__getattribute__ AttributeError
# expect-output: type.__getattribute__ AttributeError
# expect-output: super AttributeError
# expect-output: __dict__ KeyError
# expect-output: __dict__ method KeyError
# expect-output: Formatter AttributeError
# expect-output: str.format AttributeError
# expect-output: attrgetter AttributeError
# expect-output: setattr AttributeError
# expect-output: object.__setattr__ AttributeError
# expect-output: date private AttributeError
# expect-output: module helper AttributeError
# expect-output: module helper dt AttributeError
# expect-output: from-import ImportError
# expect-output: 1.5 True 3
# expect-output: []
# expect-output: 0.3333333333333333333333333333
