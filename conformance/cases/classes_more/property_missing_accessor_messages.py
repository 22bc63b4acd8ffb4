# A property assigned after the class was made has no name: its errors say
# "property of ..." instead of "property 'x' of ...".
class A: pass
A.p = property(lambda s: 1)
A.q = property(None)
a = A()
for f in [lambda: setattr(a, 'p', 1), lambda: delattr(a, 'p'), lambda: a.q]:
    try: f()
    except AttributeError as e: print(e)
class B:
    p = property(lambda s: 1)
    q = property()
b = B()
for f in [lambda: setattr(b, 'p', 1), lambda: delattr(b, 'p'), lambda: b.q]:
    try: f()
    except AttributeError as e: print(e)
def getter(self): return 1
A.r = property(getter)
for f in [lambda: setattr(a, 'r', 1)]:
    try: f()
    except AttributeError as e: print(e)
