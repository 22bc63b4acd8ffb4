# A partial's func, args and keywords are read-only by every route, so a
# script cannot point a partial the loop calls inline at another callable,
# a non-tuple `args` or a non-dict `keywords` behind its back: the dot,
# setattr, object.__setattr__/__delattr__, the member descriptor's
# __set__/__delete__, a store site whose inline cache saw other objects,
# a subclass's __init__, copy's slot-state setattr, and the native writer
# with bad state.
# expect-output: dot AttributeError readonly attribute
# expect-output: object.__setattr__ AttributeError readonly attribute
# expect-output: object.__delattr__ AttributeError readonly attribute
# expect-output: descriptor set AttributeError readonly attribute
# expect-output: descriptor delete AttributeError readonly attribute
# expect-output: store site -> None
# expect-output: store site -> None
# expect-output: store site AttributeError readonly attribute
# expect-output: store site -> None
# expect-output: store site AttributeError readonly attribute
# expect-output: subclass init AttributeError readonly attribute
# expect-output: copy slot state TypeError invalid partial state
# expect-output: writer bad func TypeError invalid partial state
# expect-output: writer bad args TypeError invalid partial state
# expect-output: writer not partial TypeError _set_partial_members() takes a partial
# expect-output: call -> ((1, 3), {'k': 2})
# expect-output: repr -> functools.partial(<function target at ID>, 1, k=2)
import copy
import functools


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, type(e).__name__, e)


def target(*args, **kwargs):
    return args, kwargs


p = functools.partial(target, 1, k=2)
member = functools.partial.__dict__["args"]
attempt("dot", lambda: setattr(p, "func", len))
attempt("object.__setattr__", lambda: object.__setattr__(p, "args", 5))
attempt("object.__delattr__", lambda: object.__delattr__(p, "func"))
attempt("descriptor set", lambda: member.__set__(p, "not a tuple"))
attempt("descriptor delete", lambda: member.__delete__(p))


class Slot:
    __slots__ = ("args",)


def store(obj, value):
    obj.args = value


for obj in [Slot(), Slot(), p, Slot(), p]:
    attempt("store site", lambda: store(obj, (9,)))


class Sub(functools.partial):
    def __init__(self, *args, **kwargs):
        object.__setattr__(self, "keywords", [])


attempt("subclass init", lambda: Sub(target, 3))


class Evil:
    def __reduce_ex__(self, protocol):
        return (functools.partial, (target,), (None, {"func": len, "args": 7}))


attempt("copy slot state", lambda: copy.copy(Evil()))
writer = getattr(functools, "_set_partial_members", None)
if writer is not None:
    attempt("writer bad func", lambda: writer(p, 5, (), {}))
    attempt("writer bad args", lambda: writer(p, target, [1], {}))
    attempt("writer not partial", lambda: writer(Slot(), target, (), {}))
attempt("call", lambda: p(3))
attempt("repr", lambda: repr(p).replace(hex(id(target)), "ID"))
