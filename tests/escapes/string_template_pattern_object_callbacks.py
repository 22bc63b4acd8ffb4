# string.Template calls self.pattern.sub(convert, template) and
# self.pattern.finditer(template): a script that rebinds `pattern` on its
# Template subclass to an object of its own receives Template's internal
# `convert` callback and drives it with a fake match object whose
# group()/start() answer anything (dunder names, huge or negative
# positions, objects whose __str__ raises, the template itself). In
# CPython `convert` is a closure over the mapping (its __closure__ and
# __globals__ lead into string's module); moat must hand the script a
# function whose internals stay refused, and every fake answer must end in
# an ordinary exception or a plain string.
# expect-output: named dunder -> gg
# expect-output: named missing KeyError: 'nope'
# expect-output: safe named missing TypeError: FakeMatch.group() missing 1 required positional argument: 'name'
# expect-output: braced -> ww
# expect-output: escaped -> $$
# expect-output: invalid at huge ValueError: Invalid placeholder in string: line 1, col 1000000000000000000000000000000
# expect-output: invalid at negative ValueError: Invalid placeholder in string: line 1, col -5
# expect-output: invalid at str TypeError: slice indices must be integers or None or have an __index__ method
# expect-output: nothing matched ValueError: ('Unrecognized named group in pattern', <__main__.Pattern object>)
# expect-output: unhashable name TypeError: unhashable type: 'list'
# expect-output: is_identifier fake -> (True, True)
# expect-output: get_identifiers fake -> [['who']]
# expect-output: convert.__closure__ AttributeError: '__closure__' is not available in the sandbox
# expect-output: convert.__globals__ AttributeError: '__globals__' is not available in the sandbox
# expect-output: convert.__code__ AttributeError: '__code__' is not available in the sandbox
# expect-output: convert.__defaults__ -> None
# expect-output: convert called later -> w
# expect-output: convert with a non-match AttributeError: 'int' object has no attribute 'group'
import re
import string


def attempt(label, fn):
    # Reprs carry an id (" at 0x..."): left out, it depends on what asked first.
    try:
        text = "-> " + str(fn())
    except Exception as e:
        text = type(e).__name__ + ": " + str(e)
    print(label, re.sub(r" at 0x[0-9a-f]+", "", text))


captured = []


class FakeMatch:
    def __init__(self, named=None, braced=None, escaped=None, invalid=None, start=0):
        self.groups = {"named": named, "braced": braced, "escaped": escaped,
                       "invalid": invalid}
        self.at = start

    def group(self, name):
        return self.groups[name]

    def start(self, name=0):
        return self.at


class Pattern:
    def __init__(self, match):
        self.match = match

    def sub(self, convert, template):
        captured.append(convert)
        return "".join(str(convert(self.match)) for _ in range(2))

    def finditer(self, template):
        return iter([self.match])


class T(string.Template):
    pass


def run(match, method="substitute", mapping=None):
    T.pattern = Pattern(match)
    t = T("$who is $what")
    return getattr(t, method)(mapping if mapping is not None else {"who": "w", "__globals__": "g"})


attempt("named dunder", lambda: run(FakeMatch(named="__globals__")))
attempt("named missing", lambda: run(FakeMatch(named="nope")))
attempt("safe named missing", lambda: run(FakeMatch(named="nope"), "safe_substitute"))
attempt("braced", lambda: run(FakeMatch(braced="who")))
attempt("escaped", lambda: run(FakeMatch(escaped="$")))
attempt("invalid at huge", lambda: run(FakeMatch(invalid="", start=10 ** 30)))
attempt("invalid at negative", lambda: run(FakeMatch(invalid="", start=-5)))
attempt("invalid at str", lambda: run(FakeMatch(invalid="", start="3")))
attempt("nothing matched", lambda: run(FakeMatch()))
attempt("unhashable name", lambda: run(FakeMatch(named=["who"])))
attempt("is_identifier fake", lambda: (T.__dict__.get("pattern") is not None, T("$x").is_valid()))
attempt("get_identifiers fake", lambda: T("$x").get_identifiers())
convert = captured[0]
attempt("convert.__closure__", lambda: convert.__closure__)
attempt("convert.__globals__", lambda: convert.__globals__)
attempt("convert.__code__", lambda: convert.__code__)
attempt("convert.__defaults__", lambda: convert.__defaults__)
attempt("convert called later", lambda: convert(FakeMatch(named="who")))
attempt("convert with a non-match", lambda: convert(42))
