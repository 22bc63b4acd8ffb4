# moat policy: no import system loads moat's modules, so a module's
# __spec__ and __loader__ are None (CPython's expose the importer's
# internals); __package__, a plain string, is CPython's.
import math
import json.decoder

print(repr(math.__package__), repr(json.decoder.__package__))
for name in ("__spec__", "__loader__"):
    print(name, getattr(math, name), name in dir(math))
