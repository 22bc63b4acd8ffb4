# The loop calls a functools.partial of a Python function directly, in the
# function's frame (vm/interpreter.cc TryFrameForPartialCall), reading the
# partial's members natively. A researcher tries to make that fast path
# read something else: a subclass with its own __call__, a partial whose
# keywords hold a non-str key (set through __setstate__), a func that is a
# generator, a class, a bound method or a built-in, the marker that turns
# the fast path on, and a partial recursing through itself. Every call
# gives CPython's answer.
# expect-output: subclass __call__ ok ('own __call__', (2,))
# expect-output: setstate non-str key ok None
# expect-output: call non-str key TypeError keywords must be strings
# expect-output: setstate list args TypeError invalid partial state
# expect-output: call list args TypeError keywords must be strings
# expect-output: generator ok [1, 2]
# expect-output: generator keywords ok [1, 5]
# expect-output: class ok {'a': 1, 'b': 2}
# expect-output: bound method ok 2
# expect-output: builtin ok 5
# expect-output: nested ok ((1, 2, 3), [('k', 3)])
# expect-output: marker AttributeError module 'functools' has no attribute '_inline_partial_calls'
# expect-output: self recursion RecursionError maximum recursion depth exceeded
# expect-output: 997
import functools


def t(label, fn):
    try:
        print(label, "ok", fn())
    except Exception as e:
        print(label, type(e).__name__, e)


def f(*args, **kw):
    return args, sorted(kw.items())


P = functools.partial


class Own(P):
    def __call__(self, *args):
        return "own __call__", args


t("subclass __call__", lambda: Own(f, 1)(2))
p = P(f, 1)
t("setstate non-str key", lambda: p.__setstate__((f, (1,), {2: 3}, None)))
t("call non-str key", lambda: p(4))
t("setstate list args", lambda: p.__setstate__((f, [1, 2], None, None)))
t("call list args", lambda: p(4))


def gen(a, b=0):
    yield a
    yield b


t("generator", lambda: list(P(gen, 1)(b=2)))
t("generator keywords", lambda: list(P(gen, b=5)(1)))
t("class", lambda: P(dict, a=1)(b=2))
t("bound method", lambda: P([3, 1, 2].index, 2)())
t("builtin", lambda: P(max, 1)(5, 3))
t("nested", lambda: P(P(f, 1, k=1), 2, k=2)(3, k=3))
t("marker", lambda: functools._inline_partial_calls)
count = 0


def spin():
    global count
    count += 1
    again()


again = P(spin)
t("self recursion", lambda: again())
print(count)
