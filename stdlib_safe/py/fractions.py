"""Exact rational numbers: the Fraction type of python3.11's fractions.

moat's own code, written from the documented behaviour with python3.11 as
the oracle: values, reprs, hashes, the types mixed arithmetic returns and
the error messages are CPython's.

A Fraction holds numerator/denominator in lowest terms with a positive
denominator. Arithmetic with ints and Fractions is exact; with a float or
complex operand it is done in that type. A user's numbers.Rational on the
left of an operator is read through its numerator and denominator, any
other numbers.Real goes through float, any numbers.Complex through complex.

Fraction is registered as a numbers.Rational (CPython derives it from that
ABC) and takes real, imag, conjugate(), float() and complex() from the
numbers classes, as CPython's inherits them. decimal is imported only when
a value that is none of the usual kinds is met, so `import fractions` stays
light.

Strings follow the grammar of CPython's parsing pattern, read here by hand
(the pattern needs a lookahead re does not provide), quirks included: '1.'
is accepted, and a fractional part made of the letter d (a typo in 3.11's
pattern) reaches int() and fails there.
"""

import math
import numbers
import operator

__all__ = ['Fraction']

# The numeric hash works modulo the Mersenne prime 2**61 - 1
# (sys.hash_info.modulus); a value with no inverse there hashes as
# infinity does (sys.hash_info.inf).
_HASH_PRIME = (1 << 61) - 1
_HASH_OF_INF = 314159

# The kinds of the other operand of a mixed operation.
_EXACT = 'exact'


def _is_decimal(value):
    # Only a script that imported decimal can hold a Decimal, so importing
    # it here costs nothing new.
    from decimal import Decimal
    return isinstance(value, Decimal)


# Built-in types that are never rationals: answered without the ABC's
# registry walk.
_PLAIN_TYPES = frozenset((float, complex, str, bytes, list, tuple, dict, type(None)))


def _is_rational(x):
    if isinstance(x, (int, Fraction)):
        return True
    return type(x) not in _PLAIN_TYPES and isinstance(x, numbers.Rational)


def _is_integral(x):
    return isinstance(x, int) or (type(x) not in _PLAIN_TYPES and
                                  isinstance(x, numbers.Integral))


def _right_kind(b):
    # How `fraction <op> b` is computed: exactly for ints and Fractions,
    # in float or complex for those; anything else gets its reflected turn.
    if isinstance(b, (int, Fraction)):
        return _EXACT
    for builtin in (float, complex):
        if isinstance(b, builtin):
            return builtin
    return None


def _left_kind(a):
    # How `a <op> fraction` is computed when a's own method gave up: any
    # Rational exactly, any Real in float, any Complex in complex.
    if _is_rational(a):
        return _EXACT
    if isinstance(a, float) or isinstance(a, numbers.Real):
        return float
    if isinstance(a, complex) or isinstance(a, numbers.Complex):
        return complex
    return None


def _operator_pair(name, exact, inexact):
    """The method and reflected method of a binary operator, given its
    exact form (on two rationals) and its built-in form."""

    def forward(a, b):
        kind = _right_kind(b)
        if kind is None:
            return NotImplemented
        if kind is _EXACT:
            return exact(a, b)
        return inexact(kind(a), b)

    def reverse(b, a):
        kind = _left_kind(a)
        if kind is None:
            return NotImplemented
        if kind is _EXACT:
            return exact(a, b)
        return inexact(kind(a), kind(b))

    # CPython's names for them, which its error messages show.
    for method, prefix in ((forward, '__'), (reverse, '__r')):
        method.__name__ = prefix + name + '__'
    forward.__qualname__ = 'Fraction._operator_fallbacks.<locals>.forward'
    reverse.__qualname__ = 'Fraction._operator_fallbacks.<locals>.reverse'
    return forward, reverse


# ---- exact arithmetic ------------------------------------------------------
# Each reads the operands' public numerator and denominator (a user's
# Rational may be either one) and returns a Fraction built without another
# gcd: the cancellations below leave it in lowest terms when the operands
# are.

def _exact_sum(a, b, negate):
    n1, d1 = a.numerator, a.denominator
    n2, d2 = b.numerator, b.denominator
    if negate:
        n2 = -n2
    # Over the lcm of the denominators; what the new numerator still shares
    # with the denominators' gcd is all that is left to cancel.
    shared = math.gcd(d1, d2)
    top = n1 * (d2 // shared) + n2 * (d1 // shared)
    left = math.gcd(top, shared)
    return Fraction(top // left, (d1 // shared) * (d2 // left), _normalize=False)


def _cancelled_product(n1, d1, n2, d2):
    # (n1 * n2, d1 * d2) after cancelling n1 against d2 and n2 against d1.
    across = math.gcd(n1, d2)
    if across > 1:
        n1, d2 = n1 // across, d2 // across
    across = math.gcd(n2, d1)
    if across > 1:
        n2, d1 = n2 // across, d1 // across
    return n1 * n2, d1 * d2


def _exact_add(a, b):
    return _exact_sum(a, b, False)


def _exact_sub(a, b):
    return _exact_sum(a, b, True)


def _exact_mul(a, b):
    top, bottom = _cancelled_product(a.numerator, a.denominator,
                                     b.numerator, b.denominator)
    return Fraction(top, bottom, _normalize=False)


def _exact_truediv(a, b):
    n1, d1 = a.numerator, a.denominator
    n2, d2 = b.numerator, b.denominator
    top, bottom = _cancelled_product(n1, d1, d2, n2)
    if bottom < 0:
        top, bottom = -top, -bottom
    return Fraction(top, bottom, _normalize=False)


def _exact_floordiv(a, b):
    return (a.numerator * b.denominator) // (a.denominator * b.numerator)


def _exact_divmod(a, b):
    d1, d2 = a.denominator, b.denominator
    quotient, rest = divmod(a.numerator * d2, d1 * b.numerator)
    return quotient, Fraction(rest, d1 * d2)


def _exact_mod(a, b):
    d1, d2 = a.denominator, b.denominator
    return Fraction((a.numerator * d2) % (b.numerator * d1), d1 * d2)


# ---- helpers of the constructor and the rounding methods -------------------

def _scan_digits(s, i, n):
    # The end of a run matching \d+(_\d+)* from i, or i if s[i] is no digit.
    # Nothing after such a run in the pattern can start with a digit or an
    # underscore followed by one, so the longest run is the regex's match.
    if i >= n or not s[i].isdecimal():
        return i
    while True:
        while i < n and s[i].isdecimal():
            i += 1
        if i + 1 < n and s[i] == '_' and s[i + 1].isdecimal():
            i += 1
        else:
            return i


def _parse(s):
    # (negative, num, denom, decimal, exp) as the groups of CPython's
    # pattern (None for a group that did not take part), or None when the
    # string does not match.
    n = len(s)
    i = 0
    while i < n and s[i].isspace():
        i += 1
    negative = False
    if i < n and s[i] in '+-':
        negative = s[i] == '-'
        i += 1
    # The lookahead (?=\d|\.\d).
    if not (i < n and (s[i].isdecimal() or
                       (s[i] == '.' and i + 1 < n and s[i + 1].isdecimal()))):
        return None
    j = _scan_digits(s, i, n)
    num = s[i:j]
    i = j
    denom = decimal = exp = None
    if i < n and s[i] == '/':
        j = _scan_digits(s, i + 1, n)
        if j == i + 1:
            return None
        denom = s[i + 1:j]
        i = j
    else:
        if i < n and s[i] == '.':
            i += 1
            j = i
            if j < n and s[j] in 'dD':
                while j < n and s[j] in 'dD':
                    j += 1
            else:
                j = _scan_digits(s, i, n)
            decimal = s[i:j]
            i = j
        if i < n and s[i] in 'eE':
            j = i + 1
            if j < n and s[j] in '+-':
                j += 1
            k = _scan_digits(s, j, n)
            if k == j:
                return None
            exp = s[i + 1:k]
            i = k
    while i < n and s[i].isspace():
        i += 1
    if i != n:
        return None
    return negative, num, denom, decimal, exp


def _from_text(text):
    # The (numerator, denominator) a string spells, not yet reduced.
    parts = _parse(text)
    if parts is None:
        raise ValueError('Invalid literal for Fraction: %r' % text)
    negative, whole, over, digits, exponent = parts
    top = int(whole or '0')
    if over:
        bottom = int(over)
    else:
        bottom = 1
        if digits:
            digits = digits.replace('_', '')
            top = top * 10 ** len(digits) + int(digits)
            bottom = 10 ** len(digits)
        if exponent:
            power = int(exponent)
            if power < 0:
                bottom *= 10 ** -power
            else:
                top *= 10 ** power
    return (-top if negative else top), bottom


def _toward_zero(top, bottom):
    # The integer part of top/bottom, truncated towards zero.
    if top < 0:
        return -(-top // bottom)
    return top // bottom


def _nearest_even(top, bottom):
    # top/bottom rounded to the nearest integer, ties to the even one.
    below, rest = divmod(top, bottom)
    twice = rest * 2
    if twice == bottom:
        return below + below % 2
    return below + 1 if twice > bottom else below


def _compare(a, b, op):
    # a < b and the other orderings, for a Fraction a: exact against any
    # Rational and any finite float; an infinite or NaN float orders as
    # against 0.0.
    if _is_rational(b):
        return op(a._numerator * b.denominator, a._denominator * b.numerator)
    if not isinstance(b, float):
        return NotImplemented
    if math.isfinite(b):
        return op(a, a.from_float(b))
    return op(0.0, b)


def _duplicate(value):
    if type(value) == Fraction:
        return value
    return value.__class__(value._numerator, value._denominator)


def _convergents(top, bottom):
    # The convergents (h, k) of top/bottom's continued fraction, in order:
    # h/k approaches top/bottom and the last one equals it.
    h_old, k_old, h, k = 0, 1, 1, 0
    while bottom:
        term, rest = divmod(top, bottom)
        h_old, k_old, h, k = h, k, h_old + term * h, k_old + term * k
        yield h, k
        top, bottom = bottom, rest


class Fraction:
    """A rational number held exactly as numerator/denominator.

    Fraction(p, q) takes two Rationals (ints, Fractions...); Fraction(x)
    takes one, or a float or Decimal (converted exactly), or a string such
    as '-3/4', '2.5' or '1e-3'. Fraction() is 0.
    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        made = super(Fraction, cls).__new__(cls)
        if denominator is not None:
            if type(numerator) is not int or type(denominator) is not int:
                if not (_is_rational(numerator) and _is_rational(denominator)):
                    raise TypeError("both arguments should be "
                                    "Rational instances")
                numerator, denominator = (
                    numerator.numerator * denominator.denominator,
                    denominator.numerator * numerator.denominator)
        elif isinstance(numerator, str):
            numerator, denominator = _from_text(numerator)
        else:
            # One number: already in lowest terms.
            if type(numerator) is int:
                made._numerator, made._denominator = numerator, 1
            elif _is_rational(numerator):
                made._numerator = numerator.numerator
                made._denominator = numerator.denominator
            elif isinstance(numerator, float) or _is_decimal(numerator):
                # Exact; infinities and NaNs raise.
                made._numerator, made._denominator = numerator.as_integer_ratio()
            else:
                raise TypeError("argument should be a string "
                                "or a Rational instance")
            return made
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            common = math.gcd(numerator, denominator)
            if denominator < 0:
                common = -common
            numerator, denominator = numerator // common, denominator // common
        made._numerator, made._denominator = numerator, denominator
        return made

    @classmethod
    def from_float(cls, f):
        """The exact value of the float f, as a Fraction."""
        if _is_integral(f):
            return cls(f)
        if isinstance(f, float):
            return cls(*f.as_integer_ratio())
        raise TypeError("%s.from_float() only takes floats, not %r (%s)" %
                        (cls.__name__, f, type(f).__name__))

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of the Decimal dec, as a Fraction."""
        if _is_integral(dec):
            return cls(int(dec), 1)
        if _is_decimal(dec):
            return cls(*dec.as_integer_ratio())
        raise TypeError(
            "%s.from_decimal() only takes Decimals, not %r (%s)" %
            (cls.__name__, dec, type(dec).__name__))

    def as_integer_ratio(self):
        """(numerator, denominator), the denominator positive."""
        return self._numerator, self._denominator

    def limit_denominator(self, max_denominator=1000000):
        """The Fraction nearest to self whose denominator is at most
        max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # The answer is the last convergent whose denominator fits, or the
        # largest semiconvergent past it that still fits, whichever is
        # closer (the convergent on a tie). The last convergent is self,
        # which does not fit, so the walk always stops early.
        before, fitting = (0, 1), (1, 0)
        for convergent in _convergents(self._numerator, self._denominator):
            if convergent[1] > max_denominator:
                break
            before, fitting = fitting, convergent
        steps = (max_denominator - before[1]) // fitting[1]
        semi = Fraction(before[0] + steps * fitting[0], before[1] + steps * fitting[1])
        last = Fraction(*fitting)
        return last if abs(last - self) <= abs(semi - self) else semi

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    # What CPython's Fraction inherits from numbers.Real and Rational.
    real = numbers.Real.real
    imag = numbers.Real.imag
    conjugate = numbers.Real.conjugate
    __complex__ = numbers.Real.__complex__
    __float__ = numbers.Rational.__float__

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator != 1:
            return '%s/%s' % (self._numerator, self._denominator)
        return str(self._numerator)

    __add__, __radd__ = _operator_pair('add', _exact_add, operator.add)
    __sub__, __rsub__ = _operator_pair('sub', _exact_sub, operator.sub)
    __mul__, __rmul__ = _operator_pair('mul', _exact_mul, operator.mul)
    __truediv__, __rtruediv__ = _operator_pair('truediv', _exact_truediv,
                                               operator.truediv)
    __floordiv__, __rfloordiv__ = _operator_pair('floordiv', _exact_floordiv,
                                                 operator.floordiv)
    __divmod__, __rdivmod__ = _operator_pair('divmod', _exact_divmod, divmod)
    __mod__, __rmod__ = _operator_pair('mod', _exact_mod, operator.mod)

    def __pow__(a, b):
        if not _is_rational(b):
            return float(a) ** b
        if b.denominator != 1:
            # A root: generally irrational, so done in float.
            return float(a) ** float(b)
        exponent = b.numerator
        top, bottom = a._numerator, a._denominator
        if exponent < 0:
            # The reciprocal, with its sign moved up.
            exponent = -exponent
            top, bottom = bottom, top
            if bottom < 0:
                top, bottom = -top, -bottom
        return Fraction(top ** exponent, bottom ** exponent, _normalize=False)

    def __rpow__(b, a):
        whole = b._denominator == 1
        if whole and b._numerator >= 0:
            # An int base stays an int.
            return a ** b._numerator
        if _is_rational(a):
            return Fraction(a.numerator, a.denominator) ** b
        return a ** (b._numerator if whole else float(b))

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a, _index=operator.index):
        return _index(_toward_zero(a._numerator, a._denominator))

    def __trunc__(a):
        return _toward_zero(a._numerator, a._denominator)

    def __floor__(a):
        return a.numerator // a.denominator

    def __ceil__(a):
        return -(-a.numerator // a.denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            return _nearest_even(self.numerator, self.denominator)
        scale = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * scale), scale)
        return Fraction(round(self / scale) * scale)

    def __hash__(self):
        # Equal to the hash of an equal int or float: |numerator| times the
        # inverse of the denominator modulo the prime, with the numerator's
        # sign, and -1 (the error marker) turned into -2.
        bottom = self._denominator
        if bottom % _HASH_PRIME:
            magnitude = hash(abs(self._numerator)) * pow(bottom, -1, _HASH_PRIME)
            magnitude %= _HASH_PRIME
        else:
            magnitude = _HASH_OF_INF
        signed = -magnitude if self._numerator < 0 else magnitude
        return -2 if signed == -1 else signed

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if _is_rational(b):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, complex) or (type(b) not in _PLAIN_TYPES and
                                      isinstance(b, numbers.Complex)):
            if b.imag == 0:
                b = b.real
        if not isinstance(b, float):
            return NotImplemented
        if math.isfinite(b):
            return a == a.from_float(b)
        # Infinities and NaNs compare with any Fraction as with 0.0.
        return 0.0 == b

    def __lt__(a, b):
        return _compare(a, b, operator.lt)

    def __gt__(a, b):
        return _compare(a, b, operator.gt)

    def __le__(a, b):
        return _compare(a, b, operator.le)

    def __ge__(a, b):
        return _compare(a, b, operator.ge)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return self.__class__, (self._numerator, self._denominator)

    # Immutable, and so are its parts: a plain Fraction is its own copy, a
    # subclass's is made anew.
    def __copy__(self):
        return _duplicate(self)

    def __deepcopy__(self, memo):
        return _duplicate(self)


numbers.Rational.register(Fraction)
