# SimpleNamespace with copy and pprint, and a mappingproxy in pprint.
import copy
import pprint
import types

ns = types.SimpleNamespace(x=1)
ns.me = ns
pprint.pprint(ns, width=5)
print(pprint.pformat(ns))
print(copy.copy(types.SimpleNamespace(a=[1])))
deep = copy.deepcopy(types.SimpleNamespace(a=[1], b={"c": 2}))
print(deep, deep == types.SimpleNamespace(a=[1], b={"c": 2}))
mp = types.MappingProxyType({"key%d" % i: list(range(i)) for i in range(8)})
pprint.pprint(mp, width=40)
pprint.pprint({"ns": types.SimpleNamespace(a=list(range(30)), b="x" * 50)})
