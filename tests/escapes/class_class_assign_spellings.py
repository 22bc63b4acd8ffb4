# Every spelling of `obj.__class__ = X`: setattr, object.__setattr__,
# type.__setattr__ on a class's __class__, an instance dict entry named
# '__class__', vars(obj).update, a __slots__ entry named '__class__', and
# targets that are moat's own classes, module classes, exceptions and
# built-ins. A script class's instance may become another script class's
# of the same layout, as in CPython (enum.Enum is a Python class there);
# built-in and stand-in types are refused, and a stored '__class__' is
# only data.
# expect-output: setattr -> None
# expect-output: object.__setattr__ -> None
# expect-output: to moat class TypeError __class__ assignment only supported for mutable types or ModuleType subclasses
# expect-output: to pattern TypeError __class__ assignment only supported for mutable types or ModuleType subclasses
# expect-output: to enum -> None
# expect-output: exception TypeError __class__ assignment only supported for mutable types or ModuleType subclasses
# expect-output: class's class TypeError __class__ assignment only supported for mutable types or ModuleType subclasses
# expect-output: type.__setattr__ class's class TypeError __class__ assignment only supported for mutable types or ModuleType subclasses
# expect-output: module TypeError __class__ assignment only supported for mutable types or ModuleType subclasses
# expect-output: dict entry -> ('Enum', 'Enum')
# expect-output: vars update -> ('Enum', 'Enum', False)
# expect-output: slot named __class__ -> Slotted
# expect-output: delattr TypeError can't delete __class__ attribute
# expect-output: after delattr -> Enum
import collections
import enum
import re


class A:
    pass


class B:
    pass


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r)
    except Exception as e:
        print(label, type(e).__name__, e)


a = A()
attempt("setattr", lambda: setattr(a, "__class__", B))
attempt("object.__setattr__", lambda: object.__setattr__(a, "__class__", B))
attempt("to moat class", lambda: setattr(a, "__class__", collections.OrderedDict))
attempt("to pattern", lambda: setattr(a, "__class__", re.Pattern))
attempt("to enum", lambda: setattr(a, "__class__", enum.Enum))
attempt("exception", lambda: setattr(ValueError(), "__class__", KeyError))
attempt("class's class", lambda: setattr(A, "__class__", type))
attempt("type.__setattr__ class's class", lambda: type.__setattr__(A, "__class__", type))
attempt("module", lambda: setattr(re, "__class__", A))
a.__dict__["__class__"] = B
attempt("dict entry", lambda: (type(a).__name__, a.__class__.__name__))
vars(a).update({"__class__": int})
attempt("vars update", lambda: (type(a).__name__, a.__class__.__name__, isinstance(a, int)))


class Slotted:
    __slots__ = ("__class__",)


attempt("slot named __class__", lambda: type(Slotted()).__name__)
attempt("delattr", lambda: delattr(a, "__class__"))
attempt("after delattr", lambda: type(a).__name__)
