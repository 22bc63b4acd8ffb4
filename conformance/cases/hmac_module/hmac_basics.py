# hmac: new, digest, copy, names and sizes, compare_digest, errors.
import hashlib
import hmac

print(hmac.new(b'key', b'The quick brown fox', 'sha256').hexdigest())
print(hmac.new(b'key', b'msg', hashlib.md5).hexdigest())
print(hmac.new(b'k' * 200, b'long key', 'sha512').hexdigest())
print(hmac.new(bytearray(b'key'), digestmod='sha3_256').hexdigest())
print(hmac.new(b'', b'', 'blake2b').hexdigest())
h = hmac.new(b'key', digestmod='sha1')
h.update(b'one ')
c = h.copy()
h.update(b'two')
print(h.name, h.digest_size, h.block_size, h.hexdigest(), c.hexdigest())
print(h.digest() == bytes.fromhex(h.hexdigest()))
print(hmac.digest(b'key', b'msg', 'sha256').hex())
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest(b'abc', b'abd'),
      hmac.compare_digest(b'abc', b'ab'), hmac.compare_digest('abc', 'abc'),
      hmac.compare_digest(bytearray(b'x'), b'x'))
for call in [lambda: hmac.new(b'k', b'm'), lambda: hmac.new('k', b'm', 'sha256'),
             lambda: hmac.compare_digest(1, 2), lambda: hmac.compare_digest('\xe9', '\xe9'),
             lambda: hmac.compare_digest('a', b'a'), lambda: hmac.new(b'k', 'm', 'sha256'),
             lambda: hmac.new(b'k', b'm', 'nope')]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
