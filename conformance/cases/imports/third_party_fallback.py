# A module that is not installed: scripts fall back on ModuleNotFoundError.
try:
    import numpy as np
except ModuleNotFoundError as e:
    np = None
    print(type(e).__name__, e, e.name)
print(np)

try:
    from requests.adapters import HTTPAdapter
except ImportError as e:
    print(type(e).__name__, e, isinstance(e, ModuleNotFoundError))

try:
    import json, surely_not_installed_pkg
except ModuleNotFoundError as e:
    print("fallback:", e)

for name in ("numpy", "not_a_real_module_xyz", "Math"):
    try:
        if name == "numpy":
            import numpy
        elif name == "Math":
            import Math
        else:
            import not_a_real_module_xyz
    except ImportError as e:
        print(type(e).__name__, repr(e))
