# filterwarnings and simplefilter: error, ignore, message and category
# matching, and warnings raised as exceptions.
import warnings

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error")
    except UserWarning as e:
        print("caught", type(e).__name__, e, e.args)
    try:
        warnings.warn("runtime", RuntimeWarning)
    except Warning as e:
        print("caught", type(e).__name__, e)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="skip")
    warnings.filterwarnings("error", category=RuntimeWarning)
    warnings.warn("skip this one")
    warnings.warn("SKIP this too")
    warnings.warn("keep this")
    try:
        warnings.warn("bad", RuntimeWarning)
    except RuntimeWarning as e:
        print("error for", e)
    print([str(m.message) for m in w])
    warnings.filterwarnings("ignore", module="__main__")
    warnings.warn("module filtered")
    print(len(w))

with warnings.catch_warnings(record=True) as w:
    warnings.resetwarnings()
    warnings.simplefilter("always", UserWarning)
    warnings.warn("after reset")
    print(len(w), w[0].category)

for bad in [lambda: warnings.warn("x", "notaclass"), lambda: warnings.warn("x", int),
            lambda: warnings.simplefilter("bogus"), lambda: warnings.filterwarnings("error", category=int)]:
    try:
        bad()
    except (TypeError, AssertionError) as e:
        print(type(e).__name__, e)
print(warnings.filters[:2] == warnings.filters[:2], len(warnings.filters) >= 1)
print(warnings.formatwarning("msg", UserWarning, "file.py", 12, "x = 1  "), end="")
print(warnings.formatwarning("msg", RuntimeWarning, "file.py", 3, ""), end="")

seen = []
def hook(message, category, filename, lineno, file=None, line=None):
    seen.append((str(message), category.__name__, lineno))
old = warnings.showwarning
warnings.showwarning = hook
warnings.warn("through the hook")
warnings.showwarning = old
print(seen)
