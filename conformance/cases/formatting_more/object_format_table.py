def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
t(1, lambda: format(range(3), '')); t(2, lambda: format(range(3), '>10')); t(3, lambda: format(b'ab', '')); t(4, lambda: format(b'ab', '5')); t(5, lambda: format([1], 's')); t(6, lambda: format((1,), '')); t(7, lambda: format({1}, 'x'))
t(8, lambda: f'{b"ab"}'); t(9, lambda: f'{b"ab"!s}'); t(10, lambda: f'{[1, "a"]!s:>12}'); t(11, lambda: '{:>10}'.format([1])); t(12, lambda: '{!s:>10}'.format([1])); t(13, lambda: format(None, '>5')); t(14, lambda: format(..., ''))
t(15, lambda: format(NotImplemented, '')); t(16, lambda: format(slice(1), '')); t(17, lambda: format(int, '')); t(18, lambda: format(object(), 'x') ); t(19, lambda: object.__format__(1, '')); t(20, lambda: object.__format__(1, 'd'))
class A: pass
class B(A):
    def __str__(self): return 'B!'
t(21, lambda: format(B())); t(22, lambda: format(B(), '')); t(23, lambda: format(B(), '>5')); t(24, lambda: f'{B()!s:>5}'); t(25, lambda: '{0!s:*^7}'.format(B())); t(26, lambda: f'{B()!r:.3}'[:3])
class C(int):
    pass
t(27, lambda: format(C(5), '>5')); t(28, lambda: f'{C(255):#x}'); t(29, lambda: '%x' % C(255)); t(30, lambda: repr(C(5))); t(31, lambda: str(C(7)))
class E(Exception): pass
t(32, lambda: format(E('x'), '')); t(33, lambda: format(E('x'), '>5')); t(34, lambda: f'{E("a", 1)}'); t(35, lambda: f'{E("a")!r}'); t(36, lambda: str(E())); t(37, lambda: repr(E()))
t(38, lambda: f'{KeyError("k")}'); t(39, lambda: str(KeyError('k'))); t(40, lambda: str(KeyError('k', 'v'))); t(41, lambda: repr(ValueError('x', 2)));
t(44, lambda: str(StopIteration(5))); t(45, lambda: StopIteration(5).value); t(46, lambda: str(SystemExit(3))); t(47, lambda: repr(KeyError())); t(48, lambda: str(KeyError(None))); t(49, lambda: str(IndexError([1])))
