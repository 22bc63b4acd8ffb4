# Every spelling of `obj.__class__ = X`: setattr, object.__setattr__,
# type.__setattr__ on a class's __class__, an instance dict entry named
# '__class__', vars(obj).update, a __slots__ entry named '__class__', and
# targets that are moat's own classes, module classes, exceptions and
# built-ins. The type of an object never changes: the assignment is
# refused, and a stored '__class__' is only data.
# expect-output: setattr AttributeError attribute '__class__' of 'object' objects is not writable
# expect-output: object.__setattr__ AttributeError attribute '__class__' of 'object' objects is not writable
# expect-output: to moat class AttributeError attribute '__class__' of 'object' objects is not writable
# expect-output: to pattern AttributeError attribute '__class__' of 'object' objects is not writable
# expect-output: to enum AttributeError attribute '__class__' of 'object' objects is not writable
# expect-output: exception AttributeError '__class__' is not available in the sandbox
# expect-output: class's class TypeError __class__ assignment only supported for mutable types or ModuleType subclasses
# expect-output: type.__setattr__ class's class TypeError __class__ assignment only supported for mutable types or ModuleType subclasses
# expect-output: module AttributeError '__class__' is not available in the sandbox
# expect-output: dict entry -> ('A', 'A')
# expect-output: vars update -> ('A', 'A', False)
# expect-output: slot named __class__ -> Slotted
# expect-output: delattr AttributeError attribute '__class__' of 'object' objects is not writable
# expect-output: after delattr -> A
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
