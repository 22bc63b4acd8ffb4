# copy.copy/deepcopy of objects that lie: a __class__ property (raising, or
# naming list/dict/set/tuple/bytearray/ValueError for a plain object),
# exceptions whose args/filename/name are properties over the C fields, and
# __getnewargs__/__getnewargs_ex__ returning the wrong shapes. CPython's copy
# goes by the real type and reads the C fields; every line equals CPython's.
import copy
def t(label, f):
    try:
        r = f()
        print(label, 'ok', r)
    except Exception as e:
        print(label, type(e).__name__, e)
class G:
    def __init__(self, r): self.r = r
    def __getnewargs__(self): return self.r
class GX:
    def __init__(self, r): self.r = r
    def __getnewargs_ex__(self): return self.r
for r in [5, [1], (), (1,)]:
    t('getnewargs %r' % (r,), lambda: type(copy.copy(G(r))).__name__)
for r in [5, (), ((), {}, 1), ([], {}), ((), []), ((), {}), ((1,), {})]:
    t('getnewargs_ex %r' % (r,), lambda: type(copy.copy(GX(r))).__name__)
class BadArgs(Exception):
    @property
    def args(self): raise ZeroDivisionError
t('bad args copy', lambda: repr(copy.copy(BadArgs(1, 2))))
class BadOS(OSError):
    @property
    def filename(self): raise ZeroDivisionError
    @property
    def errno(self): return 'fake'
t('bad os copy', lambda: (lambda c: (c.args, OSError.filename.__get__(c), OSError.errno.__get__(c)))(copy.copy(BadOS(2, 'x', 'f'))))
class BadImp(ImportError):
    name = property(lambda self: 1 / 0)
t('bad import copy', lambda: ImportError.name.__get__(copy.copy(BadImp('m', name='n', path='p'))))
class Liar:
    @property
    def __class__(self): return ValueError
l = Liar(); l.args = 5
t('liar isinstance', lambda: isinstance(l, BaseException))
t('liar copy', lambda: type(copy.copy(l)).__name__)
t('liar deepcopy', lambda: type(copy.deepcopy(l)).__name__)
class Liar2:
    __class__ = property(lambda self: 1 / 0)
t('liar2 copy', lambda: type(copy.copy(Liar2())).__name__)
e = OSError(2, 'nofile', 'f', 3, 'g')
e.odd = e
t('oserror copy', lambda: (lambda c: (c.args, c.errno, c.filename, c.filename2, c.odd is e))(copy.copy(e)))
ie = ImportError('x', name=5, path=[1])
ie.__dict__['name'] = 'shadow'
t('importerror copy', lambda: (lambda c: (c.args, c.name, c.path))(copy.copy(ie)))
ue = UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad')
t('unicode copy', lambda: str(copy.copy(ue)))
t('unicode deepcopy', lambda: str(copy.deepcopy(ue)))
t('stop copy', lambda: copy.copy(StopIteration(5)).value)
t('syntax copy', lambda: copy.copy(SyntaxError('m', ('f', 1, 2, 'x', 1, 3))).args)
class Liar3:
    __class__ = list
    def __init__(self): self.v = 1
for cls_ in (list, dict, set, tuple, frozenset, bytearray):
    class L3:
        __class__ = cls_
        def __init__(self): self.v = 1
    t('liar3 copy %s' % cls_.__name__, lambda: (lambda c: (type(c).__name__, c.v))(copy.copy(L3())))
    t('liar3 deepcopy %s' % cls_.__name__, lambda: (lambda c: (type(c).__name__, c.v))(copy.deepcopy(L3())))
# expect-output: getnewargs 5 TypeError __getnewargs__ should return a tuple, not 'int'
# expect-output: getnewargs [1] TypeError __getnewargs__ should return a tuple, not 'list'
# expect-output: getnewargs () ok G
# expect-output: getnewargs (1,) ok G
# expect-output: getnewargs_ex 5 TypeError __getnewargs_ex__ should return a tuple, not 'int'
# expect-output: getnewargs_ex () ValueError __getnewargs_ex__ should return a tuple of length 2, not 0
# expect-output: getnewargs_ex ((), {}, 1) ValueError __getnewargs_ex__ should return a tuple of length 2, not 3
# expect-output: getnewargs_ex ([], {}) TypeError first item of the tuple returned by __getnewargs_ex__ must be a tuple, not 'list'
# expect-output: getnewargs_ex ((), []) TypeError second item of the tuple returned by __getnewargs_ex__ must be a dict, not 'list'
# expect-output: getnewargs_ex ((), {}) ok GX
# expect-output: getnewargs_ex ((1,), {}) ok GX
# expect-output: bad args copy ok BadArgs(1, 2)
# expect-output: bad os copy ok ((2, 'x'), 'f', 2)
# expect-output: bad import copy AttributeError property 'name' of 'BadImp' object has no setter
# expect-output: liar isinstance ok True
# expect-output: liar copy ok Liar
# expect-output: liar deepcopy ok Liar
# expect-output: liar2 copy ok Liar2
# expect-output: oserror copy ok ((2, 'nofile'), 2, 'f', 'g', True)
# expect-output: importerror copy ok (('x',), 5, [1])
# expect-output: unicode copy ok 'utf-8' codec can't decode byte 0xff in position 0: bad
# expect-output: unicode deepcopy ok 'utf-8' codec can't decode byte 0xff in position 0: bad
# expect-output: stop copy ok 5
# expect-output: syntax copy ok ('m', ('f', 1, 2, 'x', 1, 3))
# expect-output: liar3 copy list ok ('L3', 1)
# expect-output: liar3 deepcopy list ok ('L3', 1)
# expect-output: liar3 copy dict ok ('L3', 1)
# expect-output: liar3 deepcopy dict ok ('L3', 1)
# expect-output: liar3 copy set ok ('L3', 1)
# expect-output: liar3 deepcopy set ok ('L3', 1)
# expect-output: liar3 copy tuple ok ('L3', 1)
# expect-output: liar3 deepcopy tuple ok ('L3', 1)
# expect-output: liar3 copy frozenset ok ('L3', 1)
# expect-output: liar3 deepcopy frozenset ok ('L3', 1)
# expect-output: liar3 copy bytearray ok ('L3', 1)
# expect-output: liar3 deepcopy bytearray ok ('L3', 1)
