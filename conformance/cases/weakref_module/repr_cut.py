# The reprs of references and proxies, addresses cut.
import re
import weakref


def cut(text):
    return re.sub(r"0x[0-9a-f]+", "ADDR", text)


class C:
    pass


def named():
    pass


c = C()
print(cut(repr(weakref.ref(c))))
print(cut(repr(weakref.ref(named))))
print(cut(repr(weakref.ref(C))))
p = weakref.proxy(c)
print(cut(repr(p)))
r = weakref.ref(c)
del c
print(cut(repr(r)))
print(cut(repr(p)))
