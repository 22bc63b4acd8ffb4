# formatwarning() with no line given shows the source line of the named file
# when it is the running script (CPython's linecache); a line out of range,
# a non-int line number or another file shows none.
import warnings

here = __file__
marker = "this line is line 7"
for lineno in [0, 1, 7, 10000, -1, True, "7", 7.0, None]:
    text = warnings.formatwarning("m", UserWarning, here, lineno)
    print(repr(text.replace(here, "HERE")))
print(repr(warnings.formatwarning("m", UserWarning, "elsewhere.py", 7)))
print(repr(warnings.formatwarning("m", UserWarning, here, 7, line="  given  ")
           .replace(here, "HERE")))
print(repr(warnings.formatwarning("m", UserWarning, here, 7, line="")
           .replace(here, "HERE")))


def inside():
    return warnings.formatwarning("from a function", RuntimeWarning, here, 19)


print(repr(inside().replace(here, "HERE")))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn_explicit("explicit", UserWarning, here, 7)
for w in caught:
    print(repr(warnings.formatwarning(w.message, w.category, w.filename, w.lineno)
               .replace(here, "HERE")))
