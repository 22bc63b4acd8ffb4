# CPython's errors for __class__ assignment (object_set_class).
import collections
import fractions


def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except (TypeError, AttributeError) as e:
        print(label, type(e).__name__, e)


class A:
    pass


class B:
    pass


def assign(obj, value):
    obj.__class__ = value


def delete(obj):
    del obj.__class__


attempt("not a class", lambda: assign(A(), 5))
attempt("None", lambda: assign(A(), None))
attempt("delete", lambda: delete(A()))
attempt("builtin instance", lambda: assign([], A))
attempt("builtin target", lambda: assign(A(), int))
attempt("int value", lambda: assign(1, A))
attempt("int to int", lambda: assign(1, bool))
attempt("function", lambda: assign(len, A))
attempt("lambda", lambda: assign(lambda: 0, A))
attempt("delete builtin", lambda: delete({}))
attempt("setattr", lambda: setattr(A(), "__class__", list))
attempt("object.__setattr__", lambda: object.__setattr__(A(), "__class__", dict))
attempt("object.__delattr__", lambda: object.__delattr__(A(), "__class__"))
attempt("deque instance", lambda: assign(collections.deque(), A))
attempt("to deque", lambda: assign(A(), collections.deque))
attempt("to OrderedDict", lambda: assign({}, collections.OrderedDict))


class WithSlots:
    __slots__ = ("x",)


class OtherSlots:
    __slots__ = ("y",)


class TwoSlots:
    __slots__ = ("x", "y")


class NoDict:
    __slots__ = ()


class OnlyDict:
    __slots__ = ("__dict__",)


attempt("slots vs dict", lambda: assign(A(), WithSlots))
attempt("slot names", lambda: assign(WithSlots(), OtherSlots))
attempt("slot count", lambda: assign(WithSlots(), TwoSlots))
attempt("no dict", lambda: assign(A(), NoDict))
attempt("dict without weakref", lambda: assign(A(), OnlyDict))


class L(list):
    pass


class D(dict):
    pass


class I1(int):
    pass


class I2(int):
    pass


class T1(tuple):
    pass


class T2(tuple):
    pass


class V(ValueError):
    pass


class K(KeyError):
    pass


class N(NameError):
    pass


class V2(ValueError):
    pass


class OD(collections.OrderedDict):
    pass


class F(fractions.Fraction):
    pass


attempt("list to dict", lambda: assign(L(), D))
attempt("list to plain", lambda: assign(L(), A))
attempt("plain to list", lambda: assign(A(), L))
attempt("int subclasses", lambda: assign(I1(3), I2))
attempt("same int subclass", lambda: assign(I1(3), I1))
attempt("tuple subclasses", lambda: assign(T1(), T2))
attempt("ValueError to KeyError", lambda: assign(V(), K))
attempt("ValueError to NameError", lambda: assign(V(), N))
attempt("ValueError siblings", lambda: assign(V(), V2))
attempt("exception to plain", lambda: assign(V(), A))
attempt("OrderedDict sub to dict sub", lambda: assign(OD(), D))
attempt("dict sub to OrderedDict sub", lambda: assign(D(), OD))
attempt("Fraction sub to plain", lambda: assign(F(1, 2), A))
attempt("plain to Fraction", lambda: assign(A(), fractions.Fraction))
x = A()
attempt("after errors", lambda: print(type(x).__name__))
