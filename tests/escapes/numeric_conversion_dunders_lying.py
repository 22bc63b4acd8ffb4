# math, cmath and colorsys convert their arguments through __float__,
# __index__ and __complex__, which a script defines: one that returns the
# wrong type, a generator fed to fsum, ldexp with exponents past any
# int64, prod with a str start, dist with mismatched lengths, hypot of
# values that overflow when squared, isclose with a negative tolerance.
# Each must raise CPython's TypeError/ValueError/OverflowError or give its
# value; none may read a float out of a non-float.
# expect-output: cmath __complex__ returns int TypeError: __complex__ returned non-complex (type int)
# expect-output: math.sqrt __float__ returns str TypeError: FloatLies.__float__ returned non-float (type str)
# expect-output: math.floor __float__ returns str TypeError: FloatLies.__float__ returned non-float (type str)
# expect-output: math.sqrt of huge __index__ -> 34359738368.0
# expect-output: colorsys with lying __float__ TypeError: '>' not supported between instances of 'int' and 'FloatLies'
# expect-output: colorsys with __float__ TypeError: '>' not supported between instances of 'int' and 'Half'
# expect-output: math.fsum of a generator OverflowError: intermediate overflow in fsum
# expect-output: math.ldexp huge exponent OverflowError: math range error
# expect-output: math.ldexp huge negative exponent -> 0.0
# expect-output: math.prod with a str start -> 'xxxxxx'
# expect-output: math.dist mismatched ValueError: both points must have the same number of dimensions
# expect-output: math.hypot of overflowing squares -> inf
# expect-output: math.isclose negative tolerance ValueError: tolerances must be non-negative
# expect-output: math.comb with __index__ -> True
# expect-output: math.factorial of a float TypeError: 'float' object cannot be interpreted as an integer
# expect-output: math.gcd of __index__ -> 590295810358705651712
# expect-output: math.log of huge __index__ -> 48.520303
# expect-output: math.trunc without __trunc__ TypeError: type Half doesn't define __trunc__ method
# expect-output: cmath.phase of lying TypeError: __complex__ returned non-complex (type int)
import cmath
import colorsys
import math


def t(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


class ComplexLies:
    def __complex__(self):
        return 5


class FloatLies:
    def __float__(self):
        return "x"


class Half:
    def __float__(self):
        return 0.5


class IndexOnly:
    def __index__(self):
        return 2 ** 70


t("cmath __complex__ returns int", lambda: cmath.sqrt(ComplexLies()))
t("math.sqrt __float__ returns str", lambda: math.sqrt(FloatLies()))
t("math.floor __float__ returns str", lambda: math.floor(FloatLies()))
t("math.sqrt of huge __index__", lambda: math.sqrt(IndexOnly()))
t("colorsys with lying __float__", lambda: colorsys.rgb_to_hsv(FloatLies(), 0, 0))
t("colorsys with __float__", lambda: colorsys.rgb_to_hls(Half(), 0, 0))
t("math.fsum of a generator", lambda: math.fsum(x for x in [1e308, 1e308, -1e308]))
t("math.ldexp huge exponent", lambda: math.ldexp(1.0, 10 ** 100))
t("math.ldexp huge negative exponent", lambda: math.ldexp(1.0, -10 ** 100))
t("math.prod with a str start", lambda: math.prod([2, 3], start="x"))
t("math.dist mismatched", lambda: math.dist([1, 2], [1]))
t("math.hypot of overflowing squares", lambda: math.hypot(*[1e308] * 10))
t("math.isclose negative tolerance", lambda: math.isclose(1, 1, rel_tol=-1))
t("math.comb with __index__", lambda: math.comb(IndexOnly(), 1) == 2 ** 70)
t("math.factorial of a float", lambda: math.factorial(5.0))
t("math.gcd of __index__", lambda: math.gcd(IndexOnly(), 2 ** 69))
t("math.log of huge __index__", lambda: round(math.log(IndexOnly()), 6))
t("math.trunc without __trunc__", lambda: math.trunc(Half()))
t("cmath.phase of lying", lambda: cmath.phase(ComplexLies()))
