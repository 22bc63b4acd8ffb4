# atexit stands for CPython's C module: its callback list and helpers stay
# out of a script's reach (InitFrozenCModule), its functions are built-in
# stand-ins without code or globals, and what runs at exit is only what the
# script registered, under the run's budgets.
# expect-output: AttributeError module 'atexit' has no attribute '_callbacks'
# expect-output: AttributeError module 'atexit' has no attribute '_sys'
# expect-output: AttributeError '__globals__' is not available in the sandbox
# expect-output: AttributeError '__code__' is not available in the sandbox
# expect-output: names ['_clear', '_ncallbacks', '_run_exitfuncs', 'register', 'unregister']
# expect-output: end
# expect-output: at exit 1
import atexit

for name in ("_callbacks", "_sys"):
    try:
        getattr(atexit, name)
    except AttributeError as e:
        print("AttributeError", e)
for name in ("__globals__", "__code__"):
    try:
        getattr(atexit.register, name)
    except AttributeError as e:
        print("AttributeError", e)
print("names", sorted(n for n in dir(atexit) if not n.startswith("__")))
atexit.register(print, "at exit", 1)
print("end")
