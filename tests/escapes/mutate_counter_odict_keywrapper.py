# Counter's native _count_elements with a mapping whose get/__setitem__, or
# keys whose __hash__ and __add__, clear and refill it mid-count; OrderedDict's
# native move_to_end with keys whose __hash__/__eq__ clear, refill or delete;
# cmp_to_key's KeyWrapper with a cmp that re-sorts the list being sorted,
# raises, or returns non-bools. A stale entry pointer would be a host read.
# Every line equals CPython's.
import collections, functools
def t(label, f):
    try:
        r = f()
        print(label, 'ok', repr(r)[:90])
    except Exception as e:
        print(label, type(e).__name__, e)
class M(dict):
    n = 0
    def get(self, k, d=None):
        self.clear(); self.update({i: i for i in range(50)})
        return dict.get(self, k, d)
    def __setitem__(self, k, v):
        self.clear(); dict.__setitem__(self, k, v)
t('count mapping reenter', lambda: (collections._count_elements(M(), 'abcab'), 1)[1])
m = {}
class K:
    def __init__(self, v): self.v = v
    def __hash__(self):
        m.clear(); m.update({i: i for i in range(40)}); return 1
    def __eq__(self, o): return isinstance(o, K)
t('count dict hash mutates', lambda: (collections._count_elements(m, [K(1), K(2), K(3)]), sorted(map(str, m.values()))[:3]))
class AddMut:
    def __add__(self, o): m.clear(); return 5
m2 = {'a': AddMut()}
def run2():
    global m
    m = m2
    collections._count_elements(m2, 'aa'); return m2
t('count add mutates', run2)
c = collections.Counter()
class Gen:
    def __iter__(self):
        for i in range(5):
            c.clear(); yield i
t('counter iter clears', lambda: collections.Counter.update(c, Gen()) or sorted(c.items()))
t('count non-mapping', lambda: collections._count_elements(5, 'ab'))
t('count list', lambda: collections._count_elements([], 'ab'))
od = collections.OrderedDict((i, i) for i in range(5))
class EqMut:
    def __hash__(self): return hash(3)
    calls = 0
    def __eq__(self, o):
        EqMut.calls += 1
        if EqMut.calls == 1:
            od.clear(); od.update((i, -i) for i in range(30))
        return True
t('move_to_end eq mutates', lambda: (od.move_to_end(EqMut()), list(od)[-3:]))
class HashMut:
    __repr__ = lambda self: "HashMut"
    def __hash__(self):
        od.clear(); return hash(3)
t('move_to_end hash mutates', lambda: od.move_to_end(HashMut(), last=False))
od2 = collections.OrderedDict.fromkeys('abc')
class EqDel:
    __repr__ = lambda self: "EqDel"
    def __hash__(self): return hash('b')
    def __eq__(self, o):
        if 'b' in dict.keys(od2):
            del od2['b']
        return True
t('move_to_end eq deletes', lambda: (od2.move_to_end(EqDel()), list(od2)))
lst = list(range(30))
def cmp_resort(a, b):
    lst.sort(); lst.reverse(); return a - b
t('keywrapper resort', lambda: sorted(lst, key=functools.cmp_to_key(cmp_resort))[:3])
t('keywrapper inplace resort', lambda: lst.sort(key=functools.cmp_to_key(cmp_resort)))
def cmp_raise(a, b): raise KeyError(a)
t('keywrapper raise', lambda: sorted([1, 2], key=functools.cmp_to_key(cmp_raise)))
class NB:
    def __bool__(self): raise ValueError('nb')
    def __lt__(self, o): raise ValueError('lt')
    def __gt__(self, o): return NB()
t('keywrapper nonbool', lambda: sorted([1, 2, 3], key=functools.cmp_to_key(lambda a, b: NB())))
t('keywrapper str', lambda: sorted([1, 2, 3], key=functools.cmp_to_key(lambda a, b: 'x')))
K2 = functools.cmp_to_key(lambda a, b: 0)
t('keywrapper cross', lambda: K2(1) < 5)
t('keywrapper type', lambda: type(K2(1)).__name__)
t('keywrapper new', lambda: type(K2(1))(1))
t('keywrapper obj set', lambda: setattr(K2(1), 'obj', 5))
t('keywrapper hash', lambda: hash(K2(1)))
# expect-output: count mapping reenter ok 1
# expect-output: count dict hash mutates ok (None, ['0', '1', '1'])
# expect-output: count add mutates ok {'a': 6}
# expect-output: counter iter clears ok [(4, 1)]
# expect-output: count non-mapping AttributeError 'int' object has no attribute 'get'
# expect-output: count list AttributeError 'list' object has no attribute 'get'
# expect-output: move_to_end eq mutates ok (None, [28, 29, 3])
# expect-output: move_to_end hash mutates KeyError HashMut
# expect-output: move_to_end eq deletes KeyError EqDel
# expect-output: keywrapper resort ok [0, 1, 2]
# expect-output: keywrapper inplace resort ok None
# expect-output: keywrapper raise KeyError 2
# expect-output: keywrapper nonbool ValueError lt
# expect-output: keywrapper str TypeError '<' not supported between instances of 'str' and 'int'
# expect-output: keywrapper cross TypeError other argument must be K instance
# expect-output: keywrapper type ok 'KeyWrapper'
# expect-output: keywrapper new TypeError cannot create 'functools.KeyWrapper' instances
# expect-output: keywrapper obj set ok None
# expect-output: keywrapper hash TypeError unhashable type: 'functools.KeyWrapper'
