# getweakrefs lists the shared ref, the shared proxy, then the others
# newest first.
import weakref


class C:
    pass


c = C()
cb1 = weakref.ref(c, lambda r: None)
cb2 = weakref.ref(c, lambda r: None)
basic = weakref.ref(c)
px = weakref.proxy(c)
cb3 = weakref.ref(c, lambda r: None)
pcb = weakref.proxy(c, lambda r: None)
order = weakref.getweakrefs(c)
names = {id(basic): "basic", id(px): "proxy", id(cb1): "cb1", id(cb2): "cb2",
         id(cb3): "cb3", id(pcb): "pcb"}
print([names[id(r)] for r in order])
print(weakref.getweakrefcount(c))
del cb2
print(weakref.getweakrefcount(c))
