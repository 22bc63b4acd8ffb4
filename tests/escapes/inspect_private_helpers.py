# inspect.signature() needs a function's parameter names, which CPython
# reads from __code__ (refused in moat). moat's inspect asks two private
# natives instead (_func_params, _ctor_info, stdlib_safe/inspect_module.h),
# kept in the module's own namespace. A script tries to reach them (module
# attributes, vars(), the module's functions' globals, getmembers), to get
# a code object, globals or cells out of what signature() builds, and to
# swap the module's helpers so signature() runs the script's code with the
# module's state.
import functools
import inspect


def t(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


def target(a, b=1, *c, d, **e):
    secret = 42
    return lambda: secret


for name in ["_func_params", "_ctor_info", "_builtin_function", "_set_type_name",
             "_StandInType", "_MOAT_MODULE_CODE"]:
    t(name, lambda: getattr(inspect, name))
t("vars", lambda: vars(inspect))
t("module dict", lambda: inspect.__dict__)
t("globals", lambda: inspect.signature.__globals__)
t("class globals", lambda: inspect.Signature.bind.__globals__)
t("closure", lambda: inspect.unwrap.__closure__)
t("helpers seen", lambda: [n for n, _ in inspect.getmembers(inspect) if n in
                           ("_func_params", "_ctor_info", "_builtin_function")])
sig = inspect.signature(target)
t("code in members", lambda: [n for n, _ in inspect.getmembers(target)
                              if n in ("__code__", "__globals__", "__closure__", "__builtins__")])
t("param attrs", lambda: sorted(n for n in dir(sig.parameters["a"]) if not n.startswith("__")))
t("param code", lambda: sig.parameters["a"].__code__)
t("bound globals", lambda: sig.bind(1, d=2).__globals__)
t("sig state", lambda: sig.__reduce__()[1][0][0].__reduce__())
t("closure cells", lambda: inspect.getmembers(target(1, d=2), lambda v: "cell" in type(v).__name__))
gen = (x for x in range(3))
t("gen members", lambda: [n for n, _ in inspect.getmembers(gen) if n.startswith("gi_")])
# Replacing a public name on the module changes only what the script reads:
# the module's own code keeps its private namespace.
inspect.isfunction = lambda obj: True
inspect.Signature = None
t("patched signature", lambda: str(inspect.signature(target)))
t("patched non-callable", lambda: inspect.signature(3))
t("partial of private", lambda: inspect.signature(functools.partial(target, 1)))
# expect-output: _func_params AttributeError: module 'inspect' has no attribute '_func_params'
# expect-output: _ctor_info AttributeError: module 'inspect' has no attribute '_ctor_info'
# expect-output: _builtin_function AttributeError: module 'inspect' has no attribute '_builtin_function'
# expect-output: _set_type_name AttributeError: module 'inspect' has no attribute '_set_type_name'
# expect-output: _StandInType AttributeError: module 'inspect' has no attribute '_StandInType'
# expect-output: _MOAT_MODULE_CODE AttributeError: module 'inspect' has no attribute '_MOAT_MODULE_CODE'
# expect-output: vars TypeError: vars() of a module is not available in the sandbox: use dir() for its names
# expect-output: module dict AttributeError: '__dict__' is not available in the sandbox
# expect-output: globals AttributeError: '__globals__' is not available in the sandbox
# expect-output: class globals AttributeError: '__globals__' is not available in the sandbox
# expect-output: closure AttributeError: '__closure__' is not available in the sandbox
# expect-output: helpers seen -> []
# expect-output: code in members -> []
# expect-output: param attrs -> ['KEYWORD_ONLY', 'POSITIONAL_ONLY', 'POSITIONAL_OR_KEYWORD', 'VAR_KEYWORD', 'VAR_POSITIONAL', '_annotation', '_default', '_kind', '_name', 'annotation', 'default', 'empty', 'kind', 'name', 'replace']
# expect-output: param code AttributeError: '__code__' is not available in the sandbox
# expect-output: bound globals AttributeError: '__globals__' is not available in the sandbox
# expect-output: sig state -> (<class 'inspect.Parameter'>, ('a', <_ParameterKind.POSITIONAL_OR_KEYWORD: 1>), {'_default': <class 'inspect._empty'>, '_annotation': <class 'inspect._empty'>})
# expect-output: closure cells -> []
# expect-output: gen members -> ['gi_running', 'gi_suspended']
# expect-output: patched signature -> (a, b=1, *c, d, **e)
# expect-output: patched non-callable TypeError: 3 is not a callable object
# expect-output: partial of private -> (b=1, *c, d, **e)
