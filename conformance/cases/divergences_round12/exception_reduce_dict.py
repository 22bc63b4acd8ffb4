# BaseException.__reduce__ (and OSError's, ImportError's), object.__reduce_ex__
# deferring to a class's __reduce__, and assigning an exception's __dict__.
e = ValueError('x', 1)
e.note = 'n'
for f in (lambda: e.__reduce__(), lambda: e.__reduce_ex__(2), lambda: KeyError().__reduce_ex__(4),
          lambda: OSError(2, 'nf', 'file').__reduce__(), lambda: ImportError('m', name='n').__reduce__(),
          lambda: StopIteration(3).__reduce__()):
    try:
        print(f())
    except Exception as ex:
        print('ERR', type(ex).__name__, ex)
try:
    e.__dict__ = {'z': 1}
    print(e.z, e.__dict__)
except Exception as ex:
    print('ERR', type(ex).__name__, ex)
try:
    e.__dict__ = 5
except Exception as ex:
    print('ERR', type(ex).__name__, ex)
try:
    del e.__dict__
except Exception as ex:
    print('ERR', type(ex).__name__, ex)
class E(Exception):
    pass
x = E('a')
x.__dict__ = {'k': 2}
print(x.k, x.__reduce__())
x.__dict__.update(j=1)
print(vars(x))
for c in (lambda: object().__reduce_ex__(), lambda: object().__reduce_ex__('a'),
          lambda: ValueError().__reduce_ex__(1, 2), lambda: ValueError().__reduce_ex__(x=1),
          lambda: ValueError().__reduce__(1), lambda: OSError().__reduce__(1),
          lambda: ImportError().__reduce__(1)):
    try:
        c()
    except TypeError as e:
        print(type(e).__name__, e)


class A:
    def __reduce__(self):
        return (A, ())


print(A().__reduce_ex__(3), A().__reduce_ex__(True))


class B:
    __reduce__ = None


try:
    B().__reduce_ex__(2)
except TypeError as e:
    print(type(e).__name__, e)
print(ImportError('m', name=None).__reduce__())
print(ImportError('m', path='p').__reduce__())
e = OSError(2, 'x', None)
print(e.__reduce__(), e.filename)
print(OSError(2, 'x', 'f', None, 'g').__reduce__())
print(OSError(2, 'x', 'f', None, None).__reduce__())
e = OSError('a')
e.filename = 'zz'
print(e.__reduce__())
e = OSError(1, 2)
e.filename = 'zz'
print(e.__reduce__())
e = ValueError()
e.__dict__
print(e.__reduce__())
print(AttributeError('a', name='n', obj=1).__reduce__())
print(NameError('a', name='n').__reduce__())
print(StopIteration(1).__reduce__(), SystemExit(2).__reduce__())
print(BaseExceptionGroup('m', [ValueError()]).__reduce__())
print(OSError.__reduce__ is BaseException.__reduce__, ValueError.__reduce__ is BaseException.__reduce__)
d = {'w': 1}
e = KeyError('k')
e.__dict__ = d
e.v = 2
print(d, e.w, vars(e) is d)


class D(dict):
    pass


e.__dict__ = D(q=1)
print(type(vars(e)).__name__, e.q)
e = ValueError('v')
e.__setstate__({'a': 1, 'b': 2})
print(e.__reduce__())
e2 = ValueError.__new__(ValueError)
e2.__setstate__(e.__reduce__()[2])
print(e2.a, e2.args)
