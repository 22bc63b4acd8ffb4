# moat policy: a module's __spec__ and __loader__ expose the importer's
# internals and stay refused; __package__, a plain string, is CPython's.
import math
import json.decoder

print(repr(math.__package__), repr(json.decoder.__package__))
for name in ("__spec__", "__loader__"):
    try:
        getattr(math, name)
    except AttributeError as e:
        print("AttributeError:", e)
