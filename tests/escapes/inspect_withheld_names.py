# inspect's ways to frames, code, source, files, modules, globals, closures
# and the class graph: in CPython, inspect.currentframe().f_back.f_globals
# reaches any caller's namespace, getclosurevars(f) hands out a function's
# globals and cells, getmodule/getfile/getsource read files and sys.modules,
# getmro walks the class graph, and getattr_static reads class namespaces
# along the MRO. moat's inspect withholds each by name, also through
# `from inspect import ...`.
import inspect


def t(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


for name in ["currentframe", "stack", "trace", "getframeinfo", "getouterframes",
             "getsource", "getsourcelines", "getfile", "getmodule", "getclosurevars",
             "getgeneratorlocals", "getcoroutinelocals", "getcallargs", "getmro",
             "getattr_static", "getmembers_static", "getfullargspec", "getargvalues"]:
    t(name, lambda: getattr(inspect, name))
t("missing", lambda: inspect.no_such_name)


def from_import():
    from inspect import currentframe
    return currentframe


t("from import", from_import)
print(sorted(n for n in ("stack", "currentframe", "getsource", "signature") if n in dir(inspect)))
# expect-output: currentframe AttributeError: 'inspect.currentframe' is not available in the sandbox
# expect-output: stack AttributeError: 'inspect.stack' is not available in the sandbox
# expect-output: trace AttributeError: 'inspect.trace' is not available in the sandbox
# expect-output: getframeinfo AttributeError: 'inspect.getframeinfo' is not available in the sandbox
# expect-output: getouterframes AttributeError: 'inspect.getouterframes' is not available in the sandbox
# expect-output: getsource AttributeError: 'inspect.getsource' is not available in the sandbox
# expect-output: getsourcelines AttributeError: 'inspect.getsourcelines' is not available in the sandbox
# expect-output: getfile AttributeError: 'inspect.getfile' is not available in the sandbox
# expect-output: getmodule AttributeError: 'inspect.getmodule' is not available in the sandbox
# expect-output: getclosurevars AttributeError: 'inspect.getclosurevars' is not available in the sandbox
# expect-output: getgeneratorlocals AttributeError: 'inspect.getgeneratorlocals' is not available in the sandbox
# expect-output: getcoroutinelocals AttributeError: 'inspect.getcoroutinelocals' is not available in the sandbox
# expect-output: getcallargs AttributeError: 'inspect.getcallargs' is not available in the sandbox
# expect-output: getmro AttributeError: 'inspect.getmro' is not available in the sandbox
# expect-output: getattr_static AttributeError: 'inspect.getattr_static' is not available in the sandbox
# expect-output: getmembers_static AttributeError: 'inspect.getmembers_static' is not available in the sandbox
# expect-output: getfullargspec AttributeError: 'inspect.getfullargspec' is not available in the sandbox
# expect-output: getargvalues AttributeError: 'inspect.getargvalues' is not available in the sandbox
# expect-output: missing AttributeError: module 'inspect' has no attribute 'no_such_name'
# expect-output: from import ImportError: cannot import name 'currentframe' from 'inspect' ('inspect.currentframe' is not available in the sandbox)
# expect-output: ['signature']
