# itertools' types are native shells around Python generators, with the
# helpers _wrap and _state and factories the shells look up by name. Given
# anything, those raise; a script that rebinds or deletes the module's
# helpers breaks only its own itertools; deep chains of shells end in a
# catchable RecursionError.
import itertools as it


def attempt(label, fn):
    try:
        result = fn()
        print(label, "ok", type(result).__name__)
    except (TypeError, RuntimeError, RecursionError, ValueError) as e:
        print(label, type(e).__name__)


attempt("state of int", lambda: it._state(5))
attempt("state of class", lambda: it._state(it.islice))
attempt("wrap non-type", lambda: it._wrap(5, iter([]), None))
attempt("wrap other type", lambda: it._wrap(list, iter([]), None))
attempt("wrap then next", lambda: next(it._wrap(it.islice, 5, None)))
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
saved = it._new_islice, it._exhausted
it._new_islice = lambda *args: 5
attempt("factory returns int", lambda: it.islice([1], 1))
it._new_islice = lambda *args: (5, None)
attempt("factory returns non-iterator", lambda: next(it.islice([1], 1)))
del it._new_islice
attempt("factory deleted", lambda: it.islice([1], 1))
it._new_islice = saved[0]
del it._exhausted
attempt("marker deleted", lambda: it.islice([1], 1))
it._exhausted = saved[1]
attempt("restored", lambda: list(it.islice([1, 2], 1)))
deep = [0]
for _ in range(100000):
    deep = it.islice(deep, 5)
attempt("deep islice", lambda: list(deep))
deep = [0]
for _ in range(100000):
    deep = it.chain(deep)
attempt("deep chain", lambda: next(deep))
# expect-output: state of int TypeError
# expect-output: state of class TypeError
# expect-output: wrap non-type TypeError
# expect-output: wrap other type TypeError
# expect-output: wrap then next TypeError
# expect-output: new with other class TypeError
# expect-output: new with unrelated shell TypeError
# expect-output: two shell bases TypeError
# expect-output: chain+dict TypeError
# expect-output: factory returns int TypeError
# expect-output: factory returns non-iterator TypeError
# expect-output: factory deleted RuntimeError
# expect-output: marker deleted RuntimeError
# expect-output: restored ok list
# expect-output: deep islice RecursionError
# expect-output: deep chain RecursionError
