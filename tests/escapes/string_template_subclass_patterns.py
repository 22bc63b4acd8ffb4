# string.Template subclasses that widen idpattern to dotted names, replace
# `pattern` with a regex of their own, or substitute from a mapping whose
# __getitem__ returns functions: a placeholder is only a key of the
# mapping, never an attribute path, whatever the pattern lets through.
# expect-output: dotted missing KeyError 'f.__globals__'
# expect-output: dotted safe -> $f.__globals__
# expect-output: dotted as key -> text
# expect-output: Spy.__getitem__ str f.__code__
# expect-output: own braced -> <function f
# expect-output: own braced index -> ${f[0]}
# expect-output: Spy.__getitem__ str who
# expect-output: spy named -> <function f
# expect-output: identifiers -> list
# expect-output: is_valid -> bool
# expect-output: pattern type -> Pattern
# expect-output: flags -> RegexFlag
import string


def f():
    pass


class Dotted(string.Template):
    idpattern = r"(?a:[_a-z][_a-z0-9.]*)"


class Own(string.Template):
    pattern = r"""
    \$(?:
      (?P<escaped>\$) |
      (?P<named>[_a-z][_a-z0-9.]*) |
      {(?P<braced>[^}]*)} |
      (?P<invalid>)
    )
    """


class Spy(dict):
    def __getitem__(self, key):
        print("Spy.__getitem__", type(key).__name__, key)
        return f


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r.split(" at ")[0] if isinstance(r, str) else type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("dotted missing", lambda: Dotted("$f.__globals__").substitute({"f": f}))
attempt("dotted safe", lambda: Dotted("$f.__globals__").safe_substitute({"f": f}))
attempt("dotted as key", lambda: Dotted("$f.__globals__").substitute({"f.__globals__": "text"}))
attempt("own braced", lambda: Own("${f.__code__}").substitute(Spy()))
attempt("own braced index", lambda: Own("${f[0]}").safe_substitute(x=1))
attempt("spy named", lambda: string.Template("$who").substitute(Spy()))
attempt("identifiers", lambda: Own("${a.b} $c").get_identifiers())
attempt("is_valid", lambda: Dotted("$a.__class__").is_valid())
attempt("pattern type", lambda: type(Own.pattern).__name__)
attempt("flags", lambda: Own.flags)
