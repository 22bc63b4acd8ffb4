def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
L = [3, 1, 2]
t(1, lambda: L.index(5)); t(2, lambda: L.index(1, 2)); t(3, lambda: L.index(1, -5, 100)); t(4, lambda: L.index()); t(5, lambda: [].pop()); t(6, lambda: [1].pop(5)); t(7, lambda: [1].pop('a'))
t(8, lambda: [1].remove(2)); t(9, lambda: [1, 2].insert(100, 3)); t(10, lambda: [3, 'a'].sort()); t(11, lambda: sorted([3, 1], reverse=None)); t(12, lambda: [1].sort(key=1)); t(13, lambda: [1].sort(1)); t(14, lambda: L[10])
t(15, lambda: L['a']); t(16, lambda: L[1.0]); t(17, lambda: L[::0]); t(18, lambda: [1, 2, 3, 4][::-2]); t(19, lambda: L.count(1)); t(20, lambda: L.copy()); t(21, lambda: [1] + (2,)); t(22, lambda: [1] * 'a')
def f23():
    x = [1, 2, 3]; x[1:2] = 'ab'; return x
t(23, f23)
def f24():
    x = [1, 2, 3, 4]; x[::2] = [9]; return x
t(24, f24)
def f25():
    x = [1, 2, 3]; x[5] = 1
t(25, f25)
def f26():
    x = [1, 2, 3]; del x[5]
t(26, f26)
def f27():
    x = [1, 2]; x += 5
t(27, f27)
def f28():
    x = [1, 2]; x += 'ab'; return x
t(28, f28)
t(29, lambda: [1, 2] < [1, 'a']); t(30, lambda: [1] < (1,)); t(31, lambda: (1, 2).index(3)); t(32, lambda: (1,) + [2]); t(33, lambda: (1, 2)[5]); t(34, lambda: (1, 2).count(2)); t(35, lambda: tuple.index((1,), 1))
d = {'a': 1}
t(36, lambda: d['b']); t(37, lambda: d.pop('b')); t(38, lambda: d.pop('b', 0)); t(39, lambda: {}.popitem()); t(40, lambda: d.get()); t(41, lambda: d.setdefault('z')); t(42, lambda: dict.fromkeys('ab')); t(43, lambda: dict.fromkeys([1, 2], []))
t(44, lambda: d | {'b': 2}); t(45, lambda: d | [('b', 2)]); t(46, lambda: {1: 2} | {1: 3}); t(47, lambda: dict([(1, 2), (3,)])); t(48, lambda: dict([1])); t(49, lambda: dict(1)); t(50, lambda: dict({1: 2}, a=3)); t(51, lambda: dict(a=1) == {'a': 1})
def f52():
    x = {1: 2}; x |= [(3, 4)]; return x
t(52, f52)
def f53():
    x = {1: 2}; x |= 5; return x
t(53, f53)
t(54, lambda: {}[[1]]); t(55, lambda: {[1]: 2}); t(56, lambda: {1: 2}.update([1])); t(57, lambda: {1: 2}.update(1)); t(58, lambda: {1: 2}.update({3: 4}, x=1)); t(59, lambda: list({1: 2, 3: 4}.items())); t(60, lambda: {1: 2} < {1: 2})
t(61, lambda: {1: 2}.keys() & {1, 5}); t(62, lambda: {1: 2}.keys() | [7]); t(63, lambda: {1: 2}.keys() - {1}); t(64, lambda: {1: 2}.keys() ^ {1, 3}); t(65, lambda: {1: 2}.items() & {(1, 2)}); t(66, lambda: {1: 2}.keys().isdisjoint([3]))
t(67, lambda: {1: 2}.values() == {1: 2}.values()); t(68, lambda: {1: 2}.keys() == {1}); t(69, lambda: {1: 2}.keys() < {1, 2}); t(71, lambda: list(reversed({1: 2, 3: 4}))); t(72, lambda: list(reversed({1: 2, 3: 4}.items())))
t(74, lambda: len({1: 2}.values())); t(75, lambda: 2 in {1: 2}.values()); t(76, lambda: (1, 2) in {1: 2}.items()); t(77, lambda: [1] in {1: 2}.items()); t(78, lambda: repr({1: 2}.items()))
s = {1, 2}
t(79, lambda: s | [3]); t(80, lambda: s & [3]); t(81, lambda: s - [3]); t(82, lambda: s ^ [3]); t(83, lambda: s < [3]); t(84, lambda: s.union([3], (4,))); t(85, lambda: s.intersection()); t(86, lambda: s.issubset([1, 2, 3]))
t(87, lambda: s.remove(5)); t(88, lambda: set().pop()); t(89, lambda: s.add([1])); t(90, lambda: {[1]}); t(91, lambda: frozenset([1]) | {2}); t(92, lambda: {2} | frozenset([1])); t(93, lambda: frozenset().add); t(94, lambda: s.discard([1]))
t(95, lambda: [1] in s); t(96, lambda: {frozenset()} == {frozenset()}); t(97, lambda: set([1, 2]) == frozenset([1, 2])); t(98, lambda: repr(frozenset())); t(99, lambda: repr(set())); t(100, lambda: s.difference_update(5))
def f101():
    x = {1}; x |= [2]
t(101, f101)
def f102():
    x = {1}; x -= {1}; return x
t(102, f102)
t(103, lambda: s.symmetric_difference(5)); t(104, lambda: s.isdisjoint(5)); t(105, lambda: set(5)); t(106, lambda: {1, 2} <= {1, 2}); t(107, lambda: s.copy()); t(108, lambda: frozenset([1]).copy()); t(109, lambda: set.union())
t(110, lambda: set.union({1}, 5)); t(111, lambda: s.update(5)); t(112, lambda: s.intersection_update([1])); t(113, lambda: {1}.issuperset(5)); t(114, lambda: {1} == [1])
