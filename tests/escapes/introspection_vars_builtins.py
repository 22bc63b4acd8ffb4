# vars() of built-in functions and of the Quitter objects has no namespace
# to give (CPython's print.__self__ is the builtins module).
for obj in (print, len, exit, dir, vars):
    try:
        vars(obj)
        print("allowed")
    except TypeError as e:
        print(e)
print(vars())
# expect-output: vars() argument must have __dict__ attribute
# expect-output: vars() argument must have __dict__ attribute
# expect-output: vars() argument must have __dict__ attribute
# expect-output: vars() argument must have __dict__ attribute
# expect-output: vars() argument must have __dict__ attribute
# expect: TypeError: vars() without an argument (the names of the current scope) is not available in the sandbox: pass the object to inspect
