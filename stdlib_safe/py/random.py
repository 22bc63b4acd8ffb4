"""Pseudo-random numbers with the behaviour of python3.11's random module.

moat's own code. The Mersenne Twister core is the native `_random` module
(stdlib_safe/random_core.h); everything here is built on its random() and
getrandbits(). What carries over from CPython is behaviour, not text: for a
given seed every method asks the core for the same draws in the same order
and combines them with the same floating-point operations, so seeded
scripts print exactly what python3.11 prints. The draws each method makes
are part of that contract and are noted beside it.

Differences, all from the sandbox having no entropy source or clock:

* seed(None), and a Random() made without a seed, use the fixed seed 0:
  an unseeded script gets the same sequence on every run (the module-level
  functions included: the hidden instance starts as Random(0) would).
* SystemRandom is refused with NotImplementedError.
* A random()-only subclass asked for a range wider than 2**53 gets no
  warning (CPython's names a line of its own random.py).

str, bytes and bytearray seeds are hashed with SHA-512 as CPython's
version 2 seeding does; other hashable seeds (float) by hash().
"""

import math as _m
import _random
from bisect import bisect as _bisect
from itertools import accumulate as _accumulate
from operator import index as _index
# The digest CPython's version 2 seeding appends to str/bytes seeds.
from _hashlib import openssl_sha512 as _sha512

__all__ = (
    "Random SystemRandom betavariate choice choices expovariate "
    "gammavariate gauss getrandbits getstate lognormvariate normalvariate "
    "paretovariate randbytes randint random randrange sample seed setstate "
    "shuffle triangular uniform vonmisesvariate weibullvariate").split()

# Public constants of CPython's module (facts, same values).
BPF = 53
RECIP_BPF = 2 ** -BPF
TWOPI = _m.tau
LOG4 = _m.log(4.0)
NV_MAGICCONST = 4 * _m.exp(-0.5) / _m.sqrt(2.0)
SG_MAGICCONST = 1.0 + _m.log(4.5)

# Default of randrange's step: an identity test tells "no step given" from
# an explicit 1, since only the former is allowed without a stop.
_ONE = 1
# Private aliases CPython's own tests reach (test_random patches/reads them).
_e, _exp, _log = _m.e, _m.exp, _m.log
_MASK64 = (1 << 64) - 1


# ---- seeding --------------------------------------------------------------

def _v1_string_seed(text):
    """Python 2's string hash, which version=1 seeding reproduces."""
    if isinstance(text, bytes):
        text = text.decode('latin-1')
    codes = [ord(ch) for ch in text]
    acc = (codes[0] << 7) if codes else 0
    for code in codes:
        acc = (acc * 1000003 ^ code) & _MASK64
    # acc is non-negative here, so the -1 -> -2 remap of hash() never fires.
    return acc ^ len(codes)


def _v2_string_seed(data):
    """The seed bytes followed by their SHA-512, read as a big-endian int."""
    raw = data.encode() if isinstance(data, str) else data
    return int.from_bytes(raw + _sha512(raw).digest(), 'big')


def _normalize_seed(a, version):
    if isinstance(a, (str, bytes)) and version == 1:
        return _v1_string_seed(a)
    if isinstance(a, (str, bytes, bytearray)) and version == 2:
        return _v2_string_seed(a)
    if a is None or isinstance(a, (int, float, str, bytes, bytearray)):
        return a
    raise TypeError('The only supported seed types are: None,\n'
                    'int, float, str, bytes, and bytearray.')


# ---- argument helpers -----------------------------------------------------

def _range_arg(value, label):
    """randrange's conversion: __index__ first, then an integral number,
    with CPython 3.11's DeprecationWarning at randrange's caller."""
    # The fallback runs inside the handler, so its errors chain to the
    # TypeError as CPython's do.
    try:
        return _index(value)
    except TypeError:
        as_int = int(value)
        from warnings import warn
        if as_int != value:
            warn('randrange() will raise TypeError in the future',
                 DeprecationWarning, 3)
            raise ValueError("non-integer %s for randrange()" % label)
        warn('non-integer arguments to randrange() have been deprecated since '
             'Python 3.10 and will be removed in a subsequent version',
             DeprecationWarning, 3)
    return as_int


def _is_sequence(obj):
    # sample() takes what collections.abc.Sequence admits; the common
    # built-in types skip the ABC machinery (and the import).
    if isinstance(obj, (list, tuple, str, range, bytes, bytearray)):
        return True
    from collections.abc import Sequence
    return isinstance(obj, Sequence)


# ---- uniform integers below n ---------------------------------------------
# Two ways to draw from [0, n), chosen per class by __init_subclass__.

def _below_by_bits(getrandbits, n):
    # Draw n.bit_length() bits, redraw while the value is n or more.
    width = n.bit_length()
    while True:
        candidate = getrandbits(width)
        if candidate < n:
            return candidate


def _below_by_floats(random, n, span):
    # Scale random() to `span` equal buckets, rejecting the top partial
    # stretch so that every residue mod n is equally likely.
    if n >= span:
        return _m.floor(random() * n)
    cutoff = (span - span % n) / span
    while True:
        x = random()
        if x < cutoff:
            return _m.floor(x * span) % n


# Names a class may define, looked up along the MRO by __init_subclass__,
# with the _randbelow each implies (None: keep what is inherited).
_RANDBELOW_CHOICE = (
    ('_randbelow', None),
    ('getrandbits', '_randbelow_with_getrandbits'),
    ('random', '_randbelow_without_getrandbits'),
)


# ---- sampling helpers -----------------------------------------------------

def _sample_size_limit(k):
    # Above this population size sample() tracks picked indices in a set
    # instead of copying the population (CPython's memory trade-off).
    if k <= 5:
        return 21
    return 21 + 4 ** _m.ceil(_m.log(k * 3, 4))


# Both fill `picks` in place, one draw per pick (plus redraws for the set).

def _sample_by_pool(population, picks, randbelow):
    # Partial Fisher-Yates on a copy: the picked slot is refilled from the
    # end of the shrinking live part.
    pool = list(population)
    last = len(pool) - 1
    for pos in range(len(picks)):
        slot = randbelow(last + 1)
        picks[pos] = pool[slot]
        pool[slot] = pool[last]
        last -= 1


def _sample_by_set(population, picks, randbelow):
    size = len(population)
    taken = set()
    for pos in range(len(picks)):
        slot = randbelow(size)
        while slot in taken:
            slot = randbelow(size)
        taken.add(slot)
        picks[pos] = population[slot]


class Random(_random.Random):
    """Random number generator base class used by bound module functions.

    Instances have their own state; subclasses may override random(),
    seed(), getstate() and setstate(), and optionally getrandbits().
    """

    VERSION = 3

    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    def __init_subclass__(cls, /, **kwargs):
        # CPython lets the first class along the MRO that defines one of the
        # names in _RANDBELOW_CHOICE decide. The sandbox hides __mro__, so
        # each Random subclass decides from its own namespace and, defining
        # none of them, inherits its nearest Random base's decision through
        # _randbelow: the same result unless a class outside Random's
        # hierarchy (a mixin) is the one defining random()/getrandbits().
        own = cls.__dict__
        for name, method in _RANDBELOW_CHOICE:
            if name in own:
                if method is not None:
                    cls._randbelow = getattr(cls, method)
                return

    # ---- state ----

    def seed(self, a=None, version=2):
        """Initialize internal state from a seed (None: the fixed seed 0)."""
        super().seed(_normalize_seed(a, version))
        self.gauss_next = None

    def getstate(self):
        """The generator's state as a tuple that setstate() accepts."""
        return self.VERSION, super().getstate(), self.gauss_next

    def setstate(self, state):
        """Put back a state taken earlier by getstate()."""
        version = state[0]
        if version not in (2, 3):
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s"
                             % (version, self.VERSION))
        _, words, self.gauss_next = state
        if version == 2:
            # Version 2 saved the 32-bit words signed; fold them back.
            try:
                words = tuple(w % 4294967296 for w in words)
            except ValueError as exc:
                raise TypeError from exc
        super().setstate(words)

    # Pickle support, as CPython's.
    def __reduce__(self):
        return type(self), (), self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __getstate__(self):
        return self.getstate()

    # ---- integers ----

    def _randbelow_with_getrandbits(self, n):
        "Return a random int in the range [0,n).  Defined for n > 0."
        return _below_by_bits(self.getrandbits, n)

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        """Return a random int in the range [0,n) from random() alone."""
        return _below_by_floats(self.random, n, maxsize)

    # Random's own choice; subclasses get theirs from __init_subclass__.
    _randbelow = _randbelow_with_getrandbits

    def randbytes(self, n):
        """n random bytes, from getrandbits(8 * n) in little-endian order."""
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    def randrange(self, start, stop=None, step=_ONE):
        """One value of range(start, stop, step), or of range(start)."""
        lo = _range_arg(start, "arg 1")
        if stop is None:
            if step is not _ONE:
                raise TypeError('Missing a non-None stop argument')
            if lo <= 0:
                raise ValueError("empty range for randrange()")
            return self._randbelow(lo)
        hi = _range_arg(stop, "stop")
        span = hi - lo
        stride = _range_arg(step, "step")
        if stride == 1:
            if span <= 0:
                raise ValueError("empty range for randrange() (%d, %d, %d)"
                                 % (lo, hi, span))
            return lo + self._randbelow(span)
        if stride == 0:
            raise ValueError("zero step for randrange()")
        # Number of values in range(lo, hi, stride), rounding away from lo.
        count = (span + stride + (-1 if stride > 0 else 1)) // stride
        if count <= 0:
            raise ValueError("empty range for randrange()")
        return lo + stride * self._randbelow(count)

    def randint(self, a, b):
        """An int N with a <= N <= b."""
        return self.randrange(a, b + 1)

    # ---- sequences ----

    def choice(self, seq):
        """One element of the non-empty sequence seq."""
        if len(seq) == 0:
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Shuffle the mutable sequence x in place; returns None."""
        # Fisher-Yates from the end: position i swaps with one in [0, i].
        draw = self._randbelow
        i = len(x) - 1
        while i > 0:
            other = draw(i + 1)
            x[i], x[other] = x[other], x[i]
            i -= 1

    def sample(self, population, k, *, counts=None):
        """k elements of population at distinct positions, in pick order."""
        if not _is_sequence(population):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        size = len(population)
        if counts is None:
            draw = self._randbelow
            if not 0 <= k <= size:
                raise ValueError("Sample larger than population or is negative")
            picks = [None] * k
            picker = _sample_by_pool
            if size > _sample_size_limit(k):
                picker = _sample_by_set
            picker(population, picks, draw)
            return picks
        # With counts: sample positions in the expanded population, then map
        # each back to its element through the running totals.
        bounds = list(_accumulate(counts))
        if len(bounds) != size:
            raise ValueError('The number of counts does not match the population')
        total = bounds.pop()
        if not isinstance(total, int):
            raise TypeError('Counts must be integers')
        elif total <= 0:
            raise ValueError('Total of counts must be greater than zero')
        positions = self.sample(range(total), k=k)
        return [population[_bisect(bounds, pos)] for pos in positions]

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """k elements of population drawn with replacement, optionally weighted."""
        random = self.random
        size = len(population)
        if cum_weights is not None:
            if weights is not None:
                raise TypeError('Cannot specify both weights and cumulative weights')
            totals = cum_weights
        elif weights is None:
            # Unweighted: one random() per pick, scaled to an index.
            fsize = float(size)
            return [population[_m.floor(random() * fsize)]
                    for _ in range(k)]
        else:
            try:
                totals = list(_accumulate(weights))
            except TypeError:
                # choices(pop, 3): the count given where weights go.
                if isinstance(weights, int):
                    k = weights
                    raise TypeError('The number of choices must be a keyword'
                                    f' argument: {k=}') from None
                raise
        if len(totals) != size:
            raise ValueError('The number of weights does not match the population')
        grand = totals[-1] + 0.0
        if grand <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _m.isfinite(grand):
            raise ValueError('Total of weights must be finite')
        top = size - 1
        return [population[_bisect(totals, random() * grand, 0, top)]
                for _ in range(k)]

    # ---- real-valued distributions ----
    # Each comment gives the draws made; the float expressions keep
    # CPython's operation order so results agree to the last bit.

    def uniform(self, a, b):
        """A float between a and b (b itself only through rounding)."""
        # one random()
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution."""
        # one random(), drawn before the mode is checked
        u = self.random()
        if mode is None:
            cut = 0.5
        else:
            try:
                cut = (mode - low) / (high - low)
            except ZeroDivisionError:
                return low
        if u > cut:
            # Upper side: mirror the draw, the split point and the ends.
            return high + (low - high) * _m.sqrt((1.0 - u) * (1.0 - cut))
        return low + (high - low) * _m.sqrt(u * cut)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution (Kinderman and Monahan's method)."""
        # pairs of random() until the ratio-of-uniforms test accepts
        while True:
            first = self.random()
            second = 1.0 - self.random()
            z = NV_MAGICCONST * (first - 0.5) / second
            if z * z / 4.0 <= -_m.log(second):
                return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Gaussian distribution (Box-Muller, keeping the second value)."""
        # two random() every other call; the sine half waits in gauss_next
        cached, self.gauss_next = self.gauss_next, None
        if cached is not None:
            return mu + cached * sigma
        angle = self.random() * TWOPI
        radius = _m.sqrt(-2.0 * _m.log(1.0 - self.random()))
        self.gauss_next = _m.sin(angle) * radius
        return mu + (_m.cos(angle) * radius) * sigma

    def lognormvariate(self, mu, sigma):
        """Log normal distribution."""
        return _m.exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """Exponential distribution; lambd is 1.0 divided by the mean."""
        # one random()
        return -_m.log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Circular data distribution."""
        # one random() for tiny kappa; else pairs until accepted, then one
        # more for the side of mu
        if kappa <= 1e-6:
            return TWOPI * self.random()
        half = 0.5 / kappa
        rho = half + _m.sqrt(1.0 + half * half)
        while True:
            z = _m.cos(_m.pi * self.random())
            d = z / (rho + z)
            test = self.random()
            if test < 1.0 - d * d or test <= (1.0 - d) * _m.exp(d):
                break
        q = 1.0 / rho
        upper = self.random() > 0.5
        offset = _m.acos((q + z) / (1.0 + q * z))
        if upper:
            return (mu + offset) % TWOPI
        return (mu - offset) % TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma distribution.  Not the gamma function!"""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        if alpha == 1.0:
            # one random(): the exponential case
            return -_m.log(1.0 - self.random()) * beta
        if alpha > 1.0:
            return _gamma_cheng(self.random, alpha) * beta
        return _gamma_small(self.random, alpha) * beta

    def betavariate(self, alpha, beta):
        """Beta distribution."""
        num = self.gammavariate(alpha, 1.0)
        if not num:
            return 0.0
        return num / (num + self.gammavariate(beta, 1.0))

    def paretovariate(self, alpha):
        """Pareto distribution.  alpha is the shape parameter."""
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution."""
        return alpha * (-_m.log(1.0 - self.random())) ** (1.0 / beta)


def _gamma_cheng(random, alpha):
    # alpha > 1: Cheng's rejection method GB. Each round draws two random();
    # a first draw outside (1e-7, 0.9999999) is dropped alone.
    a = _m.sqrt(2.0 * alpha - 1.0)
    b = alpha - LOG4
    c = alpha + a
    while True:
        u = random()
        if not (1e-7 < u < 0.9999999):
            continue
        w = 1.0 - random()
        v = _m.log(u / (1.0 - u)) / a
        x = alpha * _m.exp(v)
        z = u * u * w
        r = b + c * v - x
        if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _m.log(z):
            return x


def _gamma_small(random, alpha):
    # 0 < alpha < 1: algorithm GS (Kennedy & Gentle), two random() a round.
    bound = (_m.e + alpha) / _m.e
    while True:
        p = bound * random()
        lower = p <= 1.0
        x = p ** (1.0 / alpha) if lower else -_m.log((bound - p) / alpha)
        test = random()
        if test <= (_m.exp(-x) if lower else x ** (alpha - 1.0)):
            return x


class SystemRandom(Random):
    """Refused: the sandbox has no operating-system entropy source."""

    def __init__(self, *args, **kwargs):
        raise NotImplementedError(
            "random.SystemRandom is not available in the sandbox "
            "(no operating-system entropy source)")


# The module-level functions are the bound methods of one hidden instance.
_inst = Random()
(betavariate, choice, choices, expovariate, gammavariate, gauss,
 getrandbits, getstate, lognormvariate, normalvariate, paretovariate,
 randbytes, randint, random, randrange, sample, seed, setstate, shuffle,
 triangular, uniform, vonmisesvariate, weibullvariate) = [
    getattr(_inst, _name) for _name in __all__ if _name[0].islower()]
