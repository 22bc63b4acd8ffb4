# functools' descriptor helpers keep the callables they wrap: a payload
# reads partialmethod.func/.args/.keywords, cached_property.func and
# .attrname, singledispatchmethod.func and .dispatcher, cmp_to_key's key
# objects' .obj, total_ordering's generated comparison methods and
# update_wrapper's __wrapped__, then walks on to __globals__, __code__ or
# __closure__ (in CPython, a generated method's globals are functools'
# module namespace). moat hands back only the script's own callables and
# values, and every walk beyond them stops at the introspection rule.
# expect-output: partialmethod.func -> mine
# expect-output: partialmethod.func.__globals__ AttributeError: '__globals__' is not available in the sandbox
# expect-output: partialmethod bound call -> int
# expect-output: partialmethod __get__ result -> partial
# expect-output: partialmethod __get__ .func -> mine
# expect-output: cached_property.func -> C.cp
# expect-output: cached_property.func.__code__ AttributeError: '__code__' is not available in the sandbox
# expect-output: cached_property.attrname -> str
# expect-output: cached_property.__set_name__ rename TypeError: Cannot assign the same cached_property to two different names ('cp' and 'other').
# expect-output: singledispatchmethod.func -> C.sd
# expect-output: singledispatchmethod.dispatcher.registry -> list
# expect-output: dispatcher.dispatch(object) -> C.sd
# expect-output: dispatcher.dispatch(int).__closure__ AttributeError: '__closure__' is not available in the sandbox
# expect-output: singledispatch bound call -> tuple
# expect-output: cmp_to_key(...)(3).obj -> int
# expect-output: cmp_to_key type call TypeError: cannot create 'functools.KeyWrapper' instances
# expect-output: cmp_to_key.__globals__ AttributeError: '__globals__' is not available in the sandbox
# expect-output: total_ordering __gt__ -> _gt_from_lt
# expect-output: total_ordering __gt__.__globals__ AttributeError: '__globals__' is not available in the sandbox
# expect-output: total_ordering __gt__.__code__ AttributeError: '__code__' is not available in the sandbox
# expect-output: total_ordering __gt__.__defaults__ -> NoneType
# expect-output: total_ordering __le__.__wrapped__ AttributeError: 'function' object has no attribute '__wrapped__'
# expect-output: total_ordering works -> tuple
# expect-output: __wrapped__ chain -> mine
# expect-output: __wrapped__ chain .__closure__ AttributeError: '__closure__' is not available in the sandbox
# expect-output: functools.WRAPPER_ASSIGNMENTS -> tuple
# expect-output: update_wrapper assigned __globals__ -> <lambda>.<locals>.<lambda>
# expect-output: update_wrapper assigned __code__ AttributeError: '__code__' is not available in the sandbox
# expect-output: reduce over getattr chain AttributeError: '__globals__' is not available in the sandbox
import functools


def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
    else:
        print(label, "->", getattr(r, "__qualname__", type(r).__name__))


def mine(self, a, b=2):
    return a + b


class C:
    pm = functools.partialmethod(mine, 1, b=5)

    @functools.cached_property
    def cp(self):
        return 7

    @functools.singledispatchmethod
    def sd(self, x):
        return "base"

    @sd.register
    def _(self, x: int):
        return "int"


attempt("partialmethod.func", lambda: C.__dict__["pm"].func)
attempt("partialmethod.func.__globals__", lambda: C.__dict__["pm"].func.__globals__)
attempt("partialmethod bound call", lambda: C().pm())
attempt("partialmethod __get__ result", lambda: C.__dict__["pm"].__get__(C(), C))
attempt("partialmethod __get__ .func", lambda: C.__dict__["pm"].__get__(C(), C).func)
attempt("cached_property.func", lambda: C.__dict__["cp"].func)
attempt("cached_property.func.__code__", lambda: C.__dict__["cp"].func.__code__)
attempt("cached_property.attrname", lambda: C.__dict__["cp"].attrname)
attempt("cached_property.__set_name__ rename",
        lambda: C.__dict__["cp"].__set_name__(C, "other"))
attempt("singledispatchmethod.func", lambda: C.__dict__["sd"].func)
attempt("singledispatchmethod.dispatcher.registry",
        lambda: sorted(t.__name__ for t in C.__dict__["sd"].dispatcher.registry))
attempt("dispatcher.dispatch(object)", lambda: C.__dict__["sd"].dispatcher.dispatch(object))
attempt("dispatcher.dispatch(int).__closure__",
        lambda: C.__dict__["sd"].dispatcher.dispatch(int).__closure__)
attempt("singledispatch bound call", lambda: (C().sd(1), C().sd("s")))
key = functools.cmp_to_key(lambda a, b: a - b)
attempt("cmp_to_key(...)(3).obj", lambda: key(3).obj)
attempt("cmp_to_key type call", lambda: type(key(3))(4).obj)
attempt("cmp_to_key.__globals__", lambda: key.__globals__)


@functools.total_ordering
class Ordered:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __lt__(self, other):
        return self.v < other.v


attempt("total_ordering __gt__", lambda: Ordered.__gt__)
attempt("total_ordering __gt__.__globals__", lambda: Ordered.__gt__.__globals__)
attempt("total_ordering __gt__.__code__", lambda: Ordered.__gt__.__code__)
attempt("total_ordering __gt__.__defaults__", lambda: Ordered.__gt__.__defaults__)
attempt("total_ordering __le__.__wrapped__", lambda: Ordered.__le__.__wrapped__)
attempt("total_ordering works", lambda: (Ordered(2) > Ordered(1), Ordered(1) >= Ordered(1)))


def deco(f):
    @functools.wraps(f)
    def inner(*a):
        return f(*a)
    return inner


chained = deco(deco(deco(mine)))
attempt("__wrapped__ chain", lambda: chained.__wrapped__.__wrapped__.__wrapped__)
attempt("__wrapped__ chain .__closure__", lambda: chained.__wrapped__.__closure__)
attempt("functools.WRAPPER_ASSIGNMENTS", lambda: functools.WRAPPER_ASSIGNMENTS)
attempt("update_wrapper assigned __globals__",
        lambda: functools.update_wrapper(lambda: 0, mine, assigned=("__globals__",)))
attempt("update_wrapper assigned __code__",
        lambda: functools.update_wrapper(lambda: 0, mine, assigned=("__code__",)).__code__)
attempt("reduce over getattr chain",
        lambda: functools.reduce(getattr, ["__wrapped__", "__globals__"], chained))
