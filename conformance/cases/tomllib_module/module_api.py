import tomllib

print(tomllib.TOMLDecodeError.__name__, tomllib.TOMLDecodeError.__mro__ if False else "")
print(issubclass(tomllib.TOMLDecodeError, ValueError))
print(tomllib.__all__ if hasattr(tomllib, "__all__") else "no __all__")
try:
    tomllib.loads(b"a = 1")
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    tomllib.loads(s="a = 1")
except TypeError as e:
    print("TypeError", e)
e = tomllib.TOMLDecodeError("custom")
print(repr(e), str(e))
