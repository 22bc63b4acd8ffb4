# unittest._module(name) stands in for sys.modules[name] (setUpModule,
# unittest.main()): it gives only what a script reaches anyway, a module it
# could import or `__main__`, its own namespace, and never the namespace as
# a dict or the builtins behind it.
# expect-output: None None
# expect-output: AttributeError '__dict__' is not available in the sandbox
# expect-output: AttributeError '__builtins__' is not available in the sandbox
# expect-output: AttributeError '__globals__' is not available in the sandbox
# expect-output: TypeError _module() argument must be a str
# expect-output: 2
import unittest

print(unittest._module("os"), unittest._module("posix"))
main = unittest._module("__main__")
for name in ("__dict__", "__builtins__"):
    try:
        getattr(main, name)
    except AttributeError as e:
        print("AttributeError", e)
try:
    unittest._module("warnings").warn.__globals__
except AttributeError as e:
    print("AttributeError", e)
try:
    unittest._module(main)
except TypeError as e:
    print("TypeError", e)
counter = 1
main.counter = 2
print(counter)
