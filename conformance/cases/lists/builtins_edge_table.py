def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
t(1, lambda: sorted([3, 1, 2], key=lambda x: -x)); t(2, lambda: sorted('bca', reverse=True)); t(3, lambda: sorted([1, 'a'])); t(4, lambda: sorted([[1], [1, 'a'], [1, 2]]))
t(5, lambda: sorted([(1, 'b'), (1, 2)])); t(6, lambda: sorted([None, None])); t(7, lambda: sorted([{1}, {2}])); t(8, lambda: sorted([1.5, 1, True])); t(9, lambda: sorted([3, 1], key=None))
t(10, lambda: sorted()); t(11, lambda: sorted([], [])); t(12, lambda: sorted(1)); t(13, lambda: min([])); t(14, lambda: max([], default=5)); t(15, lambda: min(1)); t(16, lambda: min(1, 2, key=lambda x: -x))
t(17, lambda: max([1, 2], [3])); t(18, lambda: min([], key=len)); t(19, lambda: max(1, 2, default=3)); t(20, lambda: min('a', 1)); t(21, lambda: max(x=1)); t(22, lambda: max()); t(23, lambda: sum(['a', 'b'], ''))
t(24, lambda: sum([[1], [2]], [])); t(25, lambda: sum([1, 2], start=10)); t(26, lambda: sum([b'a'], b'')); t(27, lambda: sum([0.1] * 10)); t(28, lambda: sum([1, 2.5])); t(29, lambda: sum(x for x in [])); t(30, lambda: sum([1], 'a'))
L = list(range(10))
t(31, lambda: L[2:8:3]); t(32, lambda: L[-3:]); t(33, lambda: L[:-3:-1]); t(34, lambda: L[100:]); t(35, lambda: L[::-3]); t(36, lambda: L[8:2:-2]); t(37, lambda: L[-100:-50])
def f38():
    x = list(range(5)); del x[::2]; return x
t(38, f38)
def f39():
    x = list(range(5)); x[1:3] = []; return x
t(39, f39)
def f40():
    x = list(range(5)); x[::-1] = 'abcde'; return x
t(40, f40)
def f41():
    x = list(range(5)); x[::2] = [1, 2]
t(41, f41)
def f42():
    x = [1, 2]; x[1:1] = x; return x
t(42, f42)
def f43():
    x = [1]; x *= 3; return x
t(43, f43)
def f44():
    x = [1]; x *= -1; return x
t(44, f44)
def f45():
    x = [3, 1, 2]; x.sort(reverse=True); return x
t(45, f45)
def f46():
    x = [1, 2, 3]; x.extend(x); return x
t(46, f46)
def f47():
    x = [1, 2, 3]; x.insert(-100, 0); x.insert(100, 9); x.insert(-1, 7); return x
t(47, f47)
def f48():
    x = [1, 2, 3]; return x.pop(-1), x.pop(0), x
t(48, f48)
def f49():
    x = [1, 2, 3]; x.pop(-4)
t(49, f49)
def f50():
    x = [1]; x[0:0] = 5
t(50, f50)
def f51():
    x = [1]; x['a'] = 5
t(51, f51)
def f52():
    x = [1]; del x['a']
t(52, f52)
def f53():
    x = [1, 2, 3]; x[1:2] = iter([7, 8]); return x
t(53, f53)
t(54, lambda: list(range(3)) == [0, 1, 2]); t(55, lambda: [1, 2] < [1, 2, 3]); t(56, lambda: [1, 2] * True); t(57, lambda: [None] * 3); t(58, lambda: [1].index(1, 'a')); t(59, lambda: list('ab', 'c'))
t(60, lambda: list(x=1)); t(61, lambda: list(5)); t(62, lambda: tuple(5)); t(63, lambda: tuple([1], 2)); t(64, lambda: [1, 2].__reversed__().__next__()); t(65, lambda: list(reversed([1, 2, 3]))); t(66, lambda: reversed(5))
t(67, lambda: list(enumerate('ab', 5))); t(68, lambda: list(enumerate('ab', start=-1))); t(69, lambda: list(zip('ab', [1], strict=True))); t(70, lambda: list(zip('a', [1, 2], strict=True))); t(71, lambda: list(zip(strict=True)))
t(72, lambda: list(map(lambda x, y: x + y, [1, 2], [3]))); t(73, lambda: list(filter(None, [0, 1, '', 'a']))); t(74, lambda: list(map())); t(75, lambda: list(filter(1, [1]))); t(76, lambda: all([])); t(77, lambda: any(x > 1 for x in [1, 2]))
t(78, lambda: [1, 2, 3].count([1])); t(79, lambda: (1, 2) * 2); t(80, lambda: (1,) * -1); t(81, lambda: hash((1, [2]))); t(82, lambda: (1, 2) < (1, 'a')); t(83, lambda: (1, 2) == [1, 2]); t(84, lambda: tuple('abc').index('c', -1))
t(85, lambda: [1, 2, 3].clear()); t(86, lambda: [3, 2, 1].reverse()); t(87, lambda: [x for x in [[1, 2], [3]] for x in x]); t(88, lambda: list(zip('ab', 'cd', strict=False))); t(89, lambda: list(zip('abc', 'd', strict=True)))
t(90, lambda: list(zip([1, 2], [3, 4], [5], strict=True)))
