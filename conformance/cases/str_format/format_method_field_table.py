def t(s, *a, **k):
    try:
        print(repr(s), repr(s.format(*a, **k)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
class P:
    x = 3
    y = [10, 20]
    def __repr__(self): return 'P()'
    def __str__(self): return 'strP'
    def __format__(self, spec): return 'fmtP[' + spec + ']'
p = P()
t('{}', 1); t('{0}{1}{0}', 'a', 'b'); t('{} {}', 1); t('{0} {}', 1, 2); t('{} {0}', 1, 2)
t('{a}', a=5); t('{a}', 5); t('{0[1]}', [4, 5]); t('{0[x]}', {'x': 9}); t('{0[1][0]}', [[1], [2]]);
t('{0.x}', p); t('{0.y[1]}', p); t('{0.z}', p); t('{!r}', p); t('{!s}', p); t('{!a}', 'é'); t('{}', p); t('{:abc}', p)
t('{!x}', 1); t('{!}', 1); t('{!rr}', 1); t('{0!r:>10}', 'a'); t('{:{}}', 3, 5); t('{:{}{}}', 3, '>', 5); t('{:{w}.{p}f}', 3.14159, w=10, p=2)
t('{0:{1}}', 'x', '^9'); t('{:{:{}}}', 1, 2, 3); t('{{}}'); t('{{{}}}', 7); t('}'); t('{'); t('a}b'); t('{0'); t('{0:'); t('{0!'); t('{0!r'); t('{0[}', [1]);
t('{0[0}', [1]); t('{0]}', 1); t('{.x}', p); t('{[0]}', [3]); t('{0.}', p); t('{0..x}', p); t('{0[]}', [1]); t('{0[-1]}', {'-1': 'neg'}); t('{0[-1]}', [1,2])
t('{1}', 1); t('{2}', 1, 2); t('{x}'); t('{0:d}', 'a'); t('{0:s}', 1); t('{:,}', 1234567); t('{:_b}', 255); t('{:=^20,.3f}', 12345.6789)
t('{0:%}', 0.25); t('{:c}', 65); t('{:c}', 0x110000); t('{:c}', -1); t('{:x}', 3.0); t('{:10}', None); t('{:>10}', None)
t('{:>{w}}', 'a', w=-3); t('{:{}}', 'a', 'zz'); t('{0:{a}}', 1); t('{0[a]}', {'a': 1}); t('{0[ a ]}', {' a ': 1}); t('{ 0 }', 1); t('{0 }', 1)
t('{:*^{}}', 'x', 7); t('{!r:^10}', 'hi'); t('{:{}.{}}', 'abcdef', 4, 2); t('{0:.{0}}', 3); t('{:}', 5); t('{:}', 'x'); t('{:}', 1.5)
t('{:#}', 1.0); t('{:#}', 10); t('{:+}', 0.0); t('{:n}', 1e6); t('{:.2}', 'abc'); t('{:<<5}', 1); t('{:>>5}', 1)
t('{0[0]}', 'abc'); t('{0[10]}', 'abc'); t('{0[x]}', [1]); t('{0[1]}', {}); t('{0.real}', 5); t('{0.imag}', 5.5)
t('{:5}', True); t('{:d}', True); t('{:}', True); t('{:s}', True); t('{:x}', True); t('{:f}', True); t('{:>5}', False)
t('{0:{1}}', 5, 123); t('{:{}}', 5, 1.5)
print('{:{}{}{}}'.format(1, '', '>', 5))
print('{0}'.format_map({'0': 'zero'}) if False else 'skip')
class D(dict):
    def __missing__(self, k): return '<' + k + '>'
print('{a} {b}'.format_map(D(a=1)))
try: print('{0}'.format_map({}))
except Exception as e: print(type(e).__name__, e)
try: print('{a}'.format_map([]))
except Exception as e: print(type(e).__name__, e)
try: print('{a}'.format_map())
except Exception as e: print(type(e).__name__, e)
try: print('{}'.format_map({}))
except Exception as e: print(type(e).__name__, e)
