# Calling a plain class runs __init__ as a frame of the loop: every way out of
# that frame (return values, raise, recursion, replacement mid-call, finalizers
# running during it) must end as CPython does.
import sys
class A:
    def __init__(self, x=1, *, k=2):
        self.x = x; self.k = k
print(A().x, A(5).x, A(k=3).k)
for call in [lambda: A(1, 2), lambda: A(z=1), lambda: A(1, x=2)]:
    try: call()
    except TypeError as e: print('TE', e)
class R:
    def __init__(self): return 5
try: R()
except TypeError as e: print(e)
class R2:
    def __init__(self): return None
print(type(R2()).__name__)
class Boom:
    def __init__(self): raise ValueError('boom')
try: Boom()
except ValueError as e: print('caught', e, e.__traceback__ is not None)
class Rec:
    def __init__(self, n):
        self.child = Rec(n - 1) if n else None
r = Rec(50); print(r.child.child is not None)
class Inf:
    def __init__(self): Inf()
try: Inf()
except RecursionError as e: print('RecursionError')
class Swap:
    def __init__(self):
        Swap.__init__ = lambda self: None
        self.v = 1
print(Swap().v, hasattr(Swap(), 'v'))
class NewLater:
    def __init__(self): self.a = 1
o = NewLater()
NewLater.__new__ = lambda cls: 42
print(NewLater())
del NewLater.__new__
print(NewLater().a)
class Base:
    def __init__(self, v): self.v = v
class Der(Base):
    def __init__(self): super().__init__(7)
print(Der().v)
class D:
    def __del__(self): print('del', type(self).__name__)
class WithDel:
    def __init__(self):
        D(); D()
        self.z = 3
print(WithDel().z)
class G:
    def __init__(self):
        yield 1
try: G()
except TypeError as e: print(e)
class Ret:
    def __init__(self):
        try: return 1
        finally: return None
print(type(Ret()).__name__)
class Exc:
    def __init__(self):
        raise StopIteration
def gen():
    yield Exc()
try: print(list(gen()))
except RuntimeError as e: print('RE', e)
class Slots:
    __slots__ = ('a',)
    def __init__(self): self.a = 1
print(Slots().a)
class SelfRef:
    def __init__(self):
        global keep
        keep = self
        raise KeyError('x')
try: SelfRef()
except KeyError: print('kept', type(keep).__name__)
class InitIsClass:
    __init__ = Base
try: InitIsClass(1)
except TypeError as e: print(e)
class Args:
    def __init__(self, *a, **k): self.a = a; self.k = k
print(Args(1, 2, x=3).a, Args(*[1], **{'y': 2}).k)
class DelInit:
    def __init__(self):
        del DelInit.__init__
print(type(DelInit()).__name__)
try: DelInit(1)
except TypeError as e: print(e)
