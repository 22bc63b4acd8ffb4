# A builtin reached through getattr still has no __self__ to the builtins module.
f = getattr(__import__ if False else len, "__call__")
print(f([1, 2]))
# expect: AttributeError: '__self__' is not available in the sandbox
getattr(len, "__self__")
