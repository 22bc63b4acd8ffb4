# itertools' types are native shells around Python generators. Their
# constructors refuse other classes, no class may have two shell bases or
# a shell and another built-in base, and deep chains of shells end in a
# catchable RecursionError. (The helpers behind them are out of reach:
# itertools_private_helpers.py.)
import itertools as it


def attempt(label, fn):
    try:
        result = fn()
        print(label, "ok", type(result).__name__)
    except (TypeError, RuntimeError, RecursionError, ValueError) as e:
        print(label, type(e).__name__)


attempt("new with other class", lambda: it.islice.__new__(dict, [1], 1))
attempt("new with unrelated shell", lambda: it.islice.__new__(it.chain, [1], 1))


try:
    class Both(it.islice, it.chain):
        pass
    print("two shell bases", "made")
except TypeError as e:
    print("two shell bases", "TypeError")
try:
    class WithDict(it.chain, dict):
        pass
    print("chain+dict", "made")
except TypeError as e:
    print("chain+dict", "TypeError")
deep = [0]
for _ in range(100000):
    deep = it.islice(deep, 5)
attempt("deep islice", lambda: list(deep))
deep = [0]
for _ in range(100000):
    deep = it.chain(deep)
attempt("deep chain", lambda: next(deep))
deep = [0]
for _ in range(100000):
    deep = it.tee(it.chain(deep))[1]
attempt("deep tee", lambda: next(deep))
# expect-output: new with other class TypeError
# expect-output: new with unrelated shell TypeError
# expect-output: two shell bases TypeError
# expect-output: chain+dict TypeError
# expect-output: deep islice RecursionError
# expect-output: deep chain RecursionError
# expect-output: deep tee RecursionError
