# from-import of a name the module lacks.
try:
    from math import nothere
except ImportError as e:
    print("ImportError", e)
try:
    from collections.abc import Mapping, nothere
except ImportError as e:
    # CPython names the package's file here; moat's modules have none.
    print("ImportError", str(e).split(" (")[0])
try:
    from math import pi, nothere
except ImportError as e:
    print("ImportError", e)
