# Descriptors taken out of a class namespace (vars(C)) and bound to other
# objects: a property's __get__ on a function or module, a classmethod's
# __get__ with a built-in type as owner, a staticmethod unwrapped, a
# function's __get__ on a module or a built-in, the instance-dict getset
# of one class applied to another class's instance or a module. Binding
# only pairs the script's own callable with an argument; nothing reads the
# target's internals.
# expect-output: property on function -> function
# expect-output: property on module -> module
# expect-output: classmethod owner int -> int
# expect-output: classmethod owner type -> type
# expect-output: staticmethod func -> static
# expect-output: function on module -> module
# expect-output: function on builtin -> builtin_function_or_method
# expect-output: dict getset on other class TypeError descriptor '__dict__' for 'Open' objects doesn't apply to a 'C' object
# expect-output: dict getset on module TypeError descriptor '__dict__' for 'Open' objects doesn't apply to a 'module' object
# expect-output: dict getset set on int TypeError descriptor '__dict__' for 'Open' objects doesn't apply to a 'int' object
# expect-output: weakref getset -> None
# expect-output: property fget globals AttributeError '__globals__' is not available in the sandbox
# expect-output: bound method func globals AttributeError '__globals__' is not available in the sandbox
import math


class C:
    __slots__ = ("slot",)

    @property
    def prop(self):
        return type(self).__name__

    @classmethod
    def cm(cls):
        return cls.__name__

    @staticmethod
    def sm():
        return "static"

    def plain(self):
        return type(self).__name__


class Open:
    pass


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, type(e).__name__, e)


ns = vars(C)
attempt("property on function", lambda: ns["prop"].__get__(attempt))
attempt("property on module", lambda: ns["prop"].__get__(math))
attempt("classmethod owner int", lambda: ns["cm"].__get__(None, int)())
attempt("classmethod owner type", lambda: ns["cm"].__get__(None, type)())
attempt("staticmethod func", lambda: ns["sm"].__func__())
attempt("function on module", lambda: ns["plain"].__get__(math)())
attempt("function on builtin", lambda: ns["plain"].__get__(print)())
attempt("dict getset on other class", lambda: vars(Open)["__dict__"].__get__(C()))
attempt("dict getset on module", lambda: vars(Open)["__dict__"].__get__(math))
attempt("dict getset set on int", lambda: vars(Open)["__dict__"].__set__(1, {}))
attempt("weakref getset", lambda: vars(Open)["__weakref__"].__get__(Open()))
attempt("property fget globals", lambda: ns["prop"].fget.__globals__)
attempt("bound method func globals", lambda: ns["plain"].__get__(1).__func__.__globals__)
