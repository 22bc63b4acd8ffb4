# obj.__dict__ = value and del obj.__dict__ on functions, classmethod objects
# (never deleted, dicts only) and instances (deleting leaves a fresh dict).
def f(): pass
for v in [1, None]:
    try: f.__dict__ = v
    except TypeError as e: print(e)
try: del f.__dict__
except TypeError as e: print(e)
c = classmethod(f)
try: del c.__dict__
except TypeError as e: print(e)
c.__dict__ = {"a": 1}; print(c.a)
class A: pass
a = A(); a.x = 1; del a.__dict__; print(vars(a))
try: a.__dict__ = 3
except TypeError as e: print(e)
