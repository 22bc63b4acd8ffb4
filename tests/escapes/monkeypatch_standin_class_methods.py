# Rebinding methods of the classes moat's modules define: CPython's C
# types (datetime.date, collections.deque, OrderedDict, functools.partial,
# itertools.chain, re.Pattern, decimal.Decimal) refuse a new attribute
# ("cannot set ... of immutable type"), while its pure-Python classes
# (fractions.Fraction, json.JSONEncoder, logging.Logger,
# string.Template) take one, and the module's own code then calls it. A
# researcher patches a method moat's module calls internally, hoping it
# is handed something privileged. moat keeps the C types' refusal, and
# what a patched Python-class method receives is only the script's own
# values.
# expect-output: date.__add__ TypeError cannot set '__add__' attribute of immutable type 'datetime.date'
# expect-output: timedelta.total_seconds TypeError cannot set 'total_seconds' attribute of immutable type 'datetime.timedelta'
# expect-output: deque.append TypeError cannot set 'append' attribute of immutable type 'collections.deque'
# expect-output: OrderedDict.move_to_end TypeError cannot set 'move_to_end' attribute of immutable type 'collections.OrderedDict'
# expect-output: partial.__call__ TypeError cannot set '__call__' attribute of immutable type 'functools.partial'
# expect-output: chain.__next__ TypeError cannot set '__next__' attribute of immutable type 'itertools.chain'
# expect-output: Pattern.match TypeError cannot set 'match' attribute of immutable type 're.Pattern'
# expect-output: Decimal.__repr__ TypeError cannot set '__repr__' attribute of immutable type 'decimal.Decimal'
# expect-output: Fraction str ok spied
# expect-output: JSONEncoder default ok ["spied"]
# expect-output: Logger handle ok None
# expect-output: Template substitute ok spied
# expect-output: ['Fraction']
# expect-output: ['JSONEncoder', 'object']
# expect-output: ['Logger']
# expect-output: ['LogRecord', 'Logger']
# expect-output: ['Template', 'a']
import collections
import datetime
import decimal
import fractions
import functools
import itertools
import json
import logging
import re
import string


def t(label, fn):
    try:
        r = fn()
        print(label, "ok", r if isinstance(r, (str, int, type(None))) else type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


def patch(cls, name):
    setattr(cls, name, lambda *a, **k: [type(x).__name__ for x in a])


for cls, name in [(datetime.date, "__add__"), (datetime.timedelta, "total_seconds"),
                  (collections.deque, "append"), (collections.OrderedDict, "move_to_end"),
                  (functools.partial, "__call__"), (itertools.chain, "__next__"),
                  (re.Pattern, "match"), (decimal.Decimal, "__repr__")]:
    t(f"{cls.__name__}.{name}", lambda: patch(cls, name))

seen = []


def spy(*args, **kwargs):
    seen.append(sorted({type(a).__name__ for a in args} | set(kwargs)))
    return "spied"


fractions.Fraction.__str__ = spy
t("Fraction str", lambda: str(fractions.Fraction(1, 3)))
json.JSONEncoder.default = spy
t("JSONEncoder default", lambda: json.dumps({1j: 1} if False else [object()]))
logging.Logger.findCaller = lambda self, stack_info=False, stacklevel=1: spy(self) and (
    "f", 1, "fn", None)
logging.Logger.handle = spy
t("Logger handle", lambda: logging.getLogger("x").warning("hello %s", 1))
string.Template.substitute = spy
t("Template substitute", lambda: string.Template("$a").substitute(a=1))
for entry in seen:
    print(entry)
