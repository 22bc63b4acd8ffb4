# types.SimpleNamespace: construction, repr, equality, attributes.
from types import SimpleNamespace

ns = SimpleNamespace(b=1, a="x")
print(ns, repr(ns), str(ns))
ns.c = [1, 2]
print(ns, ns.a, ns.c)
del ns.b
print(ns, sorted(ns.__dict__))
ns.self = ns
print(ns)
print(SimpleNamespace())
print(SimpleNamespace(**{"key": 1, "other": None}))
print(SimpleNamespace(a=1) == SimpleNamespace(a=1), SimpleNamespace(a=1) != SimpleNamespace(a=2))
print(SimpleNamespace(a=1, b=2) == SimpleNamespace(b=2, a=1))
print(SimpleNamespace(a=1) == 1, SimpleNamespace() == {})
print(SimpleNamespace, SimpleNamespace.__module__ if False else "")
print(hasattr(ns, "a"), hasattr(ns, "zz"), getattr(ns, "zz", "default"))
setattr(ns, "dyn", 5)
print(ns.dyn)

class Config(SimpleNamespace):
    def describe(self):
        return "Config with " + ", ".join(sorted(self.__dict__))

cfg = Config(debug=True, level=3)
print(cfg, cfg.describe(), cfg == SimpleNamespace(debug=True, level=3))
print(isinstance(cfg, SimpleNamespace))

def attempt(f):
    try:
        print(repr(f()))
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

attempt(lambda: SimpleNamespace(1))
attempt(lambda: SimpleNamespace({"a": 1}))
attempt(lambda: ns.missing)
attempt(lambda: delattr(ns, "missing"))
attempt(lambda: hash(SimpleNamespace()))
attempt(lambda: cfg.missing)
attempt(lambda: SimpleNamespace(a=1) < SimpleNamespace(a=2))
attempt(lambda: {SimpleNamespace()})
