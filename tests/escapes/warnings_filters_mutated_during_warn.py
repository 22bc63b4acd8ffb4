# warnings.warn walks warnings.filters and calls script code in the middle
# of it: a showwarning that clears and refills the filter list and warns
# again (5 deep), a Warning instance whose __str__ resets the filters, a
# filter whose message pattern object clears the list from match(), a
# registry cleared by showwarning between two warn_explicit calls, and a
# catch_warnings record list cleared between warnings. CPython's results;
# the native dispatch must hold no pointer into the list it walks.
# expect-output: showwarning rewrites filters and warns again -> ['first', 'again 1', 'again 2', 'again 3', 'again 4']
# expect-output: message str resets filters -> ['msg', 'again 1', 'again 2', 'again 3', 'again 4']
# expect-output: filter pattern clears list -> ['p', 'again 1', 'again 2', 'again 3', 'again 4']
# expect-output: registry cleared -> (['s2', 's2'], [])
# expect-output: error filter UserWarning boom
# expect-output: catch_warnings list cleared -> ['in2']
import warnings
def attempt(name, f):
    try:
        print(name, "->", f())
    except Exception as e:
        print(name, type(e).__name__, e)
seen = []
def show(message, category, filename, lineno, file=None, line=None):
    seen.append(str(message))
    warnings.filters.clear()
    warnings.filters.extend([("always", None, Warning, None, 0)] * 50)
    if len(seen) < 5:
        warnings.warn("again %d" % len(seen))
warnings.showwarning = show
warnings.simplefilter("always")
attempt("showwarning rewrites filters and warns again", lambda: (warnings.warn("first"), seen[:])[1])
class Msg(Warning):
    def __str__(self):
        warnings.filters[:] = []
        warnings.resetwarnings()
        return "msg"
seen.clear()
attempt("message str resets filters", lambda: (warnings.warn(Msg()), seen[:])[1])
class Cat(UserWarning):
    pass
import re
class Pat:
    def match(self, s):
        warnings.filters.clear()
        return True
warnings.filters[:] = [("always", Pat(), Warning, None, 0), ("ignore", None, Warning, None, 0)]
seen.clear()
attempt("filter pattern clears list", lambda: (warnings.warn("p", Cat), seen[:])[1])
reg = {}
def show2(*a, **k):
    reg.clear()
    seen.append("s2")
warnings.showwarning = show2
warnings.simplefilter("default")
seen.clear()
attempt("registry cleared", lambda: (warnings.warn_explicit("m", UserWarning, "f.py", 3, registry=reg), warnings.warn_explicit("m", UserWarning, "f.py", 3, registry=reg), seen[:], sorted(map(str, reg)))[2:])
warnings.simplefilter("error")
attempt("error filter", lambda: warnings.warn("boom"))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    def rec():
        warnings.warn("in")
        w.clear()
        warnings.warn("in2")
        return [str(x.message) for x in w]
    attempt("catch_warnings list cleared", rec)
