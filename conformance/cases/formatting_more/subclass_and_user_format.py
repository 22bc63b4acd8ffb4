def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
class I(int):
    def __str__(self): return 'I-str'
    def __repr__(self): return 'I-repr'
class F(float):
    def __str__(self): return 'F-str'
    def __repr__(self): return 'F-repr'
class S(str):
    def __str__(self): return 'S-str'
    def __repr__(self): return 'S-repr'
class B:
    def __repr__(self): return 5
    def __str__(self): return 6
class IF(int):
    def __format__(self, spec): return 'IF:' + spec
t(1, lambda: format(I(5))); t(2, lambda: format(I(5), 'd')); t(3, lambda: f'{I(5)}'); t(4, lambda: '{}'.format(I(5))); t(5, lambda: str(I(5))); t(6, lambda: '%s %r %d' % (I(5), I(5), I(5)))
t(7, lambda: format(F(1.5))); t(8, lambda: format(F(1.5), 'f')); t(9, lambda: f'{F(1.5)}'); t(10, lambda: '%s %r %f' % (F(1.5), F(1.5), F(1.5))); t(11, lambda: format(S('x')))
t(13, lambda: f'{S("x")}'); t(14, lambda: '%s %r' % (S('x'), S('x'))); t(15, lambda: str(S('x'))); t(16, lambda: [I(5), F(1.5), S('x')]); t(17, lambda: print(I(5), F(1.5), S('x')))
t(18, lambda: repr(B())); t(19, lambda: str(B())); t(20, lambda: f'{B()!r}'); t(21, lambda: f'{B()}'); t(22, lambda: '%s' % B()); t(23, lambda: '%r' % B()); t(24, lambda: [B()]); t(25, lambda: format(B()))
t(26, lambda: f'{IF(3):x}'); t(27, lambda: '%d' % IF(3)); t(28, lambda: '{:>5}'.format(IF(3))); t(29, lambda: '{} {0}'.format(1)); t(30, lambda: '{0} {}'.format(1)); t(31, lambda: '{:{0}}'.format(1))
t(32, lambda: '{0:{}}'.format(1, 2)); t(33, lambda: '%d' % 'x'); t(34, lambda: '%x' % 'x'); t(35, lambda: '%c' % None); t(36, lambda: '%f' % None); t(37, lambda: '%i' % [1]); t(38, lambda: '%o' % 1.5); t(39, lambda: '%X' % None)
t(45, lambda: bool.__format__(True, '')); t(46, lambda: format(True, 'f')); t(47, lambda: format(False, '.1%')); t(48, lambda: format(True, 'c')); t(49, lambda: format(True, '>5s') if False else format(True, '>5'))
t(50, lambda: '{!r}'.format(S('q'))); t(51, lambda: '{!s}'.format(S('q'))); t(52, lambda: f'{S("q")!s}'); t(53, lambda: ascii(S('é'))); t(54, lambda: format(I(-5), '+')); t(55, lambda: format(I(255), '#x'))
class Bad:
    def __format__(self, spec): raise ValueError('nope ' + spec)
t(56, lambda: f'{Bad():abc}'); t(57, lambda: '{:q}'.format(Bad())); t(58, lambda: format(Bad(), 'z'))
class Z:
    def __str__(self): return 'Zs'
t(59, lambda: format(Z())); t(60, lambda: format(Z(), '')); t(61, lambda: f'{Z()}'); t(62, lambda: f'{Z()!s:>4}'); t(63, lambda: format(Z(), 's'))
t(64, lambda: '{0:{1}{2}}'.format('a', '>', 3)); t(65, lambda: '{0:{1:{2}}}'.format('a', 'b', 'c')); t(66, lambda: '{:{:{:{}}}}'.format(1, 2, 3, 4)); t(67, lambda: '{0!r:{1}}'.format('a', 5))
t(68, lambda: '{a.b}'.format(a=1)); t(69, lambda: '{0[0]:{1[0]}}'.format('xyz', '>5')); t(70, lambda: '{0[0][0]}'.format(['ab'])); t(71, lambda: '{0[1:2]}'.format({'1:2': 'slice'})); t(72, lambda: '{0[1:2]}'.format([1, 2]))
t(73, lambda: '{0.real.real}'.format(3)); t(74, lambda: '{0:}}'.format(1)); t(75, lambda: '{0:{{}}}'.format(1)); t(76, lambda: '{:d}'.format(1.0)); t(77, lambda: '{:,d}'.format(1.0)); t(78, lambda: '{:.3s}'.format(12345))
t(79, lambda: 'x'.format(1, 2, a=3)); t(80, lambda: '{0}{1}'.format(*'ab')); t(81, lambda: '{a}{b}'.format(**{'a': 1, 'b': 2})); t(82, lambda: str.format('{}', 1)); t(83, lambda: str.format()); t(84, lambda: '{:\x00^5}'.format(1))
