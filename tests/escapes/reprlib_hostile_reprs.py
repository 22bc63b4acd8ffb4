# reprlib runs the script's __repr__ inside its own helpers: the
# recursive_repr wrapper (which keeps a set of running ids and the
# wrapped function as __wrapped__), Repr with an enormous maxlevel over
# deep nesting, a __repr__ that mutates the list being shortened, returns
# a non-str or raises, and Repr's repr_<typename> dispatch reached with a
# type named like a refused dunder. Nothing may reach reprlib's module
# namespace or the wrapper's closure, and deep nesting must end in
# RecursionError, not a crash.
# expect-output: repr of a list mutated by an item -> '[0, 1, 2, M, ...]'
# expect-output: repr non-str -> '[<NotStr instance>]'
# expect-output: repr raises -> '[<Raises instance>]'
# expect-output: recursive_repr -> 'Holder(<loop>)'
# expect-output: recursive_repr __wrapped__ AttributeError: 'function' object has no attribute '__wrapped__'
# expect-output: recursive_repr __closure__ AttributeError: '__closure__' is not available in the sandbox
# expect-output: recursive_repr __globals__ AttributeError: '__globals__' is not available in the sandbox
# expect-output: Repr with a huge maxlevel over deep nesting RecursionError: maximum recursion depth exceeded
# expect-output: Repr default over deep nesting -> '[[[[[[[...]]]]]]]'
# expect-output: repr_<dunder type name> dispatch -> 'dispatched'
# expect-output: reprlib module internals -> ['islice']
# expect-output: Repr.repr1 of a huge int ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
# expect-output: Repr of a huge str -> "'xxxxxxxxxxxx...xxxxxxxxxxxxx'"
import reprlib
import re as _re


def attempt(label, fn):
    # Reprs carry an id (" at 0x..."): left out, it depends on what asked first.
    try:
        text = "-> " + repr(fn())
    except Exception as e:
        text = type(e).__name__ + ": " + str(e)
    print(label, _re.sub(r" at 0x[0-9a-f]+", "", text)[:300])


items = list(range(20))


class Mutates:
    def __repr__(self):
        items.clear()
        return "M"


class NotStr:
    def __repr__(self):
        return 5


class Raises:
    def __repr__(self):
        raise KeyError("inside repr")


class Holder:
    def __init__(self):
        self.me = self

    @reprlib.recursive_repr("<loop>")
    def __repr__(self):
        return "Holder(" + repr(self.me) + ")"


items.insert(3, Mutates())
attempt("repr of a list mutated by an item", lambda: reprlib.repr(items))
attempt("repr non-str", lambda: reprlib.repr([NotStr()]))
attempt("repr raises", lambda: reprlib.repr([Raises()]))
attempt("recursive_repr", lambda: repr(Holder()))
attempt("recursive_repr __wrapped__", lambda: Holder.__repr__.__wrapped__.__qualname__)
attempt("recursive_repr __closure__", lambda: Holder.__repr__.__closure__)
attempt("recursive_repr __globals__", lambda: Holder.__repr__.__globals__)
deep = []
for _ in range(100000):
    deep = [deep]
big = reprlib.Repr()
big.maxlevel = 10 ** 9
attempt("Repr with a huge maxlevel over deep nesting", lambda: len(big.repr(deep)))
attempt("Repr default over deep nesting", lambda: reprlib.repr(deep))


class __globals__:
    pass


big.repr___globals__ = lambda obj, level: "dispatched"
attempt("repr_<dunder type name> dispatch", lambda: big.repr(__globals__()))
attempt("reprlib module internals",
        lambda: [n for n in dir(reprlib) if n in ("builtins", "_thread", "islice")])
attempt("Repr.repr1 of a huge int", lambda: len(reprlib.repr(10 ** 5000)))
attempt("Repr of a huge str", lambda: reprlib.repr("x" * 10 ** 6))
