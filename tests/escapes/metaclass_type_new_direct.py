# type.__new__ with type itself is three-argument type() in disguise.
# expect: TypeError: type() with three arguments is not available in the sandbox
X = type.__new__(type, "X", (), {})
