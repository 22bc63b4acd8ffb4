# Every cmath function on every kind of special part (C99 Annex G), with the
# signs of zeros and infinities shown, and which inputs raise.
import cmath
import math

inf, nan = float('inf'), float('nan')
PARTS = [-inf, -2.5, -0.0, 0.0, 2.5, inf, nan, 1e308, -1e308, 1.0, 5e-324]


def show(v):
    if isinstance(v, tuple):
        return '(' + ', '.join(show(p) for p in v) + ')'
    if isinstance(v, complex):
        return f'{show(v.real)} {show(v.imag)}j'
    if isinstance(v, float) and math.isnan(v):
        return 'nan'
    return repr(v)


def run(name, f, *args):
    try:
        return show(f(*args))
    except (ValueError, OverflowError) as e:
        return f'{type(e).__name__}: {e}'


ONE = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log', 'log10',
       'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'phase', 'polar', 'isfinite', 'isinf', 'isnan']
for name in ONE:
    f = getattr(cmath, name)
    print(name)
    for x in PARTS:
        print('  ', ' | '.join(run(name, f, complex(x, y)) for y in PARTS))
print('rect')
for r in PARTS:
    print('  ', ' | '.join(run('rect', cmath.rect, r, phi) for phi in PARTS))
print('real arguments')
for x in PARTS:
    print('  ', ' | '.join(run(n, getattr(cmath, n), x) for n in ('sinh', 'cosh', 'exp', 'sqrt', 'log', 'cos')))
print('log with a base')
for z in [0, 1, 2, -1, complex(0, -0.0), inf, -inf, nan, complex(inf, nan), 1e-320]:
    print('  ', ' | '.join(run('log', cmath.log, z, b) for b in [2, 1, 0, inf, -inf, nan, 0.5, 1j]))
