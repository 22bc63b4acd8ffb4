"""Mathematical functions for complex numbers, as CPython's cmath.

For finite arguments each function makes the same floating-point steps as
CPython's Modules/cmathmodule.c (the scaling near the ends of the double
range included), through math's libm functions, so results agree bit for
bit. Infinite and NaN parts go through the same formulas instead of
CPython's special-value tables, so a result with an inf or nan part can
differ in the sign or kind of that part.
"""

import math

__all__ = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'isclose', 'isfinite', 'isinf', 'isnan', 'log', 'log10',
           'phase', 'polar', 'rect', 'sin', 'sinh', 'sqrt', 'tan', 'tanh',
           'e', 'pi', 'tau', 'inf', 'infj', 'nan', 'nanj']

e = math.e
pi = math.pi
tau = math.tau
inf = math.inf
infj = complex(0.0, math.inf)
nan = math.nan
nanj = complex(0.0, math.nan)

_DBL_MIN = 2.2250738585072014e-308
_DBL_MANT_DIG = 53
_LARGE_DOUBLE = 1.7976931348623157e308 / 4.0
_LOG_LARGE_DOUBLE = math.log(_LARGE_DOUBLE)
_SQRT_LARGE_DOUBLE = math.sqrt(_LARGE_DOUBLE)
_SQRT_DBL_MIN = math.sqrt(_DBL_MIN)
_SCALE_UP = 2 * (_DBL_MANT_DIG // 2) + 1
_SCALE_DOWN = -(_SCALE_UP + 1) // 2
_LN2 = 0.6931471805599453
_LN10 = 2.302585092994046


def _complex(z):
    # PyComplex_AsCComplex: a complex, or __complex__, else PyFloat_AsDouble
    # (__float__, then __index__: Decimal and Fraction qualify, str does not).
    if isinstance(z, complex):
        return z
    t = type(z)
    if hasattr(t, '__complex__'):
        return complex(z)
    if hasattr(t, '__float__') or hasattr(t, '__index__'):
        return complex(float(z), 0.0)
    raise TypeError(f'must be real number, not {t.__name__}')


def _check_range(real, imag):
    if math.isinf(real) or math.isinf(imag):
        raise OverflowError('math range error')
    return complex(real, imag)


def sqrt(z):
    z = _complex(z)
    x, y = z.real, z.imag
    if x == 0.0 and y == 0.0:
        return complex(0.0, y)
    ax, ay = math.fabs(x), math.fabs(y)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        # hypot(ax, ay) would be subnormal: scale up, then down.
        ax = math.ldexp(ax, _SCALE_UP)
        s = math.ldexp(math.sqrt(ax + math.hypot(ax, math.ldexp(ay, _SCALE_UP))), _SCALE_DOWN)
    else:
        ax /= 8.0
        s = 2.0 * math.sqrt(ax + math.hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0.0:
        return complex(s, math.copysign(d, y))
    return complex(d, math.copysign(s, y))


def exp(z):
    z = _complex(z)
    x, y = z.real, z.imag
    if x > _LOG_LARGE_DOUBLE:
        scale = math.exp(x - 1.0)
        return _check_range(scale * math.cos(y) * math.e, scale * math.sin(y) * math.e)
    scale = math.exp(x)
    return _check_range(scale * math.cos(y), scale * math.sin(y))


def _log(z):
    x, y = z.real, z.imag
    ax, ay = math.fabs(x), math.fabs(y)
    if ax > _LARGE_DOUBLE or ay > _LARGE_DOUBLE:
        real = math.log(math.hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax > 0.0 or ay > 0.0:
            real = (math.log(math.hypot(math.ldexp(ax, _DBL_MANT_DIG),
                                        math.ldexp(ay, _DBL_MANT_DIG)))
                    - _DBL_MANT_DIG * _LN2)
        else:
            raise ValueError('math domain error')
    else:
        h = math.hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            am, an = (ax, ay) if ax > ay else (ay, ax)
            real = math.log1p((am - 1) * (am + 1) + an * an) / 2.0
        else:
            real = math.log(h)
    return complex(real, math.atan2(y, x))


def log(z, base=None):
    r = _log(_complex(z))
    if base is None:
        return r
    b = _log(_complex(base))
    if b == 0:
        # _Py_c_quot's zero division sets EDOM, which cmath reports so.
        raise ValueError('math domain error')
    return r / b


def log10(z):
    r = _log(_complex(z))
    return complex(r.real / _LN10, r.imag / _LN10)


def phase(z):
    z = _complex(z)
    return math.atan2(z.imag, z.real)


def polar(z):
    z = _complex(z)
    r = math.hypot(z.real, z.imag)
    if math.isinf(r) and math.isfinite(z.real) and math.isfinite(z.imag):
        raise OverflowError('math range error')
    return r, math.atan2(z.imag, z.real)


def rect(r, phi):
    r, phi = float(r), float(phi)
    if phi == 0.0:
        return complex(r, r * phi)
    return complex(r * math.cos(phi), r * math.sin(phi))


def _sinh(x, y):
    if math.fabs(x) > _LOG_LARGE_DOUBLE:
        x_minus_one = x - math.copysign(1.0, x)
        return _check_range(math.cos(y) * math.sinh(x_minus_one) * math.e,
                            math.sin(y) * math.cosh(x_minus_one) * math.e)
    return _check_range(math.cos(y) * math.sinh(x), math.sin(y) * math.cosh(x))


def _cosh(x, y):
    if math.fabs(x) > _LOG_LARGE_DOUBLE:
        x_minus_one = x - math.copysign(1.0, x)
        return _check_range(math.cos(y) * math.cosh(x_minus_one) * math.e,
                            math.sin(y) * math.sinh(x_minus_one) * math.e)
    return _check_range(math.cos(y) * math.cosh(x), math.sin(y) * math.sinh(x))


def _tanh(x, y):
    if math.fabs(x) > _LOG_LARGE_DOUBLE:
        return complex(math.copysign(1.0, x),
                       4.0 * math.sin(y) * math.cos(y) * math.exp(-2.0 * math.fabs(x)))
    tx = math.tanh(x)
    ty = math.tan(y)
    cx = 1.0 / math.cosh(x)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return complex(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)


def sinh(z):
    z = _complex(z)
    return _sinh(z.real, z.imag)


def cosh(z):
    z = _complex(z)
    return _cosh(z.real, z.imag)


def tanh(z):
    z = _complex(z)
    return _tanh(z.real, z.imag)


def sin(z):
    # sin(z) = -i sinh(iz)
    z = _complex(z)
    r = _sinh(-z.imag, z.real)
    return complex(r.imag, -r.real)


def cos(z):
    # cos(z) = cosh(iz)
    z = _complex(z)
    return _cosh(-z.imag, z.real)


def tan(z):
    # tan(z) = -i tanh(iz)
    z = _complex(z)
    r = _tanh(-z.imag, z.real)
    return complex(r.imag, -r.real)


def isfinite(z):
    z = _complex(z)
    return math.isfinite(z.real) and math.isfinite(z.imag)


def isinf(z):
    z = _complex(z)
    return math.isinf(z.real) or math.isinf(z.imag)


def isnan(z):
    z = _complex(z)
    return math.isnan(z.real) or math.isnan(z.imag)


def isclose(a, b, *extra, rel_tol=1e-09, abs_tol=0.0):
    if extra:
        raise TypeError(f'isclose() takes exactly 2 positional arguments ({2 + len(extra)} given)')
    a, b = _complex(a), _complex(b)
    rel_tol, abs_tol = float(rel_tol), float(abs_tol)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError('tolerances must be non-negative')
    if a == b:
        return True
    if isinf(a) or isinf(b):
        return False
    diff = abs(a - b)
    return (diff <= rel_tol * abs(b)) or (diff <= rel_tol * abs(a)) or diff <= abs_tol


def acos(z):
    z = _complex(z)
    x, y = z.real, z.imag
    if math.fabs(x) > _LARGE_DOUBLE or math.fabs(y) > _LARGE_DOUBLE:
        # Large arguments: avoid the overflow of the general formula.
        real = math.atan2(math.fabs(y), x)
        big = math.log(math.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0
        imag = -math.copysign(big, y) if x < 0.0 else math.copysign(big, -y)
        return complex(real, imag)
    s1 = sqrt(complex(1.0 - x, -y))
    s2 = sqrt(complex(1.0 + x, y))
    return complex(2.0 * math.atan2(s1.real, s2.real),
                   math.asinh(s2.real * s1.imag - s2.imag * s1.real))


def acosh(z):
    z = _complex(z)
    x, y = z.real, z.imag
    if math.fabs(x) > _LARGE_DOUBLE or math.fabs(y) > _LARGE_DOUBLE:
        return complex(math.log(math.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, math.atan2(y, x))
    s1 = sqrt(complex(x - 1.0, y))
    s2 = sqrt(complex(x + 1.0, y))
    return complex(math.asinh(s1.real * s2.real + s1.imag * s2.imag),
                   2.0 * math.atan2(s1.imag, s2.real))


def asinh(z):
    z = _complex(z)
    x, y = z.real, z.imag
    if math.fabs(x) > _LARGE_DOUBLE or math.fabs(y) > _LARGE_DOUBLE:
        big = math.log(math.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0
        real = math.copysign(big, x) if y >= 0.0 else -math.copysign(big, -x)
        return complex(real, math.atan2(y, math.fabs(x)))
    s1 = sqrt(complex(1.0 + y, -x))
    s2 = sqrt(complex(1.0 - y, x))
    return complex(math.asinh(s1.real * s2.imag - s2.real * s1.imag),
                   math.atan2(y, s1.real * s2.real - s1.imag * s2.imag))


def asin(z):
    # asin(z) = -i asinh(iz)
    z = _complex(z)
    r = asinh(complex(-z.imag, z.real))
    return complex(r.imag, -r.real)


def atanh(z):
    z = _complex(z)
    x, y = z.real, z.imag
    if x < 0.0:
        # atanh(z) = -atanh(-z)
        r = atanh(complex(-x, -y))
        return complex(-r.real, -r.imag)
    ay = math.fabs(y)
    if x > _SQRT_LARGE_DOUBLE or ay > _SQRT_LARGE_DOUBLE:
        # |z| large: atanh(z) ~ 1/z +/- i*pi/2.
        h = math.hypot(x / 2.0, y / 2.0)
        return complex(x / 4.0 / h / h, math.copysign(math.pi / 2.0, y))
    if x == 1.0 and ay < _SQRT_DBL_MIN:
        if ay == 0.0:
            raise ValueError('math domain error')
        return complex(-math.log(math.sqrt(ay) / math.sqrt(math.hypot(ay, 2.0))),
                       math.copysign(math.atan2(2.0, -ay) / 2, y))
    return complex(math.log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0,
                   -math.atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0)


def atan(z):
    # atan(z) = -i atanh(iz)
    z = _complex(z)
    r = atanh(complex(-z.imag, z.real))
    return complex(r.imag, -r.real)


# CPython's are C functions: no binding when a class stores one.
_builtin_function(acos, acosh, asin, asinh, atan, atanh, cos, cosh, exp, isclose, isfinite,
                  isinf, isnan, log, log10, phase, polar, rect, sin, sinh, sqrt, tan, tanh)
