# copy.copy and copy.deepcopy of built-in and user exceptions with attributes.
import copy
class E(Exception):
    def __init__(self, a, b=2):
        super().__init__(a)
        self.b = b
e = ValueError('x', 1)
e.note = 'n'
for x in (e, KeyError('k'), E(1, 5), OSError(2, 'nf'), StopIteration(3), SystemExit(4), UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad')):
    for fn in (copy.copy, copy.deepcopy):
        try:
            c = fn(x)
            print(type(c).__name__, c.args, getattr(c, '__dict__', None), c is x)
        except Exception as ex:
            print('ERR', type(ex).__name__, ex)
print(e.__reduce__())
try:
    e.__dict__ = {'z': 1}
    print(e.z, e.__dict__)
except Exception as ex:
    print('ERR', type(ex).__name__, ex)
e2 = ValueError()
e2.__setstate__({'q': 3})
print(e2.q, e2.__dict__)
try:
    e2.__setstate__(5)
except Exception as ex:
    print('ERR', type(ex).__name__, ex)
e2.__setstate__(None)
print(E(1).__reduce__())
print(KeyError().__reduce_ex__(2))


class P(Exception):
    @property
    def args(self):
        return ('fake',)


p = P('real')
print(copy.copy(p).args, p.__reduce__()[1] if False else BaseException.args.__get__(copy.copy(p)))


class R(Exception):
    def __reduce__(self):
        return (R, ('from reduce',))


print(copy.copy(R('x')).args, copy.deepcopy(R('y')).args)
g = ExceptionGroup('grp', [ValueError(1), KeyError(2)])
g2 = copy.deepcopy(g)
print(type(g2).__name__, g2.message, g2.exceptions, g2.exceptions[0] is g.exceptions[0])
imp = ImportError('m', name='mod', path='p')
imp.extra = 1
c = copy.copy(imp)
print(c.args, c.name, c.path, c.extra)
os_err = OSError(2, 'nf', 'a', None, 'b')
c = copy.deepcopy(os_err)
print(type(c).__name__, c.args, c.filename, c.filename2, str(c))
