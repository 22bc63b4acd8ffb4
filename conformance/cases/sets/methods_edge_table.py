def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
a = {1, 2, 3}; b = frozenset({2, 3, 4})
t(1, lambda: sorted(a | b)); t(2, lambda: type(a | b).__name__); t(3, lambda: type(b | a).__name__); t(4, lambda: type(b - a).__name__); t(5, lambda: a == b); t(6, lambda: a < b); t(7, lambda: {2, 3} < b)
t(8, lambda: a.union()); t(9, lambda: b.union()); t(10, lambda: b.union() is b); t(11, lambda: b.copy() is b); t(12, lambda: a.intersection([2], (3, 2))); t(13, lambda: a.difference([1], [2])); t(14, lambda: a.symmetric_difference([1, 9]))
t(15, lambda: a.symmetric_difference([1], [2])); t(16, lambda: a.issubset(range(10))); t(17, lambda: a.issuperset([1])); t(18, lambda: a.isdisjoint(iter([7]))); t(19, lambda: frozenset([1, 2]) == {1, 2}); t(20, lambda: hash(frozenset()) == hash(frozenset()))
t(21, lambda: {frozenset({1}): 1}[frozenset({1})]); t(22, lambda: {1} in {frozenset({1})}); t(23, lambda: {1}.remove({1})); t(24, lambda: {frozenset({1})}.remove({1})); t(25, lambda: set('abc') >= set('a')); t(26, lambda: {1} <= 5)
t(27, lambda: {1} & 5); t(28, lambda: 5 & {1}); t(29, lambda: {1} - frozenset()); t(30, lambda: a ^ b); t(31, lambda: set.add()); t(32, lambda: set.add({1})); t(33, lambda: a.add(1, 2)); t(34, lambda: set([1], [2])); t(35, lambda: set(x=1))
t(36, lambda: frozenset(x=1)); t(37, lambda: frozenset(1)); t(38, lambda: len(set(range(100)))); t(39, lambda: {1, 2} == {2, 1}); t(40, lambda: set() == frozenset()); t(41, lambda: {1} != {1.0}); t(42, lambda: max({3, 1, 2}))
def f43():
    s = {1}; s &= 5
t(43, f43)
def f44():
    s = frozenset({1}); s |= {2}; return s
t(44, f44)
def f45():
    s = {1, 2}; s ^= {2, 3}; return s
t(45, f45)
def f46():
    s = {1}; s.update([2], (3,), {4: 5}); return s
t(46, f46)
def f47():
    s = {1, 2, 3}; s.difference_update([1], [2]); return s
t(47, f47)
def f48():
    s = {1, 2, 3}; s.intersection_update([1, 2], [2]); return s
t(48, f48)
def f49():
    s = {1, 2, 3}; s.symmetric_difference_update([3, 4]); return s
t(49, f49)
def f50():
    s = {1, 2, 3}; s.symmetric_difference_update([3], [4])
t(50, f50)
t(51, lambda: {1, 2}.pop()); t(52, lambda: set().clear()); t(53, lambda: {1}.discard(2)); t(54, lambda: {[]} if False else {1}.discard({1})); t(55, lambda: {1} < {1}); t(56, lambda: {1} <= {1}); t(57, lambda: {1} > set())
t(58, lambda: sorted({'b', 'a'})); t(59, lambda: {1, 2}.__len__()); t(60, lambda: {0, 1, 2, 8, 16, 32, 64, 5, 100}); t(61, lambda: {1, 2}.issubset()); t(62, lambda: frozenset.union(frozenset(), {1}))
