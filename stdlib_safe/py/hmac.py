"""Keyed-hashing for message authentication (RFC 2104), as CPython 3.11's
hmac: HMAC, new, digest and compare_digest.

Written for moat: the inner and outer digests are hashlib objects (copied,
never re-keyed), which gives CPython's results for every digest; the
comparison is the native constant-time one.
"""

import hashlib as _hashlib
from _hashlib import compare_digest

__all__ = ['HMAC', 'new', 'digest', 'compare_digest', 'digest_size']

# HMAC's pads: the key xor'ed with 0x5C (outer) and 0x36 (inner) bytes.
trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

# The module, as PEP 247 asks, has no fixed size.
digest_size = None


def _digest_constructor(digestmod):
    # A function data -> new hash object, from a name, a constructor or a
    # module with new().
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        try:
            _hashlib.new(digestmod)
        except ValueError:
            # CPython hands named digests to OpenSSL's HMAC, which says so.
            raise ValueError("[digital envelope routines] unsupported") from None
        return lambda data=b'': _hashlib.new(digestmod, data)
    return lambda data=b'': digestmod.new(data)


class HMAC:
    """RFC 2104 HMAC over any hashlib digest."""
    blocksize = 64  # 512-bit HMAC; kept for compatibility

    __slots__ = ("_inner", "_outer", "_digest_size", "_block_size")

    def __init__(self, key, msg=None, digestmod=''):
        """Creates an HMAC object keyed with `key` (bytes or bytearray) over
        the digest `digestmod` (a hashlib name, constructor or module), and
        hashes `msg` if given."""
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        make = _digest_constructor(digestmod)
        self._outer = make()
        self._inner = make()
        self._digest_size = self._inner.digest_size
        block_size = getattr(self._inner, 'block_size', 64)
        if block_size < 16:
            block_size = self.blocksize
        self._block_size = block_size
        if len(key) > block_size:
            key = make(key).digest()
        key = key.ljust(block_size, b'\0')
        self._outer.update(key.translate(trans_5C))
        self._inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    @property
    def digest_size(self):
        return self._digest_size

    @property
    def block_size(self):
        return self._block_size

    def update(self, msg):
        """Feeds `msg` to the inner digest."""
        self._inner.update(msg)

    def copy(self):
        """An independent copy of this HMAC."""
        other = self.__class__.__new__(self.__class__)
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        other._digest_size = self._digest_size
        other._block_size = self._block_size
        return other

    def _finished_outer(self):
        outer = self._outer.copy()
        outer.update(self._inner.digest())
        return outer

    def digest(self):
        """The MAC of what was fed so far, as bytes (the object goes on)."""
        return self._finished_outer().digest()

    def hexdigest(self):
        """digest() as hexadecimal text."""
        return self._finished_outer().hexdigest()


def new(key, msg=None, digestmod=''):
    """A new HMAC object: HMAC(key, msg, digestmod)."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The HMAC of `msg` under `key` with the digest `digest`, at once."""
    return HMAC(key, msg, digest).digest()
