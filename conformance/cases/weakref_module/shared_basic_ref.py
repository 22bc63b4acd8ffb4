# A callback-less ref is shared per object; one with a callback is new.
import weakref


class C:
    pass


c = C()
a = weakref.ref(c)
b = weakref.ref(c)
print(a is b)
cb = lambda r: None
x = weakref.ref(c, cb)
y = weakref.ref(c, cb)
print(x is y, x is a, x == y, x == a)
print(weakref.ref(c, None) is a)
print(weakref.getweakrefcount(c))
refs = weakref.getweakrefs(c)
print(refs[0] is a, refs[1] is y, refs[2] is x)
p = weakref.proxy(c)
print(weakref.proxy(c) is p, weakref.getweakrefs(c)[1] is p)
print(weakref.getweakrefcount(1), weakref.getweakrefs("s"))
