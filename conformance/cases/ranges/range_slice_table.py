def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
r = range(0, 20, 3)
t(1, lambda: r.index(9)); t(2, lambda: r.index(10)); t(3, lambda: r.count(9)); t(4, lambda: r.count('a')); t(5, lambda: r[2:5]); t(6, lambda: r[::-1]); t(7, lambda: r[-1]); t(8, lambda: r[100]); t(9, lambda: r['a'])
t(10, lambda: range(5) == range(0, 5, 1)); t(11, lambda: range(0) == range(5, 2)); t(12, lambda: range(1, 2, 5) == range(1, 3, 7)); t(13, lambda: range(3) < range(4)); t(14, lambda: r.start); t(15, lambda: r.stop); t(16, lambda: r.step)
t(17, lambda: range(0, 10, 0)); t(18, lambda: range(1.5)); t(19, lambda: range()); t(20, lambda: range(1, 2, 3, 4)); t(21, lambda: len(range(10**20))); t(22, lambda: range(10**20)[10**19]); t(23, lambda: range(10**20)[-1]); t(24, lambda: 10**19 in range(10**20))
t(25, lambda: 3.0 in range(5)); t(26, lambda: 3.5 in range(5)); t(27, lambda: range(5)[1:100:2]); t(28, lambda: range(5, 0, -1)[::-2]); t(29, lambda: hash(range(3)) == hash(range(0, 3))); t(30, lambda: list(reversed(range(1, 10, 4))))
t(31, lambda: range(5).index(5)); t(32, lambda: range(5).index(1.0)); t(33, lambda: range(5).index('a')); t(34, lambda: bool(range(0))); t(35, lambda: range(-5)); t(36, lambda: range(2, -10, -3)); t(37, lambda: list(range(2, -10, -3)))
t(38, lambda: range(True, 5)); t(39, lambda: range(5)[True]); t(40, lambda: range(5)[1.0:2]); t(41, lambda: range(3) + range(3)); t(42, lambda: range(3) * 2); t(43, lambda: min(range(0))); t(44, lambda: max(range(5, 0, -2)))
t(45, lambda: range(0, 10, 2)[slice(None, None, -3)]); t(46, lambda: range(10)[slice(-100, 100)]); t(47, lambda: range(5).count(2)); t(48, lambda: range(5, 1).index(3)); t(49, lambda: range(len([])))
t(50, lambda: slice(1, 2, 3).indices(10)); t(51, lambda: slice(None, None, -1).indices(5)); t(52, lambda: slice(1, 2, 0).indices(5)); t(53, lambda: slice(1, 5).indices(-1)); t(54, lambda: slice(1)); t(55, lambda: slice(1, 2) == slice(1, 2)); t(56, lambda: slice(1, 2).start)
t(57, lambda: hash(slice(1))); t(58, lambda: slice('a', 'b')); t(59, lambda: [1, 2, 3]['a':]); t(60, lambda: [1, 2, 3][1.5:]); t(61, lambda: 'abc'[None:2]); t(62, lambda: (1, 2, 3)[10**30:]); t(63, lambda: (1, 2, 3)[-10**30:])
