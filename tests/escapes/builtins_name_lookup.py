# Module globals in CPython carry __builtins__, the door to everything.
# expect: NameError: name '__builtins__' is not available in the sandbox
__builtins__["__import__"]("os")
