# Format specs built at run time: f'{x!r:{spec}}' with nested replacement
# fields, format(obj, spec) where obj.__format__ receives a spec made of
# '{...}' text, and specs that are themselves objects with __format__ or
# __str__. A spec is only text handed to __format__: nothing in it is ever
# looked up as a field, so '{0.__globals__}' inside a spec stays text.
# expect-output: nested width ->          'f'
# expect-output: nested fill -> *****x******
# expect-output: spec from __format__ -> <str:{0.__globals__}>
# expect-output: spec from str() -> <str:{.__class__.__base__}>
# expect-output: spec text with fields -> <str:{0.__globals__}>
# expect-output: str.format nested spec -> <str:{0.__globals__}>
# expect-output: str.format spec field walk AttributeError '__globals__' is not available in the sandbox
# expect-output: str.format spec index walk AttributeError '__code__' is not available in the sandbox
# expect-output: format_spec on function TypeError unsupported format string passed to function.__format__
# expect-output: object.__format__ non-empty TypeError unsupported format string passed to function.__format__
# expect-output: int spec -> 0x000000ff
# expect-output: deep nested spec ValueError Max string recursion exceeded
def f():
    pass


class Echo:
    def __format__(self, spec):
        return f"<{type(spec).__name__}:{spec}>"


class Spec:
    def __format__(self, spec):
        return "{0.__globals__}"

    def __str__(self):
        return "{.__class__.__base__}"


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, type(e).__name__, e)


width = 12
attempt("nested width", lambda: f"{f.__name__!r:>{width}}")
attempt("nested fill", lambda: f"{'x':{'*'}^{width}}")
attempt("spec from __format__", lambda: f"{Echo():{Spec()}}")
attempt("spec from str()", lambda: f"{Echo():{Spec()!s}}")
attempt("spec text with fields", lambda: format(Echo(), "{0.__globals__}"))
attempt("str.format nested spec", lambda: "{0:{1}}".format(Echo(), "{0.__globals__}"))
attempt("str.format spec field walk", lambda: "{0:{1.__globals__}}".format(Echo(), f))
attempt("str.format spec index walk", lambda: "{0:{1[0].__code__}}".format(Echo(), [f]))
attempt("format_spec on function", lambda: format(f, "{0.__globals__}"))
attempt("object.__format__ non-empty", lambda: object.__format__(f, "x"))
attempt("int spec", lambda: format(255, "".join(["#", "0", "1", "0", "x"])))
attempt("deep nested spec", lambda: "{0:{1:{2}}}".format(Echo(), 1, 2))
