# The walk an outside researcher automates: import every safe module, then
# follow every attribute dir() lists (and the names CPython modules carry
# that dir() may hide: sys, os, __builtins__, __loader__, _sys, ...) two
# levels deep through modules, classes and callables. Nothing reached may be
# a module outside the safe set, a frame, code object, cell or builtins
# dict, and no refused dunder may answer with anything but its type's
# descriptor.
import __future__, abc, base64, binascii, bisect, calendar, cmath, collections, collections.abc
import colorsys, contextlib, copy, csv, dataclasses, datetime, decimal, difflib, enum, fnmatch
import fractions, functools, graphlib, hashlib, heapq, hmac, html, html.entities, inspect, io
import itertools, tomllib, argparse
import json, json.decoder, json.encoder, keyword, logging, logging.handlers, math, numbers, operator
import pprint, queue, random, re, reprlib, shlex, statistics, string, struct, sys, textwrap, time
import traceback, types, typing, unicodedata, unittest, unittest.case, unittest.result
import unittest.util, warnings, weakref
roots = [__future__, abc, base64, binascii, bisect, calendar, cmath, collections, collections.abc,
         colorsys, contextlib, copy, csv, dataclasses, datetime, decimal, difflib, enum, fnmatch,
         fractions, functools, graphlib, hashlib, heapq, hmac, html, html.entities, inspect, io,
         itertools, tomllib, argparse,
         json, json.decoder, json.encoder, keyword, logging, logging.handlers, math, numbers,
         operator, pprint, queue, random, re, reprlib, shlex, statistics, string, struct, sys,
         textwrap, time, traceback, types, typing, unicodedata, unittest, unittest.case,
         unittest.result, unittest.util, warnings, weakref]
allowed_modules = {m.__name__ for m in roots} | {'_hashlib', '_random'}
ModuleType = type(sys)
DESCRIPTORS = ('getset_descriptor', 'member_descriptor', 'method_descriptor', 'wrapper_descriptor')
REFUSED = ('__globals__', '__builtins__', '__code__', '__closure__', '__subclasses__', '__mro__',
           '__bases__', '__base__', 'gi_frame', 'gi_code', 'gi_yieldfrom', 'tb_frame', 'f_globals',
           'f_back', 'cr_frame', 'ag_frame', '__file__')
# No import system loaded moat's modules: these read None on each.
NO_IMPORTER = ('__loader__', '__spec__')
HIDDEN = ('sys', '_sys', 'os', '_os', 'builtins', '_builtins', 'bltns', '__import__', 'eval', 'exec',
          'open', 'compile', 'importlib', 'inspect', 'threading', 'gc', 'ctypes', 'subprocess',
          '__dict__', '__self__', '__wrapped__', '__func__', 'func', 'fget')
BAD_TYPES = ('frame', 'code', 'cell', 'traceback', 'coroutine', 'async_generator')
problems = []
seen = set()
walked = 0


def walk(path, obj, depth):
    global walked
    if id(obj) in seen or depth > 2:
        return
    seen.add(id(obj))
    walked += 1
    if isinstance(obj, ModuleType) and obj.__name__ not in allowed_modules:
        problems.append(path + ' is module ' + obj.__name__)
    try:
        names = dir(obj)
    except Exception:
        names = []
    for name in list(names) + list(REFUSED) + list(HIDDEN) + list(NO_IMPORTER):
        try:
            v = getattr(obj, name)
        except Exception:
            continue
        kind = type(v).__name__
        if name in NO_IMPORTER and isinstance(obj, ModuleType):
            if v is not None:
                problems.append(path + '.' + name + ' answered ' + kind)
        elif name in REFUSED and not (isinstance(obj, type) and kind in DESCRIPTORS):
            problems.append(path + '.' + name + ' answered ' + kind)
        elif kind in BAD_TYPES:
            problems.append(path + '.' + name + ' is a ' + kind)
        elif isinstance(v, dict) and 'eval' in v and 'len' in v:
            problems.append(path + '.' + name + ' is the builtins dict')
        elif isinstance(v, (ModuleType, type)) or callable(v):
            walk(path + '.' + name, v, depth + 1)


for module in roots:
    walk(module.__name__, module, 0)
print('walked more than 5000 objects:', walked > 5000)
print('problems:', problems)
# expect-output: walked more than 5000 objects: True
# expect-output: problems: []
