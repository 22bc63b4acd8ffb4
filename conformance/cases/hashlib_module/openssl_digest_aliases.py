# hashlib.new passes names it does not know itself to OpenSSL, which knows
# its digests by other names too (blake2b512, ssl3-md5, rmd160, null...);
# the object then carries the Python name. Names OpenSSL lacks stay refused.
import hashlib

for name in ("blake2b512", "BLAKE2S256", "blake2b-512", "ssl3-md5", "SSL3-SHA1", "null",
             "ripemd", "rmd160", "ripemd-160", "sha512-224", "SHA2-256", "sha3-256",
             "shake128", "md5-sha1", "sm3", "md4", "whirlpool", "undefined", "md_null",
             "RSA-SHA256", "nope", "a\0b"):
    try:
        h = hashlib.new(name, b"abc")
    except (ValueError, TypeError) as e:
        print(name.replace("\0", "\\0"), type(e).__name__, e)
        continue
    digest = h.hexdigest(8) if h.name.startswith("shake") else h.hexdigest()
    print(name, h.name, h.digest_size, h.block_size, digest)

h = hashlib.new("null", b"x")
h.update(b"y")
print(h.digest(), repr(h.hexdigest()), h.copy().digest_size)
h = hashlib.new("blake2b512", b"a", usedforsecurity=False)
print(h.name, h.copy().hexdigest()[:16], hashlib.blake2b(b"a").hexdigest()[:16])
print(sorted(hashlib.algorithms_available))
