# Class statements over the classes of moat's own modules, with hostile
# class keywords and hooks: string.Template, Enum, typing.Generic and
# Protocol, unittest.TestCase, logging.Handler, json.JSONEncoder, the
# collections.abc and numbers ABCs (ABCMeta as the metaclass), and the
# C-type stand-ins (Decimal, Fraction, date, timezone, StringIO,
# Formatter, Queue). moat's class machinery runs the bases'
# __init_subclass__ and metaclass with the script's keywords; an Enum
# _missing_ returning a non-member and an __init_subclass__ that raises
# with the keywords are tried too. Each must build the class CPython
# builds or raise its TypeError, and no module-private state may leak.
# expect-output: Template kwargs TypeError: Template.__init_subclass__() got an unexpected keyword argument 'pattern'
# expect-output: Enum boundary kwarg -> <enum 'X'>
# expect-output: Generic kwarg TypeError: mk.<locals>.X.__init_subclass__() takes no keyword arguments
# expect-output: Protocol kwarg TypeError: mk.<locals>.X.__init_subclass__() takes no keyword arguments
# expect-output: TestCase kwarg TypeError: mk.<locals>.X.__init_subclass__() takes no keyword arguments
# expect-output: Handler kwarg TypeError: mk.<locals>.X.__init_subclass__() takes no keyword arguments
# expect-output: JSONEncoder kwarg TypeError: mk.<locals>.X.__init_subclass__() takes no keyword arguments
# expect-output: Mapping kwarg TypeError: mk.<locals>.X.__init_subclass__() takes no keyword arguments
# expect-output: ABC metaclass kwarg -> 'X'
# expect-output: Number kwarg TypeError: mk.<locals>.X.__init_subclass__() takes no keyword arguments
# expect-output: Queue subclass -> 0
# expect-output: Decimal subclass -> Decimal('2.5')
# expect-output: Fraction subclass -> Fraction(1, 1)
# expect-output: date subclass -> X(2020, 1, 2)
# expect-output: timezone subclass TypeError: type 'datetime.timezone' is not an acceptable base type
# expect-output: StringIO subclass -> 'x'
# expect-output: Formatter subclass -> '1'
# expect-output: Enum _missing_ wrong type TypeError: error in Color._missing_: returned 5 instead of None or a valid member
# expect-output: Enum subclass of enum with members TypeError: <enum 'X'> cannot extend <enum 'Color2'>
# expect-output: Enum init_subclass raising with kwargs RuntimeError: {'a': 1}
# expect-output: dataclass of a moat class subclass -> <class '__main__.mk.<locals>.X'>
# expect-output: TestCase subclass run -> 1
import abc
import collections.abc as cabc
import dataclasses
import datetime
import decimal
import enum
import fractions
import io
import json
import logging
import numbers
import queue
import re
import string
import typing
import unittest


def t(label, fn):
    # Reprs carry an id (" at 0x..."): left out, it depends on what asked first.
    try:
        text = "-> " + repr(fn())
    except Exception as e:
        text = type(e).__name__ + ": " + str(e)
    print(label, re.sub(r" at 0x[0-9a-f]+", "", text))


def mk(base, **kw):
    class X(base, **kw):
        pass
    return X


t("Template kwargs", lambda: mk(string.Template, pattern="x"))
t("Enum boundary kwarg", lambda: mk(enum.Enum, boundary=1))
t("Generic kwarg", lambda: mk(typing.Generic, foo=1))
t("Protocol kwarg", lambda: mk(typing.Protocol, foo=1))
t("TestCase kwarg", lambda: mk(unittest.TestCase, foo=1))
t("Handler kwarg", lambda: mk(logging.Handler, foo=1))
t("JSONEncoder kwarg", lambda: mk(json.JSONEncoder, foo=1))
t("Mapping kwarg", lambda: mk(cabc.Mapping, foo=1))
t("ABC metaclass kwarg", lambda: mk(abc.ABC, metaclass=abc.ABCMeta).__name__)
t("Number kwarg", lambda: mk(numbers.Number, foo=1))
t("Queue subclass", lambda: mk(queue.Queue)().qsize())
t("Decimal subclass", lambda: mk(decimal.Decimal)("1.5") + 1)
t("Fraction subclass", lambda: mk(fractions.Fraction)(1, 3) * 3)
t("date subclass", lambda: mk(datetime.date)(2020, 1, 1).replace(day=2))
t("timezone subclass", lambda: mk(datetime.timezone))
t("StringIO subclass", lambda: mk(io.StringIO)("x").read())
t("Formatter subclass", lambda: mk(string.Formatter)().format("{0}", 1))


class Color(enum.Enum):
    RED = 1
    @classmethod
    def _missing_(cls, value):
        return 5


t("Enum _missing_ wrong type", lambda: Color(2))


class Color2(enum.Enum):
    RED = 1
    def __init_subclass__(cls, **kw):
        pass


t("Enum subclass of enum with members", lambda: mk(Color2))


class Color3(enum.Enum):
    def __init_subclass__(cls, **kw):
        raise RuntimeError(kw)


t("Enum init_subclass raising with kwargs", lambda: mk(Color3, a=1))
t("dataclass of a moat class subclass", lambda: dataclasses.dataclass(mk(logging.Filter)))
t("TestCase subclass run", lambda: (lambda c: c("run").countTestCases())(mk(unittest.TestCase)))
