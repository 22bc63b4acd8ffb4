import json, re, decimal, statistics, datetime, collections, enum, itertools, functools, dataclasses, fractions, textwrap, string, random, heapq, io, queue, types, typing, csv, logging, unittest, copy, difflib, graphlib, operator, array, struct, calendar, html, base64, hashlib, abc, numbers, contextlib, warnings, traceback, pprint, reprlib, shlex, time, math, cmath, bisect, keyword, fnmatch, colorsys, unicodedata, binascii
objs = [json.JSONDecodeError, re.error, re.Pattern, re.Match, re.RegexFlag, decimal.InvalidOperation, decimal.Decimal, decimal.Context, statistics.StatisticsError, statistics.NormalDist,
        datetime.datetime, datetime.timezone, collections.OrderedDict, collections.deque, collections.Counter, enum.Enum, enum.EnumMeta, type(enum.Enum), enum.IntFlag, itertools.count, itertools.chain,
        functools.partial, dataclasses.FrozenInstanceError, fractions.Fraction, textwrap.TextWrapper, string.Template, string.Formatter, random.Random, io.StringIO, io.BytesIO, queue.Queue, queue.Empty,
        types.SimpleNamespace, types.FunctionType, types.GeneratorType, types.MethodType, types.BuiltinFunctionType, types.ModuleType, types.NoneType, typing.Any, typing.List, csv.Error, csv.DictReader,
        logging.Logger, logging.Handler, unittest.TestCase, copy.Error, difflib.SequenceMatcher, graphlib.CycleError, operator.itemgetter, array.array, struct.error, struct.Struct, calendar.TextCalendar,
        abc.ABC, abc.ABCMeta, numbers.Number, contextlib.suppress, contextlib.ExitStack, warnings.catch_warnings, traceback.TracebackException, pprint.PrettyPrinter, reprlib.Repr, shlex.shlex,
        time.struct_time, binascii.Error, collections.abc.Iterable, json.JSONEncoder, type(iter(collections.deque())), type(collections.OrderedDict().keys())]
for o in objs:
    print(repr(o), getattr(o, "__module__", "-"), getattr(o, "__qualname__", "-"))
print(type(datetime.date.today) if False else "", type(enum.Enum("E", "A B").A), type(statistics.NormalDist(0, 1)), statistics.NormalDist(1, 2), type(time.gmtime(0)), time.gmtime(0))
