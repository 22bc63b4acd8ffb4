# hashlib's digests: known vectors, update/copy, sizes, names and new().
import hashlib

names = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
         'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'blake2b', 'blake2s']
for name in names:
    h = getattr(hashlib, name)(b'abc')
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
    h2 = hashlib.new(name)
    h2.update(b'a')
    c = h2.copy()
    h2.update(b'bc')
    print(h2.hexdigest() == h.hexdigest(), c.hexdigest() == hashlib.new(name, b'a').hexdigest(),
          h.digest() == bytes.fromhex(h.hexdigest()), type(h.digest()).__name__)
for name in ['shake_128', 'shake_256']:
    h = hashlib.new(name, b'abc')
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest(16), len(h.digest(100)), h.digest(0))
print(hashlib.sha256(bytearray(b'xyz')).hexdigest())
print(hashlib.sha256(string=b'xyz').hexdigest())
print(hashlib.md5(b'', usedforsecurity=False).hexdigest())
print(hashlib.new('SHA256', b'a').name, hashlib.new('sha512_256', b'a').hexdigest())
print(hashlib.new('md5', b'x', usedforsecurity=False).name)
big = hashlib.sha1()
for i in range(1000):
    big.update(b'%d,' % i)
print(big.hexdigest())
print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available)
print(type(hashlib.sha256(b'')).__name__, type(hashlib.shake_128()).__name__,
      type(hashlib.blake2b()).__name__, hashlib.sha256.__name__, type(hashlib.sha256).__name__)
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 2).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 1, 20).hex())
print(hashlib.pbkdf2_hmac('sha512', bytearray(b'pw'), b'salt', 3, dklen=70).hex())
import io
b = io.BytesIO(b'abcdef')
b.read(2)
print(hashlib.file_digest(b, 'sha256').hexdigest(), hashlib.file_digest(b, hashlib.md5).name)
try:
    hashlib.file_digest(1, 'sha256')
except ValueError as e:
    print('ValueError', e)
