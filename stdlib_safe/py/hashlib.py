"""Secure hashes and message digests, behaving as CPython 3.11's hashlib.

The hash objects come from the native `_hashlib` (stdlib_safe/hashlib_module.h):
OpenSSL's for md5, sha1, the sha2 and sha3 families and shake, libb2's for
blake2b and blake2s. file_digest() takes in-memory files and objects with
readinto() (the sandbox has no real files).
"""

import _hashlib

# The names every build has; each is also a module-level constructor.
_ALWAYS = tuple("md5 sha1 sha224 sha256 sha384 sha512 blake2b blake2s "
                "sha3_224 sha3_256 sha3_384 sha3_512 shake_128 shake_256".split())

__all__ = _ALWAYS + ("new", "algorithms_guaranteed", "algorithms_available",
                     "pbkdf2_hmac", "file_digest")

algorithms_guaranteed = set(_ALWAYS)
algorithms_available = algorithms_guaranteed | set(_hashlib._available.split())

md5 = _hashlib.openssl_md5
sha1 = _hashlib.openssl_sha1
sha224 = _hashlib.openssl_sha224
sha256 = _hashlib.openssl_sha256
sha384 = _hashlib.openssl_sha384
sha512 = _hashlib.openssl_sha512
sha3_224 = _hashlib.openssl_sha3_224
sha3_256 = _hashlib.openssl_sha3_256
sha3_384 = _hashlib.openssl_sha3_384
sha3_512 = _hashlib.openssl_sha3_512
shake_128 = _hashlib.openssl_shake_128
shake_256 = _hashlib.openssl_shake_256
blake2b = _hashlib.blake2b
blake2s = _hashlib.blake2s
pbkdf2_hmac = _hashlib.pbkdf2_hmac

# new() sends these two to the blake2 classes, whose keyword arguments
# (digest_size, key, salt, ...) OpenSSL's generic constructor lacks. A dict:
# an unhashable name fails the lookup with TypeError, as in CPython.
_BLAKE2 = {"blake2b": blake2b, "blake2s": blake2s}


def __hash_new(name, data=b'', **kwargs):
    """Return a new hash object for the algorithm called name, already fed
    data (a bytes-like object)."""
    own_class = _BLAKE2.get(name)
    if own_class is not None:
        return own_class(data, **kwargs)
    return _hashlib.new(name, data, **kwargs)


new = __hash_new  # CPython's new() carries this function name
del __hash_new


def _whole_buffer(fileobj):
    # moat's BytesIO refuses getbuffer() (it would make a memoryview); its
    # value is the same bytes.
    from io import BytesIO
    if isinstance(fileobj, BytesIO) and \
            type(fileobj).getbuffer is BytesIO.getbuffer:
        return BytesIO.getvalue(fileobj)
    return fileobj.getbuffer()


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash everything a binary file object holds or reads; digest is an
    algorithm name or a constructor. Returns the hash object."""
    hasher = new(digest) if isinstance(digest, str) else digest()
    if hasattr(fileobj, "getbuffer"):
        hasher.update(_whole_buffer(fileobj))
        return hasher
    readable = (hasattr(fileobj, "readinto") and hasattr(fileobj, "readable")
                and fileobj.readable())
    if not readable:
        raise ValueError(f"'{fileobj!r}' is not a file-like object in "
                         f"binary reading mode.")
    chunk = bytearray(_bufsize)  # reused for every read
    for count in iter(lambda: fileobj.readinto(chunk), 0):
        hasher.update(bytes(chunk[:count]))
    return hasher
