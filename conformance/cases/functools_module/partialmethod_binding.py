# partialmethod.__get__ binds through func's own __get__: a function gives
# partial(<bound method>) with __self__ set; a callable without __get__
# (or read through the class) gives the unbound helper `_method`, whose
# qualname and _partialmethod CPython shows.
import abc
import functools


class C:
    def m(self, a, b=2):
        return (a, b)
    pm = functools.partialmethod(m, 10)
    cpm = functools.partialmethod(classmethod(lambda cls, x, y: (cls.__name__, x, y)), 1)
    spm = functools.partialmethod(staticmethod(lambda x, y: (x, y)), 5)
    nested = functools.partialmethod(pm, b=7)


c = C()
bound = c.pm
print(repr(bound).split(" at 0x")[0], type(bound).__name__, bound.__self__ is c)
print(bound.func.__name__, bound.args, bound(), bound(b=3), c.nested())
print(C.pm.__name__, C.pm.__qualname__, C.pm._partialmethod is C.__dict__['pm'])
print(C.pm(c), C.pm.__isabstractmethod__)
print(C.cpm(2), c.cpm(3), C.cpm.__self__ is C, c.cpm.__self__ is C)
print(C.spm(6), c.spm(7), hasattr(c.spm, '__self__'))


class K:
    def __call__(self, *a):
        return len(a)


class D:
    k = functools.partialmethod(K(), 1)
    ln = functools.partialmethod(len)


print(D().k(2), type(D().k).__name__, type(D.k).__name__, D.k.__qualname__)
try:
    D().ln()
except TypeError as e:
    print(e)


class Base(abc.ABC):
    @abc.abstractmethod
    def run(self, mode):
        ...
    quick = functools.partialmethod(run, "quick")


print(Base.quick.__isabstractmethod__, sorted(Base.__abstractmethods__))
