# warn_explicit's argument checks, module names derived from the file name,
# module=None dropping the warning, and module_globals' loader.
import sys
import warnings

sys.stderr = sys.stdout
warnings.simplefilter("always")


def attempt(label, **kwargs):
    args = kwargs.pop("args", ("msg", UserWarning, "f.py", 1))
    try:
        warnings.warn_explicit(*args, **kwargs)
        print(label, "-> ok")
    except Exception as e:
        print(label, "->", type(e).__name__, e)


attempt("filename int", args=("m", UserWarning, 5, 1))
attempt("filename None", args=("m", UserWarning, None, 1))
attempt("lineno str", args=("m", UserWarning, "f.py", "1"))
attempt("lineno float", args=("m", UserWarning, "f.py", 1.0))
attempt("lineno True", args=("m", UserWarning, "f.py", True))
for big in (2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**70, -2**70):
    attempt("lineno %d" % big, args=("m", UserWarning, "f.py", big),
            registry={})
attempt("registry list", registry=[])
attempt("globals list", module_globals=[])
attempt("globals before registry", registry=5, module_globals=5)
attempt("module None", module=None)
attempt("module None, bad registry", module=None, registry=5)
attempt("category not callable", args=("m", 5, "f.py", 1))
attempt("category int", args=("m", int, "f.py", 1))

# The module name, when not given, is the file name less a lower-case ".py".
warnings.resetwarnings()
for pattern in ("pkg/mod$", "PKG/MOD.PY$", "<unknown>$"):
    with warnings.catch_warnings():
        warnings.filterwarnings("error", module=pattern)
        for filename in ("pkg/mod.py", "PKG/MOD.PY", ""):
            try:
                warnings.warn_explicit("w", UserWarning, filename, 1)
                print(pattern, repr(filename), "shown")
            except UserWarning:
                print(pattern, repr(filename), "matched")
warnings.simplefilter("always")


class Loader:
    def __init__(self, source):
        self.source = source

    def get_source(self, name):
        print("get_source", name)
        return self.source


class NoGetSource:
    get_source = None


good = {"__loader__": Loader("one\n  two\nthree"), "__name__": "mymod"}
attempt("loader line 2", args=("m", UserWarning, "f.py", 2), module_globals=good)
attempt("loader line 9", args=("m", UserWarning, "f.py", 9), module_globals=good)
attempt("loader line 0", args=("m", UserWarning, "f.py", 0), module_globals=good)
attempt("loader line 9, module None", args=("m", UserWarning, "f.py", 9),
        module_globals=good, module=None)
attempt("no __name__", module_globals={"__loader__": Loader("x")})
attempt("no __loader__", module_globals={"__name__": "x"})
attempt("source None", module_globals={"__loader__": Loader(None), "__name__": "n"})
attempt("source bytes", module_globals={"__loader__": Loader(b"x"), "__name__": "n"})
attempt("get_source None", module_globals={"__loader__": NoGetSource(), "__name__": "n"})
attempt("loader int", module_globals={"__loader__": 5, "__name__": "n"})
