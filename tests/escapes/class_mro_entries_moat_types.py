# __mro_entries__ lets any object stand in a class statement's bases. A
# script's base object answers with built-in types, moat's metaclasses,
# module classes and the function/module/traceback types: the class
# statement then checks the real bases exactly as if
# the script had named them, so each is either an ordinary class or the
# sandbox's refusal.
# expect-output: int -> type X
# expect-output: type TypeError subclassing 'type' (defining a metaclass) is not available in the sandbox
# expect-output: ABCMeta TypeError subclassing 'ABCMeta' (defining a metaclass) is not available in the sandbox
# expect-output: EnumType TypeError subclassing 'EnumType' (defining a metaclass) is not available in the sandbox
# expect-output: function type TypeError type 'function' is not an acceptable base type
# expect-output: module type TypeError type 'module' is not an acceptable base type
# expect-output: traceback type TypeError type 'traceback' is not an acceptable base type
# expect-output: pattern TypeError type 're.Pattern' is not an acceptable base type
# expect-output: bool TypeError type 'bool' is not an acceptable base type
# expect-output: not a class TypeError creating 'function' objects is not available in the sandbox
# expect-output: not a tuple AttributeError 'tuple' object has no attribute '__name__'
import abc
import enum
import re
import types


class Stand:
    def __init__(self, *bases):
        self.bases = bases

    def __mro_entries__(self, bases):
        return self.bases


def make(*bases):
    class X(Stand(*bases)):
        pass
    return X


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", type(r).__name__, r.__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


def f():
    pass


attempt("int", lambda: make(int))
attempt("type", lambda: make(type))
attempt("ABCMeta", lambda: make(abc.ABCMeta))
attempt("EnumType", lambda: make(enum.EnumType))
attempt("function type", lambda: make(types.FunctionType))
attempt("module type", lambda: make(types.ModuleType))
attempt("traceback type", lambda: make(types.TracebackType))
attempt("pattern", lambda: make(re.Pattern))
attempt("bool", lambda: make(bool))
attempt("not a class", lambda: make(f))
attempt("not a tuple", lambda: make(*[]) if False else Stand.__mro_entries__.__get__(Stand())((int,)))
