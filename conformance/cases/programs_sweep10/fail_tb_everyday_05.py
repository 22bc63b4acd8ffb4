import warnings
def old():
    warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)
    return 1
warnings.simplefilter("always")
old()
warnings.warn("plain")
warnings.warn("custom", RuntimeWarning)
raise SystemExit(2)
