# warnings.catch_warnings(record=True) hands out WarningMessage objects,
# and showwarning/formatwarning hooks receive the same fields; CPython's
# carry a `source` object and its module registry lives in each module's
# globals (__warningregistry__). Every field is read and followed: only
# the category, message, text and the caller's name and line come back.
# expect-output: [('_category_name', 'str'), ('category', 'type'), ('file', 'NoneType'), ('line', 'NoneType'), ('lineno', 'int'), ('message', 'UserWarning'), ('source', 'function')]
# expect-output: source globals AttributeError '__globals__' is not available in the sandbox
# expect-output: category mro AttributeError '__mro__' is not available in the sandbox
# expect-output: [('_category_name', 'str'), ('category', 'type'), ('file', 'NoneType'), ('line', 'NoneType'), ('lineno', 'int'), ('message', 'DeprecationWarning'), ('source', 'NoneType')]
# expect-output: source globals AttributeError '__globals__' is not available in the sandbox
# expect-output: category mro AttributeError '__mro__' is not available in the sandbox
# expect-output: registry global NameError name '__warningregistry__' is not defined
# expect-output: filters type -> type
# expect-output: onceregistry -> dict
# expect-output: _filters_mutated -> function
# expect-output: hook UserWarning UserWarning int NoneType NoneType
import warnings


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("one", UserWarning, source=attempt)
    warnings.warn_explicit("two", DeprecationWarning, "name.py", 3, module="m", registry={})
for w in caught:
    print(sorted((k, type(v).__name__) for k, v in vars(w).items() if k != "filename"))
    attempt("source globals", lambda: w.source.__globals__)
    attempt("category mro", lambda: w.category.__mro__)
attempt("registry global", lambda: __warningregistry__)
attempt("filters type", lambda: type(warnings.filters))
attempt("onceregistry", lambda: warnings.onceregistry)
attempt("_filters_mutated", lambda: warnings._filters_mutated)


def hook(message, category, filename, lineno, file=None, line=None):
    print("hook", type(message).__name__, category.__name__, type(lineno).__name__, type(file).__name__, type(line).__name__)


warnings.showwarning = hook
warnings.simplefilter("always")
warnings.warn("three")
