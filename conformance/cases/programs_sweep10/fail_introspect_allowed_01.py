import types
ns = types.SimpleNamespace(x=1); ns.y = 2; del ns.x; print(ns, repr(ns), vars(ns))
mp = types.MappingProxyType({"k": 1})
mp["k"] = 2
