# cmath over hostile operands: __complex__/__float__/__index__ returning
# odd types or raising, huge ints, and complex ** with infinite and huge
# exponents.
import cmath
import warnings
warnings.simplefilter('ignore', DeprecationWarning)


def attempt(label, fn):
    try:
        r = fn()
        print(label, 'ok', repr(r)[:150])
    except Exception as e:
        print(label, type(e).__name__, str(e)[:200])


# complex pow
for base in [0j, 1j, complex(1e308, 1e308), complex(float('inf'), 0), complex(0, float('nan')), 2+0j]:
    for exp in [0, 1, -1, 2**62, -(2**62), 10**100, 0.5, complex(0, float('inf')), complex(1e308, 1), complex(float('nan'), 0), 1j]:
        attempt('pow %r %r' % (base, exp), lambda: base ** exp)
        attempt('builtin pow', lambda: pow(base, exp))


class C:
    def __init__(self, v):
        self.v = v
    def __complex__(self):
        return self.v


class F:
    def __init__(self, v):
        self.v = v
    def __float__(self):
        return self.v


class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v


class CS(complex):
    pass


class FS(float):
    pass


class Raise:
    def __complex__(self):
        raise ArithmeticError('c')
    def __float__(self):
        raise ZeroDivisionError('f')
    def __index__(self):
        raise OverflowError('i')


for fname in ['sqrt', 'exp', 'log', 'log10', 'phase', 'polar', 'acos', 'asinh', 'atanh', 'isfinite', 'isnan', 'tan']:
    fn = getattr(cmath, fname)
    for arg in [C(1.5), C(1), C(CS(1j)), C(FS(2.0)), C(None), C('x'), F(2.0), F(FS(1.0)), F(2), F(CS(1)), I(3), I(True), I(10**400), I(2.0), Raise(), 10**400, -10**400, True, CS(2j), FS(-1.0), 'x', None, b'1']:
        attempt('%s %s' % (fname, type(arg).__name__ + ('(%s)' % type(arg.v).__name__ if hasattr(arg, 'v') else '')), lambda: fn(arg))
attempt('log base', lambda: cmath.log(2, C(1j)))
attempt('log base 0', lambda: cmath.log(2, 0))
attempt('log base raise', lambda: cmath.log(2, Raise()))
attempt('log huge', lambda: cmath.log(10**400, 10**300))
attempt('rect', lambda: cmath.rect(F(1.0), I(2)))
attempt('rect inf', lambda: cmath.rect(float('inf'), float('nan')))
attempt('isclose', lambda: cmath.isclose(C(1j), 1j, rel_tol=F(0.1), abs_tol=I(1)))
attempt('isclose neg', lambda: cmath.isclose(1j, 1j, rel_tol=-1))
attempt('isclose kw', lambda: cmath.isclose(1j, 1j, 0.1))
attempt('sqrt kw', lambda: cmath.sqrt(z=1))
