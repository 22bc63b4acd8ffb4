# HMAC's attributes and construction details: slots, copy(), digests without
# a usable block_size (a RuntimeWarning for HMAC, none for hmac.digest),
# the errors of digests named by string or given as hashlib's constructors,
# and hmac.digest's argument checks.
import hashlib
import hmac
import warnings


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


class Toy:
    """A tiny digest whose output depends on every byte and on the length."""
    digest_size = 2
    name = "toy"

    def __init__(self, data=b""):
        self.data = bytearray(data)

    def update(self, data):
        self.data += data

    def copy(self):
        return Toy(self.data)

    def digest(self):
        return bytes([len(self.data) % 256, sum(self.data) % 256])

    def hexdigest(self):
        return self.digest().hex()


h = hmac.new(b"key", b"msg", "sha256")
print(hmac.HMAC.__slots__, hmac.HMAC.blocksize, h.digest_size, h.block_size)
h.digest_size = 7
print(h.digest_size)
attempt("copy keeps block_size", lambda: h.copy().block_size)
attempt("copy digest_size", lambda: h.copy().digest_size)
attempt("copy same MAC", lambda: h.copy().hexdigest() == h.hexdigest())
print(hmac.digest_size, len(hmac.trans_5C), hmac.trans_5C[:4], hmac.trans_36[-4:])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    m = hmac.new(b"k", b"data", Toy)
    print("no block_size:", m.hexdigest(), m.block_size, m.name)
    Toy.block_size = 8
    m = hmac.new(b"k", b"data", Toy)
    print("block_size 8:", m.hexdigest(), m.block_size)
    print("digest(), block 8:", hmac.digest(b"k", b"data", Toy).hex())
    Toy.block_size = 16
    print("block_size 16:", hmac.new(b"k" * 20, b"data", Toy).hexdigest(),
          hmac.digest(b"k" * 20, b"data", Toy).hex())
    del Toy.block_size
    print("digest(), none:", hmac.digest(b"k", b"data", Toy).hex())
print([(w.category.__name__, str(w.message)) for w in caught])

for mod in ("shake_128", "shake_256", hashlib.shake_128, "nonesuch", "", len):
    attempt("new %r" % (mod,), lambda: hmac.new(b"k", b"m", mod).hexdigest())
    attempt("digest %r" % (mod,), lambda: hmac.digest(b"k", b"m", mod).hex())
attempt("class constructor", lambda: hmac.new(b"k", b"m", hashlib.blake2s).name)
attempt("digest key str", lambda: hmac.digest("k", b"m", "sha1"))
attempt("digest msg None", lambda: hmac.digest(b"k", None, "sha1"))
attempt("digest bad key before bad name", lambda: hmac.digest(5, b"m", "nonesuch"))
attempt("digest bytearrays", lambda: hmac.digest(bytearray(b"k"), bytearray(b"m"), hashlib.md5).hex())
attempt("digest None", lambda: hmac.digest(b"k", b"m", None))
attempt("digest module", lambda: hmac.digest(b"k", b"m", hashlib))
attempt("new None", lambda: hmac.new(b"k", b"m", None))
attempt("new int", lambda: hmac.new(b"k", b"m", 5))
attempt("new key bytearray", lambda: hmac.new(bytearray(b"k"), b"m", "md5").hexdigest())
attempt("new msg str", lambda: hmac.new(b"k", "m", "md5"))
