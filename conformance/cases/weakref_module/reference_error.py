# ReferenceError is a builtin exception.
import weakref

print(issubclass(ReferenceError, Exception), ReferenceError.__name__)
print(weakref.ReferenceType is weakref.ref)
try:
    raise ReferenceError("custom")
except ReferenceError as e:
    print("caught", e)


class C:
    pass


c = C()
p = weakref.proxy(c)
del c
try:
    print(p.anything)
except ReferenceError as e:
    print(type(e).__name__, e, isinstance(e, Exception))
try:
    str(p)
except ReferenceError as e:
    print("str:", e)
try:
    len(p)
except ReferenceError as e:
    print("len:", e)
