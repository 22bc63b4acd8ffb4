"""Decimal fixed and floating point arithmetic, as CPython 3.11's decimal.

Written for moat from the General Decimal Arithmetic specification; the
reprs, messages and signal lists are those of CPython's C implementation
(_decimal on libmpdec), which /usr/bin/python3.11 uses.

A finite Decimal is sign, an int coefficient and an int exponent; the
specials are Infinity, NaN and sNaN (a NaN keeps its diagnostic payload in
the coefficient). Every operation computes an exact or correctly rounded
result and collects its conditions in a status bit set; the context then
adds the matching signals to its flags and, when one of them is trapped,
raises the first trapped signal (in the order of _SIGNALS) with the list of
everything trapped, as `[<class 'decimal.DivisionByZero'>]`.

exp, ln, log10 and powers with a non-integral exponent are computed in
fixed point with guard digits and rounded half-even, retrying with more
digits while the rounding is undecided. Integral powers are computed
exactly when the result is of moderate size, else by repeated squaring with
guard digits. Threads do not exist in the sandbox: the current context is
module state, one per interpreter.

Not provided: pickling and the locale-aware
parts of the 'n' format type (it formats like 'g' in the C locale).
"""

from collections import namedtuple

__all__ = [
    'Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext',
    'ExtendedContext', 'DecimalException', 'Clamped', 'InvalidOperation',
    'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal', 'Overflow',
    'Underflow', 'FloatOperation', 'DivisionImpossible', 'InvalidContext',
    'ConversionSyntax', 'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP',
    'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP',
    'ROUND_HALF_DOWN', 'ROUND_05UP', 'setcontext', 'getcontext',
    'localcontext', 'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY',
    'HAVE_THREADS', 'HAVE_CONTEXTVAR',
]

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR,
              ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

# sys.hash_info: the numeric hash reduces modulo the Mersenne prime 2**61-1.
_HASH_MODULUS = 2305843009213693951
_HASH_INF = 314159
_HASH_10INV = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# Status bits of one operation. The first five are conditions that all
# signal InvalidOperation.
_S_INVALID = 1
_S_SYNTAX = 2
_S_DIV_IMPOSSIBLE = 4
_S_DIV_UNDEFINED = 8
_S_INVALID_CONTEXT = 16
_S_FLOAT = 32
_S_DIV_BY_ZERO = 64
_S_OVERFLOW = 128
_S_UNDERFLOW = 256
_S_SUBNORMAL = 512
_S_INEXACT = 1024
_S_ROUNDED = 2048
_S_CLAMPED = 4096
_S_ANY_INVALID = 31

# The signals in the order the C implementation reports them, with the
# status bits each stands for.
_SIGNALS = (
    (InvalidOperation, _S_ANY_INVALID),
    (FloatOperation, _S_FLOAT),
    (DivisionByZero, _S_DIV_BY_ZERO),
    (Overflow, _S_OVERFLOW),
    (Underflow, _S_UNDERFLOW),
    (Subnormal, _S_SUBNORMAL),
    (Inexact, _S_INEXACT),
    (Rounded, _S_ROUNDED),
    (Clamped, _S_CLAMPED),
)
# The order of Context.__repr__'s lists: libmpdec's status bit order, in
# which each condition of InvalidOperation has its own place (the name is
# listed once, at the first one set).
_REPR_ORDER = (
    (Clamped, _S_CLAMPED),
    (InvalidOperation, _S_SYNTAX),
    (DivisionByZero, _S_DIV_BY_ZERO),
    (InvalidOperation, _S_DIV_IMPOSSIBLE),
    (InvalidOperation, _S_DIV_UNDEFINED),
    (Inexact, _S_INEXACT),
    (InvalidOperation, _S_INVALID_CONTEXT),
    (InvalidOperation, _S_INVALID),
    (FloatOperation, _S_FLOAT),
    (Overflow, _S_OVERFLOW),
    (Rounded, _S_ROUNDED),
    (Subnormal, _S_SUBNORMAL),
    (Underflow, _S_UNDERFLOW),
)
_CONDITIONS = (
    (InvalidOperation, _S_INVALID),
    (ConversionSyntax, _S_SYNTAX),
    (DivisionImpossible, _S_DIV_IMPOSSIBLE),
    (DivisionUndefined, _S_DIV_UNDEFINED),
    (InvalidContext, _S_INVALID_CONTEXT),
)
_SIGNAL_BITS = {}
for _sig, _bits in _SIGNALS:
    _SIGNAL_BITS[_sig] = _bits
for _sig, _bits in _CONDITIONS[1:]:
    _SIGNAL_BITS[_sig] = _S_ANY_INVALID
del _sig, _bits
_CONDITION_CLASSES = (ConversionSyntax, DivisionImpossible, DivisionUndefined, InvalidContext)

_ROUNDING_ERROR = ('valid values for rounding are:\n'
                   '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                   '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                   '   ROUND_05UP]')


# ---------------------------------------------------------------------------
# Digits of big coefficients. str() and int() of long digit strings are
# limited to 4300 digits in CPython 3.11; coefficients are not, so long
# ones are split in halves by a power of ten.

_POW10_CACHE = {}


def _pow10(n):
    if n < 64:
        return 10 ** n
    p = _POW10_CACHE.get(n)
    if p is None:
        p = 10 ** n
        if len(_POW10_CACHE) > 64:
            _POW10_CACHE.clear()
        _POW10_CACHE[n] = p
    return p


def _ndigits(c):
    # The number of decimal digits of c >= 0 (1 for 0).
    if c < 10 ** 18:
        return len(str(c))
    n = (c.bit_length() - 1) * 30103 // 100000
    if c >= _pow10(n + 1):
        n += 1
    elif c < _pow10(n):
        n -= 1
    return n + 1


def _digits(c):
    # str(c) for a coefficient of any size.
    if c < 10 ** 4000:
        return str(c)
    n = _ndigits(c)
    half = n // 2
    hi, lo = divmod(c, _pow10(half))
    return _digits(hi) + _digits(lo).rjust(half, '0')


def _from_digits(s):
    # int(s) for an ASCII digit string of any length.
    if len(s) <= 4000:
        return int(s)
    half = len(s) // 2
    return _from_digits(s[:-half]) * _pow10(half) + _from_digits(s[-half:])


def _round_int(c, drop, rounding, sign):
    # (c rounded to a multiple of 10**drop, divided by it; inexact).
    if drop <= 0:
        return c * _pow10(-drop), False
    nd = _ndigits(c)
    if drop > nd + 1:
        q, r = 0, c
        half = 1
        cmp = -1 if c else 0
    else:
        q, r = divmod(c, _pow10(drop))
        half = 5 * _pow10(drop - 1)
        cmp = (r > half) - (r < half)
        if r == 0:
            cmp = -2
    if r == 0:
        return q, False
    if rounding == ROUND_HALF_EVEN:
        up = cmp > 0 or (cmp == 0 and q & 1)
    elif rounding == ROUND_HALF_UP:
        up = cmp >= 0
    elif rounding == ROUND_HALF_DOWN:
        up = cmp > 0
    elif rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = not sign
    elif rounding == ROUND_FLOOR:
        up = bool(sign)
    else:
        up = q % 5 == 0
    return (q + 1 if up else q), True


# ---------------------------------------------------------------------------
# Contexts.

class _SignalDict:
    # Context.flags and Context.traps: a mapping from each signal class to
    # a bool, backed by the context's bit set.

    def __init__(self, ctx, attr):
        self._ctx = ctx
        self._attr = attr

    def _bits(self, key):
        bits = None
        if isinstance(key, type) and key in _SIGNAL_BITS and key not in _CONDITION_CLASSES:
            bits = _SIGNAL_BITS[key]
        if bits is None:
            raise KeyError('valid values for signals are:\n'
                           '  [InvalidOperation, FloatOperation, DivisionByZero,\n'
                           '   Overflow, Underflow, Subnormal, Inexact, Rounded,\n'
                           '   Clamped]')
        return bits

    def __getitem__(self, key):
        return bool(getattr(self._ctx, self._attr) & self._bits(key))

    def __setitem__(self, key, value):
        bits = self._bits(key)
        cur = getattr(self._ctx, self._attr)
        setattr(self._ctx, self._attr, (cur | bits) if value else (cur & ~bits))

    def __delitem__(self, key):
        raise ValueError('signal keys cannot be deleted')

    def __len__(self):
        return len(_SIGNALS)

    def __iter__(self):
        return iter([s for s, _ in _SIGNALS])

    def __contains__(self, key):
        return key in _SIGNAL_BITS

    def keys(self):
        return [s for s, _ in _SIGNALS]

    def values(self):
        return [self[s] for s, _ in _SIGNALS]

    def items(self):
        return [(s, self[s]) for s, _ in _SIGNALS]

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def copy(self):
        return dict(self.items())

    def update(self, other):
        for k, v in dict(other).items():
            self[k] = v

    def __eq__(self, other):
        if isinstance(other, _SignalDict):
            other = other.copy()
        if isinstance(other, dict):
            return self.copy() == other
        return NotImplemented

    def __repr__(self):
        return '{' + ', '.join("<class 'decimal.%s'>:%s" % (s.__name__, self[s])
                               for s, _ in _SIGNALS) + '}'


_SIGNALS_ERROR = ('valid values for signals are:\n'
                  '  [InvalidOperation, FloatOperation, DivisionByZero,\n'
                  '   Overflow, Underflow, Subnormal, Inexact, Rounded,\n'
                  '   Clamped]')


def _signal_bits(value, lists=True):
    # A bit set from a dict of signal -> bool or, where CPython takes one
    # (the constructor and localcontext, not the attribute setters), a list
    # of signals.
    bits = 0
    if lists and isinstance(value, list):
        signals = dict(_SIGNALS)
        for k in value:
            b = signals.get(k) if isinstance(k, type) else None
            if b is None:
                raise KeyError(_SIGNALS_ERROR)
            bits |= b
        return bits
    if not isinstance(value, (dict, _SignalDict)):
        raise TypeError('argument must be a signal dict')
    if isinstance(value, _SignalDict):
        value = value.copy()
    if len(value) != len(_SIGNALS) or any(k not in _SIGNAL_BITS for k in value):
        raise KeyError('invalid signal dict')
    for k, v in value.items():
        if v:
            bits |= _SIGNAL_BITS[k]
    return bits


def _signal_names(bits):
    names = []
    for sig, b in _REPR_ORDER:
        if bits & b and sig.__name__ not in names:
            names.append(sig.__name__)
    return names


def _check_int(value):
    if not isinstance(value, int):
        raise TypeError('an integer is required')
    if not -2**63 <= value < 2**63:
        raise OverflowError('Python int too large to convert to C ssize_t')
    return value


# An argument not given (where None is a value to reject).
_MISSING = object()


_CONTEXT_ARGS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp',
                 'flags', 'traps')


def _context_args(args, kwargs):
    # Context()'s arguments, with the errors of CPython's
    # PyArg_ParseTupleAndKeywords for a function with no name.
    given = len(args) + len(kwargs)
    if given > len(_CONTEXT_ARGS):
        raise TypeError('function takes at most %d arguments (%d given)'
                        % (len(_CONTEXT_ARGS), given))
    values = list(args) + [None] * (len(_CONTEXT_ARGS) - len(args))
    for i, name in enumerate(_CONTEXT_ARGS):
        if name in kwargs:
            if i < len(args):
                raise TypeError("argument for function given by name ('%s') "
                                "and position (%d)" % (name, i + 1))
            values[i] = kwargs[name]
    for k in kwargs:
        if k not in _CONTEXT_ARGS:
            raise TypeError("'%s' is an invalid keyword argument for this function" % k)
    return values


class Context:
    """Contains the context for a Decimal instance."""

    # A C type's layout: no instance __dict__ (_set_type_name hides the name).
    __slots__ = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp',
                 '_flags', '_traps')

    def __init__(self, *args, **kwargs):
        (prec, rounding, Emin, Emax, capitals, clamp, flags,
         traps) = _context_args(args, kwargs)
        base = _DEFAULT_SETTINGS
        self.prec = base[0] if prec is None else prec
        self.rounding = base[1] if rounding is None else rounding
        self.Emin = base[2] if Emin is None else Emin
        self.Emax = base[3] if Emax is None else Emax
        self.capitals = base[4] if capitals is None else capitals
        self.clamp = base[5] if clamp is None else clamp
        self._flags = 0 if flags is None else _signal_bits(flags)
        self._traps = base[6] if traps is None else _signal_bits(traps)

    def __setattr__(self, name, value):
        if name == 'prec':
            _check_int(value)
            if not 1 <= value <= MAX_PREC:
                raise ValueError('valid range for prec is [1, MAX_PREC]')
        elif name == 'Emin':
            _check_int(value)
            if not MIN_EMIN <= value <= 0:
                raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        elif name == 'Emax':
            _check_int(value)
            if not 0 <= value <= MAX_EMAX:
                raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        elif name == 'capitals':
            _check_int(value)
            if value not in (0, 1):
                raise ValueError('valid values for capitals are 0 or 1')
        elif name == 'clamp':
            _check_int(value)
            if value not in (0, 1):
                raise ValueError('valid values for clamp are 0 or 1')
        elif name == 'rounding':
            if not isinstance(value, str) or value not in _ROUNDINGS:
                raise TypeError(_ROUNDING_ERROR)
        elif name == 'flags':
            value = _signal_bits(value, lists=False)
            name = '_flags'
        elif name == 'traps':
            value = _signal_bits(value, lists=False)
            name = '_traps'
        elif name not in ('_flags', '_traps'):
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        raise AttributeError('context attributes cannot be deleted')

    @property
    def flags(self):
        return _SignalDict(self, '_flags')

    @property
    def traps(self):
        return _SignalDict(self, '_traps')

    def _apply(self, status):
        # Adds the signals of an operation's status to the flags and raises
        # the first trapped one.
        if not status:
            return
        self._flags |= status
        trapped = status & self._traps
        if not trapped:
            return
        exc = None
        for sig, bits in _SIGNALS:
            if trapped & bits:
                exc = sig
                break
        listed = [sig for sig, bits in _CONDITIONS if trapped & bits]
        listed += [sig for sig, bits in _SIGNALS[1:] if trapped & bits]
        raise exc(listed)

    def _raise_error(self, condition, explanation=None, *args):
        self._apply(_SIGNAL_BITS.get(condition, _S_INVALID)
                    if condition is not InvalidOperation else _S_INVALID)
        return _NAN

    def __repr__(self):
        flags = _signal_names(self._flags)
        traps = _signal_names(self._traps)
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, '
                'clamp=%d, flags=[%s], traps=[%s])' % (
                    self.prec, self.rounding, self.Emin, self.Emax,
                    self.capitals, self.clamp, ', '.join(flags), ', '.join(traps)))

    def copy(self):
        c = Context(self.prec, self.rounding, self.Emin, self.Emax,
                    self.capitals, self.clamp, [], [])
        c._flags = self._flags
        c._traps = self._traps
        return c

    __copy__ = copy

    def __reduce__(self):
        # CPython's shape (copy.deepcopy rebuilds a Context from it): the
        # set flags and traps as lists of signals, in _SIGNALS order.
        flags = [sig for sig, bits in _SIGNALS if self._flags & bits]
        traps = [sig for sig, bits in _SIGNALS if self._traps & bits]
        return (type(self), (self.prec, self.rounding, self.Emin, self.Emax,
                             self.capitals, self.clamp, flags, traps))

    def clear_flags(self):
        self._flags = 0

    def clear_traps(self):
        self._traps = 0

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def _work(self, prec, rounding=ROUND_HALF_EVEN):
        # A context for intermediate steps: no traps, wide exponent range.
        c = Context(prec, rounding, MIN_EMIN, MAX_EMAX, self.capitals, 0, [], [])
        return c

    def create_decimal(self, num='0'):
        # Unlike Decimal(), no surrounding whitespace and no underscores.
        if isinstance(num, str) and (num != num.strip() or '_' in num):
            st = [_S_SYNTAX]
            r = _NAN
        else:
            st = [0]
            r = _make_decimal(num, st, self, True)
        if not r._special and _ndigits(r._int) > self.prec - self.clamp:
            st2 = [st[0]]
            r = _fix(r._sign, r._int, r._exp, self, st2)
            st = st2
        elif r._special >= 2 and _ndigits(r._int) > self.prec - self.clamp:
            st[0] |= _S_SYNTAX
            r = _NAN
        else:
            r = _fix_any(r, self, st)
        self._apply(st[0])
        return r

    def create_decimal_from_float(self, f):
        return self.create_decimal(Decimal.from_float(f))

    def power(self, a=_MISSING, b=_MISSING, modulo=None):
        # CPython's Context.power takes keywords, unlike the other methods.
        for name, value, pos in (('a', a, 1), ('b', b, 2)):
            if value is _MISSING:
                raise TypeError("function missing required argument '%s' (pos %d)"
                                % (name, pos))
        return _ctx_power(self, a, b, modulo)

    def __getattr__(self, name):
        # The arithmetic methods: Context.add(a, b) is a + b in this context.
        op = _CONTEXT_METHODS.get(name)
        if op is None:
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)
        ctx = self

        def method(*args):
            return op(ctx, *args)
        method.__name__ = name
        return method


# ---------------------------------------------------------------------------
# Construction.

def _new(sign, coeff, exp, special=0):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coeff
    d._exp = exp
    d._special = special
    return d


_INF = 1
_QNAN = 2
_SNAN = 3


def _parse(s):
    # (sign, coeff, exp, special) for a numeric string, or None.
    s = s.strip()
    if not s.isascii():
        s = ''.join(str(int(ch)) if ch.isdecimal() and not ch.isascii() else ch
                    for ch in s)
    if '_' in s:
        s = s.replace('_', '')
    if not s:
        return None
    sign = 0
    if s[0] in '+-':
        sign = int(s[0] == '-')
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return sign, 0, 'F', _INF
    if low.startswith('nan') or low.startswith('snan'):
        special = _QNAN if low[0] == 'n' else _SNAN
        payload = s[3:] if special == _QNAN else s[4:]
        if payload and not (payload.isdigit() and payload.isascii()):
            return None
        return sign, _from_digits(payload) if payload else 0, 'n', special
    epos = max(low.find('e'), -1)
    exp = 0
    if epos >= 0:
        es = s[epos + 1:]
        s = s[:epos]
        if es[:1] in ('+', '-'):
            body = es[1:]
        else:
            body = es
        if not body or not (body.isdigit() and body.isascii()):
            return None
        exp = _from_digits(es) if len(es) < 4000 else None
        if exp is None:
            return None
    dot = s.find('.')
    if dot >= 0:
        intpart, frac = s[:dot], s[dot + 1:]
    else:
        intpart, frac = s, ''
    digits = intpart + frac
    if not digits or not (digits.isdigit() and digits.isascii()):
        return None
    return sign, _from_digits(digits), exp - len(frac), 0


def _make_decimal(value, st, ctx, exact_str):
    # The Decimal for a constructor argument; conditions go into st[0].
    # The C type checks the real type (PyDec_Check, PyUnicode_Check...),
    # never a __class__ the argument reports.
    vtype = type(value)
    if issubclass(vtype, Decimal):
        return value
    if issubclass(vtype, str):
        parsed = _parse(value)
        if parsed is None:
            st[0] |= _S_SYNTAX
            return _NAN
        sign, coeff, exp, special = parsed
        if not special and not (MIN_ETINY - 40 <= exp <= MAX_EMAX + 40):
            st[0] |= _S_INVALID
            return _NAN
        return _new(sign, coeff, exp, special)
    if issubclass(vtype, int):
        return _new(int(value < 0), abs(value), 0)
    if issubclass(vtype, float):
        st[0] |= _S_FLOAT
        return Decimal.from_float(value)
    if issubclass(vtype, (tuple, list)):
        return _from_tuple(value)
    raise TypeError('conversion from %s to Decimal is not supported'
                    % type(value).__name__)


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = value
    if not isinstance(sign, int) or sign not in (0, 1):
        raise ValueError('sign must be an integer with the value 0 or 1')
    if isinstance(exp, str):
        if exp == 'F':
            special = _INF
        elif exp == 'n':
            special = _QNAN
        elif exp == 'N':
            special = _SNAN
        else:
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
    elif isinstance(exp, int):
        special = 0
    else:
        raise ValueError('exponent must be an integer')
    if not isinstance(digits, (tuple, list)):
        raise ValueError('coefficient must be a tuple of digits')
    for dg in digits:
        if not isinstance(dg, int) or not 0 <= dg <= 9:
            raise ValueError('coefficient must be a tuple of digits')
    coeff = _from_digits(''.join(map(str, digits))) if digits else 0
    if special == _INF:
        return _new(sign, 0, 'F', _INF)
    if special:
        return _new(sign, coeff, 'n', special)
    return _new(sign, coeff, exp)


def _fix(sign, c, e, ctx, st):
    # The finite value (-1)**sign * c * 10**e rounded to the context:
    # precision, exponent range, clamping.
    prec = ctx.prec
    emax = ctx.Emax
    etiny = ctx.Emin - prec + 1
    etop = emax - prec + 1
    if c == 0:
        top = etop if ctx.clamp else emax
        ne = min(max(e, etiny), top)
        if ne != e:
            st[0] |= _S_CLAMPED
        return _new(sign, 0, ne)
    nd = _ndigits(c)
    adj = e + nd - 1
    if adj > emax:
        return _overflow(sign, ctx, st)
    subnormal = adj < ctx.Emin
    target = e
    if nd > prec:
        target = e + nd - prec
    if subnormal and target < etiny:
        target = etiny
    if target > e:
        c, inexact = _round_int(c, target - e, ctx.rounding, sign)
        e = target
        st[0] |= _S_ROUNDED
        if inexact:
            st[0] |= _S_INEXACT
            if subnormal:
                st[0] |= _S_UNDERFLOW
        if c and _ndigits(c) > prec:
            c //= 10
            e += 1
        if c and e + _ndigits(c) - 1 > emax:
            return _overflow(sign, ctx, st)
        if subnormal and c == 0:
            st[0] |= _S_CLAMPED
    if subnormal:
        st[0] |= _S_SUBNORMAL
    if ctx.clamp and e > etop:
        c *= _pow10(e - etop)
        e = etop
        st[0] |= _S_CLAMPED
    return _new(sign, c, e)


def _overflow(sign, ctx, st):
    st[0] |= _S_OVERFLOW | _S_INEXACT | _S_ROUNDED
    r = ctx.rounding
    if (r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) or
            (r == ROUND_CEILING and not sign) or (r == ROUND_FLOOR and sign)):
        return _new(sign, 0, 'F', _INF)
    return _new(sign, _pow10(ctx.prec) - 1, ctx.Emax - ctx.prec + 1)


def _fix_nan(d, ctx):
    # A NaN result: its payload keeps at most prec - clamp digits.
    keep = ctx.prec - ctx.clamp
    if d._int and _ndigits(d._int) > keep:
        return _new(d._sign, d._int % _pow10(keep), 'n', d._special)
    return d


def _fix_any(d, ctx, st):
    if d._special:
        return _fix_nan(d, ctx) if d._special >= _QNAN else d
    return _fix(d._sign, d._int, d._exp, ctx, st)


def _nan_result(a, b, ctx, st):
    # The NaN result when a or b is a NaN, else None: an sNaN signals and
    # becomes quiet, the first NaN's payload wins (sNaN before qNaN).
    if a._special == _SNAN:
        st[0] |= _S_INVALID
        return _fix_nan(_new(a._sign, a._int, 'n', _QNAN), ctx)
    if b is not None and b._special == _SNAN:
        st[0] |= _S_INVALID
        return _fix_nan(_new(b._sign, b._int, 'n', _QNAN), ctx)
    if a._special == _QNAN:
        return _fix_nan(a, ctx)
    if b is not None and b._special == _QNAN:
        return _fix_nan(b, ctx)
    return None


def _invalid(st, bit=_S_INVALID):
    st[0] |= bit
    return _NAN


def _sci_string(d, eng, capitals):
    # to-scientific-string and to-engineering-string.
    sign = '-' if d._sign else ''
    if d._special == _INF:
        return sign + 'Infinity'
    if d._special:
        return sign + ('NaN' if d._special == _QNAN else 'sNaN') + (
            _digits(d._int) if d._int else '')
    digits = _digits(d._int)
    left = d._exp + len(digits)
    if d._exp <= 0 and left > -6:
        dot = left
    elif not eng:
        dot = 1
    elif d._int == 0:
        dot = (left + 1) % 3 - 1
    else:
        dot = (left - 1) % 3 + 1
    if dot <= 0:
        body = '0.' + '0' * -dot + digits
    elif dot >= len(digits):
        body = digits + '0' * (dot - len(digits))
    else:
        body = digits[:dot] + '.' + digits[dot:]
    if left != dot:
        body += ('E' if capitals else 'e') + '%+d' % (left - dot)
    return sign + body


# ---------------------------------------------------------------------------
# Arithmetic on Decimals. Each takes the operands, the context and the
# status list st, and returns the result Decimal.

def _add(a, b, ctx, st, negate_b=False):
    bsign = b._sign ^ 1 if negate_b else b._sign
    if a._special or b._special:
        n = _nan_result(a, b, ctx, st)
        if n is not None:
            return n
        if a._special == _INF:
            if b._special == _INF and a._sign != bsign:
                return _invalid(st)
            return a
        return _new(bsign, 0, 'F', _INF)
    exp = min(a._exp, b._exp)
    if a._int == 0 and b._int == 0:
        if a._sign == bsign:
            sign = a._sign
        else:
            sign = int(ctx.rounding == ROUND_FLOOR)
        return _fix(sign, 0, exp, ctx, st)
    if a._int == 0:
        # 0 + b: b at the lower of the two exponents when it fits.
        c, e = b._int, b._exp
        if e > exp:
            shift = min(e - exp, max(ctx.prec - _ndigits(c), 0))
            if shift < e - exp:
                st[0] |= _S_ROUNDED
            c *= _pow10(shift)
            e -= shift
        return _fix(bsign, c, e, ctx, st)
    if b._int == 0:
        c, e = a._int, a._exp
        if e > exp:
            shift = min(e - exp, max(ctx.prec - _ndigits(c), 0))
            if shift < e - exp:
                st[0] |= _S_ROUNDED
            c *= _pow10(shift)
            e -= shift
        return _fix(a._sign, c, e, ctx, st)
    s1, c1, e1 = a._sign, a._int, a._exp
    s2, c2, e2 = bsign, b._int, b._exp
    if e1 < e2:
        s1, c1, e1, s2, c2, e2 = s2, c2, e2, s1, c1, e1
    # Now e1 >= e2. When the second operand lies wholly below the
    # precision of the first, it only matters as a sticky digit.
    n1 = _ndigits(c1)
    floor = e1 + min(-1, n1 - ctx.prec - 2)
    if e2 + _ndigits(c2) - 1 < floor:
        c2, e2 = 1, floor
    c1 *= _pow10(e1 - e2)
    v1 = -c1 if s1 else c1
    v2 = -c2 if s2 else c2
    total = v1 + v2
    if total == 0:
        return _fix(int(ctx.rounding == ROUND_FLOOR), 0, e2, ctx, st)
    return _fix(int(total < 0), abs(total), e2, ctx, st)


def _mul(a, b, ctx, st):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        n = _nan_result(a, b, ctx, st)
        if n is not None:
            return n
        if (a._special and not b._special and b._int == 0) or (
                b._special and not a._special and a._int == 0):
            return _invalid(st)
        return _new(sign, 0, 'F', _INF)
    return _fix(sign, a._int * b._int, a._exp + b._exp, ctx, st)


def _div(a, b, ctx, st):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        n = _nan_result(a, b, ctx, st)
        if n is not None:
            return n
        if a._special and b._special:
            return _invalid(st)
        if a._special:
            return _new(sign, 0, 'F', _INF)
        st[0] |= _S_CLAMPED
        return _new(sign, 0, ctx.Emin - ctx.prec + 1)
    if b._int == 0:
        if a._int == 0:
            return _invalid(st, _S_DIV_UNDEFINED)
        st[0] |= _S_DIV_BY_ZERO
        return _new(sign, 0, 'F', _INF)
    ideal = a._exp - b._exp
    if a._int == 0:
        return _fix(sign, 0, ideal, ctx, st)
    prec = ctx.prec
    shift = _ndigits(b._int) - _ndigits(a._int) + prec + 1
    exp = ideal - shift
    if shift >= 0:
        q, r = divmod(a._int * _pow10(shift), b._int)
    else:
        q, r = divmod(a._int, b._int * _pow10(-shift))
    if r:
        if q % 5 == 0:
            q += 1
    else:
        while exp < ideal and q % 10 == 0:
            q //= 10
            exp += 1
    return _fix(sign, q, exp, ctx, st)


def _divmod_parts(a, b, ctx, st, want_rem=True):
    # (quotient, remainder) of the integer division of finite a by finite
    # nonzero b, or None after DivisionImpossible. The remainder is None
    # unless wanted.
    sign = a._sign ^ b._sign
    ideal = min(a._exp, b._exp)
    rst = st if want_rem else [0]
    if a._int == 0:
        return _new(sign, 0, 0), _fix(a._sign, 0, ideal, ctx, rst)
    expdiff = (a._exp + _ndigits(a._int)) - (b._exp + _ndigits(b._int))
    if expdiff <= -2:
        c, e = a._int, a._exp
        if e > ideal:
            c *= _pow10(e - ideal)
            e = ideal
        return _new(sign, 0, 0), _fix(a._sign, c, e, ctx, rst)
    if expdiff <= ctx.prec:
        c1, c2 = a._int, b._int
        if a._exp >= b._exp:
            c1 *= _pow10(a._exp - b._exp)
        else:
            c2 *= _pow10(b._exp - a._exp)
        q, r = divmod(c1, c2)
        if q < _pow10(ctx.prec):
            return _new(sign, q, 0), _fix(a._sign, r, ideal, ctx, rst)
    st[0] |= _S_DIV_IMPOSSIBLE
    return None


def _divint(a, b, ctx, st):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        n = _nan_result(a, b, ctx, st)
        if n is not None:
            return n
        if a._special and b._special:
            return _invalid(st)
        if a._special:
            return _new(sign, 0, 'F', _INF)
        return _new(sign, 0, 0)
    if b._int == 0:
        if a._int == 0:
            return _invalid(st, _S_DIV_UNDEFINED)
        st[0] |= _S_DIV_BY_ZERO
        return _new(sign, 0, 'F', _INF)
    inner = [0]
    parts = _divmod_parts(a, b, ctx, inner, False)
    st[0] |= inner[0] & _S_DIV_IMPOSSIBLE
    if parts is None:
        return _NAN
    return _fix(parts[0]._sign, parts[0]._int, 0, ctx, st)


def _remainder_parts(a, b, ctx, st):
    """The (quotient, remainder) of remainder and remainder_near, or the
    final result (a Decimal) when an operand is special or b is zero."""
    if a._special or b._special:
        n = _nan_result(a, b, ctx, st)
        if n is not None:
            return n
        if a._special:
            return _invalid(st)
        return _fix(a._sign, a._int, a._exp, ctx, st)
    if b._int == 0:
        if a._int == 0:
            return _invalid(st, _S_DIV_UNDEFINED)
        return _invalid(st)
    parts = _divmod_parts(a, b, ctx, st)
    if parts is None:
        return _NAN
    return parts


def _rem(a, b, ctx, st):
    parts = _remainder_parts(a, b, ctx, st)
    if isinstance(parts, Decimal):
        return parts
    return parts[1]


def _divmod(a, b, ctx, st):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        n = _nan_result(a, b, ctx, st)
        if n is not None:
            return n, n
        if a._special and b._special:
            nan = _invalid(st)
            return nan, nan
        if a._special:
            return _new(sign, 0, 'F', _INF), _invalid(st)
        return _new(sign, 0, 0), _fix(a._sign, a._int, a._exp, ctx, st)
    if b._int == 0:
        if a._int == 0:
            nan = _invalid(st, _S_DIV_UNDEFINED)
            return nan, nan
        st[0] |= _S_DIV_BY_ZERO | _S_INVALID
        return _new(sign, 0, 'F', _INF), _NAN
    parts = _divmod_parts(a, b, ctx, st)
    if parts is None:
        return _NAN, _NAN
    return parts


def _remainder_near(a, b, ctx, st):
    parts = _remainder_parts(a, b, ctx, st)
    if isinstance(parts, Decimal):
        return parts
    q, _ = parts
    # Exact remainder at the ideal exponent, then pick the nearer multiple.
    ideal = min(a._exp, b._exp)
    c1 = a._int * _pow10(a._exp - ideal)
    c2 = b._int * _pow10(b._exp - ideal)
    v1 = -c1 if a._sign else c1
    v2 = -c2 if b._sign else c2
    qi = q._int
    r = abs(v1) - qi * abs(v2)
    if 2 * r > abs(v2) or (2 * r == abs(v2) and qi & 1):
        r -= abs(v2)
        qi += 1
    if qi >= _pow10(ctx.prec):
        st[0] |= _S_DIV_IMPOSSIBLE
        return _NAN
    sign = a._sign
    if r < 0:
        sign ^= 1
        r = -r
    return _fix(sign, r, ideal, ctx, st)


def _cmp(a, b):
    # -1, 0 or 1 for non-NaN a and b.
    if a._special or b._special:
        ai = (-1 if a._sign else 1) if a._special else 0
        bi = (-1 if b._sign else 1) if b._special else 0
        if ai or bi:
            return (ai > bi) - (ai < bi)
    if a._int == 0:
        if b._int == 0:
            return 0
        return 1 if b._sign else -1
    if b._int == 0:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    adj1 = a._exp + _ndigits(a._int)
    adj2 = b._exp + _ndigits(b._int)
    if adj1 != adj2:
        r = 1 if adj1 > adj2 else -1
    else:
        e = min(a._exp, b._exp)
        c1 = a._int * _pow10(a._exp - e)
        c2 = b._int * _pow10(b._exp - e)
        r = (c1 > c2) - (c1 < c2)
    return -r if a._sign else r


def _rescale(d, exp, rounding, st):
    # Finite d at exponent exp (no precision check).
    if d._int == 0:
        return _new(d._sign, 0, exp)
    if exp >= d._exp:
        c, inexact = _round_int(d._int, exp - d._exp, rounding, d._sign)
        if exp > d._exp:
            st[0] |= _S_ROUNDED
        if inexact:
            st[0] |= _S_INEXACT
        return _new(d._sign, c, exp)
    return _new(d._sign, d._int * _pow10(d._exp - exp), exp)


def _quantize(a, b, rounding, ctx, st):
    if a._special or b._special:
        n = _nan_result(a, b, ctx, st)
        if n is not None:
            return n
        if a._special == _INF and b._special == _INF:
            return a
        return _invalid(st)
    exp = b._exp
    if not (ctx.Emin - ctx.prec + 1 <= exp <= ctx.Emax):
        return _invalid(st)
    if a._int == 0:
        return _fold_down(_new(a._sign, 0, exp), ctx, st)
    adj = a._exp + _ndigits(a._int) - 1
    if adj - exp + 1 > ctx.prec:
        return _invalid(st)
    inner = [0]
    r = _rescale(a, exp, rounding, inner)
    if r._int and _ndigits(r._int) > ctx.prec:
        return _invalid(st)
    if r._int and r._exp + _ndigits(r._int) - 1 > ctx.Emax:
        return _invalid(st)
    if r._int and r._exp + _ndigits(r._int) - 1 < ctx.Emin:
        inner[0] |= _S_SUBNORMAL
    st[0] |= inner[0]
    return _fold_down(r, ctx, st)


def _fold_down(d, ctx, st):
    # With clamp=1, an exponent above Etop is lowered by padding zeros.
    etop = ctx.Emax - ctx.prec + 1
    if ctx.clamp and d._exp > etop:
        st[0] |= _S_CLAMPED
        return _new(d._sign, d._int * _pow10(d._exp - etop), etop)
    return d


# ---------------------------------------------------------------------------
# sqrt, exp, ln, log10 and power.

def _isqrt(n):
    # Integer square root by Newton's method.
    if n < 2:
        return n
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) >> 1
        if y >= x:
            return x
        x = y


def _sqrt(a, ctx, st):
    if a._special:
        n = _nan_result(a, None, ctx, st)
        if n is not None:
            return n
        if a._sign:
            return _invalid(st)
        return a
    ideal = a._exp // 2
    if a._int == 0:
        return _fix(a._sign, 0, ideal, ctx, st)
    if a._sign:
        return _invalid(st)
    prec = ctx.prec
    c, e = a._int, a._exp
    shift = 2 * (prec + 1) - _ndigits(c)
    if (e - shift) & 1:
        shift += 1
    lost = False
    if shift >= 0:
        c *= _pow10(shift)
    else:
        c, rest = divmod(c, _pow10(-shift))
        lost = rest != 0
    e -= shift
    r = _isqrt(c)
    half_e = e // 2
    if lost or r * r != c:
        if r % 5 == 0:
            r += 1
    else:
        while half_e < ideal and r % 10 == 0:
            r //= 10
            half_e += 1
    return _fix(0, r, half_e, _half_even(ctx), st)


def _half_even(ctx):
    if ctx.rounding == ROUND_HALF_EVEN:
        return ctx
    c = ctx.copy()
    c.rounding = ROUND_HALF_EVEN
    return c


_LN10 = [0, 0]


def _ln10_fixed(p):
    # ln(10) * 10**p, to within 1.
    if _LN10[0] >= p:
        return _LN10[1] // _pow10(_LN10[0] - p)
    w = p + 10
    v = _ln_unit(_pow10(w + 1), w)
    _LN10[0] = w
    _LN10[1] = v
    return v // _pow10(w - p)


def _ln_unit(m, w):
    # ln(m / 10**w) * 10**w for m / 10**w in [1, 10], within a few units.
    k = max(4, int(w ** 0.5) // 2)
    guard = (k * 3) // 10 + 6
    wp = w + guard
    one = _pow10(wp)
    y = m * _pow10(guard)
    for _ in range(k):
        y = _isqrt(y * one)
    z = (y - one) * one // (y + one)
    z2 = z * z // one
    total = z
    term = z
    j = 3
    while term:
        term = term * z2 // one
        total += term // j
        j += 2
    return (total << (k + 1)) // _pow10(guard)


def _ln_fixed(c, e, p):
    # ln(c * 10**e) * 10**p within a few units, for c > 0.
    nd = _ndigits(c)
    adj = e + nd - 1
    extra = _ndigits(abs(adj)) + 2
    w = p + extra
    if nd - 1 <= w:
        m = c * _pow10(w - nd + 1)
    else:
        m = c // _pow10(nd - 1 - w)
    v = _ln_unit(m, w)
    if adj:
        v += adj * _ln10_fixed(w)
    return v // _pow10(extra)


def _exp_fixed(x, p):
    # exp(x / 10**p) * 10**p within a few units, for |x / 10**p| <= 3.
    k = max(4, int(p ** 0.5))
    guard = (k * 3) // 10 + 6
    wp = p + guard
    one = _pow10(wp)
    t = (x * _pow10(guard)) >> k
    total = one
    term = one
    j = 1
    while term:
        term = term * t // (one * j)
        total += term
        j += 1
    for _ in range(k):
        total = total * total // one
    return total // _pow10(guard)


def _ziv(approx, sign, ctx, st):
    # The correctly rounded (half-even) result of a function whose value
    # approx(p) gives as (m, q) with |value - m * 10**q| < 10**(q + 1) and
    # at least p significant digits in m.
    prec = ctx.prec
    p = prec + 6
    rc = _half_even(ctx)
    for attempt in range(6):
        m, q = approx(p)
        lo = _fix(sign, m - 10, q, rc, [0])
        hi = _fix(sign, m + 10, q, rc, [0])
        if (lo._special == hi._special and lo._int == hi._int and
                lo._exp == hi._exp) or attempt == 5:
            break
        p += p
    return _fix(sign, m * 10 + 1, q - 1, rc, st)


def _exp(a, ctx, st):
    if a._special:
        n = _nan_result(a, None, ctx, st)
        if n is not None:
            return n
        return _new(0, 0, 0) if a._sign else a
    if a._int == 0:
        return _new(0, 1, 0)
    prec = ctx.prec
    adj = a._exp + _ndigits(a._int) - 1
    # exp(x) for |x| < 10**-(prec+2) rounds to 1 or just below it.
    if adj < -(prec + 2):
        if a._sign:
            return _fix(0, _pow10(prec + 3) - 1, -(prec + 3), _half_even(ctx), st)
        return _fix(0, _pow10(prec + 3) + 1, -(prec + 3), _half_even(ctx), st)
    # Beyond these bounds the result over- or underflows in any context.
    if adj > 19:
        if a._sign:
            return _fix(0, 1, ctx.Emin - prec - 2, _half_even(ctx), st)
        return _fix(0, 1, ctx.Emax + 1, _half_even(ctx), st)

    def approx(p):
        extra = max(adj, 0)
        w = p + extra + 6
        if a._exp >= -w:
            x = a._int * _pow10(a._exp + w)
        else:
            x = a._int // _pow10(-a._exp - w)
        if a._sign:
            x = -x
        l10 = _ln10_fixed(w)
        n = x // l10
        v = _exp_fixed(x - n * l10, w)
        return v // _pow10(extra + 3), n - w + extra + 3

    est = _cmp_ln_bound(a, _half_even(ctx))
    if est is not None:
        return est(st)
    return _ziv(approx, 0, ctx, st)


def _cmp_ln_bound(a, ctx):
    # A function producing the over- or underflowed result of exp(a) when
    # its decimal exponent is clearly out of range, else None.
    x = a._int * _pow10(a._exp) if a._exp >= 0 else a._int // _pow10(-a._exp)
    n = x * 4342944819 // 10000000000  # x / ln(10), roughly
    prec = ctx.prec
    if not a._sign and n > ctx.Emax + 2:
        return lambda st: _fix(0, 1, ctx.Emax + 1, ctx, st)
    if a._sign and n > -(ctx.Emin - prec - 3):
        return lambda st: _fix(0, 1, ctx.Emin - prec - 2, ctx, st)
    return None


def _ln(a, ctx, st):
    if a._special:
        n = _nan_result(a, None, ctx, st)
        if n is not None:
            return n
        if a._sign:
            return _invalid(st)
        return a
    if a._int == 0:
        return _new(1, 0, 'F', _INF)
    if a._sign:
        return _invalid(st)
    if _cmp(a, _ONE) == 0:
        return _new(0, 0, 0)
    nd = _ndigits(a._int)

    def approx(p):
        # Enough fixed digits for p significant ones of a value that can be
        # as small as about 10**-(nd + exponent digits).
        w = p + nd + 4
        v = _ln_fixed(a._int, a._exp, w)
        return abs(v), -w

    sign = 1 if _cmp(a, _ONE) < 0 else 0
    return _ziv(approx, sign, ctx, st)


def _log10(a, ctx, st):
    if a._special:
        n = _nan_result(a, None, ctx, st)
        if n is not None:
            return n
        if a._sign:
            return _invalid(st)
        return a
    if a._int == 0:
        return _new(1, 0, 'F', _INF)
    if a._sign:
        return _invalid(st)
    c = a._int
    # A power of ten has an exact logarithm.
    stripped = c
    tz = 0
    while stripped % 10 == 0:
        stripped //= 10
        tz += 1
    if stripped == 1:
        v = a._exp + tz
        return _fix(int(v < 0), abs(v), 0, ctx, st)
    nd = _ndigits(c)

    def approx(p):
        w = p + nd + 4
        v = _ln_fixed(a._int, a._exp, w + 2)
        v = v * _pow10(w) // _ln10_fixed(w + 2)
        return abs(v), -w

    sign = 1 if _cmp(a, _ONE) < 0 else 0
    return _ziv(approx, sign, ctx, st)


def _is_integral(d):
    if d._special:
        return False
    if d._exp >= 0 or d._int == 0:
        return True
    return d._int % _pow10(-d._exp) == 0


def _to_int(d):
    # The exact int value of an integral finite Decimal.
    if d._exp >= 0:
        v = d._int * _pow10(d._exp)
    else:
        v = d._int // _pow10(-d._exp)
    return -v if d._sign else v


def _power(a, b, ctx, st):
    if a._special or b._special:
        n = _nan_result(a, b, ctx, st)
        if n is not None:
            return n
    b_int = _is_integral(b)
    sign = 0
    if a._sign:
        if b._special == _INF or (not b._special and not b_int):
            if a._int or a._special:
                return _invalid(st)
        if not b._special and b_int:
            sign = _to_int(b) & 1
    if not b._special and b._int == 0:
        if not a._special and a._int == 0:
            return _invalid(st)
        return _fix(0, 1, 0, ctx, st)
    if a._special == _INF:
        if b._sign:
            return _new(sign, 0, 0)
        return _new(sign, 0, 'F', _INF)
    if a._int == 0:
        if b._sign:
            return _new(sign, 0, 'F', _INF)
        return _new(sign, 0, 0)
    if b._special == _INF:
        c = _cmp(_new(0, a._int, a._exp), _ONE)
        if c == 0:
            st[0] |= _S_INEXACT | _S_ROUNDED
            return _fix(0, _pow10(ctx.prec - 1), 1 - ctx.prec, ctx, st)
        if (c > 0) == (not b._sign):
            return _new(0, 0, 'F', _INF)
        return _new(0, 0, 0)
    if b_int:
        return _power_int(a, _to_int(b), sign, ctx, st)
    # x**y = exp(y * ln(x)) for positive x, as the C module computes it:
    # ln, the product and exp each correctly rounded (half-even) to a
    # working precision of the wider of the base and the context plus 23
    # digits, then that rounded again in the context's mode. The second
    # rounding is what CPython answers, so ROUND_CEILING of 123.456**1e-30
    # at prec 1 is 1, not 2.
    prec = ctx.prec
    absa = _new(0, a._int, a._exp)
    if _cmp(absa, _ONE) == 0:
        st[0] |= _S_INEXACT | _S_ROUNDED
        return _fix(0, _pow10(prec - 1), 1 - prec, ctx, st)
    wp = max(_ndigits(a._int), prec) + 23
    work = ctx._work(wp)
    wst = [0]
    lnx = _ln(absa, work, wst)
    prod = _mul(lnx, b, work, wst)
    adj = prod._exp + _ndigits(prod._int) - 1
    if adj > 19 or (prod._int and _cmp_ln_bound(prod, ctx) is not None):
        # Certain over- or underflow, rounded in the context's mode.
        if prod._sign:
            return _fix(0, 1, ctx.Emin - prec - 2, ctx, st)
        return _fix(0, 1, ctx.Emax + 1, ctx, st)
    st[0] |= _S_INEXACT | _S_ROUNDED
    r = _exp(prod, work, [0])
    # A result of exactly 1 keeps the context's precision in digits.
    if _cmp(r, _ONE) == 0:
        return _fix(0, _pow10(prec - 1), 1 - prec, ctx, st)
    return _fix(0, r._int, r._exp, ctx, st)


def _power_int(a, n, sign, ctx, st):
    # a ** n for an int n, a finite and nonzero.
    prec = ctx.prec
    c, e = a._int, a._exp
    nd = _ndigits(c)
    if n < 0:
        # A positive power first, then its reciprocal.
        work = ctx._work(prec + _ndigits(-n) + 4)
        wst = [0]
        p = _power_int(_new(0, c, e), -n, 0, work, wst)
        if p._special:
            return _fix(sign, 1, ctx.Emin - prec - 5, ctx, st)
        inner = [0]
        r = _div(_ONE, p, work, inner)
        exact = not (wst[0] | inner[0]) & _S_INEXACT
        if exact:
            return _fix(sign, r._int, r._exp, ctx, st)
        return _fix(sign, r._int * 10 + 1, r._exp - 1, ctx, st)
    adj = e + nd - 1
    # Over- and underflow bounds from the adjusted exponent.
    lo_mag = adj * n
    if lo_mag > ctx.Emax + 1 and adj >= 0:
        return _fix(sign, 1, ctx.Emax + 1, ctx, st)
    if (adj + 1) * n < ctx.Emin - prec - 2 and adj < 0:
        return _fix(sign, 1, ctx.Emin - prec - 2, ctx, st)
    if nd * n <= 4 * prec + 200:
        return _fix(sign, c ** n, e * n, ctx, st)
    # Repeated squaring with guard digits.
    work = ctx._work(prec + _ndigits(n) + 6)
    wst = [0]
    result = _ONE
    base = _new(0, c, e)
    while True:
        if n & 1:
            result = _mul(result, base, work, wst)
        n >>= 1
        if not n:
            break
        base = _mul(base, base, work, wst)
        if base._special:
            break
    if result._special or base._special:
        return _fix(sign, 1, ctx.Emax + 1, ctx, st)
    if wst[0] & _S_INEXACT:
        return _fix(sign, result._int * 10 + 1, result._exp - 1, ctx, st)
    return _fix(sign, result._int, result._exp, ctx, st)


# ---------------------------------------------------------------------------
# Operands.

def _type_name(x):
    t = type(x)
    if t is Decimal:
        return 'decimal.Decimal'
    if t is Context:
        return 'decimal.Context'
    return t.__name__


def _operand(x):
    # x as a Decimal when it is an int or a Decimal, else None.
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return _new(int(x < 0), abs(x), 0)
    return None


def _context_operand(x):
    # Context methods accept Decimals and ints.
    d = _operand(x)
    if d is None:
        raise TypeError('conversion from %s to Decimal is not supported' % _type_name(x))
    return d


def _get_ctx(context):
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError('optional argument must be a context')
    return context


def _run(fn, ctx, *args):
    st = [0]
    r = fn(*args, ctx, st)
    ctx._apply(st[0])
    return r


def _binary(fn, name):
    # The forward and reflected methods of a binary operator. Other operand
    # types get NotImplemented, so the messages are the interpreter's, with
    # the type name 'decimal.Decimal'.
    def forward(self, other):
        b = _operand(other)
        if b is None:
            return NotImplemented
        return _run(fn, getcontext(), self, b)

    def reflected(self, other):
        a = _operand(other)
        if a is None:
            return NotImplemented
        return _run(fn, getcontext(), a, self)

    forward.__name__ = name
    reflected.__name__ = '__r' + name[2:]
    return forward, reflected


def _sub(a, b, ctx, st):
    return _add(a, b, ctx, st, True)


def _rational_parts(x):
    # (numerator, denominator) of a numbers.Rational (a Fraction, its
    # subclasses, a class registered as one), else None: what CPython's
    # comparisons accept. _Rational is bound at the end of the module.
    if isinstance(x, _Rational):
        return x.numerator, x.denominator
    return None


def _compare_other(self, other, op):
    # (self as Decimal, other as Decimal) for a comparison, or the result
    # (NotImplemented, or a bool for mixed comparisons decided here).
    b = _operand(other)
    if b is not None:
        return self, b
    if isinstance(other, float):
        ctx = getcontext()
        if op in ('==', '!='):
            ctx._flags |= _S_FLOAT
        else:
            ctx._apply(_S_FLOAT)
        return self, Decimal.from_float(other)
    if isinstance(other, complex):
        if op in ('==', '!=') and other.imag == 0:
            getcontext()._flags |= _S_FLOAT
            return self, Decimal.from_float(other.real)
        if op in ('==', '!='):
            return (op == '!=')
    parts = _rational_parts(other)
    if parts is not None:
        if self._special:
            return self, _ZERO if self._special != _INF else _ZERO
        num, den = parts
        # Scale both sides to integers: self * den against num.
        c = self._int * den
        if self._exp >= 0:
            lhs = c * _pow10(self._exp)
            rhs = abs(num)
        else:
            lhs = c
            rhs = abs(num) * _pow10(-self._exp)
        if self._sign:
            lhs = -lhs
        if num < 0:
            rhs = -rhs
        r = (lhs > rhs) - (lhs < rhs)
        return _new(int(r < 0), abs(r), 0), _ZERO
    return None


_OPS = {
    '==': lambda r: r == 0, '!=': lambda r: r != 0,
    '<': lambda r: r < 0, '<=': lambda r: r <= 0,
    '>': lambda r: r > 0, '>=': lambda r: r >= 0,
}


def _rich(op, name):
    test = _OPS[op]

    def compare(self, other):
        pair = _compare_other(self, other, op)
        if pair is None:
            return NotImplemented
        if not isinstance(pair, tuple):
            return pair
        a, b = pair
        if a._special >= _QNAN or b._special >= _QNAN:
            if op in ('==', '!='):
                if a._special == _SNAN or b._special == _SNAN:
                    getcontext()._apply(_S_INVALID)
                return op == '!='
            getcontext()._apply(_S_INVALID)
            return False
        return test(_cmp(a, b))

    compare.__name__ = name
    return compare


_DecimalTupleBase = namedtuple('DecimalTuple', 'sign digits exponent')


class DecimalTuple(_DecimalTupleBase):
    __slots__ = ()


DecimalTuple.__module__ = 'decimal'
DecimalTuple.__qualname__ = 'DecimalTuple'


def _unary(fn):
    def method(self, context=None):
        return _run(fn, _get_ctx(context), self)
    method.__name__ = fn.__name__.lstrip('_')
    return method


def _plus(a, ctx, st):
    if a._special:
        n = _nan_result(a, None, ctx, st)
        return n if n is not None else a
    if a._int == 0 and ctx.rounding != ROUND_FLOOR:
        return _fix(0, 0, a._exp, ctx, st)
    return _fix(a._sign, a._int, a._exp, ctx, st)


def _minus(a, ctx, st):
    if a._special:
        n = _nan_result(a, None, ctx, st)
        return n if n is not None else _new(a._sign ^ 1, 0, 'F', _INF)
    if a._int == 0 and ctx.rounding != ROUND_FLOOR:
        return _fix(0, 0, a._exp, ctx, st)
    return _fix(a._sign ^ 1, a._int, a._exp, ctx, st)


def _abs(a, ctx, st):
    if a._special:
        n = _nan_result(a, None, ctx, st)
        return n if n is not None else _new(0, 0, 'F', _INF)
    return _fix(0, a._int, a._exp, ctx, st)


def _normalize(a, ctx, st):
    if a._special:
        n = _nan_result(a, None, ctx, st)
        return n if n is not None else a
    r = _fix(a._sign, a._int, a._exp, ctx, st)
    if r._special:
        return r
    if r._int == 0:
        return _new(r._sign, 0, 0)
    c, e = r._int, r._exp
    top = ctx.Emax - ctx.prec + 1 if ctx.clamp else ctx.Emax
    while c % 10 == 0 and e < top:
        c //= 10
        e += 1
    return _new(r._sign, c, e)


def _to_integral(a, rounding, exact, ctx, st):
    if a._special:
        n = _nan_result(a, None, ctx, st)
        return n if n is not None else a
    if a._exp >= 0:
        return a
    if a._int == 0:
        return _new(a._sign, 0, 0)
    inner = [0]
    r = _rescale(a, 0, rounding or ctx.rounding, inner)
    if exact:
        st[0] |= inner[0]
    return r


class Decimal:
    """Construct a new Decimal object. 'value' can be an integer, string, tuple,
or another Decimal object. If no value is given, return Decimal('0'). The
context does not affect the conversion and is only passed to determine if
the InvalidOperation trap is active.
"""

    __slots__ = ('_sign', '_int', '_exp', '_special')

    def __new__(cls, value='0', context=None):
        ctx = _get_ctx(context) if context is not None else getcontext()
        st = [0]
        d = _make_decimal(value, st, ctx, True)
        ctx._apply(st[0])
        if cls is Decimal:
            return d
        r = object.__new__(cls)
        r._sign = d._sign
        r._int = d._int
        r._exp = d._exp
        r._special = d._special
        return r

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            d = _new(int(f < 0), abs(f), 0)
        elif isinstance(f, float):
            if f != f:
                d = _new(0, 0, 'n', _QNAN)
            elif f in (float('inf'), float('-inf')):
                d = _new(int(f < 0), 0, 'F', _INF)
            else:
                sign = 1 if (f < 0 or (f == 0 and str(f)[0] == '-')) else 0
                n, den = abs(f).as_integer_ratio()
                k = den.bit_length() - 1
                d = _new(sign, n * 5 ** k, -k)
        else:
            raise TypeError('argument must be int or float')
        if cls is Decimal:
            return d
        return cls(d)

    # -- properties and conversions ------------------------------------

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return _new(0, 0, 0)

    def conjugate(self):
        return self

    def __repr__(self):
        return "Decimal('%s')" % _sci_string(self, False, getcontext().capitals)

    def __str__(self, eng=False, context=None):
        return _sci_string(self, eng, _get_ctx(context).capitals)

    def to_eng_string(self, context=None):
        return _sci_string(self, True, _get_ctx(context).capitals)

    def __bool__(self):
        return bool(self._special or self._int)

    def __hash__(self):
        if self._special:
            if self._special == _SNAN:
                raise TypeError('Cannot hash a signaling NaN value')
            if self._special == _QNAN:
                return object.__hash__(self)
            return -_HASH_INF if self._sign else _HASH_INF
        if self._exp >= 0:
            m = pow(10, self._exp, _HASH_MODULUS)
        else:
            m = pow(_HASH_10INV, -self._exp, _HASH_MODULUS)
        h = self._int * m % _HASH_MODULUS
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    def _int_value(self, rounding):
        if self._special:
            if self._special == _INF:
                raise OverflowError('cannot convert Infinity to integer')
            raise ValueError('cannot convert NaN to integer')
        if self._exp >= 0:
            v = self._int * _pow10(self._exp)
        else:
            v = _round_int(self._int, -self._exp, rounding, self._sign)[0]
        return -v if self._sign else v

    def __int__(self):
        return self._int_value(ROUND_DOWN)

    __trunc__ = __int__

    def __floor__(self):
        return self._int_value(ROUND_FLOOR)

    def __ceil__(self):
        return self._int_value(ROUND_CEILING)

    def __float__(self):
        if self._special == _SNAN:
            raise ValueError('cannot convert signaling NaN to float')
        if self._special == _QNAN:
            return float('-nan') if self._sign else float('nan')
        return float(_sci_string(self, False, 1))

    def __complex__(self):
        return complex(float(self))

    def __round__(self, n=_MISSING):
        # round(d, None) calls __round__() without the argument; an explicit
        # None is refused, as _decimal's "|O" parsing does.
        if n is _MISSING:
            return self._int_value(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        ctx = getcontext()
        return _run(lambda a, c, s: _quantize(a, _new(0, 1, -n), c.rounding, c, s), ctx, self)

    def as_tuple(self):
        if self._special == _INF:
            return DecimalTuple(self._sign, (0,), 'F')
        if self._special:
            digits = tuple(map(int, _digits(self._int))) if self._int else ()
            return DecimalTuple(self._sign, digits, 'n' if self._special == _QNAN else 'N')
        return DecimalTuple(self._sign, tuple(map(int, _digits(self._int))), self._exp)

    def as_integer_ratio(self):
        if self._special:
            if self._special == _INF:
                raise OverflowError('cannot convert Infinity to integer ratio')
            raise ValueError('cannot convert NaN to integer ratio')
        if self._int == 0:
            return 0, 1
        c, e = self._int, self._exp
        if e >= 0:
            n, d = c * _pow10(e), 1
        else:
            n, d = c, _pow10(-e)
            # Reduce by the common factors 2 and 5 of c and 10**-e.
            while n % 5 == 0 and d % 5 == 0:
                n //= 5
                d //= 5
            while n % 2 == 0 and d % 2 == 0:
                n //= 2
                d //= 2
        return (-n if self._sign else n), d

    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    # -- arithmetic ------------------------------------------------------

    __add__, __radd__ = _binary(_add, '__add__')
    __sub__, __rsub__ = _binary(_sub, '__sub__')
    __mul__, __rmul__ = _binary(_mul, '__mul__')
    __truediv__, __rtruediv__ = _binary(_div, '__truediv__')
    __floordiv__, __rfloordiv__ = _binary(_divint, '__floordiv__')
    __mod__, __rmod__ = _binary(_rem, '__mod__')
    __divmod__, __rdivmod__ = _binary(_divmod, '__divmod__')

    def __pow__(self, other, modulo=None):
        # The C type's nb_power: three-argument pow() hands it the operands
        # in their places, so `self` may be the int of pow(2, Decimal(10), 7)
        # (vm/objects/slots.cc CallUserTernaryPow).
        a = _operand(self)
        b = _operand(other)
        if a is None or b is None:
            return NotImplemented
        ctx = getcontext()
        if modulo is not None:
            m = _operand(modulo)
            if m is None:
                return NotImplemented
            return _run(_power_mod, ctx, a, b, m)
        return _run(_power, ctx, a, b)

    def __rpow__(self, other, modulo=None):
        a = _operand(other)
        if a is None:
            return NotImplemented
        return a.__pow__(self, modulo)

    def __neg__(self):
        return _run(_minus, getcontext(), self)

    def __pos__(self):
        return _run(_plus, getcontext(), self)

    def __abs__(self, round=True, context=None):
        return _run(_abs, _get_ctx(context), self)

    __eq__ = _rich('==', '__eq__')
    __ne__ = _rich('!=', '__ne__')
    __lt__ = _rich('<', '__lt__')
    __le__ = _rich('<=', '__le__')
    __gt__ = _rich('>', '__gt__')
    __ge__ = _rich('>=', '__ge__')

    # -- methods -----------------------------------------------------------

    def _arg(self, other):
        return _context_operand(other)

    def compare(self, other, context=None):
        return _run(_compare, _get_ctx(context), self, self._arg(other))

    def compare_signal(self, other, context=None):
        return _run(_compare_signal, _get_ctx(context), self, self._arg(other))

    def compare_total(self, other, context=None):
        return _compare_total(self, self._arg(other))

    def compare_total_mag(self, other, context=None):
        return _compare_total(self.copy_abs(), self._arg(other).copy_abs())

    def copy_abs(self):
        return _new(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return _new(self._sign ^ 1, self._int, self._exp, self._special)

    def copy_sign(self, other, context=None):
        return _new(self._arg(other)._sign, self._int, self._exp, self._special)

    def exp(self, context=None):
        return _run(_exp, _get_ctx(context), self)

    def ln(self, context=None):
        return _run(_ln, _get_ctx(context), self)

    def log10(self, context=None):
        return _run(_log10, _get_ctx(context), self)

    def sqrt(self, context=None):
        return _run(_sqrt, _get_ctx(context), self)

    def logb(self, context=None):
        return _run(_logb, _get_ctx(context), self)

    def fma(self, other, third, context=None):
        ctx = _get_ctx(context)
        b = self._arg(other)
        c = self._arg(third)
        st = [0]
        if self._special or b._special:
            prod = _mul(self, b, ctx._work(1), st)
        else:
            prod = _new(self._sign ^ b._sign, self._int * b._int, self._exp + b._exp)
        if prod._special == _QNAN and (st[0] & _S_INVALID or self._special >= _QNAN or b._special >= _QNAN):
            r = prod
            if c._special == _SNAN and not st[0]:
                st[0] |= _S_INVALID
        else:
            r = _add(prod, c, ctx, st)
        ctx._apply(st[0])
        return r

    def max(self, other, context=None):
        return _run(_minmax, _get_ctx(context), self, self._arg(other), 1, False)

    def min(self, other, context=None):
        return _run(_minmax, _get_ctx(context), self, self._arg(other), -1, False)

    def max_mag(self, other, context=None):
        return _run(_minmax, _get_ctx(context), self, self._arg(other), 1, True)

    def min_mag(self, other, context=None):
        return _run(_minmax, _get_ctx(context), self, self._arg(other), -1, True)

    def next_minus(self, context=None):
        return _run(_next, _get_ctx(context), self, -1)

    def next_plus(self, context=None):
        return _run(_next, _get_ctx(context), self, 1)

    def next_toward(self, other, context=None):
        b = self._arg(other)
        ctx = _get_ctx(context)
        st = [0]
        n = _nan_result(self, b, ctx, st)
        if n is not None:
            r = n
        else:
            c = _cmp(self, b)
            if c == 0:
                r = _new(b._sign, self._int, self._exp, self._special)
            else:
                r = _next(self, c < 0 and 1 or -1, ctx, st)
                if not r._special and r._int and st[0] == 0:
                    adj = r._exp + _ndigits(r._int) - 1
                    if adj < ctx.Emin:
                        st[0] |= _S_SUBNORMAL | _S_UNDERFLOW | _S_INEXACT | _S_ROUNDED
                elif r._special == _INF:
                    st[0] |= _S_OVERFLOW | _S_INEXACT | _S_ROUNDED
                elif not r._special and r._int == 0:
                    st[0] |= _S_SUBNORMAL | _S_UNDERFLOW | _S_INEXACT | _S_ROUNDED | _S_CLAMPED
        ctx._apply(st[0])
        return r

    def normalize(self, context=None):
        return _run(_normalize, _get_ctx(context), self)

    def quantize(self, exp, rounding=None, context=None):
        # dec_mpd_qquantize's order: the rounding, the context, then exp.
        if rounding is not None and (not isinstance(rounding, str) or rounding not in _ROUNDINGS):
            raise TypeError(_ROUNDING_ERROR)
        ctx = _get_ctx(context)
        b = self._arg(exp)
        return _run(_quantize, ctx, self, b, rounding or ctx.rounding)

    def same_quantum(self, other, context=None):
        b = self._arg(other)
        if self._special or b._special:
            return (self._special >= _QNAN and b._special >= _QNAN) or (
                self._special == b._special == _INF)
        return self._exp == b._exp

    def remainder_near(self, other, context=None):
        return _run(_remainder_near, _get_ctx(context), self, self._arg(other))

    def scaleb(self, other, context=None):
        return _run(_scaleb, _get_ctx(context), self, self._arg(other))

    def shift(self, other, context=None):
        return _run(_shift, _get_ctx(context), self, self._arg(other), False)

    def rotate(self, other, context=None):
        return _run(_shift, _get_ctx(context), self, self._arg(other), True)

    def logical_and(self, other, context=None):
        return _run(_logical, _get_ctx(context), self, self._arg(other), '&')

    def logical_or(self, other, context=None):
        return _run(_logical, _get_ctx(context), self, self._arg(other), '|')

    def logical_xor(self, other, context=None):
        return _run(_logical, _get_ctx(context), self, self._arg(other), '^')

    def logical_invert(self, context=None):
        return _run(_logical, _get_ctx(context), self, None, '~')

    def to_integral_value(self, rounding=None, context=None):
        ctx = _get_ctx(context)
        if rounding is not None and (not isinstance(rounding, str) or rounding not in _ROUNDINGS):
            raise TypeError(_ROUNDING_ERROR)
        return _run(_to_integral, ctx, self, rounding, False)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = _get_ctx(context)
        if rounding is not None and (not isinstance(rounding, str) or rounding not in _ROUNDINGS):
            raise TypeError(_ROUNDING_ERROR)
        return _run(_to_integral, ctx, self, rounding, True)

    def adjusted(self):
        if self._special:
            return 0
        return self._exp + _ndigits(self._int) - 1

    def canonical(self):
        return self

    def number_class(self, context=None):
        ctx = _get_ctx(context)
        if self._special == _SNAN:
            return 'sNaN'
        if self._special == _QNAN:
            return 'NaN'
        s = '-' if self._sign else '+'
        if self._special == _INF:
            return s + 'Infinity'
        if self._int == 0:
            return s + 'Zero'
        if self.adjusted() < ctx.Emin:
            return s + 'Subnormal'
        return s + 'Normal'

    def radix(self):
        return _new(0, 10, 0)

    def is_canonical(self):
        return True

    def is_finite(self):
        return not self._special

    def is_infinite(self):
        return self._special == _INF

    def is_nan(self):
        return self._special >= _QNAN

    def is_qnan(self):
        return self._special == _QNAN

    def is_snan(self):
        return self._special == _SNAN

    def is_signed(self):
        return bool(self._sign)

    def is_zero(self):
        return not self._special and self._int == 0

    def is_normal(self, context=None):
        if self._special or self._int == 0:
            return False
        return self.adjusted() >= _get_ctx(context).Emin

    def is_subnormal(self, context=None):
        if self._special or self._int == 0:
            return False
        return self.adjusted() < _get_ctx(context).Emin

    def __format__(self, *args, **kwargs):
        # The C module's argument checks. Its optional dict overriding the
        # locale's decimal point, separator and grouping is checked, not used.
        if kwargs:
            raise TypeError('Decimal.__format__() takes no keyword arguments')
        if not args or len(args) > 2:
            raise TypeError('function takes %s (%d given)'
                            % ('at least 1 argument' if not args else 'at most 2 arguments',
                               len(args)))
        spec = args[0]
        if not isinstance(spec, str):
            raise TypeError('format arg must be str')
        if len(args) == 2:
            override = args[1]
            if not isinstance(override, dict):
                raise TypeError('optional argument must be a dict')
            for key in ('decimal_point', 'thousands_sep', 'grouping'):
                if key in override and not isinstance(override[key], str):
                    raise TypeError('bad argument type for built-in operation')
        return _format(self, spec)


_ZERO = _new(0, 0, 0)
_ONE = _new(0, 1, 0)
_NAN = _new(0, 0, 'n', _QNAN)


# ---------------------------------------------------------------------------
# The remaining operations.

def _compare(a, b, ctx, st):
    n = _nan_result(a, b, ctx, st)
    if n is not None:
        return n
    r = _cmp(a, b)
    return _new(int(r < 0), abs(r), 0)


def _compare_signal(a, b, ctx, st):
    if a._special >= _QNAN or b._special >= _QNAN:
        st[0] |= _S_INVALID
        n = _nan_result(a, b, ctx, [0])
        return n
    return _compare(a, b, ctx, st)


def _total_key(d):
    # Sort key of the total ordering for a positive-signed operand.
    if d._special == _QNAN:
        return (3, d._int, 0)
    if d._special == _SNAN:
        return (2, d._int, 0)
    if d._special == _INF:
        return (1, 0, 0)
    return (0, 0, 0)


def _compare_total(a, b):
    if a._sign != b._sign:
        return _new(1, 1, 0) if a._sign else _ONE
    ka, kb = _total_key(a), _total_key(b)
    if ka[0] or kb[0]:
        r = (ka > kb) - (ka < kb)
    else:
        r = _cmp(_new(0, a._int, a._exp), _new(0, b._int, b._exp))
        if r == 0:
            r = (a._exp > b._exp) - (a._exp < b._exp)
    if a._sign:
        r = -r
    return _new(int(r < 0), abs(r), 0)


def _minmax(a, b, which, by_mag, ctx, st):
    if a._special >= _QNAN or b._special >= _QNAN:
        if a._special == _SNAN or b._special == _SNAN:
            return _nan_result(a, b, ctx, st)
        if a._special == _QNAN and b._special != _QNAN:
            return _fix_any(b, ctx, st)
        if b._special == _QNAN and a._special != _QNAN:
            return _fix_any(a, ctx, st)
        return _nan_result(a, b, ctx, st)
    if by_mag:
        r = _cmp(_new(0, a._int, a._exp, a._special), _new(0, b._int, b._exp, b._special))
        if r == 0:
            r = _cmp(a, b)
    else:
        r = _cmp(a, b)
    if r == 0:
        # Equal values: the total ordering decides (sign, then exponent).
        t = _compare_total(a, b)
        r = -1 if t._sign else (1 if t._int else 0)
    pick = a if (r > 0) == (which > 0) or r == 0 else b
    return _fix_any(pick, ctx, st)


def _logb(a, ctx, st):
    if a._special:
        n = _nan_result(a, None, ctx, st)
        if n is not None:
            return n
        return _new(0, 0, 'F', _INF)
    if a._int == 0:
        st[0] |= _S_DIV_BY_ZERO
        return _new(1, 0, 'F', _INF)
    v = a._exp + _ndigits(a._int) - 1
    return _fix(int(v < 0), abs(v), 0, ctx, st)


def _next(a, direction, ctx, st):
    if a._special:
        n = _nan_result(a, None, ctx, st)
        if n is not None:
            return n
        if (direction > 0) == (not a._sign):
            return a
        return _new(a._sign, _pow10(ctx.prec) - 1, ctx.Emax - ctx.prec + 1)
    work = ctx.copy()
    work.rounding = ROUND_CEILING if direction > 0 else ROUND_FLOOR
    work._traps = 0
    inner = [0]
    r = _fix(a._sign, a._int, a._exp, work, inner)
    if inner[0] & _S_INEXACT or (inner[0] & _S_OVERFLOW):
        return r
    # Exact: step by a tiny amount beyond the precision.
    tiny_exp = min(a._exp, ctx.Emin - ctx.prec + 1) - 2
    step = _new(1 if direction < 0 else 0, 1, tiny_exp)
    inner = [0]
    return _add(a, step, work, inner)


def _scaleb(a, b, ctx, st):
    n = _nan_result(a, b, ctx, st)
    if n is not None:
        return n
    if b._special or b._exp != 0:
        return _invalid(st)
    limit = 2 * (ctx.Emax + ctx.prec)
    v = _to_int(b)
    if not -limit <= v <= limit:
        return _invalid(st)
    if a._special:
        return a
    return _fix(a._sign, a._int, a._exp + v, ctx, st)


def _shift(a, b, rotate, ctx, st):
    n = _nan_result(a, b, ctx, st)
    if n is not None:
        return n
    if b._special or b._exp != 0:
        return _invalid(st)
    v = _to_int(b)
    prec = ctx.prec
    if not -prec <= v <= prec:
        return _invalid(st)
    if a._special:
        return a
    c = a._int % _pow10(prec)
    if rotate:
        v %= prec
        c = (c * _pow10(v)) % _pow10(prec) + c // _pow10(prec - v) if v else c
    elif v >= 0:
        c = (c * _pow10(v)) % _pow10(prec)
    else:
        c //= _pow10(-v)
    return _new(a._sign, c, a._exp)


def _logical_digits(d, prec):
    # A logical operand's digits, the last prec of them, or None when d is
    # not one: finite, positive, exponent 0, every digit 0 or 1.
    if d._special or d._sign or d._exp != 0:
        return None
    digits = str(d._int)
    if digits.strip('01'):
        return None
    return digits[-prec:]


def _logical(a, b, op, ctx, st):
    # The digit-wise and, or, xor (b a Decimal) and invert (b None) of the
    # General Decimal Arithmetic spec; any other operand is invalid.
    prec = ctx.prec
    x = _logical_digits(a, prec)
    y = '0' if b is None else _logical_digits(b, prec)
    if x is None or y is None:
        return _invalid(st)
    if op == '~':
        digits = ''.join('1' if ch == '0' else '0' for ch in x.rjust(prec, '0'))
    else:
        width = max(len(x), len(y))
        x, y = x.rjust(width, '0'), y.rjust(width, '0')
        table = {'&': ('0', '0', '0', '1'), '|': ('0', '1', '1', '1'),
                 '^': ('0', '1', '1', '0')}[op]
        digits = ''.join(table[2 * (p == '1') + (q == '1')] for p, q in zip(x, y))
    return _new(0, int(digits), 0)


def _power_mod(a, b, m, ctx, st):
    n = _nan_result(a, b, ctx, st)
    if n is None:
        n = _nan_result(m, None, ctx, st)
    if n is not None:
        return n
    if a._special or b._special or m._special:
        return _invalid(st)
    if not (_is_integral(a) and _is_integral(b) and _is_integral(m)):
        return _invalid(st)
    if b._sign or m._int == 0:
        return _invalid(st)
    mi = abs(_to_int(m))
    if _ndigits(mi) > ctx.prec:
        return _invalid(st)
    if a._int == 0 and b._int == 0:
        return _invalid(st)
    v = pow(abs(_to_int(a)), _to_int(b), mi)
    sign = a._sign and _to_int(b) & 1
    return _new(int(bool(sign and v)) if v else int(bool(sign)), v, 0)


# ---------------------------------------------------------------------------
# __format__: the format mini-language for Decimal.

_MAX_PREC = 999999999999999999


def _spec_number(digits, limited=True):
    # A width or precision: past the C module's limits it is an error, not
    # a huge allocation (a precision only matters for finite values).
    v = int(digits)
    if v >= 2**63:
        raise ValueError('invalid format string')
    if limited:
        _check_spec_limit(v)
    return v


def _check_spec_limit(v):
    if v > _MAX_PREC:
        raise ValueError('format specification exceeds internal limits of _decimal')


def _parse_spec(spec):
    # (fill, align, sign, zflag, alt, zero, width, grouping, precision, type)
    i = 0
    n = len(spec)
    fill, align = None, None
    if n >= 2 and spec[1] in '<>=^':
        fill, align = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    # The 3.11 C module takes 'z' just before or just after the sign.
    sign = '-'
    zflag = False
    if i < n and spec[i] == 'z':
        zflag = True
        i += 1
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    if not zflag and i < n and spec[i] == 'z':
        zflag = True
        i += 1
    alt = False
    if i < n and spec[i] == '#':
        alt = True
        i += 1
    zero = False
    if i < n and spec[i] == '0':
        # Zero padding implies an alignment, which may not be given twice.
        if align is not None:
            raise ValueError('invalid format string')
        zero = True
        i += 1
    j = i
    while j < n and spec[j].isdigit():
        j += 1
    if j > i and spec[i] == '0':
        raise ValueError('invalid format string')
    width = _spec_number(spec[i:j]) if j > i else None
    i = j
    grouping = None
    if i < n and spec[i] in ',_':
        grouping = spec[i]
        i += 1
    precision = None
    if i < n and spec[i] == '.':
        j = i + 1
        while j < n and spec[j].isdigit():
            j += 1
        if j == i + 1:
            raise ValueError('invalid format string')
        precision = _spec_number(spec[i + 1:j], False)
        i = j
    ftype = None
    if i < n:
        ftype = spec[i]
        i += 1
    if i != n or (ftype is not None and ftype not in 'eEfFgGn%'):
        raise ValueError('invalid format string')
    # The C implementation of 3.11 has neither '_' grouping nor '#'.
    if (grouping and ftype == 'n') or grouping == '_' or alt:
        raise ValueError('invalid format string')
    return fill, align, sign, zflag, alt, zero, width, grouping, precision, ftype


def _group(intpart, sep, minwidth):
    # intpart padded with zeros to at least minwidth characters, with sep
    # between groups of three digits (a pad never starts with sep).
    n = len(intpart)
    if not sep:
        return intpart.rjust(minwidth, '0')
    while n + (n - 1) // 3 < minwidth:
        n += 1
    s = intpart.rjust(n, '0')
    head = len(s) % 3 or 3
    parts = [s[:head]] + [s[i:i + 3] for i in range(head, len(s), 3)]
    return sep.join(parts)


def _format(d, spec):
    fill, align, sign, zflag, alt, zero, width, grouping, precision, ftype = _parse_spec(spec)
    ctx = getcontext()
    if d._special and zero and fill is None and align is None:
        # Zero padding does not apply to Infinity and NaN.
        zero = False
    if fill is None:
        fill = '0' if zero and align is None else ' '
    if align is None:
        align = '=' if zero else '>'
    if zero and fill is None:
        fill = '0'
    neg = d._sign
    if d._special:
        body = 'Infinity' if d._special == _INF else (
            ('NaN' if d._special == _QNAN else 'sNaN') + (_digits(d._int) if d._int else ''))
        if ftype == '%':
            body += '%'
    else:
        if precision is not None:
            _check_spec_limit(precision)
        capitals = ctx.capitals
        if ftype is None:
            ftype = 'G' if capitals else 'g'
            implicit = True
        else:
            implicit = False
        if ftype == 'n':
            ftype = 'g'
        c, e = d._int, d._exp
        if ftype == '%':
            e += 2
        rounding = ctx.rounding
        if precision is not None:
            if ftype in 'eE':
                keep = precision + 1
                nd = _ndigits(c)
                if c == 0:
                    e = e
                elif nd > keep:
                    c, _ = _round_int(c, nd - keep, rounding, neg)
                    e += nd - keep
                    if _ndigits(c) > keep:
                        c //= 10
                        e += 1
                else:
                    c *= _pow10(keep - nd)
                    e -= keep - nd
            elif ftype in 'fF%':
                if e < -precision:
                    c, _ = _round_int(c, -precision - e, rounding, neg)
                else:
                    c *= _pow10(e + precision)
                e = -precision
            else:
                keep = max(precision, 1)
                nd = _ndigits(c)
                if nd > keep:
                    c, _ = _round_int(c, nd - keep, rounding, neg)
                    e += nd - keep
                    if _ndigits(c) > keep:
                        c //= 10
                        e += 1
        if c == 0 and ftype in 'eE' and precision is not None and d._int == 0:
            pass
        # CPython 3.11's C module coerces a zero that 'F' rounding makes only
        # when the value itself was zero (fixed in later releases); moat
        # matches the 3.11 it is compared with.
        if zflag and c == 0 and (ftype != 'F' or d._int == 0):
            neg = 0
        digits = _digits(c)
        left = e + len(digits)
        if ftype in 'eE':
            if c == 0 and precision is not None:
                dot = 1 - precision
            else:
                dot = 1
        elif ftype in 'fF%':
            dot = left
        else:
            if e <= 0 and left > -6:
                dot = left
            else:
                dot = 1
        if dot < 0:
            intpart = '0'
            frac = '0' * -dot + digits
        elif dot > len(digits):
            intpart = digits + '0' * (dot - len(digits))
            frac = ''
        else:
            intpart = digits[:dot] or '0'
            frac = digits[dot:]
        if len(intpart) > 1 and intpart[0] == '0':
            intpart = intpart.lstrip('0') or '0'
        expo = left - dot
        if ftype in 'eE' or (ftype in 'gG' and expo != 0):
            echar = 'E' if ftype in 'EG' else 'e'
            if implicit:
                echar = 'E' if capitals else 'e'
            exptext = '%s%+d' % (echar, expo)
        else:
            exptext = ''
        if frac or alt:
            frac = '.' + frac
        if ftype == '%':
            exptext += '%'
        if zero and align == '=' and width is not None:
            signlen = 1 if (neg or sign in '+ ') else 0
            minint = width - signlen - len(frac) - len(exptext)
        else:
            minint = 0
        intpart = _group(intpart, grouping, minint)
        body = intpart + frac + exptext
    if neg:
        sgn = '-'
    elif sign == '+':
        sgn = '+'
    elif sign == ' ':
        sgn = ' '
    else:
        sgn = ''
    total = len(sgn) + len(body)
    pad = (width or 0) - total
    if pad <= 0:
        return sgn + body
    if align == '<':
        return sgn + body + fill * pad
    if align == '>':
        return fill * pad + sgn + body
    if align == '=':
        return sgn + fill * pad + body
    left_pad = pad // 2
    return fill * left_pad + sgn + body + fill * (pad - left_pad)


# ---------------------------------------------------------------------------
# The current context and the templates.

_DEFAULT_SETTINGS = (28, ROUND_HALF_EVEN, -999999, 999999, 1, 0,
                     _S_ANY_INVALID | _S_DIV_BY_ZERO | _S_OVERFLOW)

DefaultContext = Context()
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped,
                              Underflow])
ExtendedContext = Context(prec=9, traps=[])

_CURRENT = [None]


def getcontext():
    """Returns this thread's context."""
    ctx = _CURRENT[0]
    if ctx is None:
        ctx = DefaultContext.copy()
        ctx._flags = 0
        _CURRENT[0] = ctx
    return ctx


def setcontext(context, /):
    """Set this thread's context to context."""
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context._flags = 0
    _CURRENT[0] = context


_LOCAL_KEYWORDS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps')


class _ContextManager:
    def __init__(self, new_context):
        self.new_context = new_context

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """Return a context manager for a copy of the supplied context."""
    for k in kwargs:
        if k not in _LOCAL_KEYWORDS:
            raise TypeError("'%s' is an invalid keyword argument for this function" % k)
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError('optional argument must be a context')
    new = ctx.copy()
    for k, v in kwargs.items():
        if k in ('flags', 'traps'):
            # As the constructor, unlike the setters: lists of signals too.
            setattr(new, '_' + k, _signal_bits(v))
        else:
            setattr(new, k, v)
    return _ContextManager(new)


def _ctx_unary(fn):
    return lambda ctx, a: _run(fn, ctx, _context_operand(a))


def _ctx_binary(fn):
    return lambda ctx, a, b: _run(fn, ctx, _context_operand(a), _context_operand(b))


def _ctx_method(name):
    return lambda ctx, a, *args: getattr(_context_operand(a), name)(*args, context=ctx)


def _ctx_power(ctx, a, b, modulo=None):
    a = _context_operand(a)
    b = _context_operand(b)
    if modulo is None:
        return _run(_power, ctx, a, b)
    return _run(_power_mod, ctx, a, b, _context_operand(modulo))


def _ctx_plain(name):
    return lambda ctx, a, *args: getattr(_context_operand(a), name)(*args)


_CONTEXT_METHODS = {
    'abs': _ctx_unary(_abs),
    'add': _ctx_binary(_add),
    'subtract': _ctx_binary(_sub),
    'multiply': _ctx_binary(_mul),
    'divide': _ctx_binary(_div),
    'divide_int': _ctx_binary(_divint),
    'remainder': _ctx_binary(_rem),
    'divmod': _ctx_binary(_divmod),
    'remainder_near': _ctx_binary(_remainder_near),
    'plus': _ctx_unary(_plus),
    'minus': _ctx_unary(_minus),
    'sqrt': _ctx_unary(_sqrt),
    'exp': _ctx_unary(_exp),
    'ln': _ctx_unary(_ln),
    'log10': _ctx_unary(_log10),
    'logb': _ctx_unary(_logb),
    'normalize': _ctx_unary(_normalize),
    'compare': _ctx_binary(_compare),
    'compare_signal': _ctx_binary(_compare_signal),
    'max': _ctx_method('max'),
    'min': _ctx_method('min'),
    'max_mag': _ctx_method('max_mag'),
    'min_mag': _ctx_method('min_mag'),
    'fma': _ctx_method('fma'),
    'quantize': _ctx_method('quantize'),
    'scaleb': _ctx_method('scaleb'),
    'shift': _ctx_method('shift'),
    'rotate': _ctx_method('rotate'),
    'logical_and': _ctx_method('logical_and'),
    'logical_or': _ctx_method('logical_or'),
    'logical_xor': _ctx_method('logical_xor'),
    'logical_invert': _ctx_method('logical_invert'),
    'next_minus': _ctx_method('next_minus'),
    'next_plus': _ctx_method('next_plus'),
    'next_toward': _ctx_method('next_toward'),
    'to_integral_value': _ctx_method('to_integral_value'),
    'to_integral': _ctx_method('to_integral_value'),
    'to_integral_exact': _ctx_method('to_integral_exact'),
    'to_sci_string': _ctx_method('__str__'),
    'to_eng_string': _ctx_method('to_eng_string'),
    'number_class': _ctx_method('number_class'),
    'is_normal': _ctx_method('is_normal'),
    'is_subnormal': _ctx_method('is_subnormal'),
    'compare_total': _ctx_plain('compare_total'),
    'compare_total_mag': _ctx_plain('compare_total_mag'),
    'copy_abs': _ctx_plain('copy_abs'),
    'copy_negate': _ctx_plain('copy_negate'),
    'copy_sign': _ctx_plain('copy_sign'),
    'copy_decimal': _ctx_plain('canonical'),
    'canonical': _ctx_plain('canonical'),
    'same_quantum': _ctx_plain('same_quantum'),
    'is_canonical': _ctx_plain('is_canonical'),
    'is_finite': _ctx_plain('is_finite'),
    'is_infinite': _ctx_plain('is_infinite'),
    'is_nan': _ctx_plain('is_nan'),
    'is_qnan': _ctx_plain('is_qnan'),
    'is_snan': _ctx_plain('is_snan'),
    'is_signed': _ctx_plain('is_signed'),
    'is_zero': _ctx_plain('is_zero'),
    'radix': lambda ctx: _new(0, 10, 0),
}


# The type names CPython's messages use for the C types ('decimal.Decimal');
# __name__ stays 'Decimal'. _set_type_name is added by the module's native
# init and removed here, so scripts never see it.
# Decimal is a numbers.Number (not a Real: it does not mix with floats), as
# CPython's module init registers it.
import numbers as _numbers
_numbers.Number.register(Decimal)
_Rational = _numbers.Rational
del _numbers

# Their private state and helpers are out of a script's reach, as in the C
# types (moat's Context._apply is a helper of its own, not the C type's
# method of that name). ContextManager is no acceptable base.
_set_type_name(Decimal, 'decimal.Decimal')
_set_type_name(Context, 'decimal.Context')
_ContextManager.__name__ = _ContextManager.__qualname__ = 'ContextManager'
_set_type_name(_ContextManager, 'decimal.ContextManager', final=True)
del _set_type_name

# CPython's are C functions: no binding when a class stores one.
_builtin_function(getcontext, setcontext, localcontext)
