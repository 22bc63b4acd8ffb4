# isinstance consults a lying __class__ (a property returning a subclass of a
# built-in, raising, returning a non-type, recursing): every native and every
# C-type stand-in must still go by the real layout. super(type, liar) is
# refused outright (CPython binds it and then refuses each C method);
# Decimal(liar) once returned the liar itself.
import collections, decimal, fractions, datetime, functools
def t(label, f):
    try:
        r = f()
        print(label, 'ok', repr(r)[:80])
    except Exception as e:
        print(label, type(e).__name__, e)
class SubL(list): pass
class SubD(dict): pass
class SubE(ValueError): pass
class SubDq(collections.deque): pass
class SubDec(decimal.Decimal): pass
def liar(kind):
    class Liar:
        @property
        def __class__(self): return kind
    return Liar()
for kind, calls in [
    (SubL, [lambda o: super(list, o).append(1), lambda o: super(SubL, o).__len__(), lambda o: super(list, o).__getitem__(0),
            lambda o: super(SubL, o).sort(), lambda o: super(object, o).__repr__()[:8]]),
    (SubD, [lambda o: super(dict, o).keys(), lambda o: super(SubD, o).__setitem__(1, 2), lambda o: super(SubD, o).get(1)]),
    (SubE, [lambda o: super(ValueError, o).__str__(), lambda o: super(SubE, o).with_traceback(None), lambda o: super(SubE, o).args]),
    (SubDq, [lambda o: super(SubDq, o).append(1), lambda o: super(collections.deque, o).__len__()]),
    (SubDec, [lambda o: super(SubDec, o).__add__(1), lambda o: super(SubDec, o).sqrt()]),
]:
    o = liar(kind)
    t('isinstance %s' % kind.__name__, lambda: isinstance(o, kind))
    for i, c in enumerate(calls):
        t('%s %d' % (kind.__name__, i), lambda: c(o))
o = liar(int)
t('super int', lambda: super(int, o).__add__(1))
t('super int2', lambda: super(int, o).bit_length())
o = liar(str)
t('super str', lambda: super(str, o).upper())
o = liar(ExceptionGroup)
t('eg split', lambda: ExceptionGroup.split(o, ValueError))
t('super eg', lambda: super(ExceptionGroup, o).split(ValueError))
def weird():
    class W:
        @property
        def __class__(self): raise RuntimeError('boom')
    return W()
t('raising class isinstance', lambda: isinstance(weird(), int))
t('raising class isinstance2', lambda: isinstance(weird(), SubL))
t('raising class super', lambda: super(SubL, weird()))
def chain(n):
    class C:
        @property
        def __class__(self): return tuple
    return C()
t('non-type class', lambda: isinstance(liar(5), int))
t('non-type class sub', lambda: isinstance(liar(5), SubL))
t('non-type class super', lambda: super(SubL, liar(5)))
class Rec:
    @property
    def __class__(self): return isinstance(self, SubL)
# Only the type: whether the Python depth or the C++ stack guard stops it
# first ("... while calling a Python object") depends on the build's frame
# sizes (a sanitizer build's are larger).
try:
    isinstance(Rec(), SubL)
except RecursionError as e:
    print('recursing class', type(e).__name__)
try:
    raise liar(ValueError)
except Exception as e:
    print('raise liar', type(e).__name__, e)
t('exc group liar', lambda: ExceptionGroup('m', [liar(ValueError)]))
t('exc group liar2', lambda: BaseExceptionGroup('m', [ValueError(1)]).split(lambda e: isinstance(liar(ValueError), Exception)))
t('fraction liar', lambda: fractions.Fraction(liar(fractions.Fraction)))
t('decimal liar', lambda: decimal.Decimal(liar(decimal.Decimal)))
t('partial liar', lambda: functools.partial(liar(functools.partial)))
t('deque extend liar', lambda: collections.deque([1]).__iadd__(liar(collections.deque)))
t('od update liar', lambda: collections.OrderedDict().update(liar(dict)))
t('dict update liar', lambda: {}.update(liar(dict)))
t('set ops liar', lambda: {1} | liar(set))
t('list += liar', lambda: [].__iadd__(liar(list)))
t('str join liar', lambda: ''.join(liar(list)))
t('bytes liar', lambda: bytes(liar(bytes)))
t('int liar', lambda: int(liar(int)))
t('dict views liar', lambda: {}.keys() | liar(type({}.keys())))
# expect-output: isinstance SubL ok True
# expect-output: SubL 0 TypeError super(type, obj): obj must be an instance or subtype of type
# expect-output: SubL 1 TypeError super(type, obj): obj must be an instance or subtype of type
# expect-output: SubL 2 TypeError super(type, obj): obj must be an instance or subtype of type
# expect-output: SubL 3 TypeError super(type, obj): obj must be an instance or subtype of type
# expect-output: SubL 4 AttributeError 'super' object has no attribute '__repr__'
# expect-output: isinstance SubD ok True
# expect-output: SubD 0 TypeError super(type, obj): obj must be an instance or subtype of type
# expect-output: SubD 1 TypeError super(type, obj): obj must be an instance or subtype of type
# expect-output: SubD 2 TypeError super(type, obj): obj must be an instance or subtype of type
# expect-output: isinstance SubE ok True
# expect-output: SubE 0 TypeError super(type, obj): obj must be an instance or subtype of type
# expect-output: SubE 1 TypeError super(type, obj): obj must be an instance or subtype of type
# expect-output: SubE 2 TypeError super(type, obj): obj must be an instance or subtype of type
# expect-output: isinstance SubDq ok True
# expect-output: SubDq 0 TypeError super(type, obj): obj must be an instance or subtype of type
# expect-output: SubDq 1 TypeError super(type, obj): obj must be an instance or subtype of type
# expect-output: isinstance SubDec ok True
# expect-output: SubDec 0 TypeError super(type, obj): obj must be an instance or subtype of type
# expect-output: SubDec 1 TypeError super(type, obj): obj must be an instance or subtype of type
# expect-output: super int TypeError super(type, obj): obj must be an instance or subtype of type
# expect-output: super int2 TypeError super(type, obj): obj must be an instance or subtype of type
# expect-output: super str TypeError super(type, obj): obj must be an instance or subtype of type
# expect-output: eg split TypeError descriptor 'split' for 'ExceptionGroup' objects doesn't apply to a 'Liar' object
# expect-output: super eg TypeError super(type, obj): obj must be an instance or subtype of type
# expect-output: raising class isinstance RuntimeError boom
# expect-output: raising class isinstance2 RuntimeError boom
# expect-output: raising class super TypeError super(type, obj): obj must be an instance or subtype of type
# expect-output: non-type class ok False
# expect-output: non-type class sub ok False
# expect-output: non-type class super TypeError super(type, obj): obj must be an instance or subtype of type
# expect-output: recursing class RecursionError
# expect-output: raise liar TypeError exceptions must derive from BaseException
# expect-output: exc group liar ValueError Item 0 of second argument (exceptions) is not an exception
# expect-output: exc group liar2 ok (ExceptionGroup('m', [ValueError(1)]), None)
# expect-output: fraction liar AttributeError 'Liar' object has no attribute 'numerator'
# expect-output: decimal liar TypeError conversion from Liar to Decimal is not supported
# expect-output: partial liar TypeError the first argument must be callable
# expect-output: deque extend liar TypeError 'Liar' object is not iterable
# expect-output: od update liar TypeError 'Liar' object is not iterable
# expect-output: dict update liar TypeError 'Liar' object is not iterable
# expect-output: set ops liar TypeError unsupported operand type(s) for |: 'set' and 'Liar'
# expect-output: list += liar TypeError 'Liar' object is not iterable
# expect-output: str join liar TypeError can only join an iterable
# expect-output: bytes liar TypeError cannot convert 'Liar' object to bytes
# expect-output: int liar TypeError int() argument must be a string, a bytes-like object or a real number, not 'Liar'
# expect-output: dict views liar TypeError 'Liar' object is not iterable
