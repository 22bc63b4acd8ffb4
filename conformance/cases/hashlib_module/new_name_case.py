# hashlib.new: Python's own names (sha3_256, blake2b, shake_128...) match
# exactly, as do the two upper-case aliases SHA512_224 and SHA512_256; any
# other name is looked up by OpenSSL, in any case, so "SHA256" and
# "sha3-256" work while "SHA3_256" and "BLAKE2B" are unsupported.
import hashlib
import hmac

names = ["MD5", "Sha1", "sHa256", "SHA-224", "SHA2-256", "SHA512",
         "BLAKE2B", "Blake2s", "blake2S", "BLAKE2B512", "blake2b-512",
         "SHA3_256", "Sha3_224", "sha3-256", "SHA3-512",
         "SHAKE_128", "Shake_256", "shake128", "SHAKE256",
         "SHA512_224", "SHA512_256", "Sha512_224", "sha512-256", "SHA-512/256",
         "md5-sha1", "MD5_SHA1", "RipeMD160", "rmd160", "SM3", "sha2_256"]
for name in names:
    try:
        h = hashlib.new(name, b"x")
        print(name, "->", h.name, h.digest_size, type(h).__name__)
    except ValueError as exc:
        print(name, "->", exc)

for name in ["SHA3_256", "BLAKE2S", "SHA256"]:
    try:
        print(name, hmac.new(b"k", b"m", name).name)
    except ValueError as exc:
        print(name, "hmac ->", exc)
    try:
        print(name, hashlib.pbkdf2_hmac(name, b"pw", b"salt", 1).hex()[:16])
    except ValueError as exc:
        print(name, "pbkdf2 ->", exc)
