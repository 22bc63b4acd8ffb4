# SimpleNamespace's __name__, __qualname__ and __module__ are CPython's,
# while messages and the class repr name it types.SimpleNamespace.
import types

ns = types.SimpleNamespace(a=1)
print(types.SimpleNamespace.__name__, types.SimpleNamespace.__qualname__,
      types.SimpleNamespace.__module__, types.SimpleNamespace, type(ns).__name__)
try:
    hash(ns)
except TypeError as err:
    print("TypeError:", err)
try:
    ns.missing
except AttributeError as err:
    print("AttributeError:", err)


class Settings(types.SimpleNamespace):
    pass


print(Settings(debug=True), Settings.__name__)
