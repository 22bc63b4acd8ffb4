"""HMAC, keyed hashing for message authentication (RFC 2104), behaving as
CPython 3.11's hmac module.

CPython hands digests named by a string, and hashlib's built-in
constructors, to OpenSSL, and builds the HMAC itself from hashlib objects
otherwise. moat always builds it itself (the MACs are the same), and gives
the errors the OpenSSL route raises where that route would have been taken.
The comparison is the native constant-time one.
"""

import hashlib as _hashlib
from _hashlib import compare_digest

# The key is xor'ed byte by byte with these pads (outer 0x5C, inner 0x36).
trans_5C = bytes([b ^ 0x5C for b in range(256)])
trans_36 = bytes([b ^ 0x36 for b in range(256)])

# PEP 247: the module itself has no fixed digest size.
digest_size = None

_BUILTIN = type(len)  # the kind of hashlib.sha256, which CPython's OpenSSL route takes
_XOFS = (_hashlib.shake_128, _hashlib.shake_256)


def _goes_to_openssl(digestmod):
    return isinstance(digestmod, (str, _BUILTIN))


def _factory(digestmod):
    # data -> a fresh hash object, from a constructor, a hashlib name or a
    # module with new(); the last two are looked up on each call.
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        def make(data=b''):
            return _hashlib.new(digestmod, data)
    else:
        def make(data=b''):
            return digestmod.new(data)
    return make


def _check_openssl_digest(digestmod):
    # What OpenSSL would refuse: a name it does not know, or an extendable
    # output function (shake), which has no fixed size to build an HMAC on.
    if isinstance(digestmod, str):
        try:
            probe = _hashlib.new(digestmod)
        except ValueError:
            probe = None
        if probe is None:
            raise ValueError("[digital envelope routines] unsupported")
        if probe.name.startswith("shake"):
            raise ValueError("no reason supplied")
    elif any(digestmod is xof for xof in _XOFS):
        raise ValueError("no reason supplied")


def _seal(outer, inner):
    # The last step of HMAC: the inner digest goes into the outer hash.
    outer.update(inner.digest())
    return outer


def _padded(key, size):
    # A key already longer (a digest wider than its block) stays as it is.
    return key + b'\0' * (size - len(key))


class HMAC:
    """An HMAC object: update() it with data, then read digest() or
    hexdigest(), as often as wanted."""

    blocksize = 64  # the fallback block size, for digests without a usable one

    __slots__ = ("_hmac", "_inner", "_outer", "block_size", "digest_size")

    def __init__(self, key, msg=None, digestmod=''):
        """key: bytes or bytearray; msg: first data, if any; digestmod: a
        hashlib name, a constructor or a module with new() (required)."""
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r"
                            % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        if _goes_to_openssl(digestmod):
            _check_openssl_digest(digestmod)
        make = _factory(digestmod)
        self._hmac = None
        self._outer = make()
        self._inner = make()
        self.digest_size = self._inner.digest_size
        size = self._usable_block_size()
        if len(key) > size:
            key = make(key).digest()
        self.block_size = size
        key = _padded(key, size)
        for half, pad in ((self._outer, trans_5C), (self._inner, trans_36)):
            half.update(key.translate(pad))
        if msg is not None:
            self.update(msg)

    def _usable_block_size(self):
        # Warns against the line in __init__ (stacklevel 2 from this helper
        # of it), as CPython's does.
        if not hasattr(self._inner, 'block_size'):
            complaint = ('No block_size attribute on given digest object; '
                         'Assuming %d.' % self.blocksize)
        else:
            size = self._inner.block_size
            if not size < 16:
                return size
            complaint = ('block_size of %d seems too small; using our '
                         'default of %d.' % (size, self.blocksize))
        import warnings
        warnings.warn(complaint, RuntimeWarning, 2)
        return self.blocksize

    @property
    def name(self):
        return f"hmac-{self._inner.name}"

    def update(self, msg):
        """Add msg to the data authenticated."""
        self._inner.update(msg)

    def copy(self):
        """Return an independent copy (block_size, as in CPython, is not
        carried over)."""
        cls = self.__class__
        twin = cls.__new__(cls)
        twin.digest_size = self.digest_size
        twin._hmac = None
        twin._inner = self._inner.copy()
        twin._outer = self._outer.copy()
        return twin

    def _outer_done(self):
        # Sealed on a copy of the outer hash: the HMAC stays open for more
        # updates.
        return _seal(self._outer.copy(), self._inner)

    def digest(self):
        """The MAC of the data so far, as bytes."""
        return self._outer_done().digest()

    def hexdigest(self):
        """The MAC of the data so far, as hexadecimal text."""
        return self._outer_done().hexdigest()


def new(key, msg=None, digestmod=''):
    """Return HMAC(key, msg, digestmod)."""
    return HMAC(key, msg, digestmod)


def _needs_buffer(value):
    if not isinstance(value, (bytes, bytearray)):
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(value).__name__)


def digest(key, msg, digest):
    """The HMAC of msg under key with the given digest, in one call."""
    if _goes_to_openssl(digest):
        # OpenSSL's one-shot takes buffers only, checked before the digest.
        _needs_buffer(key)
        _needs_buffer(msg)
        _check_openssl_digest(digest)
    make = _factory(digest)
    inner, outer = make(), make()
    # No small-block fix-up and no warning here, unlike HMAC().
    size = getattr(inner, 'block_size', 64)
    if len(key) > size:
        key = make(key).digest()
    key = _padded(key, size)
    for half, pad in ((inner, trans_36), (outer, trans_5C)):
        half.update(key.translate(pad))
    inner.update(msg)
    return _seal(outer, inner).digest()
