# An exception raised inside an except block chains implicitly.
data = {"a": 1}
try:
    value = data["b"]
except KeyError:
    print("handling missing key")
    value = data["b"] + undefined_fallback_zq
