# type.__call__ is the same refusal as calling type with three arguments.
# expect: TypeError: type() with three arguments is not available in the sandbox
type.__call__(type, "X", (), {})
