# A builtin function's __self__ is the builtins module in CPython.
# expect: AttributeError: '__self__' is not available in the sandbox
print.__self__.open
