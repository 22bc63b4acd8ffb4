# expect-output: X keywords must be strings
# expect-output: Y keywords must be strings
# expect-output: Z keywords must be strings
# expect-output: W keywords must be strings
# expect-output: V keywords must be strings
# expect-output: U keywords must be strings
# expect-output: T keywords must be strings
# expect-output: S S([(12345, 2)])
# OrderedDict, partial and methodcaller take ** keys that are not str, as
# CPython's C code does (vm/interpreter.cc TakesAnyKeywords). A class that
# inherits one of them but makes its other constructor step a native that
# reads its keywords as str must not hand it a non-str key: that would be
# a type confusion in the native's argument parser.
import collections
import functools
import operator


class X(collections.OrderedDict):
    __new__ = staticmethod(print)


class Y(functools.partial):
    __init__ = print


class Z(collections.OrderedDict):
    __init__ = dict.__init__


class W(functools.partial):
    __init__ = classmethod(print)


class V(collections.OrderedDict):
    __new__ = staticmethod(collections.Counter.fromkeys)


class S(collections.OrderedDict):
    pass


def u():
    return operator.methodcaller("sort", **{12345: 2})([2, 1])


def t():
    return functools.partial(print, **{12345: 2})()


for label, make in [("X", lambda: X(**{12345: 2})), ("Y", lambda: Y(max, **{12345: 2})),
                    ("Z", lambda: Z(**{12345: 2})), ("W", lambda: W(max, **{12345: 2})),
                    ("V", lambda: V(**{12345: 2})), ("U", u), ("T", t),
                    ("S", lambda: S(**{12345: 2}))]:
    try:
        print(label, make())
    except Exception as exc:
        print(label, exc)
