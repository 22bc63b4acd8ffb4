# dataclasses' generated __init__ and namedtuple's __new__ note the
# parameters CPython's generated code has in a free variable of their
# closure (`__moat_signature__`), which only inspect's private native
# _generated_signature reads, and inspect's getdoc()/getmembers() walk a
# class's MRO, bases, a method's `__self__` and a function's module
# namespace through private natives (_mro, _bases, _method_self,
# _module_global: stdlib_safe/inspect_module.h). A script tries to read
# the note, to forge one (an attribute, a closure of its own with the same
# name, its own function put in the class), to reach the natives, and to
# get a class, a base or a module global out of what getdoc()/getmembers()
# return.
import collections
import dataclasses
import inspect


def t(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


@dataclasses.dataclass
class Point:
    x: int
    y: int = 0


Pair = collections.namedtuple("Pair", "a b")
init = Point.__init__
for name in ["_generated_signature", "_mro", "_bases", "_module_global", "_method_self"]:
    t(name, lambda: getattr(inspect, name))
t("vars", lambda: vars(init))
t("new vars", lambda: vars(Pair.__new__))
t("note attr", lambda: init.__moat_signature__)
t("closure", lambda: init.__closure__)
t("code", lambda: Pair.__new__.__code__)
t("dir", lambda: [n for n in dir(init) if "moat" in n or "closure" in n])
t("members", lambda: [n for n, _ in inspect.getmembers(init) if "moat" in n])
# Forgeries: an attribute, and a script's own closure with the note's name.
init._moat_signature_params = ("me", ("evil",), ())
init.__moat_signature__ = ("me", ("evil",), ())
t("attr forged", lambda: str(inspect.signature(Point)))


def outer():
    __moat_signature__ = ("me", ("evil",), ())

    def __init__(*args, **kwargs):
        __moat_signature__
    return __init__


forged = outer()
t("closure forged", lambda: str(inspect.signature(forged)))


class Forged:
    __init__ = forged


t("class forged", lambda: str(inspect.signature(Forged)))


# getdoc and getmembers use the MRO, bases, `__self__` and the module
# namespace, but return docstrings and member values only.
class Base:
    """Base doc."""

    def run(self):
        """Run doc."""


class Child(Base):
    def run(self):
        pass


t("getdoc class", lambda: inspect.getdoc(Child))
t("getdoc bound", lambda: inspect.getdoc(Child().run))
t("members classes", lambda: [n for n, v in inspect.getmembers(Child) if isinstance(v, type)])
t("member mro", lambda: [n for n, _ in inspect.getmembers(Child) if n in ("__mro__", "__bases__")])
t("bound self", lambda: Child().run.__self__)
# expect-output: _generated_signature AttributeError: module 'inspect' has no attribute '_generated_signature'
# expect-output: _mro AttributeError: module 'inspect' has no attribute '_mro'
# expect-output: _bases AttributeError: module 'inspect' has no attribute '_bases'
# expect-output: _module_global AttributeError: module 'inspect' has no attribute '_module_global'
# expect-output: _method_self AttributeError: module 'inspect' has no attribute '_method_self'
# expect-output: vars -> {}
# expect-output: new vars -> {}
# expect-output: note attr AttributeError: 'function' object has no attribute '__moat_signature__'
# expect-output: closure AttributeError: '__closure__' is not available in the sandbox
# expect-output: code AttributeError: '__code__' is not available in the sandbox
# expect-output: dir -> []
# expect-output: members -> []
# expect-output: attr forged -> (x: int, y: int = 0) -> None
# expect-output: closure forged -> (*args, **kwargs)
# expect-output: class forged -> (*args, **kwargs)
# expect-output: getdoc class -> Base doc.
# expect-output: getdoc bound -> Run doc.
# expect-output: members classes -> ['__class__']
# expect-output: member mro -> []
# expect-output: bound self AttributeError: '__self__' is not available in the sandbox
