"""Rational numbers of unlimited precision, as CPython 3.11's fractions.

Fraction keeps its value in lowest terms with a positive denominator and
follows Lib/fractions.py step for step, so results, reprs, hashes and error
messages agree with CPython's. Fraction is registered as a
numbers.Rational (CPython derives it from that ABC). Where CPython asks
for numbers.Rational this module asks too (ints and Fractions checked
first), reading numerator and denominator of a user's rational; where it
asks for numbers.Real this module accepts float, numbers.Complex adds
complex. Decimal is converted exactly, as CPython does (decimal is imported
only when a value that is none of the others is met, so `import fractions`
stays light).

The string syntax of CPython's _RATIONAL_FORMAT regular expression (it needs
a lookahead, which re does not provide) is parsed by hand in _parse, quirks
included: '1.' is accepted, and a fractional part made of the letter d
(a typo in 3.11's pattern) reaches int() and fails there.
"""

import math
import numbers
import operator


def _is_decimal(value):
    # Only a script that imported decimal can hold a Decimal, so importing
    # it here costs nothing new.
    from decimal import Decimal
    return isinstance(value, Decimal)

__all__ = ['Fraction']

# sys.hash_info.modulus and sys.hash_info.inf: the numeric hash reduces
# modulo the Mersenne prime 2**61 - 1 (Python/pyhash.c).
_PyHASH_MODULUS = 2305843009213693951
_PyHASH_INF = 314159


def _is_rational(x):
    # isinstance(x, numbers.Rational), the ABC's registry walk left for the
    # rare user-defined or registered rationals.
    return (isinstance(x, (int, Fraction)) or
            (type(x) not in (float, complex, str) and isinstance(x, numbers.Rational)))


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
    # _RATIONAL_FORMAT (None for a group that did not take part), or None
    # when the string does not match.
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


def _fallbacks(exact, fallback, name):
    # The forward and reflected methods of one binary operator, as CPython's
    # Fraction._operator_fallbacks builds them: exact for rationals, the
    # float or complex operation otherwise, NotImplemented for other types
    # so that their reflected method gets its turn.
    def forward(a, b):
        if isinstance(b, (int, Fraction)):
            return exact(a, b)
        if isinstance(b, float):
            return fallback(float(a), b)
        if isinstance(b, complex):
            return fallback(complex(a), b)
        return NotImplemented

    def reverse(b, a):
        if _is_rational(a):
            return exact(a, b)
        # Any numbers.Real or numbers.Complex, registered ones included,
        # as CPython's reverse asks.
        if isinstance(a, (float, numbers.Real)):
            return fallback(float(a), float(b))
        if isinstance(a, (complex, numbers.Complex)):
            return fallback(complex(a), complex(b))
        return NotImplemented

    forward.__name__ = '__' + name + '__'
    forward.__doc__ = exact.__doc__
    reverse.__name__ = '__r' + name + '__'
    reverse.__doc__ = exact.__doc__
    return forward, reverse


class Fraction:
    """This class implements rational numbers.

    In the two-argument form of the constructor, Fraction(8, 6) will
    produce a rational number equivalent to 4/3. Both arguments must
    be Rational. The numerator defaults to 0 and the denominator
    defaults to 1 so that Fraction(3) == 3 and Fraction() == 0.

    Fractions can also be constructed from:

      - numeric strings similar to those accepted by the
        float constructor (for example, '-2.3' or '1e10')

      - strings of the form '123/456'

      - float instances

      - other Rational instances (including integers)

    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        """Constructs a Rational.

        Takes a string like '3/2' or '1.5', another Rational instance, a
        numerator/denominator pair, or a float.
        """
        self = super(Fraction, cls).__new__(cls)

        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if _is_rational(numerator):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float):
                # Exact; raises for infinities and NaNs.
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if not isinstance(numerator, str):
                if _is_decimal(numerator):
                    # Exact; raises for infinities and NaNs.
                    self._numerator, self._denominator = numerator.as_integer_ratio()
                    return self
                raise TypeError("argument should be a string "
                                "or a Rational instance")
            parts = _parse(numerator)
            if parts is None:
                raise ValueError('Invalid literal for Fraction: %r' % numerator)
            negative, num, denom, decimal, exp = parts
            numerator = int(num or '0')
            if denom:
                denominator = int(denom)
            else:
                denominator = 1
                if decimal:
                    decimal = decimal.replace('_', '')
                    scale = 10 ** len(decimal)
                    numerator = numerator * scale + int(decimal)
                    denominator *= scale
                if exp:
                    exp = int(exp)
                    if exp >= 0:
                        numerator *= 10 ** exp
                    else:
                        denominator *= 10 ** -exp
            if negative:
                numerator = -numerator
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif _is_rational(numerator) and _is_rational(denominator):
            numerator, denominator = (
                numerator.numerator * denominator.denominator,
                denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be "
                            "Rational instances")

        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """Converts a finite float to a rational number, exactly.

        Beware that Fraction.from_float(0.3) != Fraction(3, 10).

        """
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" %
                            (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """Converts a finite Decimal instance to a rational number, exactly."""
        if isinstance(dec, int):
            return cls(int(dec))
        if not _is_decimal(dec):
            raise TypeError(
                "%s.from_decimal() only takes Decimals, not %r (%s)" %
                (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        """Return the integer ratio as a tuple.

        Return a tuple of two integers, whose ratio is equal to the
        Fraction and with a positive denominator.
        """
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """Closest Fraction to self with denominator at most max_denominator.

        Walks the convergents of self's continued fraction until the next
        one's denominator would pass the limit, then picks the closer of
        the last convergent and the largest semiconvergent that fits (the
        one with the smaller denominator on a tie).
        """
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)

        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d

        k = (max_denominator - q0) // q1
        lower = Fraction(p0 + k * p1, q0 + k * q1)
        upper = Fraction(p1, q1)
        if abs(upper - self) <= abs(lower - self):
            return upper
        return lower

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    # numbers.Real's and numbers.Complex's defaults, which Fraction inherits
    # in CPython.
    @property
    def real(self):
        """Real numbers are their real component."""
        return +self

    @property
    def imag(self):
        """Real numbers have no imaginary component."""
        return 0

    def conjugate(self):
        """Conjugate is a no-op for Reals."""
        return +self

    def __float__(self):
        """float(self) = self.numerator / self.denominator"""
        # Integer true division, so huge terms do not overflow.
        return int(self.numerator) / int(self.denominator)

    def __complex__(self):
        """complex(self) == complex(float(self), 0)"""
        return complex(float(self))

    def __repr__(self):
        """repr(self)"""
        return '%s(%s, %s)' % (type(self).__name__,
                               self._numerator, self._denominator)

    def __str__(self):
        """str(self)"""
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # Rational arithmetic on normalised operands (Knuth, TAOCP 4.5.1):
    # dividing out the gcds first keeps the products small and makes each
    # result normalised already, so no further gcd is needed.

    def _add(a, b):
        """a + b"""
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g = math.gcd(da, db)
        if g == 1:
            return Fraction(na * db + da * nb, da * db, _normalize=False)
        s = da // g
        t = na * (db // g) + nb * s
        g2 = math.gcd(t, g)
        if g2 == 1:
            return Fraction(t, s * db, _normalize=False)
        return Fraction(t // g2, s * (db // g2), _normalize=False)

    __add__, __radd__ = _fallbacks(_add, operator.add, 'add')

    def _sub(a, b):
        """a - b"""
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g = math.gcd(da, db)
        if g == 1:
            return Fraction(na * db - da * nb, da * db, _normalize=False)
        s = da // g
        t = na * (db // g) - nb * s
        g2 = math.gcd(t, g)
        if g2 == 1:
            return Fraction(t, s * db, _normalize=False)
        return Fraction(t // g2, s * (db // g2), _normalize=False)

    __sub__, __rsub__ = _fallbacks(_sub, operator.sub, 'sub')

    def _mul(a, b):
        """a * b"""
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g1 = math.gcd(na, db)
        if g1 > 1:
            na //= g1
            db //= g1
        g2 = math.gcd(nb, da)
        if g2 > 1:
            nb //= g2
            da //= g2
        return Fraction(na * nb, db * da, _normalize=False)

    __mul__, __rmul__ = _fallbacks(_mul, operator.mul, 'mul')

    def _div(a, b):
        """a / b"""
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g1 = math.gcd(na, nb)
        if g1 > 1:
            na //= g1
            nb //= g1
        g2 = math.gcd(db, da)
        if g2 > 1:
            da //= g2
            db //= g2
        n, d = na * db, nb * da
        if d < 0:
            n, d = -n, -d
        return Fraction(n, d, _normalize=False)

    __truediv__, __rtruediv__ = _fallbacks(_div, operator.truediv, 'truediv')

    def _floordiv(a, b):
        """a // b"""
        return (a.numerator * b.denominator) // (a.denominator * b.numerator)

    __floordiv__, __rfloordiv__ = _fallbacks(_floordiv, operator.floordiv,
                                             'floordiv')

    def _divmod(a, b):
        """(a // b, a % b)"""
        da, db = a.denominator, b.denominator
        div, n_mod = divmod(a.numerator * db, da * b.numerator)
        return div, Fraction(n_mod, da * db)

    __divmod__, __rdivmod__ = _fallbacks(_divmod, divmod, 'divmod')

    def _mod(a, b):
        """a % b"""
        da, db = a.denominator, b.denominator
        return Fraction((a.numerator * db) % (b.numerator * da), da * db)

    __mod__, __rmod__ = _fallbacks(_mod, operator.mod, 'mod')

    def __pow__(a, b):
        """a ** b

        If b is not an integer, the result will be a float or complex
        since roots are generally irrational. If b is an integer, the
        result will be rational.
        """
        if _is_rational(b):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction(a._numerator ** power,
                                    a._denominator ** power,
                                    _normalize=False)
                if a._numerator >= 0:
                    return Fraction(a._denominator ** -power,
                                    a._numerator ** -power,
                                    _normalize=False)
                return Fraction((-a._denominator) ** -power,
                                (-a._numerator) ** -power,
                                _normalize=False)
            return float(a) ** float(b)
        return float(a) ** b

    def __rpow__(b, a):
        """a ** b"""
        if b._denominator == 1 and b._numerator >= 0:
            # An int base stays an int.
            return a ** b._numerator
        if _is_rational(a):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        """+a: Coerces a subclass instance to Fraction"""
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        """-a"""
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        """abs(a)"""
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a, _index=operator.index):
        """int(a)"""
        if a._numerator < 0:
            return _index(-(-a._numerator // a._denominator))
        return _index(a._numerator // a._denominator)

    def __trunc__(a):
        """math.trunc(a)"""
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        """math.floor(a)"""
        return a.numerator // a.denominator

    def __ceil__(a):
        """math.ceil(a)"""
        return -(-a.numerator // a.denominator)

    def __round__(self, ndigits=None):
        """round(self, ndigits)

        Rounds half toward even.
        """
        if ndigits is None:
            floor, remainder = divmod(self.numerator, self.denominator)
            if remainder * 2 < self.denominator:
                return floor
            if remainder * 2 > self.denominator:
                return floor + 1
            if floor % 2 == 0:
                return floor
            return floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        """hash(self)"""
        # The numeric hash of N/D is |N| * inverse(D) modulo the prime P,
        # with the sign of N (and -1 mapped to -2), so it equals the hash of
        # an equal int or float. A denominator divisible by P has no
        # inverse: such a value hashes as infinity does.
        try:
            dinv = pow(self._denominator, -1, _PyHASH_MODULUS)
        except ValueError:
            hash_ = _PyHASH_INF
        else:
            # hash() of a non-negative int is already its residue mod P.
            hash_ = hash(hash(abs(self._numerator)) * dinv)
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    def __eq__(a, b):
        """a == b"""
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if _is_rational(b):
            return (a._numerator == b.numerator and
                    a._denominator == b.denominator)
        if isinstance(b, (float, complex)) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                # Any finite a compares with inf or nan as 0.0 does.
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        # Exact ordering against ints, Fractions and finite floats.
        if _is_rational(other):
            return op(self._numerator * other.denominator,
                      self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        """a < b"""
        return a._richcmp(b, operator.lt)

    def __gt__(a, b):
        """a > b"""
        return a._richcmp(b, operator.gt)

    def __le__(a, b):
        """a <= b"""
        return a._richcmp(b, operator.le)

    def __ge__(a, b):
        """a >= b"""
        return a._richcmp(b, operator.ge)

    def __bool__(a):
        """a != 0"""
        return bool(a._numerator)

    def __reduce__(self):
        return (type(self), (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return type(self)(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return type(self)(self._numerator, self._denominator)


numbers.Rational.register(Fraction)
