# warnings.warn and warn_explicit take the category, registry and module
# globals from the script: a category that is not a Warning class, a
# Warning instance as the category, stacklevels far past the stack (huge
# and negative), module_globals naming a loader and another module, a
# registry that is not a dict, a lineno that is a str. warnings finds its
# caller through a native that returns plain values, never a frame; each
# must give CPython's warning or its TypeError.
# expect-output: non-Warning category TypeError: category must be a Warning subclass, not 'type'
# expect-output: category instance TypeError: category must be a Warning subclass, not 'Cat'
# expect-output: message is a Warning instance -> None [('Cat', 'inst')]
# expect-output: stacklevel huge -> None [('Cat', 'x')]
# expect-output: stacklevel negative -> None [('Cat', 'x')]
# expect-output: stacklevel past int64 OverflowError: Python int too large to convert to C ssize_t
# expect-output: warn_explicit module_globals -> None [('Cat', 'x')]
# expect-output: warn_explicit module_globals not a dict TypeError: module_globals must be a dict, not 'int'
# expect-output: warn_explicit registry not a dict TypeError: 'registry' must be a dict or None
# expect-output: warn_explicit lineno str TypeError: 'str' object cannot be interpreted as an integer
# expect-output: warn_explicit registry kept -> None [('Cat', 'x')]
# expect-output: filterwarnings bad action AssertionError: invalid action: 'explode'
# expect-output: filterwarnings non-str message AssertionError: message must be a string
# expect-output: filterwarnings lineno negative AssertionError: lineno must be an int >= 0
# expect-output: formatwarning with a non-str line AttributeError: 'int' object has no attribute 'strip'
import warnings


def t(label, fn):
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            result = fn()
        print(label, "->", repr(result), [(w.category.__name__, str(w.message)) for w in caught])
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


class Cat(Warning):
    pass


class NotWarning:
    pass


t("non-Warning category", lambda: warnings.warn("x", NotWarning))
t("category instance", lambda: warnings.warn("x", Cat()))
t("message is a Warning instance", lambda: warnings.warn(Cat("inst"), UserWarning))
t("stacklevel huge", lambda: warnings.warn("x", Cat, stacklevel=10 ** 6))
t("stacklevel negative", lambda: warnings.warn("x", Cat, stacklevel=-10 ** 6))
t("stacklevel past int64", lambda: warnings.warn("x", Cat, stacklevel=10 ** 30))
t("warn_explicit module_globals", lambda: warnings.warn_explicit(
    "x", Cat, "f.py", 1, module_globals={"__loader__": 1, "__name__": "os"}))
t("warn_explicit module_globals not a dict",
  lambda: warnings.warn_explicit("x", Cat, "f.py", 1, module_globals=5))
t("warn_explicit registry not a dict",
  lambda: warnings.warn_explicit("x", Cat, "f.py", 1, registry=5))
t("warn_explicit lineno str", lambda: warnings.warn_explicit("x", Cat, "f.py", "3"))
t("warn_explicit registry kept", lambda: warnings.warn_explicit("x", Cat, "f.py", 1, registry={}))
t("filterwarnings bad action", lambda: warnings.filterwarnings("explode"))
t("filterwarnings non-str message", lambda: warnings.filterwarnings("ignore", message=5))
t("filterwarnings lineno negative", lambda: warnings.filterwarnings("ignore", lineno=-1))
t("formatwarning with a non-str line", lambda: warnings.formatwarning("m", Cat, "f.py", 3, line=5))
