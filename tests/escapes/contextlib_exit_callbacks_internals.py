# contextlib.ExitStack keeps its callbacks in `_exit_callbacks`, wrapped in
# closures made inside the module (`_exit_wrapper`). A script reads the
# deque and follows the wrappers to the module's globals, closure cells or
# code: the wrapper is a moat-module function whose internals stay
# refused, and calling it only runs what the script registered.
# expect-output: entries [(True, 'function'), (True, 'function')]
# expect-output: wrapper.__globals__ AttributeError '__globals__' is not available in the sandbox
# expect-output: wrapper.__closure__ AttributeError '__closure__' is not available in the sandbox
# expect-output: wrapper.__code__ AttributeError '__code__' is not available in the sandbox
# expect-output: wrapper.__wrapped__ -> builtin_function_or_method
# expect-output: wrapper.__defaults__ -> NoneType
# expect-output: wrapper.__self__ AttributeError 'function' object has no attribute '__self__'
# expect-output: wrapper.__func__ AttributeError 'function' object has no attribute '__func__'
# expect-output: wrapper vars -> list
# expect-output: callback ran
# expect-output: call wrapper -> NoneType
# expect-output: pop_all type -> ABCMeta
# expect-output: enter_context entry ['function']
# expect-output: bound __exit__ self AttributeError 'function' object has no attribute '__self__'
import contextlib


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


stack = contextlib.ExitStack()
stack.callback(print, "callback ran")
stack.push(lambda *exc: print("push ran", exc[0]))
entries = list(stack._exit_callbacks)
print("entries", [(is_sync, type(cb).__name__) for is_sync, cb in entries])
wrapper = entries[0][1]
for name in ("__globals__", "__closure__", "__code__", "__wrapped__", "__defaults__", "__self__", "__func__"):
    attempt(f"wrapper.{name}", lambda: getattr(wrapper, name))
attempt("wrapper vars", lambda: sorted(vars(wrapper)))
attempt("call wrapper", lambda: wrapper(None, None, None))
attempt("pop_all type", lambda: type(stack.pop_all()))
with contextlib.ExitStack() as s2:
    s2.enter_context(contextlib.nullcontext())
    print("enter_context entry", [type(cb).__name__ for _, cb in s2._exit_callbacks])
    attempt("bound __exit__ self", lambda: s2._exit_callbacks[0][1].__self__)
