# Protocol methods that call the same protocol on themselves through a
# native: format() from __format__, operator.index from __index__,
# operator.length_hint from __length_hint__, a dict subclass's __missing__
# reading self[key], getattr from __getattr__, str() from __str__ and
# abs() from __abs__. Each nests native calls and must end in a catchable
# RecursionError, after which the script carries on.
# limit: none
# expect-output: format RecursionError
# expect-output: index RecursionError
# expect-output: length_hint RecursionError
# expect-output: missing RecursionError
# expect-output: getattr RecursionError
# expect-output: str RecursionError
# expect-output: abs RecursionError
# expect-output: still running 3
import operator


class Loop:
    def __format__(self, spec):
        return format(self, spec)

    def __index__(self):
        return operator.index(self)

    def __length_hint__(self):
        return operator.length_hint(self)

    def __getattr__(self, name):
        return getattr(self, name)

    def __str__(self):
        return str(self)

    def __abs__(self):
        return abs(self)


class Missing(dict):
    def __missing__(self, key):
        return self[key + 1]


def attempt(label, fn):
    try:
        fn()
    except RecursionError:
        print(label, "RecursionError")


attempt("format", lambda: format(Loop(), "x"))
attempt("index", lambda: operator.index(Loop()))
attempt("length_hint", lambda: operator.length_hint(Loop()))
attempt("missing", lambda: Missing()[0])
attempt("getattr", lambda: Loop().anything)
attempt("str", lambda: str(Loop()))
attempt("abs", lambda: abs(Loop()))
print("still running", 1 + 2)
