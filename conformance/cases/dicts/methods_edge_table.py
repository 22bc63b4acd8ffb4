def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
    def __repr__(self): return 'K%d' % self.v
d = {K(1): 'a', K(2): 'b'}
t(1, lambda: d[K(2)]); t(2, lambda: d[K(3)]); t(3, lambda: {1: 2}.get(1, 5)); t(4, lambda: dict.fromkeys(range(3), 0)); t(5, lambda: dict.fromkeys()); t(6, lambda: dict.fromkeys(1)); t(7, lambda: {}.fromkeys('ab', 1))
t(8, lambda: dict(zip('ab', [1, 2]))); t(9, lambda: dict([('a', 1)], b=2)); t(10, lambda: dict(['ab', 'cd'])); t(11, lambda: dict(['abc'])); t(12, lambda: dict([[1, 2], [3, 4]])); t(13, lambda: dict(**{'a': 1}))
t(14, lambda: {'a': 1} == {'a': 1.0}); t(15, lambda: {1: 2}.popitem()); t(16, lambda: {1: 2, 3: 4}.popitem()); t(17, lambda: list({}.items())); t(18, lambda: {1: 2}.setdefault(1, 5)); t(19, lambda: {1: 2}.copy())
def f20():
    d = {1: 1}
    for k in d: d[2] = 2
t(20, f20)
def f21():
    d = {1: 1, 2: 2}
    for k in d: del d[2]
t(21, f21)
def f22():
    s = {1, 2}
    for k in s: s.add(5)
t(22, f22)
def f23():
    d = {1: 1}
    for k in d.keys(): d.pop(1); d[1] = 1
    return d
t(23, f23)
def f24():
    d = {1: 1}; it = iter(d); d[3] = 3; return next(it)
t(24, f24)
def f25():
    x = [1, 2, 3]
    for i in x:
        if i == 1: x.remove(i)
    return x
t(25, f25)
t(26, lambda: {1: 2}.keys() & 5); t(27, lambda: {1: 2}.keys() | 5); t(28, lambda: {1: 2}.items() | {3}); t(29, lambda: {1: 2}.values() | {3}); t(30, lambda: sorted({'b': 1, 'a': 2}))
t(31, lambda: {1: 2} | 5); t(32, lambda: 5 | {1: 2}); t(33, lambda: {1: 2} + {3: 4}); t(34, lambda: {1: 2} < {1: 3}); t(35, lambda: {1: 'a'}.get([1])); t(36, lambda: [1] in {1: 2}); t(37, lambda: {1: 2}.pop([1], 3))
t(38, lambda: {1: 2}.update(a=1)); t(39, lambda: dict.update({}, [(1, 2, 3)])); t(40, lambda: dict([(1, 2, 3)])); t(41, lambda: {}.update([[1]])); t(42, lambda: {}.setdefault()); t(43, lambda: {}.pop()); t(44, lambda: {}.get(1, 2, 3))
t(45, lambda: dict.__getitem__({1: 2}, 1)); t(46, lambda: {1: 2}.__contains__(1)); t(47, lambda: len({1: 2}.keys())); t(48, lambda: iter({1: 2}.items()).__next__()); t(49, lambda: {True: 1, 1: 2, 1.0: 3}); t(50, lambda: {0: 'a', False: 'b', 0.0: 'c'})
t(51, lambda: {1: 2}.keys() == {1: 3}.keys()); t(52, lambda: {1: 2}.items() == {1: 3}.items()); t(53, lambda: {1: 2}.keys() <= {1, 2}); t(54, lambda: {1: 2}.keys() > set()); t(55, lambda: {(1, 2)} == {1: 2}.items())
t(56, lambda: {1: [1]}.items() & {(1, 2)}); t(57, lambda: {1: [1]}.items() == {(1, [1])}); t(58, lambda: hash({1: 2}.keys())); t(59, lambda: {1: 2}.values() == [2]); t(60, lambda: list(reversed({1: 2}.values())))
class M:
    def keys(self): return ['a', 'b']
    def __getitem__(self, k): return k * 2
t(61, lambda: dict(M())); t(62, lambda: {**M()}); t(63, lambda: {}.update(M())); t(64, lambda: {'z': 1} | M()); t(65, lambda: dict({'a': 1}.items()))
def f66(**kw): return kw
t(66, lambda: f66(**{'a': 1}, **{'a': 2})); t(67, lambda: f66(**{1: 2})); t(68, lambda: f66(**[1])); t(69, lambda: {**[1]}); t(70, lambda: f66(*1))
