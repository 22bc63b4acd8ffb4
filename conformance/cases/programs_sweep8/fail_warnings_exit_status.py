import warnings
def old():
    warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)
    return 1
warnings.simplefilter("always")
print(old())
warnings.warn("plain warning")
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    old()
    print(len(w), w[0].category.__name__, str(w[0].message))
raise SystemExit(3)
