# What warn() does with hand-edited filter lists and settings, and its own
# argument checks (category, stacklevel).
import warnings


def attempt(label, *args, **kwargs):
    try:
        with warnings.catch_warnings(record=True) as log:
            warnings.warn(*args, **kwargs)
        print(label, "->", [(w.category.__name__, str(w.message)) for w in log])
    except Exception as e:
        print(label, "->", type(e).__name__, e)


class Index:
    def __index__(self):
        return 1


attempt("stacklevel index", "a", stacklevel=Index())
attempt("stacklevel float", "a", stacklevel=1.0)
attempt("stacklevel str", "a", stacklevel="1")
attempt("stacklevel huge", "a", stacklevel=2**70)
attempt("stacklevel deep", "a", stacklevel=50)
attempt("category str", "a", "cat")
attempt("category int", "a", 5)
attempt("category class", "a", ValueError)
attempt("category None", "a", None)
attempt("message warning", RuntimeWarning("r"), ValueError)
attempt("message int", 5)

saved = warnings.filters[:]
cases = [
    ("not a tuple", 5),
    ("short tuple", ("error", None, Warning, None)),
    ("action int", (1, None, Warning, None, 0)),
    ("unknown action", ("bogus", None, Warning, None, 0)),
    ("line str", ("error", None, Warning, None, "x")),
    ("line float", ("error", None, Warning, None, 1.0)),
    ("line huge", ("error", None, Warning, None, 2**70)),
    ("category int", ("error", None, 5, None, 0)),
    ("message int", ("error", 5, Warning, None, 0)),
    ("message str", ("error", "exact text", Warning, None, 0)),
]
for label, entry in cases:
    warnings.filters[:] = [("always", None, SyntaxWarning, None, 0), entry]
    attempt(label, "exact text")
warnings.filters[:] = [("error", "exact text", Warning, None, 0)]
attempt("str rule against int", 42)


class Rule:
    def match(self, text):
        print("match", repr(text))
        return text.startswith("yes")


warnings.filters[:] = [("error", Rule(), Warning, Rule(), 0)]
attempt("custom rule yes", "yes please")
attempt("custom rule no", "no thanks")

warnings.filters[:] = [("default", None, SyntaxWarning, None, 0)]
warnings.defaultaction = 5
attempt("defaultaction int", "d")
warnings.defaultaction = "error"
attempt("defaultaction error", "d")
del warnings.defaultaction
attempt("defaultaction deleted", "d")
warnings.defaultaction = "once"
warnings.onceregistry = []
warnings.filters = []
try:
    warnings.warn_explicit("o", UserWarning, "f.py", 1)
except TypeError as e:
    print("onceregistry list ->", e)
warnings.onceregistry = {}
warnings.filters = (1, 2)
attempt("filters tuple", "t")
warnings.filters = saved
warnings.defaultaction = "default"
attempt("restored", "r")
