# classmethod/staticmethod keep the callable's metadata in their own __dict__
# (writable, as CPython's), and their reprs show the callable's.
def f(a: int):
    "doc of f"
cm = classmethod(f); sm = staticmethod(f)
print(cm.__name__, cm.__wrapped__ is f, cm.__func__ is f, cm.__dict__, sm.__qualname__, sm.__doc__, sm.__module__)
for o in (cm, sm):
    o.__name__ = 'g'; o.__qualname__ = 'q'; o.__doc__ = 'd'
    print(o.__name__, o.__qualname__, o.__doc__, f.__name__, f.__doc__, o.__dict__)
    o.x = 1; print(o.x, sorted(o.__dict__))
    del o.x
    for n, v in [('__func__', 1), ('__wrapped__', 1), ('__isabstractmethod__', 1), ('__dict__', 1)]:
        try:
            setattr(o, n, v); print(n, 'set')
        except (AttributeError, TypeError) as e:
            print(n, type(e).__name__, e)
    for n in ('__dict__', 'nope'):
        try:
            delattr(o, n)
        except (AttributeError, TypeError) as e:
            print(n, type(e).__name__, e)
    try:
        o.nope
    except AttributeError as e:
        print('AttributeError', e)
    o.__dict__ = {'a': 1}
    print(o.__dict__, o.a)
    try:
        o.__name__
    except AttributeError as e:
        print('AttributeError', e)
print(sorted(classmethod(len).__dict__))
print(staticmethod(len), classmethod(1), staticmethod(classmethod(len)))
import re
def shape(o):
    # moat's function reprs show no address
    return re.sub(r' at 0x[0-9a-f]+', '', repr(o))
print(shape(classmethod(f)), shape(staticmethod(f)))
class C(classmethod):
    pass
c = C(f)
print(c.__name__, c.__dict__, shape(c))
c.y = 2
print(c.y, sorted(c.__dict__))
class K:
    @classmethod
    def m(cls):
        "m doc"
        return cls.__name__
    @staticmethod
    def s():
        return 's'
print(K.m(), K.s(), K.__dict__['m'].__name__, K.__dict__['m'].__doc__, K.__dict__['s'].__qualname__)
print(K.m.__name__, K.m.__qualname__, K.s.__name__)
