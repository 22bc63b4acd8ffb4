# Proxies to callables are CallableProxyType and can be called.
import weakref


def greet(name, punct="!"):
    return "hi " + name + punct


class Maker:
    def __init__(self, n):
        self.n = n


class Obj:
    pass


pg = weakref.proxy(greet)
pm = weakref.proxy(Maker)
po = weakref.proxy(Obj())
print(type(pg).__name__, type(pm).__name__, type(po).__name__)
print(pg("bo"), pg("al", punct="?"), pm(4).n)
print(type(pg) is weakref.CallableProxyType, type(po) is weakref.ProxyType)
print(weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
try:
    po()
except TypeError as e:
    print("TypeError", e)
try:
    hash(pg)
except TypeError as e:
    print("TypeError", e)
try:
    po.x
except ReferenceError as e:
    print("ReferenceError", e)
