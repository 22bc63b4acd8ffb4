# Builtin functions are shared between interpreters: no attributes on them.
# expect: AttributeError: 'builtin_function_or_method' object has no attribute 'x'
setattr(len, "x", 1)
