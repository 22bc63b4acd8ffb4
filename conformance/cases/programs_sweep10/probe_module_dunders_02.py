import math
print(math.__name__, math.__doc__ is None or isinstance(math.__doc__, str), type(math).__name__, math.pi.__class__)
import collections
print(collections.__name__, collections.Counter.__module__, collections.OrderedDict.__module__, collections.deque.__module__, collections.defaultdict.__name__, collections.abc.__name__ if hasattr(collections, "abc") else "no abc attr")
import json, re, datetime, decimal, fractions, enum, dataclasses
print(json.JSONDecodeError.__module__, re.error.__module__ if hasattr(re.error, "__module__") else "", datetime.date.__module__, decimal.Decimal.__module__, fractions.Fraction.__module__, enum.Enum.__module__, dataclasses.FrozenInstanceError.__module__)
print(datetime.date.__qualname__, decimal.InvalidOperation.__mro__ if False else "", issubclass(decimal.InvalidOperation, ArithmeticError), issubclass(json.JSONDecodeError, ValueError))
import re
print(re.error, re.Pattern, re.Match, type(re.compile("a")).__name__, re.RegexFlag.IGNORECASE, repr(re.I), re.I.value)
print(type(len).__module__ if hasattr(type(len), "__module__") else "", len.__module__, int.__module__, ValueError.__module__, type(None).__module__)
